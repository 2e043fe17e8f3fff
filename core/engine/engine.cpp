#include "engine.h"

#include "prom/client.h"
#include "snapshotbuilder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "slaops.engine", QtInfoMsg)

namespace slaops::engine {

Engine::Engine(config::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_prometheus(new prom::Client(m_profile.sources.prometheus, this))
{
    qRegisterMetaType<SnapshotPtr>();
    m_prometheus->setTimeout(m_profile.sources.timeout);
    m_timer.setInterval(m_profile.refreshInterval);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Engine::refreshNow);
    // Parsing is short and the pool is ours alone; two threads keep one slow parse from delaying the next.
    m_pool.setMaxThreadCount(2);
    for (const config::SlaSpec &s : m_profile.slas)
        m_queries.push_back(s.expandedQuery());
}

Engine::~Engine()
{
    m_timer.stop();
    // Jobs post their result to this object; wait for them so none outlives it.
    m_pool.waitForDone();
}

void Engine::start()
{
    m_timer.start();
    refreshNow();
}

void Engine::stop()
{
    m_timer.stop();
}

void Engine::refreshNow()
{
    if (m_inFlight) {
        qCDebug(lcEngine) << "refresh skipped: generation" << m_generation << "still in flight";
        return;
    }
    m_inFlight = true;
    const quint64 generation = ++m_generation;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_refreshClock.start();
    m_responses.assign(m_queries.size(), {});
    m_pending = int(m_queries.size());
    for (std::size_t i = 0; i < m_queries.size(); ++i) {
        m_prometheus->instantQuery(m_queries[i], m_startedAt, this,
                                   [this, i, generation](prom::RawResponse r) {
                                       if (generation != m_generation)
                                           return;
                                       m_responses[i] = std::move(r);
                                       if (--m_pending == 0)
                                           finishRefresh(generation);
                                   });
    }
}

void Engine::finishRefresh(quint64 generation)
{
    BuildInput in;
    in.generation = generation;
    in.startedAt = m_startedAt;
    in.now = QDateTime::currentDateTimeUtc();
    in.profile = m_profile;
    in.queries = m_queries;
    in.responses = std::move(m_responses);
    in.previous = m_current;
    m_pool.start([this, in = std::move(in)]() {
        Snapshot snap = SnapshotBuilder::build(in);
        QMetaObject::invokeMethod(
            this, [this, snap = std::move(snap)]() mutable { publish(std::move(snap)); },
            Qt::QueuedConnection);
    });
}

void Engine::publish(Snapshot snapshot)
{
    m_inFlight = false;
    if (m_current && snapshot.generation <= m_current->generation)
        return; // an older refresh finished late; its data is already superseded
    snapshot.refreshMs = m_refreshClock.elapsed();
    m_current = std::make_shared<const Snapshot>(std::move(snapshot));
    if (!m_current->prometheus.reachable)
        qCWarning(lcEngine).noquote()
            << "Prometheus" << m_current->prometheus.url << "unreachable:" << m_current->prometheus.error;
    Q_EMIT snapshotReady(m_current);
}

} // namespace slaops::engine
