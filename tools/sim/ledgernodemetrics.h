#pragma once

#include <array>
#include <atomic>
#include <string>
#include <vector>

namespace prometheus {
class Counter;
class Gauge;
class Histogram;
class Registry;
} // namespace prometheus

class SimRandom;

// What one ledger node experiences during one tick; the same for every node of a zone.
struct LedgerLoad {
    double requestsPerSecond = 0.0;
    const std::vector<double> *latencyBuckets = nullptr; // probabilities, one per bucket incl. +Inf
    double meanLatencySeconds = 0.0;
    double serverErrorRatio = 0.0; // 5xx
    double conflictRatio = 0.0;    // 409
    double settlementLagSeconds = 0.0;
    double replicaLagSeconds = 0.0;
};

// The metric families of one node of the simulated ledger API (packaging/prometheus/README.md).
// Unlike erlmcp's, the page carries no zone or node label: those come from service discovery.
class LedgerNodeMetrics {
public:
    static const std::vector<double> &durationBucketsSeconds();
    static constexpr std::array<const char *, 4> kCodes{"200", "409", "500", "503"};
    static constexpr const char *kVersion = "2.7.1";

    explicit LedgerNodeMetrics(prometheus::Registry &registry);
    LedgerNodeMetrics(const LedgerNodeMetrics &) = delete;
    LedgerNodeMetrics &operator=(const LedgerNodeMetrics &) = delete;

    // A node that does not serve handles no requests: its counters stand still.
    void tick(const LedgerLoad &load, bool serving, double dtSeconds, SimRandom &random);
    // ledger_queue_depth, untyped: no TYPE line, which prometheus-cpp cannot write (it would say
    // "# TYPE ... untyped"). Safe from any thread.
    void appendUntyped(std::string &page) const;

private:
    std::array<prometheus::Counter *, 4> m_requests{};
    prometheus::Histogram *m_duration = nullptr;
    prometheus::Gauge *m_settlementLag = nullptr;
    prometheus::Gauge *m_replicaLag = nullptr;
    std::atomic<long long> m_queueDepth{0}; // read by the node's server thread
    std::vector<double> m_bucketScratch;
};
