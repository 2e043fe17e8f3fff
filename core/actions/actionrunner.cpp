#include "actionrunner.h"

#include "actionsetup.h"
#include "auditlog.h"
#include "kubectlprocess.h"
#include "planner.h"
#include "prom/transport.h"
#include "restanswer.h"
#include "secrets/credentialstore.h"
#include "textdiff.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>
#include <functional>
#include <optional>

Q_LOGGING_CATEGORY(lcRunner, "slaops.actions.runner", QtInfoMsg)

namespace slaops::actions {

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The JSON as people read it (sorted keys, indented), or the text itself when it is not JSON.
QString pretty(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isNull())
        return QString::fromUtf8(data);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// The erlmcp admin API's state after a POST: the body's limit set on the fleet, or on the region
// it names. Shown as the diff of a REST action, which has no server dry run.
QByteArray restStateAfter(const QByteArray &state, const QByteArray &body)
{
    QJsonObject now = QJsonDocument::fromJson(state).object();
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString region = request.value(QStringLiteral("region")).toString();
    if (region.isEmpty()) {
        for (auto it = request.begin(); it != request.end(); ++it)
            now.insert(it.key(), it.value());
    } else {
        QJsonObject regions = now.value(QStringLiteral("regions")).toObject();
        regions.insert(region, request.value(QStringLiteral("limit")));
        now.insert(QStringLiteral("regions"), regions);
    }
    return QJsonDocument(now).toJson();
}

Command serverCommand(const QString &context)
{
    Command c;
    c.type = Command::Type::Kubectl;
    c.args << QStringLiteral("config") << QStringLiteral("view") << QStringLiteral("--minify");
    if (!context.isEmpty())
        c.args << QStringLiteral("--context") << context;
    c.args << QStringLiteral("-o") << QStringLiteral("jsonpath={.clusters[0].cluster.server}");
    c.purpose = ActionRunner::tr("find the context's API server");
    return c;
}

} // namespace

struct ActionRunner::Impl {
    ActionRunner *q = nullptr;
    secrets::CredentialStore *credentials = nullptr;
    KubectlProcess kubectl;
    prom::Transport *transport = nullptr;
    std::function<void(StepResult)> stepDone;
    Command running;
    int step = 0;             // the running step's number; a cancelled step's late answer has an older one
    bool httpRunning = false; // a keychain read or a request is under way
    bool busy = false;
    bool cancelled = false;
    int lastIntent = 0;
    QString lastIntentKey;
    // One log object for the runner's life: it trusts the end it verified or wrote while the file
    // still ends there, so an action's records do not each re-read the whole log.
    mutable std::optional<AuditLog> log;

    void run(const Command &command, std::function<void(StepResult)> done);
    void runKubectl(const Command &command);
    void runHttp(const Command &command);
    void sendHttp(const Command &command, const prom::Auth &auth);
    void finishStep(StepResult r);
    bool audit(const QString &kind, QJsonObject payload, QString *error, int *seq = nullptr) const;
};

