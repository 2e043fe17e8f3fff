#pragma once

#include <optional>
#include <span>

namespace slaops::sla {

// The Theil-Sen estimator: the median of the slopes of all pairs of points, robust to up to ~29 %
// outliers, with Sen's (1968) confidence interval for the slope from the normal approximation of
// Kendall's S (ties in x corrected). Pure.
struct TheilSenFit {
    double slope = 0;
    double intercept = 0; // median of y - slope * x
    double slopeLow = 0;  // the interval at `confidence`
    double slopeHigh = 0;
    int n = 0;
};

// x and y of equal length; NaN points are skipped. nullopt with fewer than 3 usable points or when
// every x is the same.
std::optional<TheilSenFit> theilSen(std::span<const double> x, std::span<const double> y,
                                    double confidence = 0.95);

} // namespace slaops::sla
