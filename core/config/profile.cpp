#include "profile.h"

#include <QRegularExpression>

namespace slaops::config {

QString unitName(Unit unit)
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Milliseconds:
        return QStringLiteral("ms");
    case Unit::Seconds:
        return QStringLiteral("s");
    case Unit::RequestsPerSecond:
        return QStringLiteral("rps");
    }
    return {};
}

QString unitSymbol(Unit unit)
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Milliseconds:
        return QStringLiteral("ms");
    case Unit::Seconds:
        return QStringLiteral("s");
    case Unit::RequestsPerSecond:
        return QStringLiteral("RPS");
    }
    return {};
}

QString formatDuration(std::chrono::seconds d)
{
    qint64 s = d.count();
    if (s <= 0)
        return QStringLiteral("0s");
    QString out;
    const std::pair<qint64, char> parts[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto &[size, suffix] : parts) {
        if (s >= size) {
            out += QString::number(s / size) + QLatin1Char(suffix);
            s %= size;
        }
    }
    return out;
}

QString SlaSpec::windowSelector() const
{
    static const QRegularExpression re(
        QStringLiteral(R"(([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^{}]*\})?\s*\[\s*\$window\s*\])"));
    const QRegularExpressionMatch m = re.match(query);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : QString();
}

QString expandQuery(const QString &query, std::chrono::seconds window, const QString &selector)
{
    QString q = query;
    q.replace(QLatin1String("$window"), formatDuration(window));
    q.replace(QLatin1String("$selector"), selector);
    return q;
}

} // namespace slaops::config
