// The console: wires the core's engine to the window. Nothing else lives here.
#include "actioncommand.h"
#include "alertscommand.h"
#include "auditcommand.h"
#include "checkcommand.h"
#include "config/profileloader.h"
#include "config/settings.h"
#include "console.h"
#include "options.h"
#include "prom/allocatortuning.h"
#include "reportcommand.h"
#include "rulescommand.h"
#include "secretcommand.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <cstdio>
#include <memory>

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
    // The source text is English, but its counts need plural forms ("1 SLA", "6 SLAs"), which only
    // a catalogue gives. Installed first it is searched last: under every language, and wherever
    // another catalogue lacks a message.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/slaops_en")))
        app.installTranslator(english);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("slaops"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        if (own->filePath() != english->filePath())
            app.installTranslator(own);
    } else if (!language.isEmpty() && !language.startsWith(QLatin1String("en"))) {
        qCWarning(lcApp) << "no translation for" << language << "; using English";
    }
}

static void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("slaops"));
    QCoreApplication::setOrganizationName(QStringLiteral("slaops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLAOPS_VERSION));
}

// Headless subcommands share the core but need no display: they run on a QCoreApplication.
static int runSubcommand(int argc, char *argv[], const QString &name, bool readOnly)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    // A PDF report is drawn with QtGui, which needs a QGuiApplication: on the offscreen platform
    // where none is named, so that it works over SSH and from cron.
    std::unique_ptr<QCoreApplication> application;
    if (name == QLatin1String("report") && app::reportNeedsGui(raw.mid(readOnly ? 3 : 2))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setApplicationNames();
    // Subcommands speak the user's locale (LANG), as command-line tools do.
    installTranslations(app, {});
    // `slaops --read-only action ...`: the global option before the command.
    const QStringList args = app.arguments().mid(readOnly ? 3 : 2);
    if (name == QLatin1String("check"))
        return app::runCheckCommand(args);
    if (name == QLatin1String("profile"))
        return app::runProfileCommand(args);
    if (name == QLatin1String("alerts"))
        return app::runAlertsCommand(args);
    if (name == QLatin1String("silence"))
        return app::runSilenceCommand(args, readOnly);
    if (name == QLatin1String("audit"))
        return app::runAuditCommand(args);
    if (name == QLatin1String("action"))
        return app::runActionCommand(args, readOnly);
    if (name == QLatin1String("report"))
        return app::runReportCommand(args);
    if (name == QLatin1String("rules"))
        return app::runRulesCommand(args);
    return app::runSecretCommand(args);
}

// The language must be known before any translated text, the command line's included.
static QString languageArgument(const QStringList &args)
{
    QString language;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            language = args[i].mid(7);
    }
    return language;
}

// Where X11 and Wayland are the platforms, Qt finds its display through these variables; with none
// set, creating the QApplication can only fail, and Qt fails by aborting (exit 134, a core dump).
static bool displayNamed(const QStringList &args)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !app::Options::platformArgument(args).isEmpty() || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(args);
    return true;
#endif
}

// A display that is named but cannot be opened (a stale DISPLAY in an SSH session) makes Qt call
// qFatal() while the QApplication is built. The handler turns that abort into one line and exit 2;
// the line is translated beforehand, as no translator is installed at that moment.
static QtMessageHandler g_previousHandler = nullptr;
static QByteArray g_cannotOpenDisplay;

static void exitOnFatal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        g_previousHandler(type, context, message);
        return;
    }
    std::fprintf(stderr, "slaops: %s\n", g_cannotOpenDisplay.constData());
    std::fflush(stderr);
    std::_Exit(2);
}

static void printError(const QString &text)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(text));
}

int main(int argc, char *argv[])
{
    prom::keepFreedMemoryForReuse();
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (app::Options::headlessCommands().contains(first))
            return runSubcommand(argc, argv, first, false);
        if (first == QLatin1String("--read-only") && argc > 2 &&
            app::Options::headlessCommands().contains(QString::fromLocal8Bit(argv[2])))
            return runSubcommand(argc, argv, QString::fromLocal8Bit(argv[2]), true);
    }

    // The command line is read before the QApplication exists: help, the version and mistakes must
    // work where there is no display, and must never load the GUI platform.
    app::Options opts;
    {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        const QStringList args = core.arguments();
        installTranslations(core, languageArgument(args));
        if (args.size() > 1 && !args[1].startsWith(QLatin1Char('-'))) {
            printError(app::Options::unknownCommandError(args[1]));
            return 2;
        }
        const app::Options::Parsed parsed = app::Options::parse(app::Options::withoutQtArguments(args), opts);
        switch (parsed.outcome) {
        case app::Options::Outcome::Help:
        case app::Options::Outcome::Version:
            std::printf("%s", qPrintable(parsed.text));
            return 0;
        case app::Options::Outcome::Error:
            printError(parsed.text);
            return 2;
        case app::Options::Outcome::Run:
            break;
        }
        const QString commands = app::Options::headlessCommands().join(QLatin1String(", "));
        if (!displayNamed(args)) {
            printError(QCoreApplication::translate("main", "no display (DISPLAY/WAYLAND_DISPLAY unset); the "
                                                           "console needs one — headless commands: %1")
                           .arg(commands));
            return 2;
        }
        g_cannotOpenDisplay = QCoreApplication::translate(
                                  "main", "the display could not be opened; the console needs one — headless "
                                          "commands: %1")
                                  .arg(commands)
                                  .toLocal8Bit();
    }

    g_previousHandler = qInstallMessageHandler(exitOnFatal);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.slaops.SlaOps"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/slaops/icons/io.github.slaops.SlaOps.png")));
    installTranslations(app, opts.language);

    const config::ProfileLoadResult loaded = opts.profilePath.isEmpty()
                                                 ? config::ProfileLoader::loadDefault()
                                                 : config::ProfileLoader::loadFile(opts.profilePath);
    if (!loaded.ok) {
        printError(loaded.error);
        return 2;
    }
    config::Profile profile = loaded.profile;
    // Sources set in the settings dialog apply where the command line says nothing.
    const config::Settings settings;
    if (!opts.prometheus.isValid() && settings.prometheusUrl().isValid())
        profile.sources.usePrometheus(settings.prometheusUrl());
    if (opts.alertmanagers.empty() && !settings.alertmanagerUrls().empty())
        profile.sources.alertmanagers = settings.alertmanagerUrls();
    if (opts.refreshMs == 0 && settings.refreshInterval().count() > 0)
        profile.refreshInterval = settings.refreshInterval();
    if (opts.prometheus.isValid())
        profile.sources.usePrometheus(opts.prometheus);
    if (!opts.alertmanagers.empty())
        profile.sources.alertmanagers = opts.alertmanagers;
    if (opts.refreshMs > 0)
        profile.refreshInterval = std::chrono::milliseconds(opts.refreshMs);

    app::Console console(profile, opts);
    console.start();
    return app.exec();
}
