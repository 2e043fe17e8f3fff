#include "profileloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <cmath>
#include <set>
#include <stdexcept>
#include <yaml-cpp/yaml.h>

Q_LOGGING_CATEGORY(lcProfile, "slaops.config", QtInfoMsg)

namespace slaops::config {
namespace {

// Thrown inside the loader only; turned into a ProfileLoadResult at the boundary.
struct ProfileError : std::runtime_error {
    ProfileError(int line, QString key, QString message)
        : std::runtime_error("profile error")
        , line(line)
        , key(std::move(key))
        , message(std::move(message))
    {
    }
    int line;
    QString key;
    QString message;
};

int lineOf(const YAML::Node &n)
{
    return n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
}

QString str(const YAML::Node &n, const QString &key)
{
    if (!n.IsScalar())
        throw ProfileError(lineOf(n), key, ProfileLoader::tr("expected a single value"));
    return QString::fromStdString(n.Scalar()).trimmed();
}

// Rejects keys the loader does not know: a typo must not silently fall back to a default.
void checkKeys(const YAML::Node &map, const QString &path, std::initializer_list<const char *> allowed)
{
    if (!map.IsMap())
        throw ProfileError(lineOf(map), path, ProfileLoader::tr("expected a mapping of keys to values"));
    for (auto it = map.begin(); it != map.end(); ++it) {
        const std::string k = it->first.Scalar();
        bool known = false;
        for (const char *a : allowed)
            known = known || k == a;
        if (!known) {
            QStringList names;
            for (const char *a : allowed)
                names << QString::fromLatin1(a);
            throw ProfileError(
                lineOf(it->first),
                path.isEmpty() ? QString::fromStdString(k)
                               : path + QLatin1Char('.') + QString::fromStdString(k),
                ProfileLoader::tr("unknown key; expected one of: %1").arg(names.join(QLatin1String(", "))));
        }
    }
}

YAML::Node required(const YAML::Node &map, const char *key, const QString &path)
{
    const YAML::Node n = map[key];
    if (!n.IsDefined() || n.IsNull())
        throw ProfileError(lineOf(map),
                           path.isEmpty() ? QString::fromLatin1(key)
                                          : QString(path + QLatin1Char('.') + QLatin1String(key)),
                           ProfileLoader::tr("is required"));
    return n;
}

std::chrono::milliseconds parseDuration(const YAML::Node &n, const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)$"));
    const auto m = re.match(str(n, key));
    if (!m.hasMatch())
        throw ProfileError(lineOf(n), key,
                           ProfileLoader::tr("expected a duration such as 500ms, 5s, 5m, 1h or 30d"));
    const double v = m.captured(1).toDouble();
    const QString u = m.captured(2);
    const double factor = u == QLatin1String("ms")  ? 1
                          : u == QLatin1String("s") ? 1e3
                          : u == QLatin1String("m") ? 60e3
                          : u == QLatin1String("h") ? 3600e3
                                                    : 86400e3;
    return std::chrono::milliseconds(qint64(std::llround(v * factor)));
}

QUrl parseUrl(const YAML::Node &n, const QString &key)
{
    const QUrl url(str(n, key), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        throw ProfileError(lineOf(n), key, ProfileLoader::tr("expected an http:// or https:// URL"));
    return url;
}

Unit parseUnit(const YAML::Node &n, const QString &key)
{
    const QString s = str(n, key);
    for (Unit u : {Unit::Percent, Unit::Milliseconds, Unit::Seconds, Unit::RequestsPerSecond})
        if (s == unitName(u))
            return u;
    throw ProfileError(lineOf(n), key,
                       ProfileLoader::tr("unknown unit \"%1\"; expected percent, ms, s or rps").arg(s));
}

// A threshold is written in the SLA's unit: "99.999%" for percent, "100ms" for ms, "10s" for s, a plain
// number for rps. For rps, "80%" means that share of the target (capacity). A number in the wrong unit
// is an error, not a guess: "100" for a latency could be seconds or milliseconds.
double parseThreshold(const YAML::Node &n, const QString &key, Unit unit, double targetForShare)
{
    const QString s = str(n, key);
    static const QRegularExpression re(
        QStringLiteral("^([-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*(%|ms|s)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        throw ProfileError(lineOf(n), key, ProfileLoader::tr("\"%1\" is not a number").arg(s));
    const double v = m.captured(1).toDouble();
    const QString suffix = m.captured(2);
    switch (unit) {
    case Unit::Percent:
        if (suffix != QLatin1String("%"))
            throw ProfileError(lineOf(n), key, ProfileLoader::tr("expected a percentage such as 99.9%"));
        return v / 100.0;
    case Unit::Milliseconds:
        if (suffix == QLatin1String("ms"))
            return v;
        if (suffix == QLatin1String("s"))
            return v * 1000.0;
        throw ProfileError(lineOf(n), key,
                           ProfileLoader::tr("expected a duration in ms or s, such as 100ms"));
    case Unit::Seconds:
        if (suffix == QLatin1String("s"))
            return v;
        if (suffix == QLatin1String("ms"))
            return v / 1000.0;
        throw ProfileError(lineOf(n), key, ProfileLoader::tr("expected a duration in s or ms, such as 10s"));
    case Unit::RequestsPerSecond:
        if (suffix.isEmpty())
            return v;
        if (suffix == QLatin1String("%") && !std::isnan(targetForShare))
            return targetForShare * v / 100.0;
        if (std::isnan(targetForShare))
            throw ProfileError(lineOf(n), key,
                               ProfileLoader::tr("expected requests per second, such as 50000"));
        throw ProfileError(
            lineOf(n), key,
            ProfileLoader::tr("expected requests per second, or a share of the target such as 80%"));
    }
    return v;
}

SlaSpec parseSla(const YAML::Node &n, const QString &path)
{
    checkKeys(n, path, {"id", "name", "query", "unit", "comparison", "target", "alert", "window"});
    SlaSpec s;
    s.id = str(required(n, "id", path), path + QLatin1String(".id"));
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idRe.match(s.id).hasMatch())
        throw ProfileError(lineOf(n["id"]), path + QLatin1String(".id"),
                           ProfileLoader::tr("use lower-case letters, digits and _"));
    s.name = str(required(n, "name", path), path + QLatin1String(".name"));
    s.query = str(required(n, "query", path), path + QLatin1String(".query"));
    s.unit = parseUnit(required(n, "unit", path), path + QLatin1String(".unit"));
    const QString cmp = str(required(n, "comparison", path), path + QLatin1String(".comparison"));
    if (cmp == QLatin1String("at_least"))
        s.comparison = sla::Comparison::AtLeast;
    else if (cmp == QLatin1String("at_most"))
        s.comparison = sla::Comparison::AtMost;
    else
        throw ProfileError(lineOf(n["comparison"]), path + QLatin1String(".comparison"),
                           ProfileLoader::tr("expected at_least or at_most"));
    s.target = parseThreshold(required(n, "target", path), path + QLatin1String(".target"), s.unit, NAN);
    s.alert = parseThreshold(required(n, "alert", path), path + QLatin1String(".alert"), s.unit, s.target);
    if (n["window"].IsDefined())
        s.window = std::chrono::duration_cast<std::chrono::seconds>(
            parseDuration(n["window"], path + QLatin1String(".window")));
    if (s.window.count() < 1)
        throw ProfileError(lineOf(n["window"]), path + QLatin1String(".window"),
                           ProfileLoader::tr("must be at least 1s"));
    return s;
}

Profile parseProfile(const YAML::Node &root)
{
    checkKeys(root, {}, {"profile", "refresh_interval", "error_after", "sources", "slas"});
    Profile p;
    p.name = str(required(root, "profile", {}), QStringLiteral("profile"));
    if (root["refresh_interval"].IsDefined())
        p.refreshInterval = parseDuration(root["refresh_interval"], QStringLiteral("refresh_interval"));
    if (p.refreshInterval < std::chrono::milliseconds(200))
        throw ProfileError(lineOf(root["refresh_interval"]), QStringLiteral("refresh_interval"),
                           ProfileLoader::tr("must be at least 200ms"));
    if (root["error_after"].IsDefined())
        p.errorAfter = parseDuration(root["error_after"], QStringLiteral("error_after"));

    const YAML::Node sources = required(root, "sources", {});
    checkKeys(sources, QStringLiteral("sources"), {"prometheus", "alertmanagers"});
    const YAML::Node prom = required(sources, "prometheus", QStringLiteral("sources"));
    checkKeys(prom, QStringLiteral("sources.prometheus"), {"url", "timeout"});
    p.sources.prometheus = parseUrl(required(prom, "url", QStringLiteral("sources.prometheus")),
                                    QStringLiteral("sources.prometheus.url"));
    if (prom["timeout"].IsDefined())
        p.sources.timeout = parseDuration(prom["timeout"], QStringLiteral("sources.prometheus.timeout"));
    if (const YAML::Node ams = sources["alertmanagers"]; ams.IsDefined()) {
        if (!ams.IsSequence())
            throw ProfileError(lineOf(ams), QStringLiteral("sources.alertmanagers"),
                               ProfileLoader::tr("expected a list"));
        for (std::size_t i = 0; i < ams.size(); ++i) {
            const QString path = QStringLiteral("sources.alertmanagers[%1]").arg(i);
            checkKeys(ams[i], path, {"url"});
            p.sources.alertmanagers.push_back(
                parseUrl(required(ams[i], "url", path), path + QLatin1String(".url")));
        }
    }

    const YAML::Node slas = required(root, "slas", {});
    if (!slas.IsSequence() || slas.size() == 0)
        throw ProfileError(lineOf(slas), QStringLiteral("slas"),
                           ProfileLoader::tr("expected a non-empty list"));
    std::set<QString> ids;
    for (std::size_t i = 0; i < slas.size(); ++i) {
        const QString path = QStringLiteral("slas[%1]").arg(i);
        SlaSpec s = parseSla(slas[i], path);
        if (!ids.insert(s.id).second)
            throw ProfileError(lineOf(slas[i]["id"]), path + QLatin1String(".id"),
                               ProfileLoader::tr("duplicate id \"%1\"").arg(s.id));
        p.slas.push_back(std::move(s));
    }
    return p;
}

} // namespace

