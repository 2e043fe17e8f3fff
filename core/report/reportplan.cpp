#include "reportplan.h"

#include "engine/recordedrules.h"
#include "rules/rulenames.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace slaops::report {

namespace {

qint64 alignUp(qint64 t, qint64 step)
{
    const qint64 r = ((t % step) + step) % step;
    return r == 0 ? t : t + (step - r);
}

qint64 alignDown(qint64 t, qint64 step)
{
    const qint64 r = ((t % step) + step) % step;
    return t - r;
}

// The part of [from, to) in which the row's SLA is in force.
std::pair<qint64, qint64> inForce(const RowSpec &row, qint64 from, qint64 to)
{
    if (row.since.isValid())
        from = std::max(from, row.since.toSecsSinceEpoch());
    if (row.until.isValid())
        to = std::min(to, row.until.toSecsSinceEpoch());
    return {from, to};
}

QString scopeOf(const RowSpec &row)
{
    return row.region.isEmpty() ? ReportPlan::tr("fleet") : row.region;
}

QString localTime(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A number as PromQL reads it back to the same double.
QString promNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', 17);
}

// The row's query over [first, last] on the grid, as calls under the point limit; `label` takes the
// local start and end of each call.
std::vector<int> addChunks(ReportPlan &plan, PlannedQuery::Kind kind, int r, const RowSpec &row,
                           const QString &promql, qint64 first, qint64 last, const QString &label)
{
    std::vector<int> indices;
    const qint64 step = plan.resolution.count();
    for (const RangeChunk &c : splitRange(first, last, step)) {
        indices.push_back(int(plan.queries.size()));
        plan.queries.push_back(
            {kind, r, promql, c.start, c.end, step,
             QStringLiteral("%1, %2, %3")
                 .arg(row.name, scopeOf(row),
                      label.arg(localTime(c.start, plan.zone), localTime(c.end, plan.zone)))});
    }
    return indices;
}

class Planner {
public:
    Planner(ReportPlan &plan, const Period &period, const engine::RecordedRules *recorded,
            const QString &profileName)
        : m_plan(plan)
        , m_period(period)
        , m_recorded(recorded)
        , m_profileName(profileName)
    {
    }

    void planRow(int r)
    {
        const RowSpec &row = m_plan.rows[std::size_t(r)];
        RowPlan rp;
        m_known.clear();
        planDays(r, row, rp);
        for (const Interval &m : m_period.months)
            rp.months.push_back(stretch(
                r, row, m.start.toSecsSinceEpoch(), m.end.toSecsSinceEpoch(),
                m_period.months.size() > 1 ? m.date.toString(QStringLiteral("yyyy-MM")) : m_period.label()));
        rp.whole = stretch(r, row, m_plan.start, m_period.whole.end.toSecsSinceEpoch(),
                           ReportPlan::tr("the whole period (%1)").arg(m_period.label()));
        planSeries(r, row, rp);
        m_plan.rowPlans.push_back(std::move(rp));
    }

    void planAlerts()
    {
        const qint64 step = m_plan.resolution.count();
        const qint64 first = alignUp(m_plan.start, step);
        const qint64 last = alignDown(m_plan.end - 1, step);
        if (first > last)
            return;
        for (const RangeChunk &c : splitRange(first, last, step)) {
            m_plan.alertQueries.push_back(int(m_plan.queries.size()));
            m_plan.queries.push_back(
                {PlannedQuery::Kind::Alerts, -1, QStringLiteral("ALERTS{alertstate=\"firing\"}"), c.start,
                 c.end, step,
                 ReportPlan::tr("alerts that fired, %1 – %2")
                     .arg(localTime(c.start, m_period.zone), localTime(c.end, m_period.zone))});
        }
    }

private:
    // The figure of [from, to) for the row: not in effect, not begun, or the point at its end of a
    // query over exactly its length (one of an earlier run when one ends there with that length).
    StretchRef stretch(int r, const RowSpec &row, qint64 from, qint64 to, const QString &label)
    {
        StretchRef s;
        const auto [f, t] = inForce(row, from, to);
        if (f >= t) {
            s.inEffect = false;
            s.from = s.to = from;
            return s;
        }
        s.from = f;
        s.to = std::min(t, m_plan.end);
        if (s.to <= s.from) {
            s.to = s.from; // in force, not begun: Unknown, to date
            return s;
        }
        const QString key = QStringLiteral("%1/%2").arg(s.to).arg(s.to - s.from);
        if (const auto it = m_known.constFind(key); it != m_known.cend()) {
            s.query = it.value();
            return s;
        }
        s.query = addStretchQuery(r, row, s.to, s.to, s.to - s.from, label);
        return s;
    }

