#include "latencydistribution.h"

#include <cmath>
#include <numbers>

namespace {

double lognormalCdf(double x, double median, double sigma)
{
    if (x <= 0.0)
        return 0.0;
    return 0.5 * std::erfc(-(std::log(x / median)) / (sigma * std::numbers::sqrt2));
}

// Acklam-free inverse: bisection is plenty for a handful of calls at start-up and in the self-test.
double inverseNormalCdf(double p)
{
    double lo = -10.0;
    double hi = 10.0;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2.0;
        if (0.5 * std::erfc(-mid / std::numbers::sqrt2) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2.0;
}

} // namespace

LatencyDistribution::LatencyDistribution(const std::vector<double> &upperBounds, double medianMs,
                                         double sigma)
    : m_medianMs(medianMs)
    , m_sigma(sigma)
    , m_meanMs(medianMs * std::exp(sigma * sigma / 2.0))
{
    m_probabilities.reserve(upperBounds.size() + 1);
    double previous = 0.0;
    for (double bound : upperBounds) {
        const double cdf = lognormalCdf(bound, medianMs, sigma);
        m_probabilities.push_back(cdf - previous);
        previous = cdf;
    }
    m_probabilities.push_back(1.0 - previous);
}

double LatencyDistribution::quantileMs(double q) const
{
    return m_medianMs * std::exp(m_sigma * inverseNormalCdf(q));
}
