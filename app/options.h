#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <vector>

namespace slaops::app {

// The console's command line (DESIGN.md §7), parsed once.
struct Options {
    QString profilePath; // empty: the built-in erlmcp v3 profile
    QUrl prometheus;     // overrides the profile's when valid
    std::vector<QUrl> alertmanagers;
    bool warRoom = false;
    bool readOnly = false;
    QString language;
    QString screenshotPath;
    QString view; // the view to open (and to render with --screenshot): overview, regions, budgets,
                  // compliance, charts, explain
    int screenshotTimeoutSec = 90;
    int refreshMs = 0; // 0: the profile's

    // Returns an error message for people, or an empty string. Handles --help and --version itself.
    static QString parse(const QStringList &arguments, Options &out);
};

} // namespace slaops::app