ProfileLoadResult ProfileLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {false, {}, QStringLiteral("%1: %2").arg(path, f.errorString())};
    constexpr qint64 maxSize = 4 * 1024 * 1024; // a profile is a page of YAML, not a data file
    if (f.size() > maxSize)
        return {
            false, {}, QStringLiteral("%1: %2").arg(path, ProfileLoader::tr("file is larger than 4 MiB"))};
    return parse(f.readAll(), path);
}

ProfileLoadResult ProfileLoader::parse(const QByteArray &yaml, const QString &fileName)
{
    ProfileLoadResult r;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsDefined() || root.IsNull())
            throw ProfileError(1, {}, ProfileLoader::tr("the file is empty"));
        r.profile = parseProfile(root);
        r.profile.file = fileName;
        r.ok = true;
    } catch (const ProfileError &e) {
        r.error = e.key.isEmpty()
                      ? QStringLiteral("%1:%2: %3").arg(fileName).arg(e.line).arg(e.message)
                      : QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(e.line).arg(e.key, e.message);
    } catch (const YAML::Exception &e) {
        r.error = QStringLiteral("%1:%2: %3")
                      .arg(fileName)
                      .arg(e.mark.line >= 0 ? e.mark.line + 1 : 0)
                      .arg(QString::fromStdString(e.msg));
    }
    if (!r.ok)
        qCWarning(lcProfile).noquote() << r.error;
    return r;
}

} // namespace slaops::config
