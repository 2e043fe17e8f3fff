#include "reportplan.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

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

class Planner {
public:
    Planner(ReportPlan &plan, const Period &period)
        : m_plan(plan)
        , m_period(period)
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
        const qint64 first = alignUp(f, step);
        const qint64 last = alignDown(t - 1, step);
        if (f >= t || first > last)
            return;
        const QString promql = config::expandQuery(row.query, row.window, row.selector);
        for (const RangeChunk &c : splitRange(first, last, step)) {
            rp.seriesQueries.push_back(int(m_plan.queries.size()));
            m_plan.queries.push_back(
                {PlannedQuery::Kind::Series, r, promql, c.start, c.end, step,
                 QStringLiteral("%1, %2, %3")
                     .arg(row.name, scopeOf(row),
                          ReportPlan::tr("violations and coverage %1 – %2")
                              .arg(localTime(c.start, m_period.zone), localTime(c.end, m_period.zone)))});
        }
    }

    ReportPlan &m_plan;
    const Period &m_period;
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
                            std::chrono::seconds resolution, const QDateTime &now)
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
    Planner planner(plan, period);
    for (int r = 0; r < int(plan.rows.size()); ++r)
        planner.planRow(r);
    planner.planAlerts();
    return plan;
}

} // namespace slaops::report
