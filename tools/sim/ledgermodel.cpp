#include "ledgermodel.h"

#include "simnode.h"

#include <algorithm>

namespace {

// Log-normal response times. Steady: median 20 ms, 91% of requests within 10-40 ms, and a P99 of
// ~60 ms as histogram_quantile reads it off the buckets (the true P99 is ~52 ms; the interpolation
// in the wide 50-100 ms bucket adds the rest, and that reading is what slaops shows).
constexpr double kSteadyMedianMs = 20.0;
constexpr double kSteadySigma = 0.41;
// Latency spike: histogram_quantile's P99 ~800 ms (true ~580 ms), P50 ~230 ms.
constexpr double kSpikeMedianMs = 228.0;
constexpr double kSpikeSigma = 0.4;
constexpr double kSteadyServerErrorRatio = 1e-4; // 0.01% 5xx
constexpr double kBurstServerErrorRatio = 0.03;
constexpr double kConflictRatio = 0.005; // 409s: a client's retry of a posted entry, not an error
constexpr double kSteadySettlementLagSeconds = 2.0;
constexpr double kLaggingSettlementLagSeconds = 120.0;
constexpr double kReplicaLagSeconds = 0.2;

} // namespace

std::vector<double> LedgerModel::durationBucketsMs()
{
    std::vector<double> ms;
    for (const double s : LedgerNodeMetrics::durationBucketsSeconds())
        ms.push_back(s * 1000.0);
    return ms;
}

LedgerModel::LedgerModel()
    : m_zones{QStringLiteral("eu-central"), QStringLiteral("us-west")}
    , m_steadyLatency(durationBucketsMs(), kSteadyMedianMs, kSteadySigma)
    , m_spikeLatency(durationBucketsMs(), kSpikeMedianMs, kSpikeSigma)
{
    m_loads.resize(static_cast<std::size_t>(m_zones.size()));
}

QStringList LedgerModel::groups() const
{
    return m_zones;
}

bool LedgerModel::supports(Scenario::Kind kind) const
{
    using K = Scenario::Kind;
    switch (kind) {
    case K::Steady:
    case K::LatencySpike:
    case K::ErrorBurst:
    case K::NodeDown:
    case K::ZoneOutage:
    case K::SettlementLag:
        return true;
    case K::RegionOutage:
    case K::ReplicationLag:
    case K::SlowFailover:
        return false;
    }
    return false;
}

void LedgerModel::addNode(std::size_t group, SimNode &node)
{
    m_nodes.push_back(std::make_unique<LedgerNodeMetrics>(node.registry()));
    const LedgerNodeMetrics *metrics = m_nodes.back().get();
    node.setPageAppendix([metrics](std::string &page) { metrics->appendUntyped(page); });
    m_zoneOf.push_back(group);
}

void LedgerModel::tick(const Scenario &scenario, const std::vector<bool> &serving, double dtSeconds,
                       SimRandom &random)
{
    const auto up = std::count(serving.begin(), serving.end(), true);
    // The load balancer spreads the service's traffic over the nodes that answer.
    const double perNodeRps = up > 0 ? kServiceRps / static_cast<double>(up) : 0.0;
    for (qsizetype z = 0; z < m_zones.size(); ++z) {
        const QString &zone = m_zones[z];
        using K = Scenario::Kind;
        const LatencyDistribution &latency =
            scenario.hitsGroup(K::LatencySpike, zone) ? m_spikeLatency : m_steadyLatency;
        LedgerLoad &l = m_loads[static_cast<std::size_t>(z)];
        l.requestsPerSecond = perNodeRps;
        l.latencyBuckets = &latency.bucketProbabilities();
        l.meanLatencySeconds = latency.meanMs() / 1000.0;
        l.serverErrorRatio =
            scenario.hitsGroup(K::ErrorBurst, zone) ? kBurstServerErrorRatio : kSteadyServerErrorRatio;
        l.conflictRatio = kConflictRatio;
        l.settlementLagSeconds = scenario.hitsGroup(K::SettlementLag, zone) ? kLaggingSettlementLagSeconds
                                                                            : kSteadySettlementLagSeconds;
        l.replicaLagSeconds = kReplicaLagSeconds;
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i]->tick(m_loads[m_zoneOf[i]], serving[i], dtSeconds, random);
}
