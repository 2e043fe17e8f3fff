#pragma once

#include "alert.h"
#include "prom/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace slaops::alerts {

// A thin, asynchronous client of one Alertmanager's API v2 over the shared prom::Transport (the
// same credentials policy, CA file, total deadline, size cut-off and typed failures as the
// Prometheus client). It only moves bytes; ApiParser reads them on a worker thread. GET and DELETE
// are retried within the request's deadline for connection failures and 5xx answers; POST never is
// (a retried POST whose first attempt arrived would create a second silence).
class AlertClient : public prom::Transport {
    Q_OBJECT
public:
    explicit AlertClient(QUrl baseUrl, QObject *parent = nullptr);

    // Attempts after the first, for GET and DELETE (the profile's sources.prometheus.retries).
    void setRetries(int retries) { m_retries = retries; }

    // GET /api/v2/alerts with active, silenced, inhibited and unprocessed all asked for: the book
    // shows every state and decides itself.
    void getAlerts(Limits limits, QObject *context, Callback done);
    // GET /api/v2/silences (all states: Alertmanager keeps expired ones for its retention).
    void getSilences(Limits limits, QObject *context, Callback done);
    // GET /api/v2/status.
    void getStatus(Limits limits, QObject *context, Callback done);
    // POST /api/v2/silences with the PostableSilence of `request`.
    void postSilence(const SilenceRequest &request, QObject *context, Callback done);
    // DELETE /api/v2/silence/{id}: expires it.
    void deleteSilence(const QString &id, QObject *context, Callback done);

    // The PostableSilence JSON of `request` (times in UTC with milliseconds).
    static QByteArray silenceJson(const SilenceRequest &request);

private:
    struct Attempt {
        Request request;
        Limits limits;
        std::chrono::milliseconds total{0};
        std::shared_ptr<QElapsedTimer> clock;
        QPointer<QObject> guard;
        bool hadContext = false;
        Callback done;
    };
    void sendWithRetries(const Request &request, Limits limits, QObject *context, Callback done);
    void attempt(Attempt a, int n);

    int m_retries = 2;
};

} // namespace slaops::alerts
