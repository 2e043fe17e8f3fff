// The console: wires the core's engine to the window. Nothing else lives here.
#include "checkcommand.h"
#include "config/profileloader.h"
#include "config/settings.h"
#include "console.h"
#include "options.h"
#include "secretcommand.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "slaops.app", QtInfoMsg)

using namespace slaops;

static void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("slaops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    else if (!language.isEmpty() && !language.startsWith(QLatin1String("en")))
        qCWarning(lcApp) << "no translation for" << language << "; using English";
}

// Headless subcommands share the core but need no display: they run on a QCoreApplication.
static int runSubcommand(int argc, char *argv[], const QString &name)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slaops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLAOPS_VERSION));
    // Subcommands speak the user's locale (LANG), as command-line tools do.
    installTranslations(app, {});
    const QStringList args = app.arguments().mid(2);
    if (name == QLatin1String("check"))
        return app::runCheckCommand(args);
    if (name == QLatin1String("profile"))
        return app::runProfileCommand(args);
    return app::runSecretCommand(args);
}

int main(int argc, char *argv[])
{
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == QLatin1String("check") || first == QLatin1String("profile") ||
            first == QLatin1String("secret"))
            return runSubcommand(argc, argv, first);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("slaops"));
    QApplication::setOrganizationName(QStringLiteral("slaops"));
    QApplication::setApplicationVersion(QStringLiteral(SLAOPS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.slaops.SlaOps"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/slaops/icons/io.github.slaops.SlaOps.png")));

    // The language must be known before any translated text, the command line's included.
    QString language;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            language = args[i].mid(7);
    }
    installTranslations(app, language);

    app::Options opts;
    if (const QString err = app::Options::parse(args, opts); !err.isEmpty()) {
        std::fprintf(stderr, "slaops: %s\n", qPrintable(err));
        return 2;
    }

    const config::ProfileLoadResult loaded = opts.profilePath.isEmpty()
                                                 ? config::ProfileLoader::loadDefault()
                                                 : config::ProfileLoader::loadFile(opts.profilePath);
    if (!loaded.ok) {
        std::fprintf(stderr, "slaops: %s\n", qPrintable(loaded.error));
        return 2;
    }
    config::Profile profile = loaded.profile;
    // Sources set in the settings dialog apply where the command line says nothing.
    const config::Settings settings;
    if (!opts.prometheus.isValid() && settings.prometheusUrl().isValid())
        profile.sources.prometheus = settings.prometheusUrl();
    if (opts.alertmanagers.empty() && !settings.alertmanagerUrls().empty())
        profile.sources.alertmanagers = settings.alertmanagerUrls();
    if (opts.refreshMs == 0 && settings.refreshInterval().count() > 0)
        profile.refreshInterval = settings.refreshInterval();
    if (opts.prometheus.isValid())
        profile.sources.prometheus = opts.prometheus;
    if (!opts.alertmanagers.empty())
        profile.sources.alertmanagers = opts.alertmanagers;
    if (opts.refreshMs > 0)
        profile.refreshInterval = std::chrono::milliseconds(opts.refreshMs);

    app::Console console(profile, opts);
    console.start();
    return app.exec();
}
