#pragma once

#include "metricshttpserver.h"
#include "scenario.h"
#include "servicemodel.h"
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

// The simulated fleet of one service (its ServiceModel: erlmcp by default): groups of N nodes, a
// one-second tick that turns the current scenario into per-node load, and the serving state
// (which listeners exist) that scenarios change.
class Fleet : public QObject {
    Q_OBJECT
public:
    // PerNode: a listener per node on its own port; a down node refuses connections. Shared: one
    // server for the fleet, node at /nodes/<node>/metrics/sla; a down node answers 503. Both fail
    // the scrape, so `up` is 0 either way.
    enum class Serve { PerNode, Shared };

    struct Options {
        int nodesPerRegion = 3; // per group: region or zone
        std::uint64_t seed = 20240601;
        int basePort = 0; // PerNode: node i on basePort + i; Shared: the one port; 0: ephemeral
        int tickMs = 1000;
        Serve serve = Serve::PerNode;
        QString service = QStringLiteral("erlmcp"); // one of ServiceModel::serviceNames()
    };

    explicit Fleet(const Options &options, QObject *parent = nullptr);
    ~Fleet() override;

    const ServiceModel &model() const { return *m_model; }
    // For the containment APIs, which move the model's controls (on the fleet's thread).
    ServiceModel &mutableModel() { return *m_model; }
    SimRandom &random() { return m_random; }
    // Empty when the options make sense (a known service that can serve that way), else the reason.
    QString validateOptions() const;
    // Creates the nodes and their listeners; returns false (with a message) if a port cannot be
    // bound or the options are wrong.
    bool start(QString *error);
    // Creates the nodes and their families without any listener (once; start() calls it too): the
    // history writer ticks the model of a fleet that serves nothing.
    void createNodes();
    // Whether a scenario leaves the node answering scrapes; the one rule, live or in a history.
    static bool serves(const Scenario &scenario, const SimNode &node);
    void startTicking();

    const Scenario &scenario() const { return m_scenario; }
    // Empty when the scenario and its target make sense for this fleet, else the reason.
    QString validate(const Scenario &scenario) const;
    bool setScenario(const Scenario &scenario, QString *error);

    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    const SimNode &node(int i) const { return *m_nodes[static_cast<std::size_t>(i)]; }
    Serve serve() const { return m_options.serve; }
    int sharedPort() const { return m_sharedServer ? m_sharedServer->port() : 0; }
    // Where Prometheus scrapes the node: the service's path on its own port, or its path on the
    // shared one.
    QString metricsPath(const SimNode &node) const;
    QJsonArray targetsJson() const;
    QByteArray fileSdJson() const;

    // One simulation step; public so the self-test can drive it without a timer.
    void tick(double dtSeconds);

Q_SIGNALS:
    void scenarioChanged();

private:
    bool shouldServe(const SimNode &node) const;
    void applyServingState();
    // Runs on the shared server's thread: reads only what start() fixed and thread-safe node state.
    MetricsHttpServer::Reply serveShared(std::string_view path) const;

    Options m_options;
    // Before the nodes: their pages may read state the model owns, so the nodes go first.
    std::unique_ptr<ServiceModel> m_model;
    std::vector<std::unique_ptr<SimNode>> m_nodes;
    std::unordered_map<std::string, const SimNode *> m_nodeByName; // fixed once start() returns
    std::unique_ptr<MetricsHttpServer> m_sharedServer;
    std::vector<qint64> m_downSinceMs; // -1 while serving; used to report the measured RTO
    std::vector<bool> m_serving;       // reused by every tick
    Scenario m_scenario;
    SimRandom m_random;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
};
