#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <optional>
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
    QString view;       // the view to open (and to render with --screenshot): overview, regions, budgets,
                        // compliance, charts, explain
    QString reportDate; // --report-date: the period the Reports view opens on (2024-06-03, 2024-02, 2024-Q1)
    int screenshotTimeoutSec = 90;
    int refreshMs = 0; // 0: the profile's

    // What the command line asks for. It is read before any QApplication exists, so that help, the
    // version and mistakes need no display.
    enum class Outcome {
        Run,     // open the console
        Help,    // print `text` to stdout, exit 0
        Version, // likewise
        Error,   // print `text` to stderr, exit 2
    };
    struct Parsed {
        Outcome outcome = Outcome::Run;
        QString text;
    };
    // `arguments` as QCoreApplication::arguments() gives them, the program name first.
    static Parsed parse(const QStringList &arguments, Options &out);

    // The commands that run without a display, as the first argument.
    static QStringList headlessCommands();
    // Why `name`, a first argument that is no option and no headless command, cannot run: it names
    // itself and the commands there are.
    static QString unknownCommandError(const QString &name);
    // The arguments Qt's own GUI classes take (-platform NAME, -style NAME, -reverse, ...) removed:
    // QApplication consumes them, the console's parser must not call them unknown.
    static QStringList withoutQtArguments(const QStringList &arguments);
    // "2h", "90m", "1h30m", "1d", "1w" (as amtool takes them), at most ten years; nullopt otherwise.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text);
    // Of `candidates`, the one a mistyped `name` most likely meant (a couple of letters off), or
    // empty: what a subcommand's "did you mean" names.
    static QString closest(const QString &name, const QStringList &candidates);
    // The value of a -platform argument, if there is one.
    static QString platformArgument(const QStringList &arguments);
};

} // namespace slaops::app