    int addStretchQuery(int r, const RowSpec &row, qint64 start, qint64 end, qint64 length,
                        const QString &label)
    {
        const int index = int(m_plan.queries.size());
        // A step of the stretch's length, so that consecutive equal days are one call.
        m_plan.queries.push_back({PlannedQuery::Kind::Stretch, r,
                                  config::expandQuery(row.query, std::chrono::seconds(length), row.selector),
                                  start, end, std::max<qint64>(length, 1),
                                  QStringLiteral("%1, %2, %3").arg(row.name, scopeOf(row), label)});
        for (qint64 t = start; t <= end; t += length)
            m_known.insert(QStringLiteral("%1/%2").arg(t).arg(length), index);
        return index;
    }

    // Whole days in force and ended, of equal length and consecutive, are one call whose step is the
    // day: 23- and 25-hour days (a clock change) start a run of their own.
    void planDays(int r, const RowSpec &row, RowPlan &rp)
    {
        const std::vector<Interval> &days = m_period.days;
        rp.days.resize(days.size());
        std::size_t i = 0;
        while (i < days.size()) {
            const qint64 from = days[i].start.toSecsSinceEpoch(), to = days[i].end.toSecsSinceEpoch();
            const auto [f, t] = inForce(row, from, to);
            const bool whole = f == from && t == to && to <= m_plan.end;
            if (!whole) {
                rp.days[i] = stretch(r, row, from, to, days[i].date.toString(Qt::ISODate));
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < days.size()) {
                const qint64 nf = days[j].start.toSecsSinceEpoch(), nt = days[j].end.toSecsSinceEpoch();
                const auto [f2, t2] = inForce(row, nf, nt);
                if (nt - nf != to - from || f2 != nf || t2 != nt || nt > m_plan.end)
                    break;
                ++j;
            }
            const QString label = j - i == 1
                                      ? days[i].date.toString(Qt::ISODate)
                                      : QStringLiteral("%1 – %2").arg(days[i].date.toString(Qt::ISODate),
                                                                      days[j - 1].date.toString(Qt::ISODate));
            const int q = addStretchQuery(r, row, to, days[j - 1].end.toSecsSinceEpoch(), to - from, label);
            for (std::size_t k = i; k < j; ++k)
                rp.days[k] =
                    StretchRef{true, q, days[k].start.toSecsSinceEpoch(), days[k].end.toSecsSinceEpoch()};
            i = j;
        }
    }

