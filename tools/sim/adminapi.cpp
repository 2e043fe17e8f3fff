#include "adminapi.h"

#include "erlmcpmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

TlsHttpServer::Response jsonError(int status, const QString &message)
{
    return {status,
            QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact) +
                '\n'};
}

QJsonValue limitValue(double rps)
{
    return rps > 0.0 ? QJsonValue(rps) : QJsonValue(QJsonValue::Null);
}

} // namespace

AdminApi::AdminApi(ErlmcpModel *model, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_token(std::move(token))
    , m_server(QStringLiteral("erlmcp admin API"),
               [this](const TlsHttpServer::Request &r) { return handle(r); })
{
}

bool AdminApi::listen(quint16 port, const QString &certFile, const QString &keyFile, QString *error)
{
    return m_server.listen(port, certFile, keyFile, error);
}

TlsHttpServer::Response AdminApi::state() const
{
    QJsonObject regions;
    const QStringList groups = m_model->groups();
    for (qsizetype i = 0; i < groups.size(); ++i)
        regions.insert(groups[i], limitValue(m_model->regionRateLimits()[static_cast<std::size_t>(i)]));
    return {200, QJsonDocument(QJsonObject{{QStringLiteral("limit"), limitValue(m_model->fleetRateLimit())},
                                           {QStringLiteral("regions"), regions}})
                         .toJson(QJsonDocument::Compact) +
                     '\n'};
}

TlsHttpServer::Response AdminApi::handle(const TlsHttpServer::Request &req)
{
    const QByteArray auth = req.header("authorization");
    const QByteArray given = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
    // QByteArray's == is not constant time; compare every byte of equally long tokens.
    bool same = given.size() == m_token.size();
    unsigned char diff = 0;
    for (qsizetype i = 0; same && i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ m_token[i]);
    if (!same || diff != 0)
        return jsonError(401, QStringLiteral("a valid bearer token is required"));
    if (req.path != "/api/rate-limit")
        return jsonError(404, QStringLiteral("no such endpoint; see /api/rate-limit"));
    if (req.method == "GET")
        return state();
    if (req.method != "POST")
        return jsonError(405, QStringLiteral("GET or POST /api/rate-limit"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return jsonError(400, QStringLiteral("the body must be a JSON object like {\"limit\": 1000}"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("limit") && it.key() != QLatin1String("region"))
            return jsonError(400, QStringLiteral("unknown member \"%1\"").arg(it.key()));
    }
    const QJsonValue limit = o.value(QStringLiteral("limit"));
    const double v = limit.toDouble(-1);
    if (!o.contains(QStringLiteral("limit")) ||
        (!limit.isNull() &&
         (!limit.isDouble() || !std::isfinite(v) || v < 1 || v > kMaxLimit || v != std::floor(v))))
        return jsonError(400,
                         QStringLiteral("limit must be a whole number of requests/s, 1..%1, or null to clear")
                             .arg(static_cast<qint64>(kMaxLimit)));
    const double rps = limit.isNull() ? 0.0 : v;
    if (o.contains(QStringLiteral("region"))) {
        const qsizetype r = m_model->groups().indexOf(o.value(QStringLiteral("region")).toString());
        if (r < 0)
            return jsonError(
                400,
                QStringLiteral("region must be one of %1").arg(m_model->groups().join(QStringLiteral(", "))));
        m_model->setRegionRateLimit(static_cast<std::size_t>(r), rps);
    } else {
        m_model->setFleetRateLimit(rps);
    }
    return state();
}
