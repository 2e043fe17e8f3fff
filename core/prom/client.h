#pragma once

#include "auth.h"
#include "rawresponse.h"

#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <chrono>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace slaops::prom {

// A thin, asynchronous client of the Prometheus HTTP API. It only moves bytes: parsing happens on a
// worker thread (DESIGN.md §3). Lives on the thread that created it.
class Client : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(RawResponse)>;

    explicit Client(QUrl baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // A new Prometheus for later requests (Settings saved while running). Credentials stay and are
    // judged again against the new scheme and host: plain http only to loopback.
    void setBaseUrl(const QUrl &url);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Answers larger than this are cut off and reported; a runaway query must not eat the console's memory.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }

    // Credentials for every later request. They are refused (and each query then fails with the
    // reason, without touching the network) when they would travel in clear text: plain http is
    // allowed only to a loopback host (a local Prometheus, the tests).
    void setAuth(const Auth &auth);
    // The reason queries are refused by the client itself; empty when there is none.
    QString configurationError() const { return m_authError; }
    // Trusts the certificates of a PEM bundle in addition to the system's CAs, for this client only.
    // An empty path goes back to the system CAs alone. On failure the previous CAs stay in force.
    bool setCaFile(const QString &path, QString *error);

    // What one request may take: its total deadline and its size. Zero: this client's own.
    struct Limits {
        std::chrono::milliseconds timeout{0};
        qint64 maxBytes = 0;
    };

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

    // GET of any URL (a node's /metrics/sla for direct scraping), with this client's timeout, size
    // limit, TLS settings and credentials: use a client without credentials for nodes.
    void fetch(const QUrl &url, QObject *context, Callback done)
    {
        get(url, Limits{}, context, std::move(done));
    }

private:
    void get(const QUrl &url, Limits limits, QObject *context, Callback done);

    void updateAuthError();

    QUrl m_baseUrl;
    static constexpr int kManagers = 4;
    std::vector<QNetworkAccessManager *> m_nams;
    std::size_t m_nextManager = 0;
    QByteArray m_authorization; // the Authorization header value, empty when none
    Auth::Kind m_authKind = Auth::Kind::None;
    QString m_authError;
    QSslConfiguration m_ssl;
    bool m_customCa = false;
    std::chrono::milliseconds m_timeout{10000};
    qint64 m_maxBytes = 32 * 1024 * 1024;
};

} // namespace slaops::prom
