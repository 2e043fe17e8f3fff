#pragma once

#include "nodeload.h"

#include <QString>
#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace prometheus {
class Counter;
class Exposer;
class Gauge;
class Histogram;
class Registry;
} // namespace prometheus

class SimRandom;

// One simulated erlmcp node: its own registry (every series labelled region/node) and, while it is
// "up", a way to be scraped. Per-node serving gives it its own exposer on a loopback port: taking
// the node down destroys the exposer so scrapes fail for real, bringing it back binds the same port
// again and keeps the counters, as a restarted listener in front of the same process would. Shared
// serving (large fleets) only flips a flag that the fleet's one metrics server reads to answer 503.
class SimNode {
public:
    static const std::vector<double> &responseTimeBucketsMs();
    static const std::vector<double> &failoverBucketsSeconds();
    static constexpr std::array<const char *, 3> kErrorTypes{"timeout", "internal", "unavailable"};
    static constexpr double kErrorTypeShare[3] = {0.5, 0.3, 0.2};

    SimNode(QString region, QString name);
    ~SimNode();
    SimNode(const SimNode &) = delete;
    SimNode &operator=(const SimNode &) = delete;

    const QString &region() const { return m_region; }
    const QString &name() const { return m_name; }
    int port() const { return m_port; }
    // Atomic: the shared metrics server reads it from its own thread.
    bool isServing() const { return m_serving.load(std::memory_order_relaxed); }

    // Per-node serving. port 0 asks the kernel for a free one the first time; later starts reuse
    // the learned port.
    bool startServing(int port, QString *error);
    // Hands the exposer out so the caller can destroy many in parallel (civetweb's stop is slow).
    std::unique_ptr<prometheus::Exposer> takeExposer();

    // Shared serving: the node is reachable through the fleet's server, at `port` and its own path.
    void setSharedServing(int port, bool serving);
    // The node's page in the Prometheus text format; safe from any thread (prometheus-cpp locks).
    std::string renderMetrics() const;

    void setRecoveryTimeSeconds(double seconds);
    void tick(const NodeLoad &load, double dtSeconds, SimRandom &random);

private:
    QString m_region;
    QString m_name;
    int m_port = 0;
    std::atomic<bool> m_serving{false};
    std::shared_ptr<prometheus::Registry> m_registry;
    std::unique_ptr<prometheus::Exposer> m_exposer;
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
    std::vector<double> m_bucketScratch;
};
