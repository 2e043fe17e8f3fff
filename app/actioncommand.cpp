#include "actioncommand.h"

#include "actions/actionrunner.h"
#include "actions/actionsetup.h"
#include "actions/auditlog.h"
#include "actions/kubenames.h"
#include "actions/planner.h"
#include "actions/verification.h"
#include "checkcommand.h"
#include "config/profile.h"
#include "config/urlpolicy.h"
#include "engine/engine.h"
#include "secrets/credentialstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcActionCli, "slaops.app.action", QtInfoMsg)

namespace slaops::app {

namespace {

struct ActionCommand {
    Q_DECLARE_TR_FUNCTIONS(ActionCommand)
};

enum Exit {
    Applied = 0,
    Refused = 1,
    Usage = 2,
    DryRunRefused = 3,
    ApplyFailed = 4,
    Changed = 5,
    NotRecovered = 6,
};

// Where the text for people goes: stdout, or stderr under --json so that stdout carries only the JSON.
// kubectl's streamed output may stop mid-line (jsonpath prints no newline): the next line starts on
// a line of its own.
class Printer {
public:
    explicit Printer(bool json)
        : m_human(json ? stderr : stdout)
    {
    }
    void line(const QString &text) { write(m_human, text + QLatin1Char('\n')); }
    void error(const QString &text) { write(stderr, QStringLiteral("slaops: ") + text + QLatin1Char('\n')); }
    void prompt(const QString &text) { write(m_human, text); }
    void stream(const QString &text, bool isStderr) { write(isStderr ? stderr : m_human, text); }

private:
    void write(FILE *f, const QString &text)
    {
        if (text.isEmpty())
            return;
        const QByteArray bytes = text.toLocal8Bit();
        if (m_midLine && m_midLineOn != f)
            std::fputc('\n', m_midLineOn);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
        std::fflush(f);
        m_midLine = !bytes.endsWith('\n');
        m_midLineOn = f;
    }
    FILE *m_human;
    FILE *m_midLineOn = nullptr;
    bool m_midLine = false;
};

void err(const QString &text)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(text));
}

QString exitCodesHelp()
{
    return ActionCommand::tr("Exit codes: 0 applied and recovered (or the dry run shown), 1 refused by a "
                             "pre-check, the user or --read-only, 2 bad arguments or profile, 3 the server "
                             "refused the dry run, 4 the apply failed, 5 the object or context changed since "
                             "the preview, 6 applied but not recovered within the verification.");
}

// The newest applied action of the log that has no rollback yet: applied rollbacks undo the newest
// applied actions before them, like a stack.
std::optional<actions::Plan> newestUnrolledBack(const QString &path, QString *error)
{
    const actions::AuditLog::Verdict v = actions::AuditLog::verify(path);
    if (!v.intact) {
        *error = ActionCommand::tr("%1: %2; no rollback is taken from a broken log").arg(path, v.reason);
        return std::nullopt;
    }
    QString readError;
    const std::vector<actions::AuditLog::Record> records = actions::AuditLog::read(path, &readError);
    if (!readError.isEmpty()) {
        *error = ActionCommand::tr("cannot read the audit log %1: %2").arg(path, readError);
        return std::nullopt;
    }
    QHash<int, QJsonObject> intents;
    std::vector<actions::Plan> stack;
    for (const actions::AuditLog::Record &record : records) {
        const QJsonObject &r = record.json;
        const QString &kind = record.kind;
        if (kind == QLatin1String("intent"))
            intents.insert(r.value(QStringLiteral("seq")).toInt(),
                           r.value(QStringLiteral("plan")).toObject());
        else if (kind == QLatin1String("outcome") && r.value(QStringLiteral("applied")).toBool()) {
            const auto plan =
                actions::Plan::fromJson(intents.value(r.value(QStringLiteral("intent")).toInt()));
            if (!plan)
                continue;
            if (plan->isRollback) {
                if (!stack.empty())
                    stack.pop_back();
            } else {
                stack.push_back(*plan);
            }
        }
    }
    if (stack.empty()) {
        *error = ActionCommand::tr("%1 holds no applied action that has not been rolled back").arg(path);
        return std::nullopt;
    }
    return stack.back();
}

