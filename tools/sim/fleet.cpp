#include "fleet.h"

#include "nodeload.h"
#include "simnode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <prometheus/exposer.h>
#include <thread>

namespace {

constexpr double kLatencySigma = 0.5;    // P95 = median * e^(1.645 * 0.5) ~= 2.28 * median
constexpr double kSpikeMedianMs = 150.0; // P95 ~= 340 ms: breaches the 150 ms alert, fleet-wide too
constexpr double kSteadyErrorRatio = 1e-5;
constexpr double kBurstErrorRatio = 0.02;
// A window with no failover has no failover quantile (Prometheus answers NaN, the console NoData).
// At 0.2/s a 15 s test window of a region with a node down saw none one time in seven (e^-2) and
// the scenario test failed; at 1/s that is e^-10, and a 5 m window holds ~300 per region.
constexpr double kRegionFailoversPerSecond = 1.0;
constexpr double kSteadyFailoverMedianS = 2.2;
constexpr double kSlowFailoverMedianS = 25.0;
constexpr double kChecksPerRequest = 0.1;
constexpr double kSteadyConsistencyFailureRatio = 1e-7;
constexpr double kLaggingConsistencyFailureRatio = 1e-3; // 99.9%: past the 99.99% alert threshold
constexpr double kLaggingReplicationSeconds = 30.0;

void destroyInParallel(std::vector<std::unique_ptr<prometheus::Exposer>> exposers)
{
    // civetweb's shutdown waits for its threads; one at a time would stall a region outage for
    // seconds, so the exposers are stopped side by side.
    std::vector<std::thread> threads;
    threads.reserve(exposers.size());
    for (auto &e : exposers)
        threads.emplace_back([ex = std::move(e)]() mutable { ex.reset(); });
    for (auto &t : threads)
        t.join();
}

} // namespace

QStringList Fleet::regions()
{
    return {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("ap-southeast-1")};
}

Fleet::Fleet(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_spikeLatency(SimNode::responseTimeBucketsMs(), kSpikeMedianMs, kLatencySigma)
    , m_random(options.seed)
{
    // Steady figures sit well inside the SLAs of DESIGN.md §4 so that only a scenario breaches one.
    m_regions = {
        {QStringLiteral("us-east-1"), 17.5, 20.0, 0.2, 120.0},
        {QStringLiteral("eu-west-1"), 17.5, 20.0, 0.2, 120.0},
        {QStringLiteral("ap-southeast-1"), 19.0, 60.0, 0.5, 240.0},
    };
    for (const RegionBaseline &r : m_regions)
        m_steadyLatency.emplace_back(SimNode::responseTimeBucketsMs(), r.latencyMedianMs, kLatencySigma);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_options.tickMs);
    // The step is the time that really passed: a timer that fires late (a busy machine) must not make
    // the fleet serve fewer requests per second than it claims.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        const qint64 step = std::clamp<qint64>(now - m_lastTickMs, 1, 10 * m_options.tickMs);
        m_lastTickMs = now;
        tick(step / 1000.0);
    });
    m_clock.start();
}

Fleet::~Fleet()
{
    // The server thread reads the nodes, so it stops before they go.
    m_sharedServer.reset();
    std::vector<std::unique_ptr<prometheus::Exposer>> exposers;
    for (auto &n : m_nodes)
        exposers.push_back(n->takeExposer());
    destroyInParallel(std::move(exposers));
}

bool Fleet::start(QString *error)
{
    for (std::size_t ri = 0; ri < m_regions.size(); ++ri) {
        const RegionBaseline &r = m_regions[ri];
        for (int i = 0; i < m_options.nodesPerRegion; ++i) {
            auto node = std::make_unique<SimNode>(r.name, r.name + QLatin1Char('-') + QString::number(i));
            node->setRecoveryTimeSeconds(r.recoveryTimeSeconds);
            m_nodes.push_back(std::move(node));
            m_downSinceMs.push_back(-1);
            m_regionOf.push_back(ri);
        }
    }
    if (m_options.serve == Serve::Shared) {
        for (const auto &n : m_nodes)
            m_nodeByName.emplace(n->name().toStdString(), n.get());
        // The map and the node pointers are fixed from here on; only then may the server thread run.
        m_sharedServer =
            std::make_unique<MetricsHttpServer>([this](std::string_view path) { return serveShared(path); });
        if (!m_sharedServer->listen(m_options.basePort, error))
            return false;
        for (const auto &n : m_nodes)
            n->setSharedServing(m_sharedServer->port(), true);
    } else {
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            const int port = m_options.basePort > 0 ? m_options.basePort + static_cast<int>(i) : 0;
            if (!m_nodes[i]->startServing(port, error))
                return false;
        }
    }
    applyServingState();
    return true;
}

