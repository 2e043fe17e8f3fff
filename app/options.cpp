#include "options.h"

#include "config/urlpolicy.h"
#include "report/period.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace slaops::app {

namespace {

// Named in the design (§7) and asked for by scripts before they exist: they get a clear "not yet",
// not "unknown".
const QStringList &laterCommands()
{
    static const QStringList names{QStringLiteral("action"), QStringLiteral("audit")};
    return names;
}

QString commandsLine()
{
    return QCoreApplication::translate("main", "commands: %1 (slaops COMMAND --help); without one, slaops "
                                               "opens the console (slaops --help)")
        .arg(Options::headlessCommands().join(QLatin1String(", ")));
}

// Levenshtein distance, enough to tell "chek" from "check".
qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = qsizetype(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[std::size_t(j)];
            row[std::size_t(j)] =
                std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QStringList Options::headlessCommands()
{
    return {QStringLiteral("check"),   QStringLiteral("alerts"), QStringLiteral("silence"),
            QStringLiteral("profile"), QStringLiteral("secret"), QStringLiteral("audit"),
            QStringLiteral("action"),  QStringLiteral("report"), QStringLiteral("rules")};
}

std::optional<std::chrono::seconds> Options::parseDuration(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+(?:w|d|h|m|s))+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)(w|d|h|m|s)"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    qint64 seconds = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar u = m.captured(2).front();
        const qint64 factor = u == QLatin1Char('w')   ? 7 * 86400
                              : u == QLatin1Char('d') ? 86400
                              : u == QLatin1Char('h') ? 3600
                              : u == QLatin1Char('m') ? 60
                                                      : 1;
        if (n > 10LL * 365 * 86400 / factor)
            return std::nullopt;
        seconds += n * factor;
    }
    return std::chrono::seconds(seconds);
}

QString Options::closest(const QString &name, const QStringList &candidates)
{
    QString best;
    qsizetype bestDistance = name.size() <= 3 ? 1 : 2; // a wider net catches unrelated words
    for (const QString &c : candidates)
        if (const qsizetype d = editDistance(name.toLower(), c);
            d <= bestDistance && (best.isEmpty() || d < bestDistance)) {
            best = c;
            bestDistance = d;
        }
    return best;
}

QString Options::unknownCommandError(const QString &name)
{
    if (laterCommands().contains(name))
        return QCoreApplication::translate("main", "\"%1\" is not available in this version").arg(name) +
               QLatin1Char('\n') + commandsLine();
    const QString closest = Options::closest(name, headlessCommands() + laterCommands());
    const QString first =
        closest.isEmpty() ? QCoreApplication::translate("main", "unknown command \"%1\"")
                                .arg(config::UrlPolicy::redacted(name))
                          : QCoreApplication::translate("main", "unknown command \"%1\"; did you mean %2?")
                                .arg(config::UrlPolicy::redacted(name), closest);
    return first + QLatin1Char('\n') + commandsLine();
}

QStringList Options::withoutQtArguments(const QStringList &arguments)
{
    // QGuiApplication's and QApplication's own options (their documentation lists them); Qt accepts
    // each with one dash or two.
    static const QStringList withValue{
        QStringLiteral("platform"),     QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),       QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("qmljsdebugger"),      QStringLiteral("session"),
        QStringLiteral("display"),      QStringLiteral("geometry"),           QStringLiteral("style"),
        QStringLiteral("stylesheet")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb"),
                                   QStringLiteral("sync")};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const QString name = a.startsWith(QLatin1String("--")) ? a.mid(2)
                             : a.startsWith(QLatin1Char('-'))  ? a.mid(1)
                                                               : QString();
        if (i > 0 && withValue.contains(name))
            ++i; // and its value
        else if (i == 0 || !flags.contains(name))
            out << a;
    }
    return out;
}

QString Options::platformArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i)
        if (arguments[i] == QLatin1String("-platform") || arguments[i] == QLatin1String("--platform"))
            return arguments[i + 1];
    return {};
}

static QUrl parseUrl(const QString &s)
{
    return QUrl(s, QUrl::StrictMode);
}

static bool isHttpUrl(const QUrl &u)
{
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
           !u.host().isEmpty();
}

