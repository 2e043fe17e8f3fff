#pragma once

#include <vector>

// What one node experiences during one tick; computed by the fleet from the scenario and shared by
// every node of a region, so per-node work is only drawing counts.
struct NodeLoad {
    double requestsPerSecond = 0.0;
    const std::vector<double> *latencyBuckets = nullptr; // probabilities, one per bucket incl. +Inf
    double meanLatencyMs = 0.0;
    double errorRatio = 0.0;
    double failoversPerSecond = 0.0;
    double failoverMedianSeconds = 0.0;
    double consistencyChecksPerRequest = 0.0;
    double consistencyFailureRatio = 0.0;
    double replicationLagSeconds = 0.0;
    double networkLatencyMs = 0.0;
    double rateLimitRps = 0.0;
};
