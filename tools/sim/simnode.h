#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace prometheus {
class Exposer;
class Registry;
} // namespace prometheus

class MetricsHttpServer;

// One simulated node: its name, its group (region or zone), its own registry, on which the service
// model builds the node's families, and, while it is "up", a way to be scraped. Per-node serving
// gives it its own listener on a loopback port: taking the node down destroys the listener so
// scrapes fail for real, bringing it back binds the same port again and keeps the counters, as a
// restarted listener in front of the same process would. Shared serving (large fleets) only flips
// a flag that the fleet's one metrics server reads to answer 503.
class SimNode {
public:
    // Writes families after the registry's onto the page, by hand: prometheus-cpp gives every family
    // a TYPE line, and a service may want one without. Called on a server thread.
    using PageAppendix = std::function<void(std::string &page)>;

    SimNode(QString group, QString name, std::string metricsPath);
    ~SimNode();
    SimNode(const SimNode &) = delete;
    SimNode &operator=(const SimNode &) = delete;

    const QString &group() const { return m_group; }
    const QString &name() const { return m_name; }
    prometheus::Registry &registry() { return *m_registry; }
    const prometheus::Registry &registry() const { return *m_registry; }
    // Before the first startServing(). With an appendix the node is served by a MetricsHttpServer of
    // its own (one thread) instead of a prometheus-cpp exposer, which can only serialize its registry.
    void setPageAppendix(PageAppendix appendix) { m_appendix = std::move(appendix); }
    int port() const { return m_port; }
    // Atomic: the shared metrics server reads it from its own thread.
    bool isServing() const { return m_serving.load(std::memory_order_relaxed); }

    // Per-node serving. port 0 asks the kernel for a free one the first time; later starts reuse
    // the learned port.
    bool startServing(int port, QString *error);
    // Stops answering. An exposer is handed out for the caller to destroy, so that many can go in
    // parallel (civetweb's stop is slow); a node's own server stops here, at once.
    std::unique_ptr<prometheus::Exposer> stopServing();

    // Shared serving: the node is reachable through the fleet's server, at `port` and its own path.
    void setSharedServing(int port, bool serving);
    // The node's page in the Prometheus text format; safe from any thread (prometheus-cpp locks).
    std::string renderMetrics() const;

private:
    QString m_group;
    QString m_name;
    std::string m_metricsPath;
    int m_port = 0;
    std::atomic<bool> m_serving{false};
    PageAppendix m_appendix;
    std::shared_ptr<prometheus::Registry> m_registry;
    // After the registry and the appendix: the listeners read them, so they stop first.
    std::unique_ptr<prometheus::Exposer> m_exposer;
    std::unique_ptr<MetricsHttpServer> m_server;
};
