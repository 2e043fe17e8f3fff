#include "simnode.h"

#include "metricshttpserver.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>
#include <stdexcept>

SimNode::SimNode(QString group, QString name, std::string metricsPath)
    : m_group(std::move(group))
    , m_name(std::move(name))
    , m_metricsPath(std::move(metricsPath))
    , m_registry(std::make_shared<prometheus::Registry>())
{
}

SimNode::~SimNode() = default;

bool SimNode::startServing(int port, QString *error)
{
    if (m_exposer || m_server)
        return true;
    const int wanted = m_port != 0 ? m_port : port;
    if (m_appendix) {
        auto server = std::make_unique<MetricsHttpServer>([this](std::string_view path) {
            if (path != m_metricsPath)
                return MetricsHttpServer::Reply{404, "no such page; metrics are at " + m_metricsPath + "\n"};
            return MetricsHttpServer::Reply{200, renderMetrics()};
        });
        QString why;
        if (!server->listen(wanted, &why)) {
            if (error)
                *error = m_name + QStringLiteral(": ") + why;
            return false;
        }
        m_port = server->port();
        m_server = std::move(server);
        m_serving = true;
        return true;
    }
    try {
        // One worker thread: a node is scraped by one Prometheus, and threads are the per-node
        // cost that limits how many exposers one process can hold.
        std::vector<std::string> options{"listening_ports", "127.0.0.1:" + std::to_string(wanted),
                                         "num_threads", "1"};
        auto exposer = std::make_unique<prometheus::Exposer>(std::move(options));
        exposer->RegisterCollectable(m_registry, m_metricsPath);
        const std::vector<int> ports = exposer->GetListeningPorts();
        if (ports.empty() || ports.front() <= 0)
            throw std::runtime_error("exposer reports no listening port");
        m_port = ports.front();
        m_exposer = std::move(exposer);
        m_serving = true;
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("%1: cannot listen on 127.0.0.1:%2: %3")
                         .arg(m_name)
                         .arg(wanted)
                         .arg(QString::fromStdString(e.what()));
        return false;
    }
}

std::unique_ptr<prometheus::Exposer> SimNode::stopServing()
{
    m_serving = false;
    m_server.reset();
    return std::move(m_exposer);
}

void SimNode::setSharedServing(int port, bool serving)
{
    m_port = port;
    m_serving = serving;
}

std::string SimNode::renderMetrics() const
{
    // Measured at 10,000 nodes: ~40 us and ~5.3 kB per page, so a scrape every 10 s per node costs
    // a few percent of a core; a hand-written serializer was not worth a second copy of the format.
    std::string page = prometheus::TextSerializer().Serialize(m_registry->Collect());
    if (m_appendix)
        m_appendix(page);
    return page;
}
