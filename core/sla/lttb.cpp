#include "lttb.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace slaops::sla {

namespace {

struct Segment {
    std::size_t begin = 0; // into the vector of finite points
    std::size_t end = 0;
    double gapX = 0; // x of the first missing sample before this segment (unused for the first)
    std::size_t size() const { return end - begin; }
};

// Interior bucket b (0-based, out - 2 of them) of a segment of n points reduced to out points.
std::pair<std::size_t, std::size_t> bucketBounds(std::size_t b, std::size_t n, std::size_t out)
{
    const double every = double(n - 2) / double(out - 2);
    const auto first = std::size_t(std::floor(double(b) * every)) + 1;
    const auto last = std::min(std::size_t(std::floor(double(b + 1) * every)) + 1, n - 1);
    return {first, last};
}

std::size_t bucketOf(std::size_t index, std::size_t n, std::size_t out)
{
    const std::size_t buckets = out - 2;
    for (std::size_t b = 0; b < buckets; ++b) {
        const auto [first, last] = bucketBounds(b, n, out);
        if (index >= first && index < last)
            return b;
    }
    return buckets - 1; // not reached for interior indices
}

void downsampleSegment(const Point *p, std::size_t n, std::size_t out, std::vector<Point> &result)
{
    if (out >= n) {
        result.insert(result.end(), p, p + n);
        return;
    }
    if (out == 1) { // only when n == 1, which the branch above took; kept for safety
        result.push_back(p[0]);
        return;
    }
    if (out == 2) {
        result.push_back(p[0]);
        result.push_back(p[n - 1]);
        return;
    }
    const std::size_t buckets = out - 2;
    constexpr std::size_t kNone = std::size_t(-1);
    std::vector<std::size_t> forced(buckets, kNone);

    // Pin the extremes first, so the triangles that follow are built on them.
    if (out >= 4) {
        const auto [minIt, maxIt] =
            std::minmax_element(p, p + n, [](const Point &a, const Point &b) { return a.y < b.y; });
        std::size_t lo = std::size_t(minIt - p), hi = std::size_t(maxIt - p);
        const bool loInterior = lo != 0 && lo != n - 1, hiInterior = hi != 0 && hi != n - 1;
        if (loInterior && hiInterior && lo != hi && bucketOf(lo, n, out) == bucketOf(hi, n, out)) {
            // Both in one bucket: the earlier takes the previous bucket's place (or the later the
            // next one's). Order is kept: every point of a bucket lies between its neighbours'.
            const std::size_t i = std::min(lo, hi), j = std::max(lo, hi);
            const std::size_t b = bucketOf(i, n, out);
            if (b > 0) {
                forced[b - 1] = i;
                forced[b] = j;
            } else {
                forced[b] = i;
                forced[b + 1] = j;
            }
        } else {
            if (loInterior)
                forced[bucketOf(lo, n, out)] = lo;
            if (hiInterior)
                forced[bucketOf(hi, n, out)] = hi;
        }
    }

    result.push_back(p[0]);
    std::size_t a = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
        std::size_t chosen = forced[b];
        if (chosen == kNone) {
            // The third corner: the average of the next bucket (or the last point).
            double avgX = p[n - 1].x, avgY = p[n - 1].y;
            if (b + 1 < buckets) {
                const auto [nf, nl] = bucketBounds(b + 1, n, out);
                avgX = avgY = 0;
                for (std::size_t k = nf; k < nl; ++k) {
                    avgX += p[k].x;
                    avgY += p[k].y;
                }
                avgX /= double(nl - nf);
                avgY /= double(nl - nf);
            }
            const auto [first, last] = bucketBounds(b, n, out);
            double best = -1;
            chosen = first;
            for (std::size_t k = first; k < last; ++k) {
                const double area =
                    std::abs((p[a].x - avgX) * (p[k].y - p[a].y) - (p[a].x - p[k].x) * (avgY - p[a].y));
                if (area > best) {
                    best = area;
                    chosen = k;
                }
            }
        }
        result.push_back(p[chosen]);
        a = chosen;
    }
    result.push_back(p[n - 1]);
}

} // namespace

