#pragma once

#include "config/profile.h"
#include "prom/rawresponse.h"
#include "snapshot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <vector>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

// Schedules refreshes, sends every query of a refresh at once, has the answers parsed and turned into a
// snapshot on its own thread pool, and publishes one immutable snapshot per refresh (DESIGN.md §3).
// Lives on the GUI thread: its network I/O is asynchronous, its CPU work runs on the pool.
class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(config::Profile profile, QObject *parent = nullptr);
    ~Engine() override;

    const config::Profile &profile() const { return m_profile; }
    SnapshotPtr current() const { return m_current; }

    void start();
    void stop();
    // Starts a refresh now, unless one is in flight (at most one per source).
    void refreshNow();

Q_SIGNALS:
    void snapshotReady(slaops::engine::SnapshotPtr snapshot);

private:
    void finishRefresh(quint64 generation);
    void publish(Snapshot snapshot);

    config::Profile m_profile;
    prom::Client *m_prometheus;
    QTimer m_timer;
    QThreadPool m_pool; // owned so that the destructor can wait for jobs that refer to this engine

    quint64 m_generation = 0;
    bool m_inFlight = false;
    int m_pending = 0;
    QDateTime m_startedAt;
    QElapsedTimer m_refreshClock;
    std::vector<QString> m_queries;
    std::vector<prom::RawResponse> m_responses;
    SnapshotPtr m_current;
};

} // namespace slaops::engine