    // Points on the resolution grid within the row's time in force, over the SLA's own window.
    void planSeries(int r, const RowSpec &row, RowPlan &rp)
    {
        const qint64 step = m_plan.resolution.count();
        const auto [f, t0] = inForce(row, m_plan.start, m_period.whole.end.toSecsSinceEpoch());
        const qint64 t = std::min(t0, m_plan.end);
        rp.seriesFrom = f;
        rp.seriesTo = std::max(f, t);
        const auto [first, last] = m_plan.seriesGrid(rp);
        if (first > last)
            return;
        rp.recorded = recordedSelector(row);
        if (rp.recorded.isEmpty()) {
            rp.seriesQueries = addChunks(m_plan, PlannedQuery::Kind::Series, r, row,
                                         config::expandQuery(row.query, row.window, row.selector), first,
                                         last, ReportPlan::tr("violations and coverage %1 – %2"));
            return;
        }
        // The points past the target, and the grid points the rules wrote nothing for (labelled apart):
        // a month of a compliant SLA is a few hundred bytes instead of 44,640 points.
        // A grid point is recorded when the rule wrote a sample in the step before it, (t - step, t]:
        // not the 5-minute lookback, which would stretch a series that stopped without a staleness
        // marker (a Prometheus stopped, a backfill) over points the rules never evaluated.
        const QString window = QStringLiteral("%1[%2ms]").arg(rp.recorded).arg(step * 1000 - 1);
        const QString pastTarget =
            QStringLiteral(
                "(last_over_time(%1) %2 %3) or label_replace(absent_over_time(%1), \"%4\", \"true\", "
                "\"\", \"\")")
                .arg(window,
                     row.comparison == sla::Comparison::AtMost ? QStringLiteral(">") : QStringLiteral("<"),
                     promNumber(row.target), QLatin1String(kMissingLabel));
        rp.seriesQueries = addChunks(m_plan, PlannedQuery::Kind::Digest, r, row, pastTarget, first, last,
                                     ReportPlan::tr("violations and coverage (recorded) %1 – %2"));
        const QString worst = row.comparison == sla::Comparison::AtMost ? QStringLiteral("max_over_time")
                                                                        : QStringLiteral("min_over_time");
        // Consecutive buckets of one width are one call; the last, narrower one its own.
        const std::vector<ChartBucket> buckets = chartBuckets(first, last, step);
        std::size_t i = 0;
        while (i < buckets.size()) {
            std::size_t j = i + 1;
            while (j < buckets.size() && buckets[j].width == buckets[i].width)
                ++j;
            // (end - width, end]: a range selector includes its start, so it starts a millisecond later.
            const QString promql =
                QStringLiteral("%1(%2[%3ms])").arg(worst, rp.recorded).arg(buckets[i].width * 1000 - 1);
            rp.chartQueries.push_back(int(m_plan.queries.size()));
            m_plan.queries.push_back({PlannedQuery::Kind::Chart, r, promql, buckets[i].end,
                                      buckets[j - 1].end, buckets[i].width,
                                      QStringLiteral("%1, %2, %3")
                                          .arg(row.name, scopeOf(row),
                                               ReportPlan::tr("chart (recorded) %1 – %2")
                                                   .arg(localTime(buckets[i].end, m_period.zone),
                                                        localTime(buckets[j - 1].end, m_period.zone)))});
            i = j;
        }
    }

    // The recorded figure of the row when the rules are loaded at this profile's version, record it
    // healthily and are evaluated at least once per resolution step; else empty (raw).
    QString recordedSelector(const RowSpec &row) const
    {
        const engine::RecordedRules *rules = m_recorded;
        if (!rules || rules->status != engine::RecordedRules::Status::Loaded ||
            rules->interval.count() <= 0 || rules->interval > m_plan.resolution ||
            !rules->has(QLatin1String(rules::kValueRecord), row.slaId, row.region))
            return {};
        return rules::recordedSelector(m_profileName, rules->version, QLatin1String(rules::kValueRecord),
                                       row.slaId, row.region);
    }

    ReportPlan &m_plan;
    const Period &m_period;
    const engine::RecordedRules *m_recorded = nullptr;
    QString m_profileName;
    QHash<QString, int> m_known; // "end/length" -> the row's query that has that point
};

} // namespace

std::vector<RowSpec> reportRows(const config::Profile &profile)
{
    std::vector<RowSpec> rows;
    const auto rowOf = [](const config::SlaSpec &s, const QString &region, const QString &selector) {
        return RowSpec{s.id,     s.name,  region,  selector, s.unit,  s.comparison,
                       s.target, s.alert, s.query, s.window, s.since, s.until};
    };
    for (const config::SlaSpec &s : profile.slas)
        rows.push_back(rowOf(s, {}, {}));
    for (const config::RegionSpec &r : profile.regions)
        for (const config::SlaSpec &s : profile.slas) {
            if (!s.regional)
                continue;
            RowSpec row = rowOf(s, r.name, r.selector);
            // As the engine does (RefreshPlan): the region sets its own uptime target. Its alert line is
            // the fleet's at the same multiple of the error budget (fleet 99.999 % / alert 99.99 %: ten
            // budgets; a region at 99.99 % alerts at 99.9 %), so that a region that is down is a critical
            // violation and not merely one past its target.
            if (s.regionUptime && !std::isnan(r.uptime)) {
                const double budgets = (1 - s.alert) / (1 - s.target);
                row.target = r.uptime;
                row.alert = s.comparison == sla::Comparison::AtLeast && std::isfinite(budgets) && budgets > 1
                                ? 1 - (1 - r.uptime) * budgets
                                : std::min(row.alert, r.uptime);
            }
            rows.push_back(std::move(row));
        }
    return rows;
}

