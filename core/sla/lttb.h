#pragma once

#include <cstddef>
#include <vector>

namespace slaops::sla {

// A sample of a time series: x is the time (any monotonic unit), y the value. NaN y means "no data
// here" (a gap). core/ has no QtGui, hence no QPointF.
struct Point {
    double x = 0;
    double y = 0;
};

// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013), so a chart draws what the eye would
// see in all the samples with a bounded number of points. Pure, thread-safe, no allocation beyond
// the result.
//
// Guarantees (each checked by tests/unit/tst_lttb.cpp):
// - threshold >= input size: the input is returned as it is;
// - never more than `threshold` points; exactly `threshold` when the input, with each NaN run
//   collapsed to one point and leading and trailing NaN runs dropped, has more (threshold 1 or 2:
//   the first, or the first and last finite points);
// - the output keeps the input's order (x never goes back) and only holds input points, and the
//   first and last finite points are always kept;
// - gaps survive: a run of NaN values (or infinite ones, which no chart can draw) becomes exactly one
//   NaN point, at the x of the run's first sample, between the segments around it; each segment is
//   downsampled on its own and keeps its first and last point. When there are more gaps than the
//   threshold can show, the narrowest (in x) are closed first: a chart could not show them anyway;
// - extremes: in every segment given at least 4 points, its minimum and maximum are kept (the bucket
//   that holds one selects it instead of its largest triangle), so a spike is never smoothed away:
//   spikes are what an SLA chart is looked at for. Hence the global extremes are kept whenever their
//   segment gets 4 points or more (always, with no gaps and threshold >= 4).
std::vector<Point> lttb(const std::vector<Point> &points, std::size_t threshold);

} // namespace slaops::sla