ActionRunner::ActionRunner(RunnerConfig config, secrets::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_impl(std::make_unique<Impl>())
{
    qRegisterMetaType<Preview>();
    qRegisterMetaType<Outcome>();
    if (m_config.actor.isEmpty())
        m_config.actor = currentActor();
    m_impl->q = this;
    m_impl->credentials = credentials;
    connect(&m_impl->kubectl, &KubectlProcess::output, this, &ActionRunner::output);
    connect(
        &m_impl->kubectl, &KubectlProcess::finished, this,
        [this](int exitCode, const QByteArray &out, const QByteArray &err, const QString &error, qint64 ms) {
            StepResult r;
            r.command = m_impl->running;
            r.ran = exitCode >= 0;
            r.exitCode = exitCode;
            r.out = out;
            r.err = err;
            r.error = error;
            r.ms = ms;
            m_impl->finishStep(std::move(r));
        });
}

ActionRunner::~ActionRunner() = default;

bool ActionRunner::busy() const
{
    return m_impl->busy;
}

QProcessEnvironment ActionRunner::kubectlEnvironment(const QProcessEnvironment &from,
                                                     const RunnerConfig &config)
{
    return KubectlProcess::environment(from, !config.kubeconfig.isEmpty());
}

void ActionRunner::Impl::run(const Command &command, std::function<void(StepResult)> done)
{
    stepDone = std::move(done);
    running = command;
    ++step;
    if (!command.purpose.isEmpty())
        Q_EMIT q->progress(command.purpose);
    if (command.type == Command::Type::Kubectl)
        runKubectl(command);
    else if (command.type == Command::Type::Http)
        runHttp(command);
    else {
        StepResult r;
        r.command = command;
        r.error = ActionRunner::tr("nothing to run");
        QTimer::singleShot(0, q, [this, r]() { finishStep(r); });
    }
}

void ActionRunner::Impl::runKubectl(const Command &command)
{
    QString error;
    const QString binary = KubectlProcess::findKubectl(q->m_config.kubectl, &error);
    if (binary.isEmpty()) {
        StepResult r;
        r.command = command;
        r.error = error;
        QTimer::singleShot(0, q, [this, r]() { finishStep(r); });
        return;
    }
    const QStringList args = KubectlProcess::arguments(command, q->m_config.kubeconfig);
    Q_EMIT q->output(QStringLiteral("$ ") + command.display() + QLatin1Char('\n'), false);
    kubectl.start(binary, args,
                  ActionRunner::kubectlEnvironment(QProcessEnvironment::systemEnvironment(), q->m_config),
                  q->m_config.timeout,
                  command.args.contains(QLatin1String("--context"))
                      ? command.args.value(command.args.indexOf(QLatin1String("--context")) + 1)
                      : QString());
}

void ActionRunner::Impl::runHttp(const Command &command)
{
    const config::Auth &auth = q->m_config.restAuth;
    if (auth.kind == config::Auth::Kind::None || !credentials) {
        sendHttp(command, prom::Auth{});
        return;
    }
    httpRunning = true;
    // The token lives in memory for this one request only; it is never logged nor put in a Command.
    credentials->read(
        auth.secretRef, q, [this, command, auth, gen = step](bool ok, QString secret, QString error) {
            if (gen != step)
                return;
            if (!ok || secret.isEmpty()) {
                StepResult r;
                r.command = command;
                r.error = ok ? ActionRunner::tr("no token in the keychain under %1; set it with "
                                                "`slaops secret set %1`")
                                   .arg(auth.secretRef)
                             : ActionRunner::tr("cannot read the token %1 from the keychain: %2")
                                   .arg(auth.secretRef, error);
                finishStep(r);
                return;
            }
            prom::Auth a;
            a.kind =
                auth.kind == config::Auth::Kind::Basic ? prom::Auth::Kind::Basic : prom::Auth::Kind::Bearer;
            a.username = auth.username;
            a.secret = secret;
            sendHttp(command, a);
        });
}

void ActionRunner::Impl::sendHttp(const Command &command, const prom::Auth &auth)
{
    QUrl base = command.url;
    base.setPath({});
    base.setQuery(QString());
    delete transport;
    transport = new prom::Transport(base, q);
    transport->setTimeout(q->m_config.timeout);
    transport->setMaxBytes(KubectlProcess::MaxStreamBytes);
    transport->setAuth(auth);
    QString caError;
    if (!transport->setCaFile(q->m_config.restCaFile, &caError)) {
        StepResult r;
        r.command = command;
        r.error = caError;
        QTimer::singleShot(0, q, [this, r]() { finishStep(r); });
        return;
    }
    prom::Transport::Request request;
    request.verb = command.method == "POST"     ? prom::Transport::Verb::Post
                   : command.method == "DELETE" ? prom::Transport::Verb::Delete
                                                : prom::Transport::Verb::Get;
    request.url = command.url;
    request.body = command.body;
    Q_EMIT q->output(command.display() + QLatin1Char('\n'), false);
    httpRunning = true;
    const QString secretRef = q->m_config.restAuth.secretRef;
    transport->send(request, {}, q, [this, command, secretRef, gen = step](prom::RawResponse answer) {
        if (gen != step)
            return;
        StepResult r;
        r.command = command;
        r.ran = answer.answered();
        r.exitCode = answer.httpStatus;
        r.out = answer.body;
        r.error = RestAnswer::describe(answer, secretRef);
        r.ms = answer.latencyMs;
        if (!answer.body.isEmpty())
            Q_EMIT q->output(QString::fromUtf8(answer.body.left(64 * 1024)) + QLatin1Char('\n'), false);
        finishStep(std::move(r));
    });
}

void ActionRunner::Impl::finishStep(StepResult r)
{
    httpRunning = false;
    if (cancelled && r.error.isEmpty() && !r.ran)
        r.error = ActionRunner::tr("cancelled");
    if (!r.error.isEmpty())
        qCInfo(lcRunner) << "step failed:" << r.command.purpose << r.error;
    auto next = std::move(stepDone);
    stepDone = nullptr;
    if (next)
        next(std::move(r));
}

bool ActionRunner::Impl::audit(const QString &kind, QJsonObject payload, QString *error, int *seq) const
{
    payload.insert(QStringLiteral("actor"), q->m_config.actor);
    payload.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    if (!log)
        log.emplace(q->m_config.auditLog.isEmpty() ? AuditLog::defaultPath() : q->m_config.auditLog);
    return log->append(kind, payload, error, seq);
}

void ActionRunner::preview(const Plan &plan)
{
    auto fail = [this](Preview p, const QString &error) {
        p.error = error;
        QTimer::singleShot(0, this, [this, p]() { Q_EMIT previewReady(p); });
    };
    Preview p;
    p.plan = plan;
    if (m_config.readOnly)
        return fail(p, tr("read-only: no action is previewed or applied (--read-only)"));
    if (m_impl->busy)
        return fail(p, tr("another action is running"));
    if (!plan.error.isEmpty())
        return fail(p, plan.error);
    if (plan.read.isNull())
        return fail(p, tr("the plan has no command to read the current state"));
    m_impl->busy = true;
    m_impl->cancelled = false;
    auto done = [this](Preview p, const QString &error) {
        if (p.error.isEmpty())
            p.error = error;
        m_impl->busy = false;
        Q_EMIT previewReady(p);
    };
    auto afterServer = [this, done](Preview p) {
        m_impl->run(p.plan.read, [this, done, p](StepResult read) mutable {
            p.read = read;
            if (!read.ok())
                return done(p, tr("cannot read the current state: %1").arg(read.error));
            p.plan = Planner::withState(p.plan, read.out);
            if (!p.plan.error.isEmpty())
                return done(p, p.plan.error);
            if (p.plan.apply.isNull())
                return done(p, tr("the plan has no command to apply"));
            if (p.plan.dryRun.isNull()) {
                if (p.plan.apply.type == Command::Type::Http)
                    p.diff = TextDiff::unified(pretty(p.plan.stateBefore),
                                               pretty(restStateAfter(p.plan.stateBefore, p.plan.apply.body)),
                                               tr("now"), tr("after the request"));
                return done(p, {});
            }
            m_impl->run(p.plan.dryRun, [done, p](StepResult dry) mutable {
                p.dryRun = dry;
                if (!dry.ok())
                    return done(p, tr("the server refused the dry run: %1").arg(dry.error));
                if (!QJsonDocument::fromJson(dry.out).isNull())
                    p.diff = TextDiff::unified(pretty(p.plan.stateBefore), pretty(dry.out), tr("now"),
                                               tr("after (server dry run)"));
                done(p, {});
            });
        });
    };
    if (plan.read.type == Command::Type::Http) {
        p.clusterServer = plan.read.url.toString(QUrl::RemoveUserInfo);
        afterServer(p);
        return;
    }
    m_impl->run(serverCommand(plan.target.context), [done, afterServer, p](StepResult server) mutable {
        if (!server.ok())
            return done(p, tr("cannot find the API server of the context: %1").arg(server.error));
        p.clusterServer = QString::fromUtf8(server.out).trimmed();
        afterServer(p);
    });
}

void ActionRunner::apply(const Preview &preview)
{
    auto fail = [this](Outcome o, const QString &error) {
        o.error = error;
        QTimer::singleShot(0, this, [this, o]() { Q_EMIT finished(o); });
    };
    Outcome o;
    o.plan = preview.plan;
    const Plan &plan = preview.plan;
    if (m_config.readOnly)
        return fail(o, tr("read-only: no action is applied (--read-only)"));
    if (m_impl->busy)
        return fail(o, tr("another action is running"));
    if (!preview.ok())
        return fail(o, tr("the preview failed, nothing is applied: %1").arg(preview.error));
    if (!plan.ready())
        return fail(o, plan.error.isEmpty() ? tr("the plan has no command to apply") : plan.error);
    if (!plan.checksPass())
        return fail(o, tr("a pre-check fails, nothing is applied"));
    m_impl->busy = true;
    m_impl->cancelled = false;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto done = [this, timer](Outcome o) {
        o.ms = timer->elapsed();
        m_impl->busy = false;
        Q_EMIT finished(o);
    };
    // Nothing applied because the world moved since the preview: still recorded, so the log shows
    // that someone tried.
    auto changed = [this, done](Outcome o, const QString &why) {
        o.changedSincePreview = true;
        o.error = why;
        QJsonObject payload{{QStringLiteral("plan"), o.plan.toJson()},
                            {QStringLiteral("reason"), why},
                            {QStringLiteral("changedSincePreview"), true}};
        if (QString e; !m_impl->audit(QStringLiteral("refused"), payload, &e))
            o.error += QStringLiteral("; ") + e;
        done(o);
    };
    auto runApply = [this, done, preview](Outcome o) {
        const Plan &plan = o.plan;
        QJsonObject intent{{QStringLiteral("plan"), plan.toJson()},
                           {QStringLiteral("command"), plan.apply.display()},
                           {QStringLiteral("server"), preview.clusterServer},
                           {QStringLiteral("dryRunDigest"), sha256(preview.dryRun.out)}};
        int seq = 0;
        if (QString e; !m_impl->audit(QStringLiteral("intent"), intent, &e, &seq)) {
            o.error = tr("the audit log cannot be written, nothing is applied: %1").arg(e);
            return done(o);
        }
        m_impl->lastIntent = seq;
        m_impl->lastIntentKey = plan.stateKey;
        m_impl->run(plan.apply, [this, done, o, seq](StepResult r) mutable {
            o.result = r;
            o.applied = r.ok();
            o.error = r.error;
            QJsonObject outcome{{QStringLiteral("intent"), seq},
                                {QStringLiteral("action"), actionName(o.plan.kind)},
                                {QStringLiteral("exitCode"), r.exitCode},
                                {QStringLiteral("outputDigest"), sha256(r.out)},
                                {QStringLiteral("ms"), r.ms},
                                {QStringLiteral("error"), r.error},
                                {QStringLiteral("applied"), o.applied},
                                {QStringLiteral("cancelled"), m_impl->cancelled}};
            if (QString e; !m_impl->audit(QStringLiteral("outcome"), outcome, &e))
                o.error = (o.error.isEmpty() ? QString() : o.error + QStringLiteral("; ")) +
                          tr("the outcome could not be recorded: %1").arg(e);
            done(o);
        });
    };
    auto reread = [this, done, changed, runApply](Outcome o) {
        m_impl->run(o.plan.read, [done, changed, runApply, o](StepResult read) mutable {
            if (!read.ok()) {
                o.result = read;
                o.error = tr("cannot read the current state again: %1").arg(read.error);
                return done(o);
            }
            const QString key = Planner::stateKey(o.plan, read.out);
            if (key != o.plan.stateKey)
                return changed(o,
                               tr("the object changed since the preview (%1, was %2); nothing was applied: "
                                  "preview again")
                                   .arg(key, o.plan.stateKey));
            runApply(o);
        });
    };
    if (plan.read.type == Command::Type::Http) {
        const QString server = plan.read.url.toString(QUrl::RemoveUserInfo);
        if (server != preview.clusterServer)
            return changed(
                o, tr("the API changed since the preview (%1, was %2)").arg(server, preview.clusterServer));
        reread(o);
        return;
    }
    m_impl->run(serverCommand(plan.target.context), [done, changed, reread, preview,
                                                     o](StepResult server) mutable {
        if (!server.ok()) {
            o.result = server;
            o.error = tr("cannot find the API server of the context: %1").arg(server.error);
            return done(o);
        }
        const QString now = QString::fromUtf8(server.out).trimmed();
        if (now != preview.clusterServer)
            return changed(o, tr("the context's API server changed since the preview (%1, was %2); nothing "
                                 "was applied")
                                  .arg(now, preview.clusterServer));
        reread(o);
    });
}

bool ActionRunner::recordVerification(const Plan &plan, const Verification &verification, QString *error)
{
    QJsonObject payload{{QStringLiteral("action"), actionName(plan.kind)},
                        {QStringLiteral("title"), plan.title},
                        {QStringLiteral("verification"), verification.toJson()}};
    if (m_impl->lastIntent > 0 && m_impl->lastIntentKey == plan.stateKey)
        payload.insert(QStringLiteral("intent"), m_impl->lastIntent);
    return m_impl->audit(QStringLiteral("verification"), payload, error);
}

void ActionRunner::cancel()
{
    if (!m_impl->busy)
        return;
    m_impl->cancelled = true;
    if (m_impl->kubectl.running()) {
        m_impl->kubectl.cancel();
        return;
    }
    if (m_impl->httpRunning) {
        // The answer of an abandoned request is dropped (its step number is gone); the step ends now.
        ++m_impl->step;
        m_impl->httpRunning = false;
        StepResult r;
        r.command = m_impl->running;
        r.error = tr("cancelled: the request was abandoned; the server may still have received it");
        QTimer::singleShot(0, this, [this, r]() { m_impl->finishStep(r); });
    }
}

} // namespace slaops::actions
