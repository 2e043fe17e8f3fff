#include "checkcommand.h"

#include "config/profileloader.h"
#include "config/urlpolicy.h"
#include "engine/engine.h"
#include "engine/figureformat.h"
#include "engine/snapshotjson.h"
#include "engine/verdict.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace slaops::app {
namespace {

class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

void err(const QString &s)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(s));
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

QString percentOrDash(double v)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 1) + QStringLiteral(" %")
                            : QStringLiteral("—");
}

void printTable(const engine::Snapshot &s)
{
    QTextStream out(stdout);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out << CheckCommand::tr("Profile %1 · Prometheus %2 · %3")
               .arg(s.profileName, s.prometheus.url, s.time.toString(Qt::ISODate))
        << "\n";
    if (!s.prometheus.reachable)
        out << CheckCommand::tr("Prometheus unreachable: %1").arg(s.prometheus.error) << "\n";
    if (!s.prometheus.rulesWarning.isEmpty())
        out << s.prometheus.rulesWarning << "\n";
    else if (s.prometheus.rules == engine::RecordedRules::Status::Loaded)
        out << CheckCommand::tr("Figures marked * are read from the generated recording rules.") << "\n";
    // A source of several replicas, or a region's own: which one answered, and the others' state.
    for (const engine::SourceState &src : s.sources) {
        if (src.replicas.size() < 2 && src.name == QLatin1String("global"))
            continue;
        QStringList replicas;
        for (std::size_t i = 0; i < src.replicas.size(); ++i) {
            const engine::ReplicaStatus &r = src.replicas[i];
            const QString state = !r.reachable      ? CheckCommand::tr("down: %1").arg(r.error)
                                  : i == src.active ? CheckCommand::tr("answering")
                                  : r.lagging       ? CheckCommand::tr("lagging %L1 s").arg(r.lagMs / 1000)
                                                    : CheckCommand::tr("standing by");
            replicas << QStringLiteral("%1 (%2)").arg(r.url, state);
        }
        out << CheckCommand::tr("Source %1: %2").arg(src.name, replicas.join(QStringLiteral(", "))) << "\n";
        if (!src.status.reachable && src.name != QLatin1String("global"))
            out << CheckCommand::tr("Prometheus of %1 unreachable: %2").arg(src.name, src.status.error)
                << "\n";
    }
    out << CheckCommand::tr("Verdict: %1").arg(engine::Verdict::judge(s).text()) << "\n";
    out << "\n"
        << pad(CheckCommand::tr("SCOPE"), 16) << pad(CheckCommand::tr("SLA"), 20)
        << pad(CheckCommand::tr("VALUE"), 16) << pad(CheckCommand::tr("TARGET"), 22)
        << pad(CheckCommand::tr("STATE"), 12) << CheckCommand::tr("NOTE") << "\n";
    for (const engine::Figure &f : s.figures) {
        QString note = f.message;
        if (note.isEmpty() && f.sampleTime.isValid())
            note = CheckCommand::tr("%1 ms query").arg(f.queryLatencyMs);
        if (f.state == sla::State::Stale)
            note =
                CheckCommand::tr("age %1: %2").arg(engine::FigureFormat::age(f.ageSeconds(now)), f.message);
        out << pad(f.region.isEmpty() ? CheckCommand::tr("fleet") : f.region, 16)
            << pad(f.rule.isEmpty() ? f.name : f.name + QStringLiteral(" *"), 20)
            << pad(engine::FigureFormat::value(f), 16) << pad(engine::FigureFormat::target(f), 22)
            << pad(sla::stateLabel(f.state), 12) << note << "\n";
    }
    if (s.budgets.empty())
        return;
    out << "\n"
        << pad(CheckCommand::tr("ERROR BUDGET"), 20) << pad(CheckCommand::tr("30D LEFT"), 10)
        << pad(CheckCommand::tr("MONTH LEFT"), 12) << pad(CheckCommand::tr("BURN 5m/1h/6h/1d/3d"), 34)
        << pad(CheckCommand::tr("VERDICT"), 10) << CheckCommand::tr("STATE") << "\n";
    for (const engine::BudgetFigure &b : s.budgets) {
        QStringList burns;
        for (std::size_t i : {0, 2, 4, 5, 6})
            burns << (std::isfinite(b.burnRates[i]) ? QLocale().toString(b.burnRates[i], 'g', 3)
                                                    : QStringLiteral("—"));
        const QString verdict = b.verdict == engine::BurnVerdict::Page     ? CheckCommand::tr("page")
                                : b.verdict == engine::BurnVerdict::Ticket ? CheckCommand::tr("ticket")
                                : b.verdict == engine::BurnVerdict::None   ? CheckCommand::tr("none")
                                                                           : CheckCommand::tr("unknown");
        out << pad(b.name, 20) << pad(percentOrDash(b.rolling.remaining), 10)
            << pad(percentOrDash(b.month.remaining), 12) << pad(burns.join(QLatin1Char('/')), 34)
            << pad(verdict, 10) << sla::stateLabel(b.state)
            << (b.message.isEmpty() ? QString() : QStringLiteral(" — ") + b.message) << "\n";
        for (const engine::BudgetPeriod *p : {&b.rolling, &b.month})
            if (p->partlyCovered())
                out << pad(QString(), 20)
                    << CheckCommand::tr(
                           "%1: based on %2 of data out of %3; the rest counted as going the same way")
                           .arg(p->label, engine::FigureFormat::age(qint64(p->covered)),
                                engine::FigureFormat::age(p->elapsed.count()))
                    << "\n";
    }
}

} // namespace

