#pragma once
// Where the offscreen UI tests write their pictures: SLAOPS_UI_SHOTS (docs/ when regenerating the
// README's), else the temp dir.

#include <QDir>
#include <QString>

namespace slaops::test {

inline QString shotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("SLAOPS_UI_SHOTS");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

} // namespace slaops::test
