#pragma once

#include "report.h"
#include "reportplan.h"

#include <vector>

namespace slaops::report {

// What a report reads from a violation series (the SLA over its own window, one point per resolution
// step). Pure.
namespace series {

// Share of the hours of [from, to) (counted from `from`; a last part-hour counts as an hour) that hold
// at least one of the points' times. Points outside [from, to) are ignored; `points` are in time
// order. 0 when from >= to.
double hourCoverage(const std::vector<Point> &points, qint64 from, qint64 to);

// Runs of consecutive points (each one step after the one before) past the row's target: a missing
// point or one that is not a finite number ends a run. Start: the first point past target; duration:
// points times the step; worst: the furthest past target; severity "critical" when the worst is also
// past an alert threshold lying beyond the target, else "high".
std::vector<Violation> violations(const RowSpec &row, const std::vector<Point> &points, qint64 step);

// a past b in the comparison's direction (larger for at_most, smaller for at_least).
bool worse(double a, double b, sla::Comparison cmp);
// The worst of a and b that is a number, NaN when neither is (as max_over_time and min_over_time
// skip NaN).
double worstOf(double a, double b, sla::Comparison cmp);
// The worst point in each bucket's (end - width, end], NaN for a bucket without one; `points` in time
// order. A recorded row's Chart query asks Prometheus for the same over the recorded samples.
std::vector<Point> worstPerBucket(const std::vector<Point> &points, const std::vector<ChartBucket> &buckets,
                                  sla::Comparison cmp);

// Runs of consecutive grid points of one series (an ALERTS series at the resolution), as [start, end
// + step) pairs in Unix seconds.
std::vector<std::pair<qint64, qint64>> runs(const std::vector<Point> &points, qint64 step);

} // namespace series
} // namespace slaops::report
