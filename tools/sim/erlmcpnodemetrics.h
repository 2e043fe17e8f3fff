#pragma once

#include "nodeload.h"

#include <QString>
#include <array>
#include <cstdint>
#include <vector>

namespace prometheus {
class Counter;
class Gauge;
class Histogram;
class Registry;
} // namespace prometheus

class SimRandom;

// The metric families of one erlmcp node (packaging/prometheus/README.md), every series labelled
// region/node on the page itself, and how one tick of load moves them.
class ErlmcpNodeMetrics {
public:
    static const std::vector<double> &responseTimeBucketsMs();
    static const std::vector<double> &failoverBucketsSeconds();
    static constexpr std::array<const char *, 3> kErrorTypes{"timeout", "internal", "unavailable"};
    static constexpr double kErrorTypeShare[3] = {0.5, 0.3, 0.2};

    ErlmcpNodeMetrics(prometheus::Registry &registry, const QString &region, const QString &node);

    void setRecoveryTimeSeconds(double seconds);
    void setActiveSessions(double sessions);
    // Sessions moved onto this node by a migration: one failover observation each.
    void observeFailovers(std::uint64_t count, double medianSeconds, SimRandom &random);
    // A node that does not serve handles no requests: its counters stand still.
    void tick(const NodeLoad &load, bool serving, double dtSeconds, SimRandom &random);

private:
    prometheus::Counter *m_requests = nullptr;
    std::array<prometheus::Counter *, 3> m_errors{};
    prometheus::Histogram *m_responseTime = nullptr;
    prometheus::Histogram *m_failover = nullptr;
    prometheus::Counter *m_consistencyChecks = nullptr;
    prometheus::Counter *m_consistencyFailures = nullptr;
    prometheus::Gauge *m_replicationLag = nullptr;
    prometheus::Gauge *m_recoveryTime = nullptr;
    prometheus::Gauge *m_networkLatency = nullptr;
    prometheus::Gauge *m_throughput = nullptr;
    prometheus::Gauge *m_rateLimit = nullptr;
    prometheus::Gauge *m_sessions = nullptr;
    std::vector<double> m_bucketScratch;
};
