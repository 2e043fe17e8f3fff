#include "reportsections.h"

#include "engine/figureformat.h"
#include "reportchart.h"
#include "reportstyle.h"
#include "reportsummary.h"
#include "statestyle.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QLocale>
#include <algorithm>

namespace slaops::ui {

namespace {

using report::Status;

const double kChartHeight = ReportStyle::mm(62);

QString kindTitle(report::PeriodKind kind)
{
    switch (kind) {
    case report::PeriodKind::Day:
        return ReportSections::tr("Daily SLA report");
    case report::PeriodKind::Month:
        return ReportSections::tr("Monthly SLA report");
    case report::PeriodKind::Quarter:
        return ReportSections::tr("Quarterly business review");
    }
    return {};
}

TableCell statusCell(Status s)
{
    return TableCell(ReportStyle::words(s), ReportStyle::colour(s));
}

QString value(double v, config::Unit unit)
{
    return ReportStyle::figure(v, unit);
}

// A value cell: the figure on its status's chip.
TableCell valueCell(const report::Value &v, config::Unit unit)
{
    QString text = v.status == Status::NotInEffect ? report::statusLabel(v.status) : value(v.value, unit);
    if (v.status == Status::Unknown && std::isfinite(v.value))
        text += QLatin1Char(' ') + ReportStyle::glyph(Status::Unknown);
    return TableCell(text, ReportStyle::colour(v.status));
}

QString period(const report::Report &r)
{
    const report::Period &p = r.period;
    if (p.days.empty())
        return p.label();
    const QDate first = p.days.front().date, last = p.days.back().date;
    const QString days =
        first == last ? ReportStyle::date(first)
                      : ReportSections::tr("%1 to %2").arg(ReportStyle::date(first), ReportStyle::date(last));
    return ReportSections::tr("%1 (%n day(s))", nullptr, int(p.days.size())).arg(days);
}

// Two columns without a header: what, and its value (wrapped).
void keyValues(ReportFlow &flow, const std::vector<std::pair<QString, QString>> &pairs)
{
    const QFont key = ReportStyle::font(9, true), val = ReportStyle::font(9);
    const double keyWidth = ReportStyle::mm(45);
    for (const auto &[k, v] : pairs) {
        const WrappedText kw = wrapText(k, key, keyWidth - ReportStyle::pt(6));
        const WrappedText vw = wrapText(v, val, flow.width() - keyWidth);
        const double h = std::max(kw.height(), vw.height()) + ReportStyle::pt(3);
        flow.block(h, [kw, vw, keyWidth](QPainter &p, const QRectF &r) {
            kw.paint(p, r.topLeft(), keyWidth, ReportStyle::muted());
            vw.paint(p, r.topLeft() + QPointF(keyWidth, 0), r.width() - keyWidth, ReportStyle::ink());
        });
    }
}

void bullets(ReportFlow &flow, const QStringList &items, const QFont &font)
{
    for (const QString &item : items)
        flow.paragraph(QStringLiteral("•  ") + item, font, ReportStyle::ink(), 0);
}

QString trendWords(report::TrendDirection d)
{
    switch (d) {
    case report::TrendDirection::Improving:
        return ReportSections::tr("Improving");
    case report::TrendDirection::Degrading:
        return ReportSections::tr("Degrading");
    case report::TrendDirection::Stable:
        return ReportSections::tr("Stable");
    case report::TrendDirection::Unknown:
        break;
    }
    return ReportSections::tr("Unknown");
}

} // namespace

ReportFlow::Frame ReportSections::frame(const report::Report &r)
{
    ReportFlow::Frame f;
    f.footer =
        tr("slaops SLA report · %1 (%2, %3) · %4")
            .arg(r.period.title(), r.period.label(), QString::fromUtf8(r.period.zone.id()), r.profileName);
    if (r.status() == Status::Unknown) {
        f.bannerColour = ReportStyle::colour(Status::Unknown);
        f.banner << tr("Status unknown: this report is incomplete and is not a statement of compliance.");
        if (r.missing.isEmpty())
            f.banner << tr("Some hours had no data: the figures marked Unknown could not be judged.");
        const int shown = 4;
        for (int i = 0; i < r.missing.size() && i < shown; ++i)
            f.banner << tr("Missing: %1").arg(r.missing[i]);
        if (r.missing.size() > shown)
            f.banner << tr("…and %n more, listed under “What is missing”.", nullptr,
                           int(r.missing.size() - shown));
    }
    return f;
}

void ReportSections::titlePage(ReportFlow &flow, const report::Report &r)
{
    flow.space(ReportStyle::mm(30));
    flow.paragraph(tr("slaops · %1").arg(kindTitle(r.period.kind)), ReportStyle::font(12),
                   ReportStyle::muted());
    flow.paragraph(r.period.title(), ReportStyle::font(30, true), ReportStyle::ink());
    flow.paragraph(tr("%1 · %2").arg(r.period.label(), period(r)), ReportStyle::font(12), ReportStyle::ink());
    flow.space(ReportStyle::mm(10));

    // The overall status in words and colour: green only when every SLA was met.
    const Status status = r.status();
    const QColor fill = ReportStyle::colour(status);
    const QString words = tr("Overall: %1").arg(ReportStyle::words(status));
    const WrappedText head = wrapText(words, ReportStyle::font(20, true), flow.width() - ReportStyle::pt(24));
    const WrappedText meaning =
        wrapText(ReportStyle::meaning(status), ReportStyle::font(11), flow.width() - ReportStyle::pt(24));
    const double h = head.height() + meaning.height() + ReportStyle::pt(24);
    flow.block(h, [head, meaning, fill](QPainter &p, const QRectF &rect) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(rect, ReportStyle::pt(4), ReportStyle::pt(4));
        const QColor ink = Theme::textOn(fill);
        const QPointF at = rect.topLeft() + QPointF(ReportStyle::pt(12), ReportStyle::pt(10));
        head.paint(p, at, rect.width(), ink);
        meaning.paint(p, at + QPointF(0, head.height() + ReportStyle::pt(4)), rect.width(), ink);
    });
    flow.space(ReportStyle::mm(10));

