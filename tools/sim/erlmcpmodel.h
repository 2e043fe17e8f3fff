#pragma once

#include "erlmcpnodemetrics.h"
#include "latencydistribution.h"
#include "servicemodel.h"

#include <vector>

// The simulated erlmcp v3 fleet (DESIGN.md §6): three regions, nodes `<region>-<i>` serving
// /metrics/sla with region/node labels on every series, and the scenarios tuned against the SLAs
// of DESIGN.md §4.
class ErlmcpModel : public ServiceModel {
public:
    // Fleet-wide figures the scenarios are tuned against: steady traffic is 60% of the 50,000 RPS
    // capacity whatever N is.
    static constexpr double kFleetRps = 30000.0;
    static constexpr double kFleetCapacityRps = 50000.0;

    ErlmcpModel();

    QString name() const override { return QStringLiteral("erlmcp"); }
    QString title() const override { return QStringLiteral("erlmcp v3 fleet"); }
    QString groupLabel() const override { return QStringLiteral("region"); }
    QStringList groups() const override;
    QString nodeNamePrefix(const QString &group) const override { return group + QLatin1Char('-'); }
    QString metricsPath() const override { return QStringLiteral("/metrics/sla"); }
    bool supportsSharedServing() const override { return true; }
    bool supports(Scenario::Kind kind) const override;

    static constexpr double kSessionsPerRegion = 12000.0;

    // The controls the containment actions move (the simulated Kubernetes Service and the admin
    // REST API); all on the fleet's thread.
    // Which regions the Service sends traffic to; a region left out gets none, the others share it.
    const std::vector<bool> &trafficRegions() const { return m_traffic; }
    void setTrafficRegions(std::vector<bool> regions) { m_traffic = std::move(regions); }
    // Fleet-wide limit in requests/s (0: none set, the nodes' capacity applies) and per region.
    double fleetRateLimit() const { return m_fleetLimit; }
    void setFleetRateLimit(double rps) { m_fleetLimit = rps; }
    const std::vector<double> &regionRateLimits() const { return m_regionLimits; }
    void setRegionRateLimit(std::size_t region, double rps) { m_regionLimits[region] = rps; }
    double sessions(std::size_t region) const { return m_sessions[region]; }
    struct Migration {
        double sessions = 0.0;
        double medianSeconds = 0.0;
    };
    // Moves every session of `from` to `to` (failover durations recorded on `to`'s nodes).
    Migration migrateSessions(std::size_t from, std::size_t to, SimRandom &random);

    void addNode(std::size_t group, SimNode &node) override;
    void nodeRecovered(std::size_t node, double downSeconds) override;
    void tick(const Scenario &scenario, const std::vector<bool> &serving, double dtSeconds,
              SimRandom &random) override;

private:
    struct RegionBaseline {
        QString name;
        double latencyMedianMs;
        double networkLatencyMs;
        double replicationLagSeconds;
        double recoveryTimeSeconds;
    };

    std::vector<RegionBaseline> m_regions;
    std::vector<LatencyDistribution> m_steadyLatency; // per region
    LatencyDistribution m_spikeLatency;
    std::vector<ErlmcpNodeMetrics> m_nodes;
    std::vector<std::size_t> m_regionOf; // region index of each node, so a tick does no lookups
    std::vector<NodeLoad> m_loads;       // per region, reused by every tick
    std::vector<bool> m_traffic;         // per region
    double m_fleetLimit = 0.0;
    std::vector<double> m_regionLimits; // per region, 0: none
    std::vector<double> m_sessions;     // per region
    Scenario m_lastScenario;            // what the last tick ran, for a migration's failover times
};
