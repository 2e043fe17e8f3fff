#include "yamlreader.h"

#include "urlpolicy.h"

#include <QRegularExpression>
#include <cmath>

namespace slaops::config {

QString YamlReader::join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString YamlReader::join(const QString &path, std::size_t index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

namespace {

// A key as a message shows it: a plain name as it is; anything else quoted, on one line and cut short,
// since a key may be a paragraph with newlines in it, or a whole list.
QString shownKey(const YAML::Node &key)
{
    if (key.IsSequence())
        return YamlReader::tr("(a list)");
    if (key.IsMap())
        return YamlReader::tr("(a mapping)");
    const QString k = QString::fromStdString(key.Scalar());
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z0-9_-]{1,64}\\z"));
    if (plain.match(k).hasMatch())
        return k;
    QString line = k.simplified();
    if (line.size() > 32) {
        // Never between the two halves of a character beyond U+FFFF: half of one is not text.
        const qsizetype cut = line.at(30).isHighSurrogate() ? 30 : 31;
        line = line.left(cut) + QChar(0x2026);
    }
    return QLatin1Char('"') + line + QLatin1Char('"');
}

} // namespace

void YamlReader::checkKeys(const YAML::Node &map, const QString &path,
                           std::initializer_list<const char *> allowed)
{
    if (!map.IsMap())
        throw ProfileError(lineOf(map), path, tr("expected a mapping of keys to values"));
    for (auto it = map.begin(); it != map.end(); ++it) {
        const std::string k = it->first.Scalar();
        bool known = false;
        for (const char *a : allowed)
            known = known || k == a;
        if (!known) {
            QStringList names;
            for (const char *a : allowed)
                names << QString::fromLatin1(a);
            const QString full =
                path.isEmpty() ? shownKey(it->first) : path + QLatin1Char('.') + shownKey(it->first);
            throw ProfileError(lineOf(it->first), full,
                               tr("unknown key; expected one of: %1").arg(names.join(QLatin1String(", "))));
        }
    }
}

YAML::Node YamlReader::required(const YAML::Node &map, const char *key, const QString &path)
{
    const YAML::Node n = map[key];
    if (!n.IsDefined() || n.IsNull())
        throw ProfileError(lineOf(map), join(path, key), tr("is required"));
    return n;
}

const YAML::Node YamlReader::sequence(const YAML::Node &n, const QString &path, bool allowEmpty)
{
    if (!n.IsSequence() || (!allowEmpty && n.size() == 0))
        throw ProfileError(lineOf(n), path,
                           allowEmpty ? tr("expected a list") : tr("expected a non-empty list"));
    return n;
}

QString YamlReader::string(const YAML::Node &n, const QString &path)
{
    if (!n.IsScalar())
        throw ProfileError(lineOf(n), path, tr("expected a single value"));
    return QString::fromStdString(n.Scalar()).trimmed();
}

QStringList YamlReader::strings(const YAML::Node &n, const QString &path)
{
    QStringList out;
    const YAML::Node seq = sequence(n, path, false);
    for (std::size_t i = 0; i < seq.size(); ++i)
        out << string(seq[i], join(path, i));
    return out;
}

bool YamlReader::boolean(const YAML::Node &n, const QString &path)
{
    const QString s = string(n, path);
    if (s == QLatin1String("true"))
        return true;
    if (s == QLatin1String("false"))
        return false;
    throw ProfileError(lineOf(n), path, tr("expected true or false"));
}

int YamlReader::integer(const YAML::Node &n, const QString &path, int min, int max)
{
    bool ok = false;
    const int v = string(n, path).toInt(&ok);
    if (!ok || v < min || v > max)
        throw ProfileError(lineOf(n), path, tr("expected a whole number from %1 to %2").arg(min).arg(max));
    return v;
}

std::chrono::milliseconds YamlReader::duration(const YAML::Node &n, const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)$"));
    const auto m = re.match(string(n, path));
    if (!m.hasMatch())
        throw ProfileError(lineOf(n), path, tr("expected a duration such as 500ms, 5s, 5m, 1h or 30d"));
    const double v = m.captured(1).toDouble();
    const QString u = m.captured(2);
    const double factor = u == QLatin1String("ms")  ? 1
                          : u == QLatin1String("s") ? 1e3
                          : u == QLatin1String("m") ? 60e3
                          : u == QLatin1String("h") ? 3600e3
                                                    : 86400e3;
    return std::chrono::milliseconds(qint64(std::llround(v * factor)));
}

