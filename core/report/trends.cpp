#include "trends.h"

#include "engine/figureformat.h"
#include "sla/theilsen.h"

#include <QCoreApplication>
#include <QLocale>

namespace slaops::report {
namespace {

bool known(const Value &v)
{
    return (v.status == Status::Met || v.status == Status::Violated) && std::isfinite(v.value);
}

// The points a row's trend is fitted to, x in days from the period's first day. A quarter's ~92 days
// are averaged per week (days 0-6, 7-13, ...) first, so a single bad day does not read as a trend of
// the quarter; x is then the mean day of the week's known days, so the slope stays per day.
void trendPoints(const SlaRow &row, PeriodKind kind, std::vector<double> &xs, std::vector<double> &ys)
{
    const int week = kind == PeriodKind::Quarter ? 7 : 1;
    for (std::size_t first = 0; first < row.days.size(); first += week) {
        double sumX = 0, sumY = 0;
        int n = 0;
        for (std::size_t i = first; i < std::min(first + week, row.days.size()); ++i) {
            if (known(row.days[i])) {
                sumX += double(i);
                sumY += row.days[i].value;
                ++n;
            }
        }
        if (n > 0) {
            xs.push_back(sumX / n);
            ys.push_back(sumY / n);
        }
    }
}

Trend trendOf(const SlaRow &row, PeriodKind kind)
{
    std::vector<double> xs, ys;
    trendPoints(row, kind, xs, ys);
    Trend t;
    t.points = int(xs.size());
    const auto fit = sla::theilSen(xs, ys, 0.95);
    if (!fit)
        return t;
    t.slopePerDay = fit->slope;
    t.slopeLow = fit->slopeLow;
    t.slopeHigh = fit->slopeHigh;
    if (fit->slopeLow <= 0 && fit->slopeHigh >= 0) {
        t.direction = TrendDirection::Stable;
    } else {
        const bool rising = fit->slopeLow > 0;
        const bool betterWhenRising = row.comparison == sla::Comparison::AtLeast;
        t.direction = rising == betterWhenRising ? TrendDirection::Improving : TrendDirection::Degrading;
    }
    return t;
}

// What kind of SLA a row is, for the default advice when the profile gives none: from its roles,
// unit and comparison, never from its id (a profile for another service names its SLAs its own way).
enum class Kind { Uptime, Latency, ErrorRate, General };

Kind kindOf(const SlaRow &row, const config::SlaSpec *spec)
{
    if (spec && spec->regionUptime)
        return Kind::Uptime;
    if (row.unit == config::Unit::Percent)
        return row.comparison == sla::Comparison::AtLeast ? Kind::Uptime : Kind::ErrorRate;
    if (row.unit == config::Unit::Milliseconds)
        return Kind::Latency;
    return Kind::General;
}

QString adviceFor(Kind kind)
{
    switch (kind) {
    case Kind::Uptime:
        return QCoreApplication::translate(
            "slaops::report",
            "Review node capacity and auto-scaling: add nodes, or scale out earlier, before "
            "availability falls further.");
    case Kind::Latency:
        return QCoreApplication::translate(
            "slaops::report",
            "Optimise the critical paths: look at caching and at the database queries behind "
            "the slowest requests.");
    case Kind::ErrorRate:
        return QCoreApplication::translate(
            "slaops::report",
            "Review the recent deployments and configuration changes, and the health of the "
            "dependencies.");
    case Kind::General:
        break;
    }
    return QCoreApplication::translate(
        "slaops::report", "Find what changed when the trend began: deployments, configuration, traffic, "
                          "dependencies.");
}

// A rate in the SLA's unit: percentage points for a percent SLA. Three significant digits: slopes
// are small numbers whose size, not their last digit, is what people read.
QString rate(double perDay, config::Unit unit)
{
    const double shown = unit == config::Unit::Percent ? perDay * 100 : perDay;
    return QLocale().toString(shown, 'g', 3) + QLatin1Char(' ') + config::unitSymbol(unit);
}

QString trendSentence(const SlaRow &row, PeriodKind kind)
{
    const Trend &t = row.trend;
    const QString over = kind == PeriodKind::Quarter
                             ? QCoreApplication::translate("slaops::report", "%n week(s)", nullptr, t.points)
                             : QCoreApplication::translate("slaops::report", "%n day(s)", nullptr, t.points);
    // A month of 30 days: what "per month" means in these texts, whatever the period's own length.
    constexpr double daysPerMonth = 30;
    switch (t.direction) {
    case TrendDirection::Improving:
        return QCoreApplication::translate("slaops::report",
                                           "Improving: %1 a day (%2 per 30 days), 95 % interval %3 to %4 a "
                                           "day, over %5.")
            .arg(rate(t.slopePerDay, row.unit), rate(t.slopePerDay * daysPerMonth, row.unit),
                 rate(t.slopeLow, row.unit), rate(t.slopeHigh, row.unit), over);
    case TrendDirection::Degrading:
        return QCoreApplication::translate("slaops::report",
                                           "Degrading: %1 a day (%2 per 30 days), 95 % interval %3 to %4 a "
                                           "day, over %5.")
            .arg(rate(t.slopePerDay, row.unit), rate(t.slopePerDay * daysPerMonth, row.unit),
                 rate(t.slopeLow, row.unit), rate(t.slopeHigh, row.unit), over);
    case TrendDirection::Stable:
        return QCoreApplication::translate("slaops::report",
                                           "No significant trend: %1 a day, 95 % interval %2 to %3 a day, "
                                           "over %4.")
            .arg(rate(t.slopePerDay, row.unit), rate(t.slopeLow, row.unit), rate(t.slopeHigh, row.unit),
                 over);
    case TrendDirection::Unknown:
        break;
    }
    return QCoreApplication::translate("slaops::report",
                                       "No trend: %1 with a known figure, at least 3 are needed.")
        .arg(over);
}

} // namespace

void computeTrends(Report &report)
{
    for (SlaRow &row : report.rows)
        row.trend = trendOf(row, report.period.kind);
}

std::vector<Recommendation> recommend(const Report &report, const config::Profile &profile)
{
    std::vector<Recommendation> out;
    for (const SlaRow &row : report.rows) {
        int violations = 0;
        qint64 seconds = 0;
        for (const Violation &v : report.violations) {
            if (v.slaId == row.slaId && v.region == row.region) {
                ++violations;
                seconds += v.durationSecs;
            }
        }
        const TrendDirection d = row.trend.direction;
        // Degrading always calls for a look; so does a breach that no improvement is already
        // answering. An improving row is left alone: whatever was done is working.
        const bool breached = violations > 0 || row.overall.status == Status::Violated;
        if (d != TrendDirection::Degrading && (d == TrendDirection::Improving || !breached))
            continue;
        const config::SlaSpec *spec = nullptr;
        for (const config::SlaSpec &s : profile.slas)
            if (s.id == row.slaId)
                spec = &s;
        Recommendation r;
        r.slaId = row.slaId;
        r.region = row.region;
        r.text =
            spec && !spec->advice.trimmed().isEmpty() ? spec->advice.trimmed() : adviceFor(kindOf(row, spec));
        r.rationale = trendSentence(row, report.period.kind);
        if (violations > 0)
            r.rationale += QLatin1Char(' ') + QCoreApplication::translate("slaops::report",
                                                                          "%n violation(s), %1 in total.",
                                                                          nullptr, violations)
                                                  .arg(engine::FigureFormat::age(seconds));
        else if (row.overall.status == Status::Violated)
            r.rationale += QLatin1Char(' ') +
                           QCoreApplication::translate("slaops::report", "The period missed its target: %1.")
                               .arg(engine::FigureFormat::value(row.overall.value, row.unit));
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace slaops::report
