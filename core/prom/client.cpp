#include "client.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <memory>

Q_LOGGING_CATEGORY(lcProm, "slaops.prom", QtInfoMsg)

namespace slaops::prom {

Client::Client(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects may only stay on the same scheme; TLS verification is left at Qt's default (on).
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void Client::instantQuery(const QString &promql, const QDateTime &time, QObject *context, Callback done)
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/v1/query"));
    // Encoded by hand: PromQL is full of characters ('+', '{', '"', '=') that a form must escape exactly.
    QByteArray query = "query=" + QUrl::toPercentEncoding(promql);
    if (time.isValid())
        query += "&time=" + QByteArray::number(time.toMSecsSinceEpoch() / 1000.0, 'f', 3);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    get(url, context, std::move(done));
}

void Client::get(const QUrl &url, QObject *context, Callback done)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(int(m_timeout.count()));
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_nam->get(req);
    auto tooLarge = std::make_shared<bool>(false);

    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge, max = m_maxBytes](qint64 received, qint64) {
                if (received > max && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() {
        reply->deleteLater();
        RawResponse r;
        r.latencyMs = timer->elapsed();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (*tooLarge) {
            r.transportError = tr("the answer is larger than %1 MiB and was cut off; narrow the query")
                                   .arg(m_maxBytes / (1024 * 1024));
        } else if (status.isValid()) {
            r.httpStatus = status.toInt();
            r.body = reply->readAll();
            r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            r.transportError = tr("no answer within %L1 s").arg(m_timeout.count() / 1000.0);
        } else {
            r.transportError = reply->errorString();
        }
        if (!r.transportError.isEmpty())
            qCDebug(lcProm) << "query failed:" << url.host() << r.transportError;
        if (guard)
            done(std::move(r));
    });
}

} // namespace slaops::prom
