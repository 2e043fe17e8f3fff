#pragma once

#include "profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace slaops::config {

// The outcome of loading a profile: a Profile, or an error that names the file, the line and the key.
struct ProfileLoadResult {
    bool ok = false;
    Profile profile;
    QString error; // "profile.yaml:12: slas[1].target: expected a percentage such as 99.9%"
};

class ProfileLoader {
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    static constexpr auto DefaultProfilePath = ":/slaops/profiles/erlmcp-v3.yaml";

    static ProfileLoadResult loadFile(const QString &path);
    static ProfileLoadResult loadDefault() { return loadFile(QString::fromLatin1(DefaultProfilePath)); }
    // fileName is only used in messages.
    static ProfileLoadResult parse(const QByteArray &yaml, const QString &fileName);
};

} // namespace slaops::config
