#pragma once

#include <cstdint>
#include <random>

// The fleet's single seeded generator. One generator, advanced in a fixed order (nodes in index
// order, once per tick), is what makes a run repeatable for a given --seed.
class SimRandom {
public:
    explicit SimRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    double uniform() { return m_unit(m_engine); }
    double normal(double mean, double stddev);
    double lognormal(double median, double sigma);
    // Poisson draw; a non-positive mean yields 0 (std::poisson_distribution rejects it).
    std::uint64_t poisson(double mean);
    // floor(x) plus one with probability frac(x): unbiased integer counts at low per-node rates.
    std::uint64_t stochasticRound(double x);

private:
    std::mt19937_64 m_engine;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};