QUrl YamlReader::url(const YAML::Node &n, const QString &path)
{
    const QUrl u(string(n, path), QUrl::StrictMode);
    if (const QString e = UrlPolicy::credentialError(u, {}); !e.isEmpty())
        throw ProfileError(lineOf(n), path, e);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
        u.host().isEmpty())
        throw ProfileError(lineOf(n), path, tr("expected an http:// or https:// URL"));
    return u;
}

Unit YamlReader::unit(const YAML::Node &n, const QString &path)
{
    const QString s = string(n, path);
    for (Unit u : {Unit::Percent, Unit::Milliseconds, Unit::Seconds, Unit::RequestsPerSecond})
        if (s == unitName(u))
            return u;
    throw ProfileError(lineOf(n), path, tr("unknown unit \"%1\"; expected percent, ms, s or rps").arg(s));
}

double YamlReader::threshold(const YAML::Node &n, const QString &path, Unit unit, double shareOf)
{
    // A number in the wrong unit is an error, not a guess: "100" for a latency could be s or ms.
    const QString s = string(n, path);
    static const QRegularExpression re(
        QStringLiteral("^([-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*(%|ms|s|m|h)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        throw ProfileError(lineOf(n), path, tr("\"%1\" is not a number").arg(s));
    const double v = m.captured(1).toDouble();
    const QString suffix = m.captured(2);
    const auto seconds = [&]() -> double {
        if (suffix == QLatin1String("ms"))
            return v / 1000.0;
        if (suffix == QLatin1String("s"))
            return v;
        if (suffix == QLatin1String("m"))
            return v * 60.0;
        if (suffix == QLatin1String("h"))
            return v * 3600.0;
        return NAN;
    };
    switch (unit) {
    case Unit::Percent:
        if (suffix != QLatin1String("%"))
            throw ProfileError(lineOf(n), path, tr("expected a percentage such as 99.9%"));
        return v / 100.0;
    case Unit::Milliseconds:
        if (std::isnan(seconds()))
            throw ProfileError(lineOf(n), path, tr("expected a duration in ms or s, such as 100ms"));
        return seconds() * 1000.0;
    case Unit::Seconds:
        if (std::isnan(seconds()))
            throw ProfileError(lineOf(n), path, tr("expected a duration in s or ms, such as 10s"));
        return seconds();
    case Unit::RequestsPerSecond:
        if (suffix.isEmpty())
            return v;
        if (suffix == QLatin1String("%") && !std::isnan(shareOf))
            return shareOf * v / 100.0;
        if (std::isnan(shareOf))
            throw ProfileError(lineOf(n), path, tr("expected requests per second, such as 50000"));
        throw ProfileError(lineOf(n), path,
                           tr("expected requests per second, or a share of the target such as 80%"));
    }
    return v;
}

Auth YamlReader::auth(const YAML::Node &n, const QString &path)
{
    checkKeys(n, path, {"type", "username", "secret"});
    Auth a;
    const QString type = string(required(n, "type", path), join(path, "type"));
    if (type == QLatin1String("bearer"))
        a.kind = Auth::Kind::Bearer;
    else if (type == QLatin1String("basic"))
        a.kind = Auth::Kind::Basic;
    else
        throw ProfileError(lineOf(n["type"]), join(path, "type"), tr("expected bearer or basic"));
    // Only a reference: a secret written into a profile would end up in backups and repositories.
    a.secretRef = string(required(n, "secret", path), join(path, "secret"));
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!nameRe.match(a.secretRef).hasMatch())
        throw ProfileError(
            lineOf(n["secret"]), join(path, "secret"),
            tr("expected the name of a keychain entry (letters, digits, _ . -), not a secret"));
    if (a.kind == Auth::Kind::Basic)
        a.username = string(required(n, "username", path), join(path, "username"));
    else if (n["username"].IsDefined())
        throw ProfileError(lineOf(n["username"]), join(path, "username"),
                           tr("only basic authentication has a username"));
    return a;
}

} // namespace slaops::config
