#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace slaops::app {

static QUrl parseUrl(const QString &s)
{
    return QUrl(s, QUrl::StrictMode);
}

static bool isHttpUrl(const QUrl &u)
{
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
           !u.host().isEmpty();
}

QString Options::parse(const QStringList &arguments, Options &out)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main", "slaops: live SLA compliance of a service, from Prometheus and Alertmanager."));
    p.addHelpOption();
    p.addVersionOption();
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
        QCoreApplication::translate(
            "main",
            "View to open: overview, regions, budgets, compliance, charts or explain (the P95 explained)."),
        QStringLiteral("name"));
    p.addOptions({profile, prometheus, alertmanager, warRoom, readOnly, lang, screenshot, refresh, view});
    p.process(arguments); // exits for --help, --version and unknown options

    out.profilePath = p.value(profile);
    if (p.isSet(prometheus)) {
        out.prometheus = parseUrl(p.value(prometheus));
        if (!isHttpUrl(out.prometheus))
            return QCoreApplication::translate("main",
                                               "--prometheus: \"%1\" is not an http:// or https:// URL")
                .arg(p.value(prometheus));
    }
    for (const QString &s : p.values(alertmanager)) {
        const QUrl u = parseUrl(s);
        if (!isHttpUrl(u))
            return QCoreApplication::translate("main",
                                               "--alertmanager: \"%1\" is not an http:// or https:// URL")
                .arg(s);
        out.alertmanagers.push_back(u);
    }
    out.warRoom = p.isSet(warRoom);
    out.readOnly = p.isSet(readOnly) || out.warRoom;
    out.language = p.value(lang);
    out.screenshotPath = p.value(screenshot);
    out.view = p.value(view);
    static const QStringList views{QStringLiteral("overview"), QStringLiteral("regions"),
                                   QStringLiteral("budgets"),  QStringLiteral("compliance"),
                                   QStringLiteral("charts"),   QStringLiteral("explain")};
    if (!out.view.isEmpty() && !views.contains(out.view))
        return QCoreApplication::translate("main", "--view: \"%1\" is not one of %2")
            .arg(out.view, views.join(QLatin1String(", ")));
    if (p.isSet(refresh)) {
        bool ok = false;
        out.refreshMs = p.value(refresh).toInt(&ok);
        if (!ok || out.refreshMs < 200)
            return QCoreApplication::translate(
                "main", "--refresh-ms: expected a number of milliseconds, at least 200");
    }
    return {};
}

} // namespace slaops::app
