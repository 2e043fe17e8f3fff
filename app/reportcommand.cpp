#include "reportcommand.h"

#include "actions/auditlog.h"
#include "checkcommand.h"
#include "config/profile.h"
#include "config/settings.h"
#include "config/urlpolicy.h"
#include "options.h"
#include "prom/client.h"
#include "report/reportbuilder.h"
#include "reportexport.h"
#include "secrets/credentialstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace slaops::app {

namespace {

class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

constexpr int kUsage = 2;

void err(const QString &s)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(s));
}

bool readText(const QString &path, const char *option, QString *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err(ReportCommand::tr("--%1: %2 cannot be read: %3")
                .arg(QString::fromLatin1(option), path, f.errorString()));
        return false;
    }
    // A free-text section of a review, not a data file: a megabyte is far more than one holds.
    const QByteArray bytes = f.read(1024 * 1024 + 1);
    if (bytes.size() > 1024 * 1024) {
        err(ReportCommand::tr("--%1: %2 is larger than 1 MiB").arg(QString::fromLatin1(option), path));
        return false;
    }
    *out = QString::fromUtf8(bytes);
    return true;
}

// The profile's credential from the keychain, as the engine reads it. False with a message.
bool applyCredential(const config::Profile &profile, prom::Client &client, QString *error)
{
    const config::Auth &a = profile.sources.prometheusAuth;
    if (a.kind == config::Auth::Kind::None)
        return true;
    secrets::CredentialStore store;
    QEventLoop loop;
    bool done = false, ok = false;
    QString secret, why;
    store.read(a.secretRef, &loop, [&](bool readOk, QString s, QString e) {
        done = true;
        ok = readOk;
        secret = std::move(s);
        why = std::move(e);
        loop.quit();
    });
    QTimer::singleShot(profile.sources.timeout, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!ok) {
        *error = done ? ReportCommand::tr("keychain: %1").arg(why)
                      : ReportCommand::tr("keychain: no answer (is it locked, or waiting for a prompt?)");
        return false;
    }
    prom::Auth auth;
    auth.kind = a.kind == config::Auth::Kind::Bearer ? prom::Auth::Kind::Bearer : prom::Auth::Kind::Basic;
    auth.username = a.username;
    auth.secret = std::move(secret);
    client.setAuth(auth);
    return true;
}

} // namespace

bool reportNeedsGui(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i)
        if ((args[i] == QLatin1String("--format") && i + 1 < args.size() &&
             args[i + 1] == QLatin1String("pdf")) ||
            args[i] == QLatin1String("--format=pdf"))
            return true;
    return false;
}

int runReportCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(ReportCommand::tr(
        "A report of the SLAs over a day, a month or a quarter, from Prometheus' history; the exit code "
        "says whether every SLA was met (0), one was violated (1), or something is unknown (2)."));
    p.addHelpOption();
    const QCommandLineOption period(QStringLiteral("period"), ReportCommand::tr("day, month or quarter."),
                                    QStringLiteral("kind"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  ReportCommand::tr("YYYY-MM-DD (day), YYYY-MM (month), YYYY-Qn (quarter)."),
                                  QStringLiteral("date"));
    const QCommandLineOption tz(QStringLiteral("tz"),
                                ReportCommand::tr("Time zone in which days and months begin and end (IANA "
                                                  "name). Default: the console's setting, else UTC."),
                                QStringLiteral("zone"));
    const QCommandLineOption resolution(
        QStringLiteral("resolution"),
        ReportCommand::tr(
            "Step of the violation series and charts, 1s to 1h. Default: 1m, 5m for a quarter."),
        QStringLiteral("step"));
    const QCommandLineOption format(QStringLiteral("format"), ReportCommand::tr("pdf, csv or json."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        ReportCommand::tr("File to write (replaced whole); - for stdout (csv, json)."),
        QStringLiteral("file"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        ReportCommand::tr("SLA profile (YAML). Default: the built-in erlmcp v3 profile."),
        QStringLiteral("file"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
                                        ReportCommand::tr("Prometheus base URL; overrides the profile's."),
                                        QStringLiteral("url"));
    const QCommandLineOption initiatives(QStringLiteral("initiatives"),
                                         ReportCommand::tr("Text of the review's improvement initiatives."),
                                         QStringLiteral("file"));
    const QCommandLineOption roadmap(QStringLiteral("roadmap"),
                                     ReportCommand::tr("Text of the review's roadmap."),
                                     QStringLiteral("file"));
    const QCommandLineOption auditLog(
        QStringLiteral("audit-log"),
        ReportCommand::tr("Containment audit log whose actions become incidents. Default: the console's."),
        QStringLiteral("file"));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        ReportCommand::tr("Violation series from raw queries only, even where Prometheus has the profile's "
                          "generated recording rules."));
    const QList<QCommandLineOption> options{period,  date,       tz,          resolution, format,   output,
                                            profile, prometheus, initiatives, roadmap,    auditLog, raw};
    p.addOptions(options);
    if (!p.parse(QStringList{QStringLiteral("slaops report")} + args)) {
        QString message = p.errorText();
        if (!p.unknownOptionNames().isEmpty()) {
            QStringList names;
            for (const QCommandLineOption &o : options)
                for (const QString &n : o.names())
                    if (n.size() > 1)
                        names << n;
            if (const QString c = Options::closest(p.unknownOptionNames().constFirst(), names); !c.isEmpty())
                message += QLatin1Char(' ') + ReportCommand::tr("Did you mean --%1?").arg(c);
        }
        err(message);
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        err(ReportCommand::tr("unexpected argument: %1")
                .arg(config::UrlPolicy::redacted(p.positionalArguments().constFirst())));
        return kUsage;
    }
    for (const QCommandLineOption *o : {&period, &date, &format, &output})
        if (!p.isSet(*o)) {
            err(ReportCommand::tr("--%1 is required (slaops report --help)").arg(o->names().constLast()));
            return kUsage;
        }
    const auto kind = report::periodKindFromName(p.value(period));
    if (!kind) {
        err(ReportCommand::tr("--period: \"%1\" is not day, month or quarter").arg(p.value(period)));
        return kUsage;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("pdf") && fmt != QLatin1String("csv") && fmt != QLatin1String("json")) {
        err(ReportCommand::tr("--format: \"%1\" is not pdf, csv or json").arg(fmt));
        return kUsage;
    }
    if (fmt == QLatin1String("pdf") && p.value(output) == QLatin1String("-")) {
        err(ReportCommand::tr("-o: a PDF is written to a file, not to stdout"));
        return kUsage;
    }
    QTimeZone zone = config::Settings().reportTimeZone();
    if (p.isSet(tz)) {
        zone = QTimeZone(p.value(tz).toUtf8());
        if (!zone.isValid()) {
            err(ReportCommand::tr(
                    "--tz: \"%1\" is not a time zone this system knows (e.g. UTC, Europe/Berlin, "
                    "Pacific/Auckland)")
                    .arg(p.value(tz)));
            return kUsage;
        }
    }
    const std::optional<QDate> day = report::Period::parseDate(p.value(date), *kind);
    if (!day) {
        const QString expected = *kind == report::PeriodKind::Day     ? QStringLiteral("YYYY-MM-DD")
                                 : *kind == report::PeriodKind::Month ? QStringLiteral("YYYY-MM")
                                                                      : QStringLiteral("YYYY-Qn");
        err(ReportCommand::tr("--date: \"%1\" is not a date of the form %2").arg(p.value(date), expected));
        return kUsage;
    }
    QString error;
    const std::optional<report::Period> thePeriod = report::Period::make(*kind, *day, zone, &error);
    if (!thePeriod) {
        err(ReportCommand::tr("--date: %1").arg(error));
        return kUsage;
    }
    report::ReportRequest request;
    request.period = *thePeriod;
    request.resolution = report::ReportBuilder::defaultResolution(*kind);
    if (p.isSet(resolution)) {
        const auto step = Options::parseDuration(p.value(resolution));
        if (!step || *step < std::chrono::seconds(1) || *step > std::chrono::hours(1)) {
            err(ReportCommand::tr("--resolution: \"%1\" is not a step from 1s to 1h, such as 1m or 5m")
                    .arg(p.value(resolution)));
            return kUsage;
        }
        request.resolution = *step;
    }
    if (p.isSet(initiatives) && !readText(p.value(initiatives), "initiatives", &request.initiatives))
        return kUsage;
    if (p.isSet(roadmap) && !readText(p.value(roadmap), "roadmap", &request.roadmap))
        return kUsage;
    request.auditLogPath = p.isSet(auditLog) ? p.value(auditLog) : actions::AuditLog::defaultPath();
    if (!p.isSet(auditLog) && !QFile::exists(request.auditLogPath))
        request.auditLogPath.clear(); // no actions were ever taken here: none to report

    config::Profile prof;
    if (!loadProfile(p.value(profile), p.isSet(prometheus) ? p.value(prometheus) : QString(), &prof,
                     &error)) {
        err(error);
        return kUsage;
    }
    prom::Client client(prof.sources.prometheus);
    client.setTimeout(prof.sources.timeout);
    if (!prof.sources.caFile.isEmpty() && !client.setCaFile(prof.sources.caFile, &error)) {
        err(error);
        return kUsage;
    }
    if (!applyCredential(prof, client, &error)) {
        err(error);
        return kUsage;
    }

    // What failed is printed once, with the outcome; the builder's log would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("slaops.report.info=false"));
    report::ReportBuilder builder(prof, &client);
    builder.setUseRecordedRules(!p.isSet(raw));
    QEventLoop loop;
    std::shared_ptr<const report::Report> result;
    QString refusal;
    const bool tty = ::isatty(STDERR_FILENO);
    QObject::connect(&builder, &report::ReportBuilder::progress, &loop, [tty](int done, int total) {
        // Progress is for a person watching; a pipe or a log gets only the outcome.
        if (tty)
            std::fprintf(stderr, "\r%s",
                         qPrintable(ReportCommand::tr("querying Prometheus: %1 of %2").arg(done).arg(total)));
    });
    QObject::connect(&builder, &report::ReportBuilder::finished, &loop,
                     [&](std::shared_ptr<const report::Report> r) {
                         result = std::move(r);
                         loop.quit();
                     });
    QObject::connect(&builder, &report::ReportBuilder::failed, &loop, [&](const QString &message) {
        refusal = message;
        loop.quit();
    });
    builder.start(request);
    loop.exec();
    if (tty)
        std::fprintf(stderr, "\r\033[K");
    if (!result) {
        err(refusal);
        return kUsage;
    }
    if (!ReportExport::write(*result, fmt, p.value(output), &error)) {
        err(error);
        return kUsage;
    }
    for (const QString &m : result->missing)
        err(ReportCommand::tr("missing: %1").arg(m));
    for (const QString &w : result->warnings)
        err(ReportCommand::tr("warning: %1").arg(w));
    return result->exitCode();
}

} // namespace slaops::app
