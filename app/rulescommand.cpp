#include "rulescommand.h"

#include "checkcommand.h"
#include "config/profile.h"
#include "config/urlpolicy.h"
#include "options.h"
#include "rules/rulegenerator.h"
#include "rules/rulenames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

namespace slaops::app {

namespace {

class RulesCommand {
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)
};

constexpr int kUsage = 2;

void err(const QString &s)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(s));
}

QString usage()
{
    return RulesCommand::tr("usage: slaops rules generate [--profile F] [-o FILE|-] [--interval 30s] "
                            "[--scope all|fleet|REGION] (slaops rules generate --help)");
}

bool write(const QByteArray &bytes, const QString &path, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) !=
                std::size_t(bytes.size()) ||
            std::fflush(stdout) != 0) {
            *error = RulesCommand::tr("stdout cannot be written");
            return false;
        }
        return true;
    }
    // Prometheus may reload the file at any moment: it must never see half of it.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = RulesCommand::tr("%1 cannot be written: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

int generate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(RulesCommand::tr(
        "Writes the Prometheus recording and alerting rules of an SLA profile: every SLA figure, the error "
        "ratios of the burn-rate windows and the page and ticket burn-rate alerts (docs/rules.md)."));
    p.addHelpOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        RulesCommand::tr("SLA profile (YAML). Default: the built-in erlmcp v3 profile."),
        QStringLiteral("file"));
    const QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        RulesCommand::tr("File to write (replaced whole); - for stdout, the default."),
        QStringLiteral("file"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        RulesCommand::tr(
            "Evaluation interval of the rule groups, 1s to 5m. Default: Prometheus' global one."),
        QStringLiteral("duration"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        RulesCommand::tr("all (default): every rule; fleet: the fleet's records and the alerts, for a global "
                         "Prometheus; REGION: that region's records, for its own Prometheus."),
        QStringLiteral("scope"));
    const QList<QCommandLineOption> options{profile, output, interval, scope};
    p.addOptions(options);
    if (!p.parse(QStringList{QStringLiteral("slaops rules generate")} + args)) {
        QString message = p.errorText();
        if (!p.unknownOptionNames().isEmpty()) {
            QStringList names;
            for (const QCommandLineOption &o : options)
                for (const QString &n : o.names())
                    if (n.size() > 1)
                        names << n;
            if (const QString c = Options::closest(p.unknownOptionNames().constFirst(), names); !c.isEmpty())
                message += QLatin1Char(' ') + RulesCommand::tr("Did you mean --%1?").arg(c);
        }
        err(message);
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        err(RulesCommand::tr("unexpected argument: %1")
                .arg(config::UrlPolicy::redacted(p.positionalArguments().constFirst())));
        return kUsage;
    }
    rules::RuleGenerator::Options o;
    if (p.isSet(interval)) {
        // Longer than the base window, the 5m records would leave gaps the long windows sum over.
        const auto d = Options::parseDuration(p.value(interval));
        if (!d || d->count() < 1 || *d > rules::kBaseWindow) {
            err(RulesCommand::tr("--interval: \"%1\" is not a duration from 1s to %2, such as 30s or 1m")
                    .arg(p.value(interval), config::formatDuration(rules::kBaseWindow)));
            return kUsage;
        }
        o.interval = *d;
    }
    config::Profile prof;
    if (QString e; !loadProfile(p.value(profile), {}, &prof, &e)) {
        err(e);
        return kUsage;
    }
    const QString s = p.value(scope);
    if (s.isEmpty() || s == QLatin1String("all")) {
        o.scope = rules::RuleGenerator::Scope::All;
    } else if (s == QLatin1String("fleet")) {
        o.scope = rules::RuleGenerator::Scope::Fleet;
    } else {
        QStringList names;
        for (const config::RegionSpec &r : prof.regions)
            names << r.name;
        if (!names.contains(s)) {
            err(RulesCommand::tr("--scope: \"%1\" is not all, fleet or a region of the profile (%2)")
                    .arg(s, names.isEmpty() ? RulesCommand::tr("it has none")
                                            : names.join(QLatin1String(", "))));
            return kUsage;
        }
        o.scope = rules::RuleGenerator::Scope::Region;
        o.region = s;
    }
    if (QString e; !write(rules::RuleGenerator::generate(prof, o).toUtf8(), p.value(output), &e)) {
        err(e);
        return kUsage;
    }
    return 0;
}

} // namespace

int runRulesCommand(const QStringList &args)
{
    if (args.isEmpty()) {
        err(usage());
        return kUsage;
    }
    const QString &sub = args.constFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::printf("%s\n%s\n", qPrintable(usage()),
                    qPrintable(RulesCommand::tr("  generate  the Prometheus rule file of an SLA profile")));
        return 0;
    }
    if (sub == QLatin1String("generate"))
        return generate(args.mid(1));
    const QString closest = Options::closest(sub, {QStringLiteral("generate")});
    err((closest.isEmpty()
             ? RulesCommand::tr("unknown rules command \"%1\"").arg(config::UrlPolicy::redacted(sub))
             : RulesCommand::tr("unknown rules command \"%1\"; did you mean %2?")
                   .arg(config::UrlPolicy::redacted(sub), closest)) +
        QLatin1Char('\n') + usage());
    return kUsage;
}

} // namespace slaops::app
