#pragma once

#include "rawresponse.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

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
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Answers larger than this are cut off and reported; a runaway query must not eat the console's memory.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }

    // GET /api/v1/query. `done` runs on this object's thread, unless `context` is gone by then.
    void instantQuery(const QString &promql, const QDateTime &time, QObject *context, Callback done);

private:
    void get(const QUrl &url, QObject *context, Callback done);

    QUrl m_baseUrl;
    QNetworkAccessManager *m_nam;
    std::chrono::milliseconds m_timeout{10000};
    qint64 m_maxBytes = 32 * 1024 * 1024;
};

} // namespace slaops::prom