    int fleet = 0, regional = 0;
    QStringList regions;
    for (const report::SlaRow &row : r.rows) {
        if (row.region.isEmpty())
            ++fleet;
        else {
            ++regional;
            if (!regions.contains(row.region))
                regions << row.region;
        }
    }
    const QString profile =
        r.profileFile.isEmpty() ? r.profileName : tr("%1 (%2)").arg(r.profileName, r.profileFile);
    keyValues(
        flow,
        {
            {tr("Period"), period(r)},
            {tr("Time zone"), QString::fromUtf8(r.period.zone.id())},
            {tr("SLAs"), tr("%n for the fleet", nullptr, fleet) +
                             (regions.isEmpty() ? QString()
                                                : tr("; %n regional figure(s) over %1", nullptr, regional)
                                                      .arg(QLocale().createSeparatedList(regions)))},
            {tr("Profile"), profile},
            {tr("Prometheus"), r.prometheus.toDisplayString(QUrl::RemoveUserInfo)},
            {tr("Resolution"),
             tr("%1 (violations and charts)").arg(ReportStyle::step(qint64(r.resolution.count())))},
            {tr("Violation series"),
             std::any_of(r.rows.begin(), r.rows.end(), [](const report::SlaRow &row) { return row.recorded; })
                 ? tr("read from the profile's generated recording rules (slaops:sla:value); raw queries "
                      "where they recorded nothing")
                 : tr("raw queries")},
            {tr("Generated"),
             ReportStyle::dateTime(r.generatedAt, QTimeZone::utc()) + QStringLiteral(" UTC")},
        });
    flow.space(ReportStyle::mm(8));
    flow.paragraph(tr("Every figure is computed over its own stretch of time on that stretch's own counters "
                      "(a day's on the day's, the period's on the period's), from the profile's queries. A "
                      "stretch with an hour without data is Unknown, never met."),
                   ReportStyle::font(8.5), ReportStyle::muted());
}

