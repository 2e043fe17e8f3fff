#pragma once

#include "clientpicker.h"
#include "historyseries.h"
#include "prom/queryresult.h"
#include "refreshplan.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <chrono>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

struct Figure;

// Fetches a figure's history for a chart (DESIGN.md §3): asks Prometheus for the resolution the chart
// can draw (a step from its pixel width, never more than 11,000 points), parses on its own thread
// pool, downsamples with sla::lttb() to at most two points per pixel and emits a HistorySeries.
// A newer request for the same figure (id and region) supersedes an older one: the older answer is
// dropped. Lives on the thread of its client (the GUI thread); its network I/O is asynchronous.
class HistoryFetcher : public QObject {
    Q_OBJECT
public:
    // Prometheus refuses a range query of more than 11,000 points per series.
    static constexpr std::int64_t kMaxPoints = 11000;
    static constexpr int kPointsPerPixel = 2;

    struct Request {
        QString id;
        QString region;
        QString query; // expanded PromQL
        HistoryRange range = HistoryRange::Hour;
        int widthPixels = 0;
        QDateTime end; // UTC; invalid: now
    };

    // The client must outlive the fetcher (the app owns both).
    explicit HistoryFetcher(prom::Client *client, QObject *parent = nullptr);
    // Asks the client `picker` names (the global source's preferred replica) instead of `client`.
    void setClientPicker(ClientPicker picker) { m_picker = std::move(picker); }
    ~HistoryFetcher() override;

    void fetch(const Request &request);
    void fetch(const FigureSpec &figure, HistoryRange range, int widthPixels);
    void fetch(const Figure &figure, HistoryRange range, int widthPixels);

    // max(range / width, 1 s) in whole seconds (rounded up), raised so the range holds at most
    // kMaxPoints points.
    static std::chrono::seconds stepFor(std::chrono::seconds range, int widthPixels);
    // The figure's samples as chart points: one series of a matrix answer, with a NaN point where
    // samples are missing for more than one and a half steps (so a chart shows a gap, not a line),
    // then downsampled to maxPoints. Pure; runs on the pool.
    static HistorySeries toSeries(HistorySeries base, const prom::QueryResult &result, std::size_t maxPoints);

Q_SIGNALS:
    void historyReady(const slaops::engine::HistorySeries &series);

private:
    void deliver(quint64 generation, const QString &key, HistorySeries series);

    prom::Client *m_client;
    ClientPicker m_picker;
    QHash<QString, quint64> m_generations; // the newest request per figure
    quint64 m_nextGeneration = 0;
    QThreadPool m_pool;
};

} // namespace slaops::engine
