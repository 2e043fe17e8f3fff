#pragma once

// The env file that scripts/stack writes for a running test stack (KEY=VALUE lines), read by every
// integration test that needs the stack's URLs.
#include <QFile>
#include <QHash>
#include <QString>

namespace slaops::testing {

inline QHash<QString, QString> readEnv(const QString &dir)
{
    QHash<QString, QString> env;
    QFile f(dir + QStringLiteral("/env"));
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1))
                                                                       .trimmed()
                                                                       .remove(QLatin1Char('"'))
                                                                       .remove(QLatin1Char('\'')));
    }
    return env;
}

} // namespace slaops::testing
