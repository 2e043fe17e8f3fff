#pragma once

#include "latencydistribution.h"
#include "metricshttpserver.h"
#include "scenario.h"
#include "simrandom.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class SimNode;

// The simulated erlmcp v3 fleet: three regions of N nodes, a one-second tick that turns the current
// scenario into per-node load, and the serving state (which exposers exist) that scenarios change.
class Fleet : public QObject {
    Q_OBJECT
public:
    // PerNode: an exposer (civetweb, two threads) per node on its own port; a down node refuses
    // connections. Shared: one server for the fleet, node at /nodes/<node>/metrics/sla; a down
    // node answers 503. Both fail the scrape, so `up` is 0 either way.
    enum class Serve { PerNode, Shared };

    struct Options {
        int nodesPerRegion = 3;
        std::uint64_t seed = 20240601;
        int basePort = 0; // PerNode: node i on basePort + i; Shared: the one port; 0: ephemeral
        int tickMs = 1000;
        Serve serve = Serve::PerNode;
    };

    // Fleet-wide figures the scenarios are tuned against (DESIGN.md §4): steady traffic is 60% of
    // the 50,000 RPS capacity whatever N is.
    static constexpr double kFleetRps = 30000.0;
    static constexpr double kFleetCapacityRps = 50000.0;

    static QStringList regions();

    explicit Fleet(const Options &options, QObject *parent = nullptr);
    ~Fleet() override;

    // Creates the nodes and their exposers; returns false (with a message) if a port cannot be bound.
    bool start(QString *error);
    void startTicking();

    const Scenario &scenario() const { return m_scenario; }
    // Empty when the scenario and its target make sense for this fleet, else the reason.
    QString validate(const Scenario &scenario) const;
    bool setScenario(const Scenario &scenario, QString *error);

    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    const SimNode &node(int i) const { return *m_nodes[static_cast<std::size_t>(i)]; }
    Serve serve() const { return m_options.serve; }
    int sharedPort() const { return m_sharedServer ? m_sharedServer->port() : 0; }
    // Where Prometheus scrapes the node: /metrics/sla on its own port, or its path on the shared one.
    QString metricsPath(const SimNode &node) const;
    QJsonArray targetsJson() const;
    QByteArray fileSdJson() const;

    // One simulation step; public so the self-test can drive it without a timer.
    void tick(double dtSeconds);

Q_SIGNALS:
    void scenarioChanged();

private:
    struct RegionBaseline {
        QString name;
        double latencyMedianMs;
        double networkLatencyMs;
        double replicationLagSeconds;
        double recoveryTimeSeconds;
    };

    bool shouldServe(const SimNode &node) const;
    void applyServingState();
    // Runs on the shared server's thread: reads only what start() fixed and thread-safe node state.
    MetricsHttpServer::Reply serveShared(std::string_view path) const;

    Options m_options;
    std::vector<RegionBaseline> m_regions;
    std::vector<std::unique_ptr<SimNode>> m_nodes;
    std::unordered_map<std::string, const SimNode *> m_nodeByName; // fixed once start() returns
    std::unique_ptr<MetricsHttpServer> m_sharedServer;
    std::vector<qint64> m_downSinceMs;                // -1 while serving; used to report the measured RTO
    std::vector<std::size_t> m_regionOf;              // region index of each node, so a tick does no lookups
    std::vector<LatencyDistribution> m_steadyLatency; // per region
    LatencyDistribution m_spikeLatency;
    Scenario m_scenario;
    SimRandom m_random;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
};
