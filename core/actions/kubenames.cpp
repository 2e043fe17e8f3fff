#include "kubenames.h"

#include <QRegularExpression>

namespace slaops::actions {

namespace {

// The name as it may be echoed to a terminal: anything outside printable ASCII as U+XXXX.
QString printable(const QString &name)
{
    QString out;
    for (const QChar c : name.left(80))
        out += c.unicode() >= 0x20 && c.unicode() <= 0x7e
                   ? QString(c)
                   : QStringLiteral("<U+%1>").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return out;
}

// Why `name` is not valid, in general terms first: the grammar below then only sees plain ASCII.
QString basics(const QString &name, const QString &what, int maxLength)
{
    if (name.isEmpty())
        return KubeNames::tr("%1: empty").arg(what);
    if (name.size() > maxLength)
        return KubeNames::tr("%1: longer than %2 characters").arg(what).arg(maxLength);
    for (const QChar c : name) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return KubeNames::tr(
                       "%1: \"%2\" holds a character that is not plain ASCII (U+%3): a look-alike or "
                       "a control character")
                .arg(what, printable(name))
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (name.startsWith(QLatin1Char('-')))
        return KubeNames::tr("%1: \"%2\" starts with '-', which kubectl would read as an option")
            .arg(what, name);
    return {};
}

QString check(const QString &name, const QString &what, int maxLength, const QRegularExpression &re,
              const QString &rule)
{
    if (QString why = basics(name, what, maxLength); !why.isEmpty())
        return why;
    if (!re.match(name).hasMatch())
        return KubeNames::tr("%1: \"%2\" is not %3").arg(what, name, rule);
    return {};
}

} // namespace

QString KubeNames::label(const QString &name, const QString &what)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return check(name, what, 63, re, tr("an RFC 1123 label (lower-case letters, digits and '-')"));
}

QString KubeNames::serviceName(const QString &name, const QString &what)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    return check(name, what, 63, re,
                 tr("an RFC 1035 label (a lower-case letter, then letters, digits and '-')"));
}

QString KubeNames::subdomain(const QString &name, const QString &what)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return check(name, what, 253, re, tr("an RFC 1123 subdomain (lower-case labels joined by '.')"));
}

QString KubeNames::context(const QString &name, const QString &what)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:@/][-A-Za-z0-9_.:@/]*$"));
    return check(name, what, 253, re, tr("a context name (letters, digits and - _ . : @ /)"));
}

} // namespace slaops::actions
