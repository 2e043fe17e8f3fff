#include "simrandom.h"

#include <cmath>

double SimRandom::normal(double mean, double stddev)
{
    std::normal_distribution<double> d(mean, stddev);
    return d(m_engine);
}

double SimRandom::lognormal(double median, double sigma)
{
    return median * std::exp(normal(0.0, sigma));
}

std::uint64_t SimRandom::poisson(double mean)
{
    if (!(mean > 0.0))
        return 0;
    std::poisson_distribution<std::uint64_t> d(mean);
    return d(m_engine);
}

std::uint64_t SimRandom::stochasticRound(double x)
{
    if (!(x > 0.0))
        return 0;
    const double whole = std::floor(x);
    return static_cast<std::uint64_t>(whole) + (uniform() < x - whole ? 1 : 0);
}