std::vector<ChartBucket> chartBuckets(qint64 firstGrid, qint64 lastGrid, qint64 step)
{
    std::vector<ChartBucket> out;
    if (step <= 0 || firstGrid > lastGrid)
        return out;
    const qint64 n = (lastGrid - firstGrid) / step + 1;
    const qint64 k = (n + ReportPlan::kChartPoints - 1) / ReportPlan::kChartPoints;
    out.reserve(std::size_t((n + k - 1) / k));
    for (qint64 i = k - 1; i < n; i += k)
        out.push_back({firstGrid + i * step, k * step});
    if (n % k != 0)
        out.push_back({lastGrid, (n % k) * step});
    return out;
}

std::pair<qint64, qint64> ReportPlan::seriesGrid(const RowPlan &row) const
{
    const qint64 step = resolution.count();
    if (row.seriesTo <= row.seriesFrom)
        return {1, 0};
    return {alignUp(row.seriesFrom, step), alignDown(row.seriesTo - 1, step)};
}

void ReportPlan::addFill(int row, const std::vector<std::pair<qint64, qint64>> &runs)
{
    if (row < 0 || std::size_t(row) >= rows.size())
        return;
    const RowSpec &spec = rows[std::size_t(row)];
    const QString promql = config::expandQuery(spec.query, spec.window, spec.selector);
    const qint64 step = resolution.count();
    for (const auto &[from, to] : runs) {
        if (to <= from)
            continue;
        const std::vector<int> added =
            addChunks(*this, PlannedQuery::Kind::Fill, row, spec, promql, alignUp(from, step),
                      alignDown(to - 1, step), tr("violations and coverage (not recorded) %1 – %2"));
        std::vector<int> &fill = rowPlans[std::size_t(row)].fillQueries;
        fill.insert(fill.end(), added.begin(), added.end());
    }
}

std::vector<RangeChunk> splitRange(qint64 start, qint64 end, qint64 step, qint64 maxPoints)
{
    std::vector<RangeChunk> chunks;
    if (step <= 0 || maxPoints <= 0 || end < start)
        return chunks;
    const qint64 span = (maxPoints - 1) * step;
    for (qint64 s = start; s <= end; s += span + step)
        chunks.push_back({s, std::min(end, s + span)});
    return chunks;
}

ReportPlan ReportPlan::make(const config::Profile &profile, const Period &period,
                            std::chrono::seconds resolution, const QDateTime &now,
                            const engine::RecordedRules *recorded)
{
    ReportPlan plan;
    plan.resolution = std::clamp(resolution, std::chrono::seconds(1), std::chrono::seconds(3600));
    plan.start = period.whole.start.toSecsSinceEpoch();
    const qint64 periodEnd = period.whole.end.toSecsSinceEpoch();
    const qint64 nowSecs = alignDown(now.toSecsSinceEpoch(), plan.resolution.count());
    plan.toDate = nowSecs < periodEnd;
    plan.end = std::min(periodEnd, nowSecs);
    if (plan.end <= plan.start)
        return plan;
    plan.rows = reportRows(profile);
    plan.zone = period.zone;
    Planner planner(plan, period, recorded, profile.name);
    for (int r = 0; r < int(plan.rows.size()); ++r)
        planner.planRow(r);
    planner.planAlerts();
    return plan;
}

} // namespace slaops::report
