#pragma once

#include "auth.h"
#include "rawresponse.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <chrono>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace slaops::prom {

// What every HTTP API client of slaops shares (Prometheus' and Alertmanager's): credentials judged
// against the server's scheme and host, extra CAs, a total deadline and a size cut-off per request,
// and typed failures (RawResponse). It only moves bytes: parsing happens on a worker thread
// (DESIGN.md §3). Lives on the thread that created it; callbacks run there.
class Transport : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(RawResponse)>;

    explicit Transport(QUrl baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // A new server for later requests (Settings saved while running). Credentials stay and are
    // judged again against the new scheme and host: plain http only to loopback.
    void setBaseUrl(const QUrl &url);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Answers larger than this are cut off and reported; a runaway answer must not eat the console's memory.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }

    // Credentials for every later request. They are refused (and each request then fails with the
    // reason, without touching the network) when they would travel in clear text: plain http is
    // allowed only to a loopback host (a local server, the tests).
    void setAuth(const Auth &auth);
    // The reason requests are refused by the client itself; empty when there is none.
    QString configurationError() const { return m_authError; }
    // Trusts the certificates of a PEM bundle in addition to the system's CAs, for this client only.
    // An empty path goes back to the system CAs alone. On failure the previous CAs stay in force.
    bool setCaFile(const QString &path, QString *error);

    // What one request may take: its total deadline and its size. Zero: this client's own.
    struct Limits {
        std::chrono::milliseconds timeout{0};
        qint64 maxBytes = 0;
    };

    enum class Verb { Get, Post, Delete };
    struct Request {
        Verb verb = Verb::Get;
        QUrl url;
        QByteArray body; // Post only: sent as application/json
    };

    // `done` runs on this object's thread, unless `context` (when not null) is gone by then.
    void send(const Request &request, Limits limits, QObject *context, Callback done);

    // The base URL with `apiPath` ("/api/v1/query") appended to its own path, so that a server
    // behind a path prefix (https://host/prometheus) is asked under it.
    QUrl endpoint(QStringView apiPath) const;

private:
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
