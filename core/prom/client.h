#pragma once

#include "transport.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

namespace slaops::prom {

// A thin, asynchronous client of the Prometheus HTTP API over the shared Transport (credentials,
// CAs, deadline, size cut-off, typed failures). It only moves bytes: parsing happens on a worker
// thread (DESIGN.md §3). Lives on the thread that created it.
class Client : public Transport {
    Q_OBJECT
public:
    explicit Client(QUrl baseUrl, QObject *parent = nullptr);

    // GET /api/v1/query. `done` runs on this object's thread, unless `context` is gone by then.
    void instantQuery(const QString &promql, const QDateTime &time, QObject *context, Callback done)
    {
        instantQuery(promql, time, Limits{}, context, std::move(done));
    }
    // The same within limits of the caller's (what is left of a refresh's deadline and byte budget),
    // without changing the client's own for its other users.
    void instantQuery(const QString &promql, const QDateTime &time, Limits limits, QObject *context,
                      Callback done);

    // GET /api/v1/query_range from start to end (inclusive) every step, for charts. `done` runs on this
    // object's thread, unless `context` is gone by then. The caller picks the step (DESIGN.md §3:
    // from the chart's width, never more than 11,000 points, Prometheus' own limit).
    void queryRange(const QString &promql, const QDateTime &start, const QDateTime &end,
                    std::chrono::seconds step, QObject *context, Callback done);

    // GET /api/v1/rules?type=record: the recording rules Prometheus has loaded, to learn whether a
    // profile's generated rules are there (engine::RecordedRules reads the answer).
    void recordingRules(Limits limits, QObject *context, Callback done);
    // GET of any URL (a node's /metrics/sla for direct scraping), with this client's timeout, size
    // limit, TLS settings and credentials: use a client without credentials for nodes.
    void fetch(const QUrl &url, QObject *context, Callback done)
    {
        get(url, Limits{}, context, std::move(done));
    }

private:
    void get(const QUrl &url, Limits limits, QObject *context, Callback done);
};

} // namespace slaops::prom
