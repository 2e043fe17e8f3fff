#include "fleet.h"

#include "simnode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <prometheus/exposer.h>
#include <thread>

namespace {

void destroyInParallel(std::vector<std::unique_ptr<prometheus::Exposer>> exposers)
{
    // civetweb's shutdown waits for its threads; one at a time would stall a region outage for
    // seconds, so the exposers are stopped side by side.
    std::vector<std::thread> threads;
    threads.reserve(exposers.size());
    for (auto &e : exposers) {
        if (e)
            threads.emplace_back([ex = std::move(e)]() mutable { ex.reset(); });
    }
    for (auto &t : threads)
        t.join();
}

} // namespace

Fleet::Fleet(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_model(ServiceModel::create(options.service))
    , m_random(options.seed)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_options.tickMs);
    // The step is the time that really passed: a timer that fires late (a busy machine) must not make
    // the fleet serve fewer requests per second than it claims. Up to 10 s at once: a test machine
    // busy with promtool or a dozen Prometheus servers starting can hold the simulator off for
    // seconds, and the time lost would read as lost traffic; longer gaps (a suspended process) are
    // not made up.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        const qint64 step =
            std::clamp<qint64>(now - m_lastTickMs, 1, std::max<qint64>(10 * m_options.tickMs, 10000));
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
        exposers.push_back(n->stopServing());
    destroyInParallel(std::move(exposers));
}

QString Fleet::validateOptions() const
{
    if (!m_model)
        return QStringLiteral("unknown service \"%1\"; known: %2")
            .arg(m_options.service, ServiceModel::serviceNames().join(QStringLiteral(", ")));
    if (m_options.serve == Serve::Shared && !m_model->supportsSharedServing())
        return QStringLiteral("the %1 service is served per node only (--serve per-node)")
            .arg(m_model->name());
    return {};
}

bool Fleet::start(QString *error)
{
    if (const QString problem = validateOptions(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    createNodes();
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

void Fleet::createNodes()
{
    if (!m_model || !m_nodes.empty())
        return;
    const QStringList groups = m_model->groups();
    const std::string path = m_model->metricsPath().toStdString();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString prefix = m_model->nodeNamePrefix(groups[g]);
        for (int i = 0; i < m_options.nodesPerRegion; ++i) {
            auto node = std::make_unique<SimNode>(groups[g], prefix + QString::number(i), path);
            m_model->addNode(static_cast<std::size_t>(g), *node);
            m_nodes.push_back(std::move(node));
            m_downSinceMs.push_back(-1);
        }
    }
    m_serving.assign(m_nodes.size(), false);
}

QString Fleet::metricsPath(const SimNode &node) const
{
    return m_options.serve == Serve::Shared ? QStringLiteral("/nodes/%1/metrics/sla").arg(node.name())
                                            : m_model->metricsPath();
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
    if (const QString problem = validateOptions(); !problem.isEmpty())
        return problem;
    if (!m_model->supports(scenario.kind()))
        return QStringLiteral("scenario %1 is not simulated for the %2 service; its scenarios: %3")
            .arg(scenario.name(), m_model->name(), m_model->scenarioNames().join(QStringLiteral(", ")));
    const QString &t = scenario.target();
    const QStringList groups = m_model->groups();
    const QString label = m_model->groupLabel();
    switch (scenario.targetKind()) {
    case Scenario::TargetKind::None:
        return t.isEmpty() ? QString() : QStringLiteral("scenario %1 takes no target").arg(scenario.name());
    case Scenario::TargetKind::Group:
        if (groups.contains(t))
            return {};
        return QStringLiteral("scenario %1 needs a %2 (%3), got \"%4\"")
            .arg(scenario.name(), label, groups.join(QStringLiteral(", ")), t);
    case Scenario::TargetKind::Node:
        // Names follow from the options alone, so a typo is caught before any port is bound.
        for (const QString &group : groups) {
            const QString prefix = m_model->nodeNamePrefix(group);
            if (!t.startsWith(prefix))
                continue;
            bool ok = false;
            const int i = t.mid(prefix.size()).toInt(&ok);
            if (ok && i >= 0 && i < m_options.nodesPerRegion && t == prefix + QString::number(i))
                return {};
        }
        return QStringLiteral("scenario %1 needs a node %2<0..%3> such as %4, got \"%5\"")
            .arg(scenario.name(), m_model->nodeNamePrefix(QLatin1Char('<') + label + QLatin1Char('>')))
            .arg(m_options.nodesPerRegion - 1)
            .arg(m_model->nodeNamePrefix(groups.value(groups.size() > 1 ? 1 : 0)) + QLatin1Char('0'), t);
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

bool Fleet::serves(const Scenario &scenario, const SimNode &node)
{
    switch (scenario.kind()) {
    case Scenario::Kind::NodeDown:
        return node.name() != scenario.target();
    case Scenario::Kind::RegionOutage:
    case Scenario::Kind::ZoneOutage:
        return node.group() != scenario.target();
    default:
        return true;
    }
}

bool Fleet::shouldServe(const SimNode &node) const
{
    return serves(m_scenario, node);
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
                    m_model->nodeRecovered(i, (m_clock.elapsed() - m_downSinceMs[i]) / 1000.0);
                m_downSinceMs[i] = -1;
            }
        } else if (shared) {
            continue;
        } else if (!serve && n.isServing()) {
            stopping.push_back(n.stopServing());
            m_downSinceMs[i] = m_clock.elapsed();
        } else if (serve && !n.isServing()) {
            QString error;
            if (!n.startServing(n.port(), &error)) {
                // Left down; the next tick retries, so a port briefly held elsewhere heals itself.
                QTextStream(stderr) << "slaops-sim: " << error << '\n';
                continue;
            }
            if (m_downSinceMs[i] >= 0)
                m_model->nodeRecovered(i, (m_clock.elapsed() - m_downSinceMs[i]) / 1000.0);
            m_downSinceMs[i] = -1;
        }
    }
    destroyInParallel(std::move(stopping));
}

void Fleet::tick(double dtSeconds)
{
    bool anyMissing = false;
    for (const auto &n : m_nodes)
        anyMissing = anyMissing || (shouldServe(*n) && !n->isServing());
    if (anyMissing)
        applyServingState();
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_serving[i] = m_nodes[i]->isServing();
    m_model->tick(m_scenario, m_serving, dtSeconds, m_random);
}

QJsonArray Fleet::targetsJson() const
{
    const QString label = m_model->groupLabel();
    QJsonArray out;
    for (const auto &n : m_nodes) {
        out.append(QJsonObject{{label, n->group()},
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
    const QString label = m_model->groupLabel();
    QJsonArray groups;
    for (const auto &n : m_nodes) {
        QJsonObject labels{{label, n->group()}, {QStringLiteral("node"), n->name()}};
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
