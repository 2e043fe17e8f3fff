#include "urlpolicy.h"

namespace slaops::config {

QString UrlPolicy::credentialError(const QUrl &url, const QString &where)
{
    // "http://@host/" has an empty user info: nothing secret in it, nothing sent.
    if (url.userInfo().isEmpty())
        return {};
    const QString message =
        tr("a user name or password in the URL is refused; put the credential in the keychain with "
           "`slaops secret set NAME` and reference it with auth: {type: bearer, secret: NAME} (or "
           "{type: basic, username: USER, secret: NAME})");
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString UrlPolicy::redacted(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    // Up to the query, not the path: a password may hold an unescaped '/' (or '@'), and a message
    // that hides a little too much costs less than one that shows a password.
    qsizetype end = text.size();
    for (const QChar c : {QLatin1Char('?'), QLatin1Char('#')})
        if (const qsizetype i = text.indexOf(c, start); i >= 0 && i < end)
            end = i;
    const qsizetype at = end > start ? text.lastIndexOf(QLatin1Char('@'), end - 1) : -1;
    if (at < start)
        return text;
    return text.left(start) + QStringLiteral("…") + text.mid(at);
}

} // namespace slaops::config
