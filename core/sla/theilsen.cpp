#include "theilsen.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace slaops::sla {
namespace {

// The standard normal quantile, by bisection on erfc: 200 halvings of [0, 40] reach double precision,
// and the interval is computed once per fit, so speed does not matter here but exactness does.
double normalQuantile(double p)
{
    // Phi(z) = erfc(-z / sqrt 2) / 2, increasing in z.
    const auto phi = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
    double lo = -40, hi = 40;
    for (int i = 0; i < 200 && hi - lo > 0; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid == lo || mid == hi)
            break;
        (phi(mid) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

// Sum of t(t-1)(2t+5) over the groups of equal values: Kendall's tie correction of var(S).
double tieTerm(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (std::size_t i = 0; i < v.size();) {
        std::size_t j = i + 1;
        while (j < v.size() && v[j] == v[i])
            ++j;
        const double t = double(j - i);
        sum += t * (t - 1) * (2 * t + 5);
        i = j;
    }
    return sum;
}

double medianOfSorted(const std::vector<double> &v)
{
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

std::optional<TheilSenFit> theilSen(std::span<const double> x, std::span<const double> y, double confidence)
{
    std::vector<double> xs, ys;
    const std::size_t count = std::min(x.size(), y.size());
    xs.reserve(count);
    ys.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            xs.push_back(x[i]);
            ys.push_back(y[i]);
        }
    }
    const std::size_t n = xs.size();
    if (n < 3)
        return std::nullopt;

    // Pairs with equal x have no slope; they are left out, as Sen (1968) and scipy do.
    std::vector<double> slopes;
    slopes.reserve(n * (n - 1) / 2);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (xs[j] != xs[i])
                slopes.push_back((ys[j] - ys[i]) / (xs[j] - xs[i]));
    if (slopes.empty())
        return std::nullopt; // every x the same
    std::sort(slopes.begin(), slopes.end());

    TheilSenFit fit;
    fit.n = int(n);
    fit.slope = medianOfSorted(slopes);
    std::vector<double> residuals(n);
    for (std::size_t i = 0; i < n; ++i)
        residuals[i] = ys[i] - fit.slope * xs[i];
    std::sort(residuals.begin(), residuals.end());
    fit.intercept = medianOfSorted(residuals);

    // Sen (1968), eq. 2.6: var(S) = [n(n-1)(2n+5) - sum over ties] / 18, ties in x and in y as
    // scipy.stats.theilslopes corrects them. The bound ranks into the sorted slopes are
    // M1 = (N - C) / 2 and M2 = (N + C) / 2 + 1 (1-based), C = z * sqrt(var S), rounded half to even
    // as numpy's round does, so our intervals equal scipy's and R's zyp to the last digit.
    const double nd = double(n);
    const double var = (nd * (nd - 1) * (2 * nd + 5) - tieTerm(xs) - tieTerm(ys)) / 18.0;
    // Every y equal makes var(S) 0 (or below, with ties in x too): the slopes are all 0 then, and
    // the interval is that one value.
    const double c =
        normalQuantile(0.5 + 0.5 * std::clamp(confidence, 0.0, 1.0)) * std::sqrt(std::max(var, 0.0));
    const double total = double(slopes.size());
    const double last = total - 1;
    const double high = std::min(std::nearbyint((total + c) / 2), last);
    const double low = std::max(std::nearbyint((total - c) / 2) - 1, 0.0);
    fit.slopeLow = slopes[std::size_t(std::min(low, last))];
    fit.slopeHigh = slopes[std::size_t(std::max(high, 0.0))];
    return fit;
}

} // namespace slaops::sla