void ReportSections::summary(ReportFlow &flow, const report::Report &r)
{
    flow.heading(tr("Executive summary"));
    for (const QString &p : ReportSummary::paragraphs(r))
        flow.paragraph(p, ReportStyle::font(10), ReportStyle::ink());
}

void ReportSections::compliance(ReportFlow &flow, const report::Report &r)
{
    flow.heading(tr("Compliance over %1").arg(r.period.title()));
    Table t;
    t.continued = tr("Compliance (continued)");
    // Widths in millimetres of the 174 mm text width, for the longest values each column holds.
    t.columns = {{tr("SLA"), 31},
                 {tr("Region"), 26},
                 {tr("Achieved"), 24, Qt::AlignRight},
                 {tr("Target"), 23},
                 {tr("Status"), 23},
                 {tr("Share of compliant days (source document's view)"), 29, Qt::AlignRight},
                 {tr("Budget used"), 18, Qt::AlignRight}};
    for (const report::SlaRow &row : r.rows) {
        int known = 0, met = 0;
        for (const report::Value &v : row.days) {
            known += v.status == Status::Met || v.status == Status::Violated ? 1 : 0;
            met += v.status == Status::Met ? 1 : 0;
        }
        QString achieved = value(row.overall.value, row.unit);
        if (row.overall.status == Status::Unknown && row.overall.coverage > 0)
            achieved += QLatin1Char('\n') + tr("(%1 data)").arg(ReportStyle::share(row.overall.coverage));
        const QString days =
            std::isfinite(row.compliantDayShare)
                ? tr("%1 (%2/%3)").arg(ReportStyle::share(row.compliantDayShare)).arg(met).arg(known)
                : QStringLiteral("—");
        t.rows.push_back({{row.name},
                          {ReportStyle::region(row.region)},
                          {achieved},
                          {ReportStyle::target(row.target, row.unit, row.comparison)},
                          statusCell(row.overall.status),
                          {days},
                          {ReportStyle::share(row.budgetConsumed, 0)}});
    }
    flow.table(t);
    flow.paragraph(
        tr("Achieved: the SLA's figure over the whole period, on the period's own counters. Share of "
           "compliant days: the source document's view, the share of the days with data that were "
           "within the target; shown beside the achievement for comparison, not in its place. Budget "
           "used: the share of the period's error budget spent (ratio SLAs); above 100 % it is "
           "overspent."),
        ReportStyle::font(7.5), ReportStyle::muted());
}

void ReportSections::months(ReportFlow &flow, const report::Report &r)
{
    if (r.period.months.size() < 2)
        return;
    flow.heading(tr("Achievement by month"));
    Table t;
    t.continued = tr("Achievement by month (continued)");
    t.columns = {{tr("SLA"), 31}, {tr("Region"), 26}};
    // The months and the whole period share what is left of the 174 mm.
    const double each = (174.0 - 57.0) / double(r.period.months.size() + 1);
    for (const report::Interval &m : r.period.months)
        t.columns.push_back({QLocale().toString(m.date, QStringLiteral("MMMM")), each});
    t.columns.push_back({tr("Whole period"), each});
    for (const report::SlaRow &row : r.rows) {
        std::vector<TableCell> cells{{row.name}, {ReportStyle::region(row.region)}};
        for (std::size_t i = 0; i < r.period.months.size(); ++i)
            cells.push_back(i < row.months.size() ? valueCell(row.months[i], row.unit)
                                                  : TableCell{QStringLiteral("—")});
        cells.push_back(valueCell(row.overall, row.unit));
        t.rows.push_back(std::move(cells));
    }
    flow.table(t);
}