// Kubernetes' own grammar for every value that reaches kubectl's argv, checked before anything runs
// (the planner checks again; here the point is exit 2 with nothing started, not even a query).
QString nameError(const QCommandLineParser &p)
{
    for (const char *option : {"from", "region"})
        if (p.isSet(QLatin1String(option)))
            if (QString e = actions::KubeNames::label(p.value(QLatin1String(option)),
                                                      QStringLiteral("--") + QLatin1String(option));
                !e.isEmpty())
                return e;
    if (p.isSet(QStringLiteral("to")))
        for (const QString &r : p.value(QStringLiteral("to")).split(QLatin1Char(',')))
            if (QString e = actions::KubeNames::label(r, QStringLiteral("--to")); !e.isEmpty())
                return e;
    if (p.isSet(QStringLiteral("context")))
        if (QString e =
                actions::KubeNames::context(p.value(QStringLiteral("context")), QStringLiteral("--context"));
            !e.isEmpty())
            return e;
    return {};
}

bool confirm(Printer &print, const actions::Plan &plan)
{
    QTextStream in(stdin);
    if (plan.target.production) {
        print.prompt(ActionCommand::tr("%1 is a production context. Type the name of the %2 (%3) to apply: ")
                         .arg(plan.target.context, plan.target.kind, plan.target.confirmationWord()));
        return in.readLine().trimmed() == plan.target.confirmationWord();
    }
    print.prompt(ActionCommand::tr("Apply to %1? [y/N] ").arg(plan.target.context));
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

template <typename Signal, typename Value>
Value waitFor(actions::ActionRunner &runner, Signal signal, std::function<void()> start)
{
    QEventLoop loop;
    Value result;
    QObject::connect(&runner, signal, &loop, [&](const Value &v) {
        result = v;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

void printPlan(Printer &print, const actions::Plan &plan)
{
    print.line(plan.title);
    if (!plan.rationale.isEmpty())
        print.line(plan.rationale);
    print.line(
        ActionCommand::tr("Target: %1 %2 in %3%4 (%5)")
            .arg(plan.target.kind, plan.target.name, plan.target.context,
                 plan.target.nameSpace.isEmpty() ? QString() : QLatin1Char('/') + plan.target.nameSpace,
                 plan.target.production ? ActionCommand::tr("production")
                                        : ActionCommand::tr("not production")));
    print.line(ActionCommand::tr("Pre-checks:"));
    for (const actions::PreCheck &c : plan.preChecks)
        print.line(QStringLiteral("  [%1] %2%3")
                       .arg(c.passed ? ActionCommand::tr("pass") : ActionCommand::tr("FAIL"), c.what,
                            c.detail.isEmpty() ? QString() : QStringLiteral(": ") + c.detail));
}

// Watches refreshes after the apply until the verification is done.
actions::Verification verify(Printer &print, const config::Profile &profile, const actions::Plan &plan,
                             const engine::SnapshotPtr &before)
{
    actions::Verification v =
        actions::Verifier::start(plan, before.get(), actions::verificationRefreshes(plan, profile));
    // The figures before come from the snapshot taken for the plan, by another Engine: its generation
    // numbers are not this one's, and every snapshot of this Engine is taken after the apply.
    v.lastGeneration = 0;
    engine::Engine eng(profile);
    QEventLoop loop;
    QObject::connect(&eng, &engine::Engine::snapshotReady, &loop, [&](const engine::SnapshotPtr &s) {
        v = actions::Verifier::update(v, *s, 0);
        for (const actions::EffectCheck &c : v.checks)
            print.line(QStringLiteral("  %1/%2 %3")
                           .arg(v.refreshesSeen)
                           .arg(v.refreshesWanted)
                           .arg(actions::Verifier::describe(c)));
        if (v.done()) {
            eng.stop();
            loop.quit();
        }
    });
    // Bounded: the refreshes wanted, each with its deadline, and some slack.
    const auto limit = (profile.refreshInterval + profile.sources.timeout) * (v.refreshesWanted + 2);
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    eng.start();
    loop.exec();
    return v;
}

} // namespace

int runActionCommand(const QStringList &args, bool globalReadOnly)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        ActionCommand::tr(
            "Guided containment: plans the action from the live figures, shows the exact command, "
            "the server's dry run and the diff, applies it when confirmed and watches the "
            "figures recover.\n\n"
            "  slaops action divert-traffic --from R [--to R[,R]]\n"
            "  slaops action rate-limit --limit N [--region R] | --clear\n"
            "  slaops action migrate-sessions --from R [--to R]\n"
            "  slaops action rollback [--audit-log F]\n\n") +
        exitCodesHelp());
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"),
                            ActionCommand::tr("divert-traffic, rate-limit, migrate-sessions or rollback"));
    const auto opt = [](const char *name, const QString &help, const char *value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value))
                     : QCommandLineOption(QLatin1String(name), help);
    };
    p.addOptions({
        opt("from", ActionCommand::tr("The region in trouble."), "region"),
        opt("to", ActionCommand::tr("The region(s) that take over (comma list)."), "regions"),
        opt("limit", ActionCommand::tr("Rate limit in requests per second."), "rps"),
        opt("region", ActionCommand::tr("Limit only this region."), "region"),
        opt("clear", ActionCommand::tr("Remove the rate limit.")),
        opt("dry-run", ActionCommand::tr(
                           "Show the plan, the command, the server's dry run and the diff; apply nothing.")),
        opt("yes", ActionCommand::tr("Apply without asking (needed when stdin is not a terminal).")),
        opt("profile", ActionCommand::tr("SLA profile (YAML). Default: the built-in erlmcp v3 profile."),
            "file"),
        opt("prometheus", ActionCommand::tr("Prometheus base URL; overrides the profile's."), "url"),
        opt("kubeconfig", ActionCommand::tr("kubeconfig file. Default: $KUBECONFIG, then kubectl's own."),
            "file"),
        opt("context", ActionCommand::tr("kubeconfig context. Default: the profile's."), "name"),
        opt("api", ActionCommand::tr("erlmcp admin API URL. Default: $ERLMCP_API_URL, then the profile's."),
            "url"),
        opt("audit-log", ActionCommand::tr("Audit log. Default: %1.").arg(actions::AuditLog::defaultPath()),
            "file"),
        opt("json", ActionCommand::tr("Print a JSON summary at the end.")),
        opt("read-only", ActionCommand::tr("Refuse every action (as the global --read-only).")),
    });
    if (!p.parse(QStringList{QStringLiteral("slaops action")} + args)) {
        err(p.errorText());
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s\n%s\n", qPrintable(p.helpText()), qPrintable(exitCodesHelp()));
        return Applied;
    }
    const QStringList pos = p.positionalArguments();
    const QString sub = pos.value(0);
    const bool rollback = sub == QLatin1String("rollback");
    const std::optional<actions::ActionKind> kind = actions::actionFromName(sub);
    if (pos.size() != 1 || (!kind && !rollback)) {
        err(pos.isEmpty()
                ? ActionCommand::tr("name an action: divert-traffic, rate-limit, migrate-sessions or "
                                    "rollback (slaops action --help)")
                : ActionCommand::tr("unknown action \"%1\": divert-traffic, rate-limit, "
                                    "migrate-sessions or rollback")
                      .arg(config::UrlPolicy::redacted(pos.join(QLatin1Char(' ')))));
        return Usage;
    }
    if (const QString e = nameError(p); !e.isEmpty()) {
        err(e);
        return Usage;
    }
    actions::ActionRequest request;
    if (kind)
        request.kind = *kind;
    request.from = p.value(QStringLiteral("from"));
    if (p.isSet(QStringLiteral("to")))
        request.to = p.value(QStringLiteral("to")).split(QLatin1Char(','));
    request.region = p.value(QStringLiteral("region"));
    request.clearLimit = p.isSet(QStringLiteral("clear"));
    request.context = p.value(QStringLiteral("context"));
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const qint64 n = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || n < 1 || n > 10'000'000) {
            err(ActionCommand::tr("--limit: a whole number of requests per second from 1 to 10,000,000"));
            return Usage;
        }
        request.limit = n;
    }
    const bool wantsFrom = kind && *kind != actions::ActionKind::RateLimit;
    if (wantsFrom && request.from.isEmpty()) {
        err(ActionCommand::tr("%1 needs --from REGION").arg(sub));
        return Usage;
    }
    if (kind == actions::ActionKind::RateLimit && request.limit.has_value() == request.clearLimit) {
        err(ActionCommand::tr("rate-limit needs either --limit N or --clear"));
        return Usage;
    }

    config::Profile loaded;
    if (QString e; !loadProfile(p.value(QStringLiteral("profile")), p.value(QStringLiteral("prometheus")),
                                &loaded, &e)) {
        err(e);
        return Usage;
    }
    // One path for the console and the command line: the options, then the stack's environment
    // (KUBECONFIG, ERLMCP_API_URL, ERLMCP_API_CA), then the profile.
    actions::ActionOverrides overrides;
    overrides.kubeconfig = p.value(QStringLiteral("kubeconfig"));
    overrides.context = p.value(QStringLiteral("context"));
    overrides.api = p.value(QStringLiteral("api"));
    overrides.auditLog = p.value(QStringLiteral("audit-log"));
    overrides.readOnly = globalReadOnly || p.isSet(QStringLiteral("read-only"));
    if (p.isSet(QStringLiteral("kubeconfig")) && overrides.kubeconfig.isEmpty()) {
        err(ActionCommand::tr("--kubeconfig: an empty file name"));
        return Usage;
    }
    actions::ActionSetup setup = actions::setupActions(std::move(loaded), overrides);
    if (!setup.error.isEmpty()) {
        err(setup.error);
        return Usage;
    }
    const config::Profile &profile = setup.profile;
    const actions::RunnerConfig &rc = setup.runner;
    if (rc.readOnly) {
        err(ActionCommand::tr("read-only: no action is planned or applied (--read-only)"));
        return Refused;
    }

    const bool json = p.isSet(QStringLiteral("json"));
    Printer print(json);
    QString error;
    const engine::SnapshotPtr snapshot = takeSnapshot(profile, {}, &error);
    if (!snapshot)
        qCWarning(lcActionCli) << "no live snapshot:" << error; // the pre-checks say so and fail
    actions::Plan plan;
    if (rollback) {
        const auto applied = newestUnrolledBack(
            rc.auditLog.isEmpty() ? actions::AuditLog::defaultPath() : rc.auditLog, &error);
        if (!applied) {
            err(error);
            return Usage;
        }
        plan = actions::Planner::rollback(*applied, snapshot.get(), profile);
    } else {
        plan = actions::Planner::plan(request, snapshot.get(), profile);
    }
    if (!plan.error.isEmpty()) {
        err(plan.error);
        return Usage;
    }
    printPlan(print, plan);

    secrets::CredentialStore credentials;
    actions::ActionRunner runner(rc, &credentials);
    QObject::connect(&runner, &actions::ActionRunner::output, &runner,
                     [&print](const QString &text, bool isStderr) { print.stream(text, isStderr); });
    const actions::Preview preview =
        waitFor<decltype(&actions::ActionRunner::previewReady), actions::Preview>(
            runner, &actions::ActionRunner::previewReady, [&]() { runner.preview(plan); });
    if (!preview.plan.apply.isNull())
        print.line(ActionCommand::tr("Command: %1").arg(preview.plan.apply.display()));
    const QString dryRunText = QString::fromUtf8(preview.dryRun.out).trimmed();
    if (!dryRunText.isEmpty() && preview.diff.isEmpty())
        print.line(ActionCommand::tr("Server dry run:\n%1").arg(dryRunText));
    if (!preview.diff.isEmpty())
        print.line(ActionCommand::tr("Diff:\n%1").arg(preview.diff.trimmed()));
    // docs/action-json.md. The target and the pre-checks as the audit log records them (Plan::toJson).
    const QJsonObject planJson = plan.toJson();
    QJsonObject summary{
        {QStringLiteral("action"), actions::actionName(plan.kind)},
        {QStringLiteral("rollback"), plan.isRollback},
        {QStringLiteral("title"), preview.plan.title.isEmpty() ? plan.title : preview.plan.title},
        {QStringLiteral("target"), planJson.value(QStringLiteral("target"))},
        {QStringLiteral("preChecks"), planJson.value(QStringLiteral("preChecks"))},
        {QStringLiteral("checksPass"), plan.checksPass()},
        {QStringLiteral("command"),
         preview.plan.apply.isNull() ? QJsonValue() : preview.plan.apply.display()},
        {QStringLiteral("server"), preview.clusterServer},
        {QStringLiteral("dryRun"), dryRunText},
        {QStringLiteral("diff"), preview.diff},
        {QStringLiteral("dryRunOnly"), p.isSet(QStringLiteral("dry-run"))},
        {QStringLiteral("applied"), false},
        {QStringLiteral("auditLog"), rc.auditLog.isEmpty() ? actions::AuditLog::defaultPath() : rc.auditLog},
        {QStringLiteral("verification"), QJsonValue()},
    };
    const auto finish = [&](int code, const QString &message) {
        if (!message.isEmpty())
            print.error(message);
        if (json) {
            summary.insert(QStringLiteral("exitCode"), code);
            summary.insert(QStringLiteral("error"), message);
            std::printf("%s", QJsonDocument(summary).toJson(QJsonDocument::Indented).constData());
            std::fflush(stdout);
        }
        return code;
    };
    if (!preview.ok()) {
        const bool dryRunFailed =
            preview.dryRun.command.type != actions::Command::Type::None && !preview.dryRun.ok();
        return finish(dryRunFailed ? DryRunRefused : ApplyFailed, preview.error);
    }
    if (!plan.checksPass())
        return finish(Refused, ActionCommand::tr("a pre-check fails: nothing is applied"));
    if (p.isSet(QStringLiteral("dry-run")))
        return finish(Applied, ActionCommand::tr("dry run: nothing was applied"));
    if (!p.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return finish(Refused,
                          ActionCommand::tr("refusing to apply without --yes: stdin is not a terminal"));
        if (!confirm(print, preview.plan))
            return finish(Refused, ActionCommand::tr("not confirmed: nothing was applied"));
    }
    const actions::Outcome outcome = waitFor<decltype(&actions::ActionRunner::finished), actions::Outcome>(
        runner, &actions::ActionRunner::finished, [&]() { runner.apply(preview); });
    summary.insert(QStringLiteral("applied"), outcome.applied);
    if (outcome.changedSincePreview)
        return finish(Changed, outcome.error);
    if (!outcome.applied)
        return finish(ApplyFailed, outcome.error);
    const int refreshes = actions::verificationRefreshes(outcome.plan, profile);
    print.line(ActionCommand::tr("Applied in %1 ms. Watching the figures for up to %n refresh(es)…", nullptr,
                                 refreshes)
                   .arg(outcome.ms));
    const actions::Verification v = verify(print, profile, outcome.plan, snapshot);
    if (QString e; !runner.recordVerification(outcome.plan, v, &e))
        print.error(e);
    summary.insert(QStringLiteral("verification"), v.toJson());
    print.line(ActionCommand::tr("Verification: %1").arg(actions::verdictName(v.overall)));
    return finish(v.overall == actions::EffectVerdict::Recovered ? Applied : NotRecovered,
                  v.overall == actions::EffectVerdict::Recovered
                      ? QString()
                      : ActionCommand::tr("applied, but not recovered within %n refresh(es)", nullptr,
                                          v.refreshesWanted));
}

} // namespace slaops::app
