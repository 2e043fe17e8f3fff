#include "client.h"

namespace slaops::prom {

Client::Client(QUrl baseUrl, QObject *parent)
    : Transport(std::move(baseUrl), parent)
{
}

void Client::instantQuery(const QString &promql, const QDateTime &time, Limits limits, QObject *context,
                          Callback done)
{
    QUrl url = endpoint(u"/api/v1/query");
    // Encoded by hand: PromQL is full of characters ('+', '{', '"', '=') that a form must escape exactly.
    QByteArray query = "query=" + QUrl::toPercentEncoding(promql);
    if (time.isValid())
        query += "&time=" + QByteArray::number(time.toMSecsSinceEpoch() / 1000.0, 'f', 3);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    get(url, limits, context, std::move(done));
}

void Client::queryRange(const QString &promql, const QDateTime &start, const QDateTime &end,
                        std::chrono::seconds step, QObject *context, Callback done)
{
    QUrl url = endpoint(u"/api/v1/query_range");
    // Encoded by hand, as in instantQuery(). Times in seconds with milliseconds, the step in whole
    // seconds: both are what Prometheus reads without rounding surprises.
    const QByteArray query = "query=" + QUrl::toPercentEncoding(promql) +
                             "&start=" + QByteArray::number(start.toMSecsSinceEpoch() / 1000.0, 'f', 3) +
                             "&end=" + QByteArray::number(end.toMSecsSinceEpoch() / 1000.0, 'f', 3) +
                             "&step=" + QByteArray::number(qint64(step.count()));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    get(url, Limits{}, context, std::move(done));
}

void Client::recordingRules(Limits limits, QObject *context, Callback done)
{
    QUrl url = endpoint(u"/api/v1/rules");
    url.setQuery(QStringLiteral("type=record"));
    get(url, limits, context, std::move(done));
}

void Client::get(const QUrl &url, Limits limits, QObject *context, Callback done)
{
    send(Request{Verb::Get, url, {}}, limits, context, std::move(done));
}

} // namespace slaops::prom
