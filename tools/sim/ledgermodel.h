#pragma once

#include "latencydistribution.h"
#include "ledgernodemetrics.h"
#include "servicemodel.h"

#include <memory>
#include <vector>

// The simulated ledger: a made-up payments ledger API, the second service slaops is tested
// against. Two zones, nodes `ledger-<zone>-<i>` serving /metrics with neither zone nor node on the
// page (Prometheus takes both from the targets file), other metric names than erlmcp's.
class LedgerModel : public ServiceModel {
public:
    // Steady traffic of the whole service, split over the nodes that answer; the profile states a
    // capacity of 2,500 RPS.
    static constexpr double kServiceRps = 2000.0;

    LedgerModel();

    QString name() const override { return QStringLiteral("ledger"); }
    QString title() const override { return QStringLiteral("ledger payments API"); }
    QString groupLabel() const override { return QStringLiteral("zone"); }
    QStringList groups() const override;
    QString nodeNamePrefix(const QString &zone) const override
    {
        return QStringLiteral("ledger-") + zone + QLatin1Char('-');
    }
    QString metricsPath() const override { return QStringLiteral("/metrics"); }
    // Per node only: its pages carry a hand-written family, and small fleets are all it is for.
    bool supportsSharedServing() const override { return false; }
    bool supports(Scenario::Kind kind) const override;

    void addNode(std::size_t group, SimNode &node) override;
    void tick(const Scenario &scenario, const std::vector<bool> &serving, double dtSeconds,
              SimRandom &random) override;

    // The latency distributions the scenarios use, for the self-test's quantile checks.
    const LatencyDistribution &steadyLatency() const { return m_steadyLatency; }
    const LatencyDistribution &spikeLatency() const { return m_spikeLatency; }
    // The histogram's bounds in milliseconds, as LatencyDistribution takes them.
    static std::vector<double> durationBucketsMs();

private:
    QStringList m_zones;
    LatencyDistribution m_steadyLatency;
    LatencyDistribution m_spikeLatency;
    std::vector<std::unique_ptr<LedgerNodeMetrics>> m_nodes; // stable: node pages point at them
    std::vector<std::size_t> m_zoneOf;
    std::vector<LedgerLoad> m_loads; // per zone, reused by every tick
};