std::vector<Point> lttb(const std::vector<Point> &points, std::size_t threshold)
{
    if (threshold >= points.size())
        return points;

    // Split into segments of finite points, remembering where each gap began.
    std::vector<Point> finite;
    finite.reserve(points.size());
    std::vector<Segment> segments;
    bool inGap = true;
    double gapX = 0;
    for (const Point &pt : points) {
        if (!std::isfinite(pt.y) || !std::isfinite(pt.x)) {
            if (!inGap)
                gapX = pt.x;
            inGap = true;
            continue;
        }
        if (inGap) {
            segments.push_back({finite.size(), finite.size(), gapX});
            inGap = false;
        }
        finite.push_back(pt);
        segments.back().end = finite.size();
    }
    if (segments.empty())
        return {};
    if (threshold < 3) { // no room for a triangle, nor for a gap
        std::vector<Point> ends;
        if (threshold >= 1)
            ends.push_back(finite.front());
        if (threshold == 2 && finite.size() > 1)
            ends.push_back(finite.back());
        return ends;
    }

    // Close the narrowest gaps while the segments' minimum (first and last point each, one NaN
    // marker between two) does not fit. Segments are contiguous in `finite`, so closing a gap is
    // extending the left segment over the right one.
    auto minimumOf = [](std::size_t size) { return std::min<std::size_t>(size, 2); };
    std::size_t required = segments.size() - 1;
    for (const Segment &s : segments)
        required += minimumOf(s.size());
    if (required > threshold) {
        std::vector<std::size_t> gaps(segments.size() - 1); // gap g lies before segment g + 1
        std::iota(gaps.begin(), gaps.end(), 0);
        auto width = [&](std::size_t g) {
            return finite[segments[g + 1].begin].x - finite[segments[g + 1].begin - 1].x;
        };
        std::stable_sort(gaps.begin(), gaps.end(),
                         [&](std::size_t l, std::size_t r) { return width(l) < width(r); });
        std::vector<std::size_t> left(segments.size()); // the segment each one has been merged into
        std::iota(left.begin(), left.end(), 0);
        std::vector<bool> merged(segments.size(), false);
        for (std::size_t g : gaps) {
            if (required <= threshold)
                break;
            std::size_t l = g;
            while (left[l] != l)
                l = left[l];
            Segment &into = segments[l];
            const Segment &from = segments[g + 1];
            required -= 1 + minimumOf(into.size()) + minimumOf(from.size());
            into.end = from.end;
            required += minimumOf(into.size());
            left[g + 1] = l;
            merged[g + 1] = true;
        }
        std::vector<Segment> kept;
        for (std::size_t i = 0; i < segments.size(); ++i)
            if (!merged[i])
                kept.push_back(segments[i]);
        segments = std::move(kept);
    }

    // Share the points left after the minimums in proportion to each segment's extra points,
    // remainders to the largest fractions, so the total is exact.
    const std::size_t budget = threshold - (segments.size() - 1);
    std::vector<std::size_t> share(segments.size());
    std::size_t base = 0, extra = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        share[i] = minimumOf(segments[i].size());
        base += share[i];
        extra += segments[i].size() - share[i];
    }
    const std::size_t spare = budget - base;
    if (extra <= spare) {
        for (std::size_t i = 0; i < segments.size(); ++i)
            share[i] = segments[i].size();
    } else {
        std::vector<std::pair<double, std::size_t>> fractions;
        std::size_t given = 0;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const double exact = double(spare) * double(segments[i].size() - share[i]) / double(extra);
            const auto whole = std::size_t(exact);
            share[i] += whole;
            given += whole;
            fractions.emplace_back(exact - double(whole), i);
        }
        std::stable_sort(fractions.begin(), fractions.end(),
                         [](const auto &l, const auto &r) { return l.first > r.first; });
        for (std::size_t k = 0; given < spare && k < fractions.size(); ++k) {
            std::size_t &s = share[fractions[k].second];
            if (s < segments[fractions[k].second].size()) {
                ++s;
                ++given;
            }
        }
    }

    std::vector<Point> result;
    result.reserve(threshold);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i > 0)
            result.push_back({segments[i].gapX, std::nan("")});
        downsampleSegment(finite.data() + segments[i].begin, segments[i].size(), share[i], result);
    }
    return result;
}

} // namespace slaops::sla