void ReportSections::charts(ReportFlow &flow, const report::Report &r)
{
    const bool day = r.period.kind == report::PeriodKind::Day;
    // The heading and its note stay with the first chart.
    flow.heading(day ? tr("The day's figures") : tr("Daily figures"), 1, kChartHeight + ReportStyle::pt(40));
    flow.paragraph(
        day ? tr("Each SLA over its own window at the report's resolution: the fleet in black, each "
                 "region in its colour; the dashed line is the target; hatched stretches had no data.")
            : tr("Each SLA's figure per day: the fleet in black, each region in its colour; the dashed "
                 "line is the target; ringed points are days past it; hatched days had hours without "
                 "data and are not judged (a gap in the line)."),
        ReportStyle::font(8.5), ReportStyle::muted());
    QStringList ids;
    for (const report::SlaRow &row : r.rows)
        if (!ids.contains(row.slaId))
            ids << row.slaId;
    for (const QString &id : ids) {
        std::vector<const report::SlaRow *> rows;
        for (const report::SlaRow &row : r.rows)
            if (row.slaId == id)
                rows.push_back(&row);
        const ReportChartData data = ReportChartData::fromRows(r, rows);
        flow.space(ReportStyle::pt(6));
        flow.block(kChartHeight,
                   [data](QPainter &p, const QRectF &rect) { ReportChart::paint(p, rect, data); });
    }
}

void ReportSections::violations(ReportFlow &flow, const report::Report &r)
{
    flow.heading(tr("Violations"));
    if (r.violations.empty()) {
        flow.paragraph(tr("No figure was past its target at the report's resolution."),
                       ReportStyle::font(10));
        return;
    }
    flow.paragraph(
        tr("%n stretch(es) of consecutive points past the target at a resolution of %1; times in %2.",
           nullptr, int(r.violations.size()))
            .arg(ReportStyle::step(qint64(r.resolution.count())), QString::fromUtf8(r.period.zone.id())),
        ReportStyle::font(8.5), ReportStyle::muted());
    Table t;
    t.continued = tr("Violations (continued)");
    t.columns = {{tr("SLA"), 31},
                 {tr("Region"), 26},
                 {tr("Start"), 30},
                 {tr("Duration"), 21},
                 {tr("Worst"), 20, Qt::AlignRight},
                 {tr("Target"), 25},
                 {tr("Severity"), 21}};
    for (const report::Violation &v : r.violations)
        t.rows.push_back(
            {{v.name},
             {ReportStyle::region(v.region)},
             {ReportStyle::dateTime(v.start, r.period.zone)},
             {ReportStyle::duration(v.durationSecs)},
             {value(v.worst, v.unit)},
             {ReportStyle::target(v.target, v.unit,
                                  [&] {
                                      for (const report::SlaRow &row : r.rows)
                                          if (row.slaId == v.slaId)
                                              return row.comparison;
                                      return sla::Comparison::AtMost;
                                  }())},
             {v.severity,
              v.severity == QLatin1String("critical") ? StateStyle::colour(sla::State::Breach) : QColor(),
              {},
              v.severity == QLatin1String("critical")}});
    flow.table(t);
}

void ReportSections::incidents(ReportFlow &flow, const report::Report &r)
{
    if (r.period.kind != report::PeriodKind::Quarter && r.incidents.empty())
        return;
    flow.heading(tr("Major incidents"));
    if (r.incidents.empty()) {
        flow.paragraph(tr("No alert fired and no containment action was taken in the period."),
                       ReportStyle::font(10));
        return;
    }
    Table t;
    t.continued = tr("Major incidents (continued)");
    t.columns = {{tr("Start"), 30},    {tr("Duration"), 20}, {tr("Source"), 16}, {tr("What"), 34},
                 {tr("Severity"), 18}, {tr("Region"), 24},   {tr("Detail"), 32}};
    for (const report::Incident &i : r.incidents)
        t.rows.push_back(
            {{ReportStyle::dateTime(i.start, r.period.zone)},
             {i.source == report::Incident::Source::Action ? QStringLiteral("—")
                                                           : ReportStyle::duration(i.durationSecs)},
             {i.source == report::Incident::Source::Action ? tr("Action") : tr("Alert")},
             {i.title},
             {i.severity},
             {ReportStyle::region(i.region)},
             {i.detail}});
    flow.table(t);
}