QString Fleet::metricsPath(const SimNode &node) const
{
    return m_options.serve == Serve::Shared ? QStringLiteral("/nodes/%1/metrics/sla").arg(node.name())
                                            : QStringLiteral("/metrics/sla");
}

MetricsHttpServer::Reply Fleet::serveShared(std::string_view path) const
{
    constexpr std::string_view prefix = "/nodes/";
    constexpr std::string_view suffix = "/metrics/sla";
    if (!path.starts_with(prefix) || !path.ends_with(suffix) || path.size() <= prefix.size() + suffix.size())
        return {404, "no such page; nodes are at /nodes/<node>/metrics/sla\n"};
    const std::string name(path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
    const auto it = m_nodeByName.find(name);
    if (it == m_nodeByName.end())
        return {404, "no such node: " + name + "\n"};
    // A down node of a shared listener cannot refuse the connection; a 5xx fails the scrape the same way.
    if (!it->second->isServing())
        return {503, "node " + name + " is down (simulated)\n"};
    return {200, it->second->renderMetrics()};
}

void Fleet::startTicking()
{
    m_lastTickMs = m_clock.elapsed();
    m_timer.start();
}

QString Fleet::validate(const Scenario &scenario) const
{
    const QString &t = scenario.target();
    switch (scenario.targetKind()) {
    case Scenario::TargetKind::None:
        return t.isEmpty() ? QString() : QStringLiteral("scenario %1 takes no target").arg(scenario.name());
    case Scenario::TargetKind::Region:
        if (regions().contains(t))
            return {};
        return QStringLiteral("scenario %1 needs a region (%2), got \"%3\"")
            .arg(scenario.name(), regions().join(QStringLiteral(", ")), t);
    case Scenario::TargetKind::Node:
        // Names follow from the options alone, so a typo is caught before any port is bound.
        for (const QString &region : regions()) {
            if (!t.startsWith(region + QLatin1Char('-')))
                continue;
            bool ok = false;
            const int i = t.mid(region.size() + 1).toInt(&ok);
            if (ok && i >= 0 && i < m_options.nodesPerRegion &&
                t == region + QLatin1Char('-') + QString::number(i))
                return {};
        }
        return QStringLiteral("scenario %1 needs a node <region>-<0..%2> such as eu-west-1-0, got \"%3\"")
            .arg(scenario.name())
            .arg(m_options.nodesPerRegion - 1)
            .arg(t);
    }
    return QStringLiteral("unknown scenario");
}

bool Fleet::setScenario(const Scenario &scenario, QString *error)
{
    const QString problem = validate(scenario);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_scenario = scenario;
    applyServingState();
    Q_EMIT scenarioChanged();
    return true;
}

bool Fleet::shouldServe(const SimNode &node) const
{
    switch (m_scenario.kind()) {
    case Scenario::Kind::NodeDown:
        return node.name() != m_scenario.target();
    case Scenario::Kind::RegionOutage:
        return node.region() != m_scenario.target();
    default:
        return true;
    }
}

void Fleet::applyServingState()
{
    std::vector<std::unique_ptr<prometheus::Exposer>> stopping;
    const bool shared = m_options.serve == Serve::Shared;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        SimNode &n = *m_nodes[i];
        const bool serve = shouldServe(n);
        if (shared && serve != n.isServing()) {
            n.setSharedServing(n.port(), serve);
            if (!serve) {
                m_downSinceMs[i] = m_clock.elapsed();
            } else {
                if (m_downSinceMs[i] >= 0)
                    n.setRecoveryTimeSeconds((m_clock.elapsed() - m_downSinceMs[i]) / 1000.0);
                m_downSinceMs[i] = -1;
            }
        } else if (shared) {
            continue;
        } else if (!serve && n.isServing()) {
            stopping.push_back(n.takeExposer());
            m_downSinceMs[i] = m_clock.elapsed();
        } else if (serve && !n.isServing()) {
            QString error;
            if (!n.startServing(n.port(), &error)) {
                // Left down; the next tick retries, so a port briefly held elsewhere heals itself.
                QTextStream(stderr) << "slaops-sim: " << error << '\n';
                continue;
            }
            if (m_downSinceMs[i] >= 0)
                n.setRecoveryTimeSeconds((m_clock.elapsed() - m_downSinceMs[i]) / 1000.0);
            m_downSinceMs[i] = -1;
        }
    }
    destroyInParallel(std::move(stopping));
}

