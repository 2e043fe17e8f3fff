#include "alertclient.h"

#include "engine/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace slaops::alerts {

AlertClient::AlertClient(QUrl baseUrl, QObject *parent)
    : prom::Transport(std::move(baseUrl), parent)
{
}

void AlertClient::getAlerts(Limits limits, QObject *context, Callback done)
{
    QUrl url = endpoint(u"/api/v2/alerts");
    url.setQuery(QStringLiteral("active=true&silenced=true&inhibited=true&unprocessed=true"));
    sendWithRetries(Request{Verb::Get, url, {}}, limits, context, std::move(done));
}

void AlertClient::getSilences(Limits limits, QObject *context, Callback done)
{
    sendWithRetries(Request{Verb::Get, endpoint(u"/api/v2/silences"), {}}, limits, context, std::move(done));
}

void AlertClient::getStatus(Limits limits, QObject *context, Callback done)
{
    sendWithRetries(Request{Verb::Get, endpoint(u"/api/v2/status"), {}}, limits, context, std::move(done));
}

void AlertClient::postSilence(const SilenceRequest &request, QObject *context, Callback done)
{
    send(Request{Verb::Post, endpoint(u"/api/v2/silences"), silenceJson(request)}, Limits{{}, 1024 * 1024},
         context, std::move(done));
}

void AlertClient::deleteSilence(const QString &id, QObject *context, Callback done)
{
    // The id is the server's text: encoded, so that it can only ever name one path segment.
    const QString path =
        QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    QUrl url = endpoint(path);
    sendWithRetries(Request{Verb::Delete, url, {}}, Limits{{}, 1024 * 1024}, context, std::move(done));
}

QByteArray AlertClient::silenceJson(const SilenceRequest &r)
{
    QJsonArray matchers;
    for (const Matcher &m : r.matchers)
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("isRegex"), m.isRegex},
                                    {QStringLiteral("isEqual"), m.isEqual}});
    QJsonObject o{{QStringLiteral("matchers"), matchers},
                  {QStringLiteral("startsAt"), r.startsAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("endsAt"), r.endsAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("createdBy"), r.createdBy},
                  {QStringLiteral("comment"), r.comment}};
    if (!r.id.isEmpty())
        o.insert(QStringLiteral("id"), r.id);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void AlertClient::sendWithRetries(const Request &request, Limits limits, QObject *context, Callback done)
{
    Attempt a;
    a.request = request;
    a.limits = limits;
    // Every attempt gets what is left of the one deadline, so retries never stretch a request.
    a.total = limits.timeout.count() > 0 ? limits.timeout : timeout();
    a.clock = std::make_shared<QElapsedTimer>();
    a.clock->start();
    a.guard = context;
    a.hadContext = context != nullptr;
    a.done = std::move(done);
    attempt(std::move(a), 0);
}

void AlertClient::attempt(Attempt a, int n)
{
    Limits now = a.limits;
    now.timeout = std::max(std::chrono::milliseconds(100),
                           std::chrono::milliseconds(a.total.count() - a.clock->elapsed()));
    const Request request = a.request;
    send(request, now, nullptr, [this, a = std::move(a), n](prom::RawResponse r) mutable {
        if (a.hadContext && !a.guard)
            return;
        const qint64 waitMs = 100 * (n + 1);
        if (engine::Engine::worthRetrying(r) && n < m_retries &&
            a.clock->elapsed() + waitMs < a.total.count()) {
            QTimer::singleShot(waitMs, this,
                               [this, a = std::move(a), n]() mutable { attempt(std::move(a), n + 1); });
            return;
        }
        a.done(std::move(r));
    });
}

} // namespace slaops::alerts