bool loadProfile(const QString &file, const QString &prometheus, config::Profile *out, QString *error)
{
    const config::ProfileLoadResult loaded =
        !file.isEmpty() ? config::ProfileLoader::loadFile(file) : config::ProfileLoader::loadDefault();
    if (!loaded.ok) {
        *error = loaded.error;
        return false;
    }
    *out = loaded.profile;
    if (prometheus.isEmpty())
        return true;
    const QUrl u(prometheus, QUrl::StrictMode);
    if (const QString e = config::UrlPolicy::credentialError(u, QStringLiteral("--prometheus"));
        !e.isEmpty()) {
        *error = e;
        return false;
    }
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
        u.host().isEmpty()) {
        *error = CheckCommand::tr("--prometheus: \"%1\" is not an http:// or https:// URL")
                     .arg(config::UrlPolicy::redacted(prometheus));
        return false;
    }
    out->sources.usePrometheus(u);
    return true;
}

engine::SnapshotPtr takeSnapshot(const config::Profile &prof, const QString &region, QString *error,
                                 bool useRecorded)
{
    // The outcome is printed in full; the engine's own warnings would only repeat it on stderr.
    QLoggingCategory::setFilterRules(
        QStringLiteral("slaops.engine.warning=false\nslaops.engine.replicas.info=false"));
    engine::Engine eng(prof);
    eng.setRegionFilter(region);
    eng.setUseRecordedRules(useRecorded);
    QEventLoop loop;
    engine::SnapshotPtr result;
    int scrapeRounds = 0;
    QObject::connect(&eng, &engine::Engine::snapshotReady, &loop, [&](const engine::SnapshotPtr &s) {
        // Prometheus is down and nodes can be scraped: two rounds, two seconds apart, give rates.
        if (!s->prometheus.reachable && !prof.sources.scrapeTargets.empty() && scrapeRounds < 2) {
            QTimer::singleShot(scrapeRounds++ == 0 ? 0 : 2000, &eng, &engine::Engine::refreshNow);
            return;
        }
        result = s;
        eng.stop();
        loop.quit();
    });
    // Bounded: every query has its own timeout and bounded retries; this is the backstop.
    const auto limit = prof.sources.timeout * (prof.sources.retries + 1) * 3 + std::chrono::seconds(10);
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    eng.start();
    loop.exec();
    if (!result)
        *error = CheckCommand::tr("no answer within %1 s")
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(limit).count());
    return result;
}

int runCheckCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CheckCommand::tr(
        "One refresh of the SLA profile, printed; the exit code says whether every SLA is met."));
    p.addHelpOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        CheckCommand::tr("SLA profile (YAML). Default: the built-in erlmcp v3 profile."),
        QStringLiteral("file"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
                                        CheckCommand::tr("Prometheus base URL; overrides the profile's."),
                                        QStringLiteral("url"));
    const QCommandLineOption region(QStringLiteral("region"), CheckCommand::tr("Only this region's figures."),
                                    QStringLiteral("name"));
    const QCommandLineOption scrape(
        QStringLiteral("scrape"),
        CheckCommand::tr("A node's metrics URL to scrape directly if Prometheus is down; may be repeated."),
        QStringLiteral("url"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CheckCommand::tr("Print JSON (schema: docs/check.schema.json)."));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        CheckCommand::tr(
            "Raw queries only, even where Prometheus has the profile's generated recording rules."));
    p.addOptions({profile, prometheus, region, scrape, json, raw});
    if (!p.parse(QStringList{QStringLiteral("slaops check")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        err(CheckCommand::tr("unexpected argument: %1")
                .arg(config::UrlPolicy::redacted(p.positionalArguments().constFirst())));
        return 2;
    }
    config::Profile prof;
    if (QString e;
        !loadProfile(p.value(profile), p.isSet(prometheus) ? p.value(prometheus) : QString(), &prof, &e)) {
        err(e);
        return 2;
    }
    for (const QString &v : p.values(scrape)) {
        const QUrl u(v, QUrl::StrictMode);
        if (const QString e = config::UrlPolicy::credentialError(u, QStringLiteral("--scrape"));
            !e.isEmpty()) {
            err(e);
            return 2;
        }
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
            u.host().isEmpty()) {
            err(CheckCommand::tr("--scrape: \"%1\" is not an http:// or https:// URL")
                    .arg(config::UrlPolicy::redacted(v)));
            return 2;
        }
        prof.sources.scrapeTargets.push_back({u, {}});
    }
    if (p.isSet(region)) {
        bool known = false;
        for (const auto &r : prof.regions)
            known = known || r.name == p.value(region);
        if (!known) {
            QStringList names;
            for (const auto &r : prof.regions)
                names << r.name;
            err(CheckCommand::tr("--region: no region \"%1\" in the profile (it has: %2)")
                    .arg(p.value(region), names.join(QLatin1String(", "))));
            return 2;
        }
    }

    QString error;
    const engine::SnapshotPtr result = takeSnapshot(prof, p.value(region), &error, !p.isSet(raw));
    if (!result) {
        err(error);
        return 2;
    }
    if (p.isSet(json))
        std::printf(
            "%s",
            QJsonDocument(engine::SnapshotJson::toJson(*result)).toJson(QJsonDocument::Indented).constData());
    else
        printTable(*result);
    std::fflush(stdout);
    return engine::Verdict::judge(*result).exitCode();
}

int runProfileCommand(const QStringList &args)
{
    const QString usage = CheckCommand::tr("usage: slaops profile check FILE");
    if (args.size() == 1 && (args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h"))) {
        std::printf("%s\n", qPrintable(usage));
        return 0;
    }
    if (args.size() != 2 || args[0] != QLatin1String("check")) {
        err(usage);
        return 2;
    }
    const config::ProfileLoadResult r = config::ProfileLoader::loadFile(args[1]);
    if (!r.ok) {
        err(r.error);
        return 1;
    }
    std::printf("%s\n",
                qPrintable(CheckCommand::tr("%1: valid profile \"%2\": %n SLA(s)", nullptr,
                                            int(r.profile.slas.size()))
                               .arg(args[1], r.profile.name) +
                           CheckCommand::tr(", %n region(s)", nullptr, int(r.profile.regions.size()))));
    return 0;
}

} // namespace slaops::app
