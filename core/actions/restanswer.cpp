#include "restanswer.h"

#include "prom/servertext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slaops::actions {

namespace {

QString clean(const QByteArray &text)
{
    return prom::ServerText::clean(std::string_view(text.constData(), std::size_t(text.size())),
                                   prom::ServerText::ErrorChars);
}

bool looksLikeHtml(const prom::RawResponse &r)
{
    const QByteArray start = r.body.left(512).trimmed().toLower();
    return r.contentType.toLower().contains("text/html") || start.startsWith("<!doctype html") ||
           start.startsWith("<html");
}

} // namespace

QString RestAnswer::describe(const prom::RawResponse &r, const QString &secretRef)
{
    if (r.error != prom::TransportError::None)
        return r.transportError;
    const int status = r.httpStatus;
    if (looksLikeHtml(r))
        return tr("the API answered HTTP %1 with an HTML page, not the erlmcp API's JSON (a proxy or a "
                  "wrong URL?)")
            .arg(status);
    if (r.body.trimmed().isEmpty())
        return tr("the API answered HTTP %1 with an empty body").arg(status);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    QString said;
    if (doc.isObject() && doc.object().value(QStringLiteral("error")).isString())
        said = prom::ServerText::clean(doc.object().value(QStringLiteral("error")).toString(),
                                       prom::ServerText::ErrorChars);
    else if (parseError.error != QJsonParseError::NoError)
        said = clean(r.body);
    if (status >= 200 && status < 300) {
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return tr("the API answered HTTP %1 with something that is not a JSON object: %2")
                .arg(status)
                .arg(clean(r.body));
        return {};
    }
    if (status == 401 || status == 403)
        return tr("the API refused the token (HTTP %1): %2; set it again with `slaops secret set %3`")
            .arg(status)
            .arg(said, secretRef);
    if (said.isEmpty())
        said = clean(r.body);
    if (status >= 500)
        return tr("the API failed (HTTP %1): %2").arg(status).arg(said);
    return tr("the API refused the request (HTTP %1): %2").arg(status).arg(said);
}

} // namespace slaops::actions
