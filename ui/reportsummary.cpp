#include "reportsummary.h"

#include "reportstyle.h"

#include <QLocale>
#include <map>
#include <set>

namespace slaops::ui {

namespace {

using report::Status;

QString list(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

QString where(const QString &region)
{
    return region.isEmpty() ? ReportSummary::tr("for the fleet") : ReportSummary::tr("in %1").arg(region);
}

// At most `max` items, then "and N more": a summary stays a summary.
QStringList capped(const QStringList &items, int max)
{
    if (items.size() <= max)
        return items;
    QStringList out = items.mid(0, max);
    out << ReportSummary::tr("%n more", nullptr, int(items.size() - max));
    return out;
}

QString fleetSentence(const report::Report &r)
{
    int inEffect = 0, met = 0;
    QStringList violated, unknown;
    for (const report::SlaRow &row : r.rows) {
        if (!row.region.isEmpty() || row.overall.status == Status::NotInEffect)
            continue;
        ++inEffect;
        switch (row.overall.status) {
        case Status::Met:
            ++met;
            break;
        case Status::Violated:
            violated << ReportSummary::tr("%1 (%2 against %3)")
                            .arg(row.name, ReportStyle::figure(row.overall.value, row.unit),
                                 ReportStyle::target(row.target, row.unit, row.comparison));
            break;
        default:
            unknown << (row.overall.coverage > 0
                            ? ReportSummary::tr("%1 (data for %2 of the time)")
                                  .arg(row.name, ReportStyle::share(row.overall.coverage))
                            : ReportSummary::tr("%1 (no data)").arg(row.name));
            break;
        }
    }
    QString s =
        ReportSummary::tr("%1 of %n SLA(s) met over %2.", nullptr, inEffect).arg(met).arg(r.period.title());
    if (!violated.isEmpty())
        s += QLatin1Char(' ') + ReportSummary::tr("Violated for the fleet: %1.").arg(list(violated));
    if (!unknown.isEmpty())
        s += QLatin1Char(' ') + ReportSummary::tr("Not judged for lack of data: %1.").arg(list(unknown));
    return s;
}

QString violationSentences(const report::Report &r)
{
    QStringList sentences;
    const bool day = r.period.kind == report::PeriodKind::Day;
    for (const report::SlaRow &row : r.rows) {
        qint64 total = 0;
        int stretches = 0;
        const report::Violation *worst = nullptr;
        for (const report::Violation &v : r.violations) {
            if (v.slaId != row.slaId || v.region != row.region)
                continue;
            total += v.durationSecs;
            ++stretches;
            const bool further =
                worst && (row.comparison == sla::Comparison::AtLeast ? v.worst < worst->worst
                                                                     : v.worst > worst->worst);
            if (!worst || further)
                worst = &v;
        }
        int days = 0;
        for (const report::Value &v : row.days)
            days += v.status == Status::Violated ? 1 : 0;
        if (days == 0 && stretches == 0)
            continue;
        QString s = day ? ReportSummary::tr("%1 %2 was past its target %n time(s)", nullptr, stretches)
                              .arg(row.name, where(row.region))
                        : ReportSummary::tr("%1 %2 was violated on %n day(s)", nullptr, days)
                              .arg(row.name, where(row.region));
        if (worst)
            s += QLatin1Char(' ') + ReportSummary::tr("(%1 in all; worst %2 at %3)")
                                        .arg(ReportStyle::duration(total),
                                             ReportStyle::figure(worst->worst, worst->unit),
                                             ReportStyle::dateTime(worst->start, r.period.zone));
        sentences << s + QLatin1Char('.');
    }
    if (sentences.isEmpty())
        return ReportSummary::tr("No SLA was past its target at any time of the period.");

    // Regions that met everything, by name: the good news is news too.
    std::map<QString, bool> regionsMet;
    for (const report::SlaRow &row : r.rows)
        if (!row.region.isEmpty())
            regionsMet[row.region] = regionsMet.count(row.region)
                                         ? regionsMet[row.region] && row.overall.status == Status::Met
                                         : row.overall.status == Status::Met;
    QStringList allMet;
    for (const auto &[region, met] : regionsMet)
        if (met)
            allMet << region;
    if (!allMet.isEmpty())
        sentences << ReportSummary::tr("%1 met every SLA.", nullptr, int(allMet.size())).arg(list(allMet));
    return sentences.join(QLatin1Char(' '));
}

QString unknownSentence(const report::Report &r)
{
    // Per SLA: the days some row of it could not be judged.
    std::map<QString, std::pair<QString, std::set<int>>> bySla; // id -> (name, day indexes)
    QStringList order;
    for (const report::SlaRow &row : r.rows)
        for (std::size_t i = 0; i < row.days.size(); ++i)
            if (row.days[i].status == Status::Unknown) {
                auto &entry = bySla[row.slaId];
                if (entry.first.isEmpty()) {
                    entry.first = row.name;
                    order << row.slaId;
                }
                entry.second.insert(int(i));
            }
    QStringList sentences;
    for (const QString &id : order) {
        const auto &[name, days] = bySla[id];
        QStringList dates;
        for (int i : days)
            if (std::size_t(i) < r.period.days.size())
                dates << ReportStyle::date(r.period.days[std::size_t(i)].date);
        sentences << ReportSummary::tr("%1 could not be judged on %n day(s), for hours without data: %2.",
                                       nullptr, int(days.size()))
                         .arg(name, list(capped(dates, 5)));
    }
    return sentences.join(QLatin1Char(' '));
}

QString budgetSentence(const report::Report &r)
{
    QStringList over;
    const report::SlaRow *most = nullptr;
    for (const report::SlaRow &row : r.rows) {
        if (!std::isfinite(row.budgetConsumed))
            continue;
        if (row.budgetConsumed > 1)
            over << ReportSummary::tr("%1 %2 (%3 used)")
                        .arg(row.name, where(row.region), ReportStyle::share(row.budgetConsumed, 0));
        if (!most || row.budgetConsumed > most->budgetConsumed)
            most = &row;
    }
    if (!over.isEmpty())
        return ReportSummary::tr("Error budget overspent: %1.").arg(list(capped(over, 6)));
    if (most)
        return ReportSummary::tr("Every error budget held; the most used was %1 %2, at %3.")
            .arg(most->name, where(most->region), ReportStyle::share(most->budgetConsumed, 0));
    return {};
}

QString trendSentence(const report::Report &r)
{
    QStringList degrading, improving;
    bool any = false;
    for (const report::SlaRow &row : r.rows) {
        const report::Trend &t = row.trend;
        any = any || t.direction != report::TrendDirection::Unknown;
        const QString item =
            QStringLiteral("%1 %2 (%3)")
                .arg(row.name, where(row.region), ReportStyle::rate(t.slopePerDay, row.unit));
        if (t.direction == report::TrendDirection::Degrading)
            degrading << item;
        else if (t.direction == report::TrendDirection::Improving)
            improving << item;
    }
    if (!any)
        return {};
    QStringList s;
    if (!degrading.isEmpty())
        s << ReportSummary::tr("Degrading: %1.").arg(list(capped(degrading, 6)));
    if (!improving.isEmpty())
        s << ReportSummary::tr("Improving: %1.").arg(list(capped(improving, 6)));
    if (s.isEmpty())
        return ReportSummary::tr("No SLA shows a significant trend over the period.");
    return s.join(QLatin1Char(' '));
}

} // namespace

QStringList ReportSummary::paragraphs(const report::Report &r)
{
    QStringList out;
    if (!r.missing.isEmpty())
        out << tr("This report is incomplete: %n part(s) could not be fetched, so its status is unknown. "
                  "They are listed under “What is missing”.",
                  nullptr, int(r.missing.size()));
    out << fleetSentence(r) << violationSentences(r);
    for (const QString &s : {unknownSentence(r), budgetSentence(r), trendSentence(r)})
        if (!s.isEmpty())
            out << s;
    if (r.period.kind == report::PeriodKind::Quarter || !r.incidents.empty()) {
        int alerts = 0;
        for (const report::Incident &i : r.incidents)
            alerts += i.source == report::Incident::Source::Alert ? 1 : 0;
        out << tr("%n major incident(s) in the period", nullptr, int(r.incidents.size())) +
                   (r.incidents.empty() ? QStringLiteral(".")
                                        : tr(": %1 from alerts, %2 from containment actions.")
                                              .arg(alerts)
                                              .arg(int(r.incidents.size()) - alerts));
    }
    if (!r.recommendations.empty())
        out << tr("%n recommendation(s) follow at the end, each with the figures behind it.", nullptr,
                  int(r.recommendations.size()));
    return out;
}

} // namespace slaops::ui
