#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <chrono>
#include <initializer_list>
#include <stdexcept>
#include <yaml-cpp/yaml.h>

namespace slaops::config {

// Thrown while reading a profile; turned into a ProfileLoadResult at the loader's boundary.
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

// Typed reads of YAML nodes whose every failure names the line and the key path.
class YamlReader {
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    static int lineOf(const YAML::Node &n) { return n.Mark().line >= 0 ? n.Mark().line + 1 : 0; }
    static QString join(const QString &path, const char *key);
    static QString join(const QString &path, std::size_t index);

    // Rejects keys the loader does not know: a typo must not silently fall back to a default.
    static void checkKeys(const YAML::Node &map, const QString &path,
                          std::initializer_list<const char *> allowed);
    static YAML::Node required(const YAML::Node &map, const char *key, const QString &path);
    static const YAML::Node sequence(const YAML::Node &n, const QString &path, bool allowEmpty);

    static QString string(const YAML::Node &n, const QString &path);
    static QStringList strings(const YAML::Node &n, const QString &path);
    static bool boolean(const YAML::Node &n, const QString &path);
    static int integer(const YAML::Node &n, const QString &path, int min, int max);
    static std::chrono::milliseconds duration(const YAML::Node &n, const QString &path);
    static QUrl url(const YAML::Node &n, const QString &path);
    static Unit unit(const YAML::Node &n, const QString &path);
    // A threshold in the SLA's unit: "99.999%" for percent, "100ms" or "0.1s" for ms, "10s" or "5m"
    // for s, a plain number for rps ("80%" is then that share of shareOf, when given).
    static double threshold(const YAML::Node &n, const QString &path, Unit unit, double shareOf = NAN);
    static Auth auth(const YAML::Node &n, const QString &path);
};

} // namespace slaops::config