Options::Parsed Options::parse(const QStringList &arguments, Options &out)
{
    const auto error = [](const QString &text) { return Parsed{Outcome::Error, text}; };
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main", "slaops: live SLA compliance of a service, from Prometheus and Alertmanager."));
    // Not addHelpOption() here: it adds --help-all, whose Qt options only process() prints, and
    // process() exits with 1 on a mistake. Its description comes along, in Qt's own translations.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCommandLineParser().addHelpOption().description());
    p.addOption(help);
    const QCommandLineOption version = p.addVersionOption();
    p.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "A command that needs no display: %1 (slaops COMMAND --help). Without "
                                    "one, the console opens.")
            .arg(headlessCommands().join(QLatin1String(", "))),
        QStringLiteral("[command]"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "SLA profile (YAML). Default: the built-in erlmcp v3 profile."),
        QStringLiteral("file"));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"),
        QCoreApplication::translate("main", "Prometheus base URL; overrides the profile's."),
        QStringLiteral("url"));
    const QCommandLineOption alertmanager(
        QStringLiteral("alertmanager"),
        QCoreApplication::translate("main",
                                    "Alertmanager base URL; may be repeated; overrides the profile's."),
        QStringLiteral("url"));
    const QCommandLineOption warRoom(
        QStringLiteral("war-room"),
        QCoreApplication::translate("main", "Full-screen wall display; implies --read-only."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QCoreApplication::translate("main", "Offer no containment actions."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language, e.g. de."),
                                  QStringLiteral("language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Render the window once live data has arrived, write it as PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption refresh(
        QStringLiteral("refresh-ms"),
        QCoreApplication::translate("main", "Refresh interval in milliseconds; overrides the profile's."),
        QStringLiteral("ms"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "View to open: overview, regions, budgets, compliance, charts, "
                                            "alerts, silences, explain (the P95 "
                                            "explained), action (the action wizard's preview for the "
                                            "region in the worst trouble), audit (the audit log) or "
                                            "reports."),
        QStringLiteral("name"));
    const QCommandLineOption reportDate(
        QStringLiteral("report-date"),
        QCoreApplication::translate("main", "The period the Reports view opens on: a day (2024-06-03), a "
                                            "month (2024-02) or a quarter (2024-Q1). With --view reports "
                                            "--screenshot, that report is built and rendered."),
        QStringLiteral("period"));
    p.addOptions(
        {profile, prometheus, alertmanager, warRoom, readOnly, lang, screenshot, refresh, view, reportDate});
    // A mistake is a usage error, exit 2.
    if (!p.parse(arguments))
        return error(p.errorText() + QLatin1Char('\n') + commandsLine());
    if (p.isSet(help))
        return {Outcome::Help, p.helpText()};
    if (p.isSet(version))
        return {Outcome::Version, QCoreApplication::applicationName() + QLatin1Char(' ') +
                                      QCoreApplication::applicationVersion() + QLatin1Char('\n')};
    if (!p.positionalArguments().isEmpty())
        return error(QCoreApplication::translate("main", "unexpected argument \"%1\"; a command comes first")
                         .arg(config::UrlPolicy::redacted(p.positionalArguments().constFirst())) +
                     QLatin1Char('\n') + commandsLine());

    out.profilePath = p.value(profile);
    if (p.isSet(prometheus)) {
        out.prometheus = parseUrl(p.value(prometheus));
        if (const QString e =
                config::UrlPolicy::credentialError(out.prometheus, QStringLiteral("--prometheus"));
            !e.isEmpty())
            return error(e);
        if (!isHttpUrl(out.prometheus))
            return error(
                QCoreApplication::translate("main", "--prometheus: \"%1\" is not an http:// or https:// URL")
                    .arg(config::UrlPolicy::redacted(p.value(prometheus))));
    }
    for (const QString &s : p.values(alertmanager)) {
        const QUrl u = parseUrl(s);
        if (const QString e = config::UrlPolicy::credentialError(u, QStringLiteral("--alertmanager"));
            !e.isEmpty())
            return error(e);
        if (!isHttpUrl(u))
            return error(QCoreApplication::translate(
                             "main", "--alertmanager: \"%1\" is not an http:// or https:// URL")
                             .arg(config::UrlPolicy::redacted(s)));
        out.alertmanagers.push_back(u);
    }
    out.warRoom = p.isSet(warRoom);
    out.readOnly = p.isSet(readOnly) || out.warRoom;
    out.language = p.value(lang);
    out.screenshotPath = p.value(screenshot);
    out.view = p.value(view);
    static const QStringList views{
        QStringLiteral("overview"),   QStringLiteral("regions"), QStringLiteral("budgets"),
        QStringLiteral("compliance"), QStringLiteral("charts"),  QStringLiteral("alerts"),
        QStringLiteral("silences"),   QStringLiteral("explain"), QStringLiteral("action"),
        QStringLiteral("audit"),      QStringLiteral("reports")};
    if (!out.view.isEmpty() && !views.contains(out.view))
        return error(QCoreApplication::translate("main", "--view: \"%1\" is not one of %2")
                         .arg(out.view, views.join(QLatin1String(", "))));
    out.reportDate = p.value(reportDate);
    if (!out.reportDate.isEmpty() && !report::Period::parseLabel(out.reportDate))
        return error(QCoreApplication::translate(
                         "main", "--report-date: \"%1\" is not a day (2024-06-03), a month (2024-02) or a "
                                 "quarter (2024-Q1)")
                         .arg(out.reportDate));
    if (p.isSet(refresh)) {
        bool ok = false;
        out.refreshMs = p.value(refresh).toInt(&ok);
        if (!ok || out.refreshMs < 200)
            return error(QCoreApplication::translate(
                "main", "--refresh-ms: expected a number of milliseconds, at least 200"));
    }
    return {};
}

} // namespace slaops::app
