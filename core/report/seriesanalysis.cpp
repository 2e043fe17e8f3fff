#include "seriesanalysis.h"

#include <algorithm>

namespace slaops::report::series {

namespace {

bool pastTarget(double v, const RowSpec &row)
{
    return std::isfinite(v) && sla::classify(v, row.comparison, row.target, NAN) == sla::State::Breach;
}

// The alert threshold is a harder line only where it lies beyond the target (P95: target 100 ms,
// alert 150 ms); a throughput alert at 80 % of capacity lies before it and marks nothing worse.
bool alertBeyondTarget(const RowSpec &row)
{
    if (std::isnan(row.alert))
        return false;
    return row.comparison == sla::Comparison::AtMost ? row.alert > row.target : row.alert < row.target;
}

} // namespace

bool worse(double a, double b, sla::Comparison cmp)
{
    return cmp == sla::Comparison::AtMost ? a > b : a < b;
}

double worstOf(double a, double b, sla::Comparison cmp)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return worse(b, a, cmp) ? b : a;
}

std::vector<Point> worstPerBucket(const std::vector<Point> &points, const std::vector<ChartBucket> &buckets,
                                  sla::Comparison cmp)
{
    std::vector<Point> out;
    out.reserve(buckets.size());
    auto it = points.begin();
    for (const ChartBucket &b : buckets) {
        while (it != points.end() && it->t <= b.end - b.width)
            ++it;
        double v = NAN;
        for (auto j = it; j != points.end() && j->t <= b.end; ++j)
            v = worstOf(v, j->value, cmp);
        out.push_back({b.end, v});
    }
    return out;
}

double hourCoverage(const std::vector<Point> &points, qint64 from, qint64 to)
{
    if (from >= to)
        return 0;
    const qint64 hours = (to - from + 3599) / 3600;
    std::vector<bool> seen(std::size_t(hours), false);
    qint64 count = 0;
    // The points are in time order: start at `from` (each row is asked for each of its stretches).
    auto it = std::lower_bound(points.begin(), points.end(), from,
                               [](const Point &p, qint64 t) { return p.t < t; });
    for (; it != points.end() && it->t < to; ++it) {
        const Point &p = *it;
        const auto h = std::size_t((p.t - from) / 3600);
        if (!seen[h]) {
            seen[h] = true;
            ++count;
        }
    }
    return double(count) / double(hours);
}

std::vector<Violation> violations(const RowSpec &row, const std::vector<Point> &points, qint64 step)
{
    std::vector<Violation> out;
    const bool alertLine = alertBeyondTarget(row);
    Violation *open = nullptr;
    qint64 last = 0;
    for (const Point &p : points) {
        const bool past = pastTarget(p.value, row);
        if (open && (!past || p.t != last + step)) {
            open = nullptr;
        }
        if (!past)
            continue;
        if (!open) {
            Violation v;
            v.slaId = row.slaId;
            v.name = row.name;
            v.region = row.region;
            v.start = QDateTime::fromSecsSinceEpoch(p.t, Qt::UTC);
            v.worst = p.value;
            v.target = row.target;
            v.unit = row.unit;
            out.push_back(v);
            open = &out.back();
        }
        open->durationSecs += step;
        if (worse(p.value, open->worst, row.comparison))
            open->worst = p.value;
        last = p.t;
    }
    for (Violation &v : out)
        v.severity = alertLine && sla::classify(v.worst, row.comparison, row.alert, NAN) == sla::State::Breach
                         ? QStringLiteral("critical")
                         : QStringLiteral("high");
    return out;
}

std::vector<std::pair<qint64, qint64>> runs(const std::vector<Point> &points, qint64 step)
{
    std::vector<std::pair<qint64, qint64>> out;
    for (const Point &p : points) {
        if (!out.empty() && out.back().second == p.t)
            out.back().second = p.t + step;
        else
            out.emplace_back(p.t, p.t + step);
    }
    return out;
}

} // namespace slaops::report::series