void Fleet::tick(double dtSeconds)
{
    bool anyMissing = false;
    int serving = 0;
    for (const auto &n : m_nodes) {
        serving += n->isServing() ? 1 : 0;
        anyMissing = anyMissing || (shouldServe(*n) && !n->isServing());
    }
    if (anyMissing)
        applyServingState();

    // The load balancer spreads the fleet's traffic over the nodes that answer.
    const double perNodeRps = serving > 0 ? kFleetRps / serving : 0.0;
    const double rateLimit = kFleetCapacityRps / std::max(1, nodeCount());
    const double failoversPerNode = kRegionFailoversPerSecond / std::max(1, m_options.nodesPerRegion);

    std::vector<NodeLoad> loads;
    loads.reserve(m_regions.size());
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        const RegionBaseline &b = m_regions[r];
        using K = Scenario::Kind;
        const bool spike = m_scenario.hitsRegion(K::LatencySpike, b.name);
        const bool lag = m_scenario.hitsRegion(K::ReplicationLag, b.name);
        const LatencyDistribution &latency = spike ? m_spikeLatency : m_steadyLatency[r];
        NodeLoad l;
        l.requestsPerSecond = perNodeRps;
        l.latencyBuckets = &latency.bucketProbabilities();
        l.meanLatencyMs = latency.meanMs();
        l.errorRatio = m_scenario.hitsRegion(K::ErrorBurst, b.name) ? kBurstErrorRatio : kSteadyErrorRatio;
        l.failoversPerSecond = failoversPerNode;
        l.failoverMedianSeconds =
            m_scenario.hitsRegion(K::SlowFailover, b.name) ? kSlowFailoverMedianS : kSteadyFailoverMedianS;
        l.consistencyChecksPerRequest = kChecksPerRequest;
        l.consistencyFailureRatio = lag ? kLaggingConsistencyFailureRatio : kSteadyConsistencyFailureRatio;
        l.replicationLagSeconds = lag ? kLaggingReplicationSeconds : b.replicationLagSeconds;
        l.networkLatencyMs = b.networkLatencyMs;
        l.rateLimitRps = rateLimit;
        loads.push_back(l);
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i]->tick(loads[m_regionOf[i]], dtSeconds, m_random);
}

QJsonArray Fleet::targetsJson() const
{
    QJsonArray out;
    for (const auto &n : m_nodes) {
        out.append(QJsonObject{{QStringLiteral("region"), n->region()},
                               {QStringLiteral("node"), n->name()},
                               {QStringLiteral("port"), n->port()},
                               {QStringLiteral("path"), metricsPath(*n)},
                               {QStringLiteral("serving"), n->isServing()}});
    }
    return out;
}

QByteArray Fleet::fileSdJson() const
{
    const bool shared = m_options.serve == Serve::Shared;
    QJsonArray groups;
    for (const auto &n : m_nodes) {
        QJsonObject labels{{QStringLiteral("region"), n->region()}, {QStringLiteral("node"), n->name()}};
        if (shared) {
            // Prometheus takes __metrics_path__ from a target label over the job's metrics_path.
            // Every target has the same address, so instance (by default the address) is set to
            // something per node to keep it distinct.
            labels.insert(QStringLiteral("__metrics_path__"), metricsPath(*n));
            labels.insert(QStringLiteral("instance"),
                          QStringLiteral("127.0.0.1:%1/%2").arg(n->port()).arg(n->name()));
        }
        groups.append(QJsonObject{
            {QStringLiteral("targets"), QJsonArray{QStringLiteral("127.0.0.1:%1").arg(n->port())}},
            {QStringLiteral("labels"), labels}});
    }
    return QJsonDocument(groups).toJson(QJsonDocument::Indented);
}
