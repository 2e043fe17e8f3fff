#pragma once

#include <vector>

// Log-normal response-time distribution pre-binned into the histogram's buckets. The simulator
// draws bucket counts from these probabilities and feeds them to Histogram::ObserveMultiple, so a
// tick costs one pass over ~20 buckets per node instead of one Observe per request.
class LatencyDistribution {
public:
    LatencyDistribution(const std::vector<double> &upperBounds, double medianMs, double sigma);

    // Probability of each bucket, the last one being (last bound, +Inf); sums to 1.
    const std::vector<double> &bucketProbabilities() const { return m_probabilities; }
    double meanMs() const { return m_meanMs; }
    double quantileMs(double q) const;

private:
    double m_medianMs;
    double m_sigma;
    double m_meanMs;
    std::vector<double> m_probabilities;
};
