#pragma once

#include "clientpicker.h"
#include "historyseries.h"
#include "snapshot.h"

#include <QElapsedTimer>
#include <QObject>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

class HistoryFetcher;

// The gauges' sparklines: the last hour of each trend figure (the P95's), fetched as snapshots arrive
// and again once a 30 s step can show something new. It has its own HistoryFetcher, so that a chart's
// request never supersedes a sparkline's. The console and the war-room soak both run it.
class TrendFetcher : public QObject {
    Q_OBJECT
public:
    // A 1 h line 120 px wide: a 30 s step, cheap for Prometheus, refetched as often as it can change.
    static constexpr int kWidthPixels = 120;
    static constexpr qint64 kRefetchMs = 30'000;

    // The client must outlive the fetcher (the app owns both).
    explicit TrendFetcher(prom::Client *client, QObject *parent = nullptr);
    void setClientPicker(ClientPicker picker);

    // Fetches the trends of the snapshot's figures if none was fetched yet or the last is kRefetchMs old.
    void update(const SnapshotPtr &snapshot);
    // Fetches now, whatever the time (a view just opened that should not wait for its lines).
    void fetch(const SnapshotPtr &snapshot);
    int fetches() const { return m_fetches; }

Q_SIGNALS:
    void trendReady(const slaops::engine::HistorySeries &series);

private:
    HistoryFetcher *m_fetcher;
    QElapsedTimer m_lastFetch;
    int m_fetches = 0;
};

} // namespace slaops::engine