void ReportSections::trends(ReportFlow &flow, const report::Report &r)
{
    flow.heading(tr("Trends"));
    flow.paragraph(
        tr("Theil-Sen slope over the %1, with its 95 % confidence interval; a slope whose interval "
           "holds zero is stable.")
            .arg(r.period.kind == report::PeriodKind::Quarter ? tr("weeks (the rate is still per day)")
                                                              : tr("days")),
        ReportStyle::font(8.5), ReportStyle::muted());
    Table t;
    t.continued = tr("Trends (continued)");
    t.columns = {{tr("SLA"), 31},
                 {tr("Region"), 26},
                 {tr("Direction"), 21},
                 {tr("Rate"), 30, Qt::AlignRight},
                 {tr("95 % interval"), 50, Qt::AlignRight},
                 {tr("Points"), 16, Qt::AlignRight}};
    for (const report::SlaRow &row : r.rows) {
        const report::Trend &tr_ = row.trend;
        const bool degrading = tr_.direction == report::TrendDirection::Degrading;
        t.rows.push_back({{row.name},
                          {ReportStyle::region(row.region)},
                          {trendWords(tr_.direction),
                           {},
                           degrading ? StateStyle::colour(sla::State::Breach) : QColor(),
                           degrading},
                          {ReportStyle::rate(tr_.slopePerDay, row.unit)},
                          {ReportStyle::rateInterval(tr_.slopeLow, tr_.slopeHigh, row.unit)},
                          {QString::number(tr_.points)}});
    }
    flow.table(t);
}

void ReportSections::recommendations(ReportFlow &flow, const report::Report &r)
{
    flow.heading(tr("Recommendations"));
    if (r.recommendations.empty()) {
        flow.paragraph(tr("None: no SLA is degrading and none was violated."), ReportStyle::font(10));
        return;
    }
    for (const report::Recommendation &rec : r.recommendations) {
        QString name = rec.slaId;
        for (const report::SlaRow &row : r.rows)
            if (row.slaId == rec.slaId)
                name = row.name;
        flow.heading(tr("%1 · %2").arg(name, ReportStyle::region(rec.region)), 3);
        flow.paragraph(rec.text, ReportStyle::font(10), ReportStyle::ink());
        flow.paragraph(tr("Why: %1").arg(rec.rationale), ReportStyle::font(9), ReportStyle::muted());
    }
}

void ReportSections::freeText(ReportFlow &flow, const report::Report &r)
{
    const bool quarter = r.period.kind == report::PeriodKind::Quarter;
    const std::pair<QString, QString> sections[] = {{tr("Improvement initiatives"), r.initiatives},
                                                    {tr("Roadmap"), r.roadmap}};
    for (const auto &[title, text] : sections) {
        if (!quarter && text.trimmed().isEmpty())
            continue;
        flow.heading(title);
        flow.paragraph(text.trimmed().isEmpty() ? tr("None recorded with this report.") : text.trimmed(),
                       ReportStyle::font(10),
                       text.trimmed().isEmpty() ? ReportStyle::muted() : ReportStyle::ink());
    }
}

void ReportSections::missing(ReportFlow &flow, const report::Report &r)
{
    if (!r.missing.isEmpty()) {
        flow.heading(tr("What is missing"));
        flow.paragraph(tr("These parts could not be fetched or computed; the figures that depend on them are "
                          "Unknown."),
                       ReportStyle::font(9), ReportStyle::muted());
        bullets(flow, r.missing, ReportStyle::font(9));
    }
    if (!r.warnings.isEmpty()) {
        flow.heading(tr("Notes"), 2);
        bullets(flow, r.warnings, ReportStyle::font(8.5));
    }
}

} // namespace slaops::ui
