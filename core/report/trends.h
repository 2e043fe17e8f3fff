#pragma once

#include "report.h"

#include <vector>

namespace slaops::report {

// Fills each row's trend from its daily values (weekly means for a quarter) with sla::theilSen, read
// with the SLA's comparison: a slope whose 95 % interval holds zero is Stable.
void computeTrends(Report &report);
// Recommendations with their rationale (the source document's rules: degrading uptime -> node
// capacity and auto-scaling; rising P95 -> critical paths, caching, queries; rising error rate ->
// recent changes and dependencies), from the rows' trends and the violations. The advice text is the
// profile's `advice:` for the SLA where it gives one.
std::vector<Recommendation> recommend(const Report &report, const config::Profile &profile);

} // namespace slaops::report
