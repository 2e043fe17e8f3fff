// The action runner against the simulator's Kubernetes and admin APIs with the real kubectl, real
// TLS and the real keychain (run inside tests/harness/with-keyring), on a stack of its own, and
// against loopback servers that misbehave (badserver.h). Every wait is on a condition.
#include "actions/actionrunner.h"
#include "actions/auditlog.h"
#include "badserver.h"
#include "secrets/credentialstore.h"
#include "stackenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace slaops;
using namespace slaops::actions;

namespace {

const QString kRegionsPath = QStringLiteral("/metadata/annotations/erlmcp.io~1regions");
const QString kAll = QStringLiteral("us-east-1,eu-west-1,ap-southeast-1");
const QString kContext = QStringLiteral("erlmcp-prod");

Command kubectl(QStringList args, const QString &purpose)
{
    Command c;
    c.type = Command::Type::Kubectl;
    c.args = QStringList{QStringLiteral("--context"), kContext, QStringLiteral("--namespace"),
                         QStringLiteral("erlmcp")} +
             args;
    c.purpose = purpose;
    return c;
}

Command http(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    Command c;
    c.type = Command::Type::Http;
    c.method = method;
    c.url = url;
    c.body = body;
    c.purpose = QStringLiteral("REST");
    return c;
}

// A plan as Planner::plan leaves it, by hand (the runner completes it through Planner::withState):
// the runner's tests do not depend on the figures of the moment. `to` empty with `restore` set: the
// rollback of an action that set `expect`.
Plan divertPlan(const QString &from, const QStringList &to,
                const QString &service = QStringLiteral("erlmcp-service"))
{
    Plan p;
    p.kind = ActionKind::DivertTraffic;
    p.title = QStringLiteral("divert ") + from;
    p.target = Target{kContext, QStringLiteral("erlmcp"), QStringLiteral("Service"), service, true, {}};
    p.preChecks.push_back(PreCheck{QStringLiteral("test"), true, {}});
    p.parameters = {{QStringLiteral("from"), from},
                    {QStringLiteral("to"), QJsonArray::fromStringList(to)},
                    {QStringLiteral("toGiven"), true}};
    p.read = kubectl({QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("-o"),
                      QStringLiteral("json"), QStringLiteral("--"), service},
                     QStringLiteral("read the Service"));
    return p;
}

Plan undoDivert(const QString &expect, const QString &restore)
{
    Plan p = divertPlan(QString(), {});
    p.isRollback = true;
    p.parameters = {{QStringLiteral("undo"),
                     QJsonObject{{QStringLiteral("expect"), expect}, {QStringLiteral("restore"), restore}}}};
    return p;
}

class TstActionRunner : public QObject {
    Q_OBJECT

    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QString m_audit;
    QByteArray m_token;
    QString m_kubeconfig;

    RunnerConfig config() const
    {
        RunnerConfig c;
        c.kubeconfig = m_kubeconfig;
        c.timeout = std::chrono::milliseconds(20000);
        c.restAuth.kind = config::Auth::Kind::Bearer;
        c.restAuth.secretRef = QStringLiteral("erlmcp-admin-token");
        c.restCaFile = m_env.value(QStringLiteral("ERLMCP_API_CA"));
        c.auditLog = m_audit;
        c.actor = QStringLiteral("tester");
        return c;
    }

    static Preview previewOf(ActionRunner &runner, const Plan &plan)
    {
        QSignalSpy spy(&runner, &ActionRunner::previewReady);
        runner.preview(plan);
        if (!spy.wait(60000))
            return Preview{plan, {}, {}, {}, {}, QStringLiteral("no previewReady")};
        return spy.at(0).at(0).value<Preview>();
    }
    static Outcome applyOf(ActionRunner &runner, const Preview &preview)
    {
        QSignalSpy spy(&runner, &ActionRunner::finished);
        runner.apply(preview);
        if (!spy.wait(60000))
            return Outcome{preview.plan, {}, false, false, QStringLiteral("no finished"), 0};
        return spy.at(0).at(0).value<Outcome>();
    }

    QJsonObject getService()
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/kubectl"),
                {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("-n"), QStringLiteral("erlmcp"),
                 QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("erlmcp-service"),
                 QStringLiteral("-o"), QStringLiteral("json")});
        p.waitForFinished(30000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }
    static QString regionsOf(const QJsonObject &svc)
    {
        return svc.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("annotations"))
            .toObject()
            .value(QStringLiteral("erlmcp.io/regions"))
            .toString();
    }
    void patchBehindItsBack(const QString &regions)
    {
        QProcess p;
        p.start(
            QStringLiteral("/usr/bin/kubectl"),
            {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("-n"), QStringLiteral("erlmcp"),
             QStringLiteral("patch"), QStringLiteral("service"), QStringLiteral("erlmcp-service"),
             QStringLiteral("--type=merge"),
             QStringLiteral(R"(-p={"metadata":{"annotations":{"erlmcp.io/regions":"%1"}}})").arg(regions)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }
    // The records of the audit log, in order.
    QList<QJsonObject> records() const
    {
        QList<QJsonObject> out;
        QFile f(m_audit);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        return out;
    }
    QString kubeconfigVariant(const QString &name, const QString &from, const QString &to) const
    {
        QFile in(m_kubeconfig);
        in.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(from), to);
        const QString path = m_dir.filePath(name);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(text.toUtf8());
        return path;
    }
    QString kubectlOutput(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/kubectl"),
                QStringList{QStringLiteral("--kubeconfig"), m_kubeconfig} + args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    Plan restPlan(const QByteArray &body, const QUrl &base = {}) const
    {
        const QUrl api = base.isEmpty() ? QUrl(m_env.value(QStringLiteral("ERLMCP_API_URL"))) : base;
        QUrl url = api;
        url.setPath(QStringLiteral("/api/rate-limit"));
        Plan p;
        p.kind = ActionKind::RateLimit;
        p.title = QStringLiteral("rate limit");
        p.target = Target{api.host(), {}, QStringLiteral("REST API"), url.toString(), true, {}};
        p.preChecks.push_back(PreCheck{QStringLiteral("test"), true, {}});
        p.read = http("GET", url);
        p.parameters = QJsonDocument::fromJson(body).object();
        return p;
    }
    QJsonObject restLimit()
    {
        ActionRunner runner(config(), &m_store);
        const Preview p = previewOf(runner, restPlan(R"({"limit":null})"));
        return QJsonDocument::fromJson(p.read.out).object();
    }
    secrets::CredentialStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
        QVERIFY2(!dir.isEmpty(), "SLAOPS_STACK_DIR is not set (ctest sets it)");
        m_env = testing::readEnv(dir);
        QVERIFY2(m_env.contains(QStringLiteral("ERLMCP_API_URL")),
                 qPrintable(dir + QStringLiteral("/env lacks the APIs")));
        m_kubeconfig = m_env.value(QStringLiteral("KUBECONFIG"));
        QVERIFY(m_dir.isValid());
        m_audit = m_dir.filePath(QStringLiteral("audit.jsonl"));
        QFile token(m_env.value(QStringLiteral("ERLMCP_API_TOKEN_FILE")));
        QVERIFY(token.open(QIODevice::ReadOnly));
        m_token = token.readAll().trimmed();
        QVERIFY(m_token.size() >= 32);
        // The token reaches the keychain the way an operator puts it there.
        const QString slaops = qEnvironmentVariable("SLAOPS_BINARY");
        QVERIFY2(!slaops.isEmpty(), "SLAOPS_BINARY is not set (ctest sets it)");
        for (const auto &[name, secret] :
             {std::pair{QStringLiteral("erlmcp-admin-token"), m_token},
              std::pair{QStringLiteral("wrong-token"), QByteArray("wrong-0123456789")}}) {
            QProcess set;
            set.start(slaops, {QStringLiteral("secret"), QStringLiteral("set"), name});
            QVERIFY(set.waitForStarted());
            set.write(secret + '\n');
            set.closeWriteChannel();
            QVERIFY(set.waitForFinished(30000));
            QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());
        }
        QCOMPARE(regionsOf(getService()), kAll);
    }

    void environmentIsAnAllowList()
    {
        QProcessEnvironment from;
        for (const char *k :
             {"HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TZ", "PATH", "XDG_RUNTIME_DIR", "KUBECONFIG",
              "KUBECTL_EXTERNAL_DIFF", "KUBE_EDITOR", "EDITOR", "KUBECTL_COMMAND_HEADERS", "http_proxy",
              "HTTPS_PROXY", "LD_PRELOAD", "ERLMCP_API_TOKEN"})
            from.insert(QString::fromLatin1(k), QStringLiteral("x"));
        RunnerConfig c;
        QProcessEnvironment env = ActionRunner::kubectlEnvironment(from, c);
        for (const char *k :
             {"HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TZ", "PATH", "XDG_RUNTIME_DIR", "KUBECONFIG"})
            QVERIFY2(env.contains(QString::fromLatin1(k)), k);
        for (const char *k : {"KUBECTL_EXTERNAL_DIFF", "KUBE_EDITOR", "EDITOR", "KUBECTL_COMMAND_HEADERS",
                              "http_proxy", "HTTPS_PROXY", "LD_PRELOAD", "ERLMCP_API_TOKEN"})
            QVERIFY2(!env.contains(QString::fromLatin1(k)), k);
        c.kubeconfig = QStringLiteral("/some/kubeconfig");
        env = ActionRunner::kubectlEnvironment(from, c);
        QVERIFY(!env.contains(QStringLiteral("KUBECONFIG")));
        QVERIFY(env.contains(QStringLiteral("PATH")));
    }

    void divertPreviewChangesNothingApplyChangesRollbackRestores()
    {
        const QJsonObject before = getService();
        ActionRunner runner(config(), &m_store);
        QStringList streamed;
        connect(&runner, &ActionRunner::output, this, [&streamed](const QString &t, bool) { streamed << t; });
        const Preview p =
            previewOf(runner, divertPlan(QStringLiteral("eu-west-1"),
                                         {QStringLiteral("us-east-1"), QStringLiteral("ap-southeast-1")}));
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        QCOMPARE(p.clusterServer, m_env.value(QStringLiteral("KUBE_API_URL")));
        // The one line that changes, removed then added, as diff -u writes it.
        const QRegularExpression change(
            QStringLiteral(R"(\n- +"erlmcp.io/regions": "%1"\n\+ +"erlmcp.io/regions": )"
                           R"("us-east-1,ap-southeast-1"\n)")
                .arg(kAll));
        QVERIFY2(change.match(p.diff).hasMatch(), qPrintable(p.diff));
        QVERIFY(p.diff.startsWith(QStringLiteral("--- now\n+++ after (server dry run)\n@@ ")));
        QVERIFY(!p.plan.stateKey.isEmpty());
        const QJsonObject afterPreview = getService();
        QCOMPARE(regionsOf(afterPreview), kAll);
        QCOMPARE(
            afterPreview.value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("resourceVersion")),
            before.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")));
        QVERIFY(records().isEmpty()); // a preview is not an action

        const Outcome o = applyOf(runner, p);
        QVERIFY2(o.applied, qPrintable(o.error));
        QVERIFY(!o.changedSincePreview);
        QCOMPARE(regionsOf(getService()), QStringLiteral("us-east-1,ap-southeast-1"));
        // The command and the server's answer were streamed as they came.
        QVERIFY(streamed.join(QString()).contains(QStringLiteral("$ kubectl --context erlmcp-prod")));
        QVERIFY(streamed.join(QString()).contains(QStringLiteral("\"us-east-1,ap-southeast-1\"")));
        QList<QJsonObject> r = records();
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].value(QStringLiteral("kind")).toString(), QStringLiteral("intent"));
        QCOMPARE(r[0].value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
        QCOMPARE(r[0].value(QStringLiteral("server")).toString(), p.clusterServer);
        QCOMPARE(r[0].value(QStringLiteral("dryRunDigest")).toString().size(), 64);
        QCOMPARE(r[1].value(QStringLiteral("kind")).toString(), QStringLiteral("outcome"));
        QCOMPARE(r[1].value(QStringLiteral("intent")).toInt(), 1);
        QCOMPARE(r[1].value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(r[1].value(QStringLiteral("exitCode")).toInt(), 0);

        const Plan back = undoDivert(QStringLiteral("us-east-1,ap-southeast-1"), kAll);
        const Preview pb = previewOf(runner, back);
        QVERIFY2(pb.ok(), qPrintable(pb.error));
        const Outcome ob = applyOf(runner, pb);
        QVERIFY2(ob.applied, qPrintable(ob.error));
        QCOMPARE(regionsOf(getService()), kAll);
        QCOMPARE(records().size(), 4);
    }

    void changedBetweenPreviewAndApplyAppliesNothing()
    {
        ActionRunner runner(config(), &m_store);
        const Preview p =
            previewOf(runner, divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")}));
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        const int recordsBefore = int(records().size());
        patchBehindItsBack(QStringLiteral("us-east-1,eu-west-1"));
        const Outcome o = applyOf(runner, p);
        QVERIFY(!o.applied);
        QVERIFY(o.changedSincePreview);
        QCOMPARE(regionsOf(getService()), QStringLiteral("us-east-1,eu-west-1"));
        const QList<QJsonObject> r = records();
        QCOMPARE(r.size(), recordsBefore + 1);
        QCOMPARE(r.last().value(QStringLiteral("kind")).toString(), QStringLiteral("refused"));
        patchBehindItsBack(kAll);
    }

    void changedClusterServerAppliesNothing()
    {
        ActionRunner runner(config(), &m_store);
        Preview p = previewOf(runner, divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")}));
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        p.clusterServer = QStringLiteral("https://127.0.0.1:1"); // as if the kubeconfig had been swapped
        const Outcome o = applyOf(runner, p);
        QVERIFY(o.changedSincePreview);
        QVERIFY(!o.applied);
        QCOMPARE(regionsOf(getService()), kAll);
    }

    void failingChecksPreviewButNeverApply()
    {
        ActionRunner runner(config(), &m_store);
        Plan plan = divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")});
        plan.preChecks.push_back(PreCheck{QStringLiteral("eu-west-1 is in trouble"), false, {}});
        const Preview p = previewOf(runner, plan);
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        const int recordsBefore = int(records().size());
        const Outcome o = applyOf(runner, p);
        QVERIFY(!o.applied);
        QVERIFY(o.error.contains(QStringLiteral("pre-check")));
        QCOMPARE(regionsOf(getService()), kAll);
        QCOMPARE(records().size(), recordsBefore);
    }

    void readOnlyRefusesEverything()
    {
        RunnerConfig c = config();
        c.readOnly = true;
        c.kubectl = QStringLiteral("/nonexistent/kubectl"); // proves no process is even looked for
        ActionRunner runner(c, &m_store);
        const Preview p =
            previewOf(runner, divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")}));
        QVERIFY(p.error.contains(QStringLiteral("read-only")));
        QVERIFY(p.read.command.isNull());
        Preview forced = p;
        forced.error.clear();
        const Outcome o = applyOf(runner, forced);
        QVERIFY(o.error.contains(QStringLiteral("read-only")));
        QCOMPARE(regionsOf(getService()), kAll);
    }

    void rateLimitPreviewApplyRollback()
    {
        QVERIFY(restLimit().value(QStringLiteral("limit")).isNull());
        ActionRunner runner(config(), &m_store);
        const Preview p = previewOf(runner, restPlan(R"({"limit":12000})"));
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        QCOMPARE(p.clusterServer, restPlan({}).read.url.toString());
        QVERIFY2(QRegularExpression(QStringLiteral(R"(\n- +"limit": null,?\n\+ +"limit": 12000)"))
                     .match(p.diff)
                     .hasMatch(),
                 qPrintable(p.diff));
        QVERIFY(restLimit().value(QStringLiteral("limit")).isNull());
        const int recordsBefore = int(records().size());
        const Outcome o = applyOf(runner, p);
        QVERIFY2(o.applied, qPrintable(o.error));
        QCOMPARE(o.result.exitCode, 200);
        QCOMPARE(restLimit().value(QStringLiteral("limit")).toInt(), 12000);
        QCOMPARE(records().size(), recordsBefore + 2);

        Plan back = restPlan(R"({"limit":null,"undo":{"expect":12000}})");
        back.isRollback = true;
        const Preview pb = previewOf(runner, back);
        QVERIFY2(pb.ok(), qPrintable(pb.error));
        const Outcome ob = applyOf(runner, pb);
        QVERIFY2(ob.applied, qPrintable(ob.error));
        QVERIFY(restLimit().value(QStringLiteral("limit")).isNull());
    }

    void restBadRequestGivesTheServersMessage()
    {
        ActionRunner runner(config(), &m_store);
        const Preview p = previewOf(runner, restPlan(R"({"limit":-5})"));
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        const Outcome o = applyOf(runner, p);
        QVERIFY(!o.applied);
        QCOMPARE(o.result.exitCode, 400);
        QVERIFY2(o.error.contains(QStringLiteral("HTTP 400")) && o.error.contains(QStringLiteral("limit")),
                 qPrintable(o.error));
        const QList<QJsonObject> r = records();
        QCOMPARE(r.last().value(QStringLiteral("kind")).toString(), QStringLiteral("outcome"));
        QCOMPARE(r.last().value(QStringLiteral("applied")).toBool(), false);
        QVERIFY(restLimit().value(QStringLiteral("limit")).isNull());
    }

    void restWrongTokenIs401()
    {
        RunnerConfig c = config();
        c.restAuth.secretRef = QStringLiteral("wrong-token");
        ActionRunner runner(c, &m_store);
        const Preview p = previewOf(runner, restPlan(R"({"limit":100})"));
        QVERIFY2(p.error.contains(QStringLiteral("HTTP 401")) &&
                     p.error.contains(QStringLiteral("wrong-token")),
                 qPrintable(p.error));
    }

    void restMisbehavingServers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addRow("401") << int(testing::BadServer::Mode::Unauthorized) << QStringLiteral("HTTP 401");
        QTest::addRow("500") << int(testing::BadServer::Mode::Json500) << QStringLiteral("HTTP 500");
        QTest::addRow("html") << int(testing::BadServer::Mode::HtmlProxy) << QStringLiteral("HTML");
        QTest::addRow("empty") << int(testing::BadServer::Mode::Empty) << QStringLiteral("empty");
        QTest::addRow("silent") << int(testing::BadServer::Mode::Silent)
                                << QStringLiteral("no complete answer");
    }
    void restMisbehavingServers()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        testing::BadServer server{testing::BadServer::Mode(mode)};
        RunnerConfig c = config();
        c.restCaFile.clear();
        c.timeout = std::chrono::milliseconds(1500);
        ActionRunner runner(c, &m_store);
        const Preview p = previewOf(runner, restPlan(R"({"limit":100})", server.url()));
        QVERIFY2(!p.ok() && p.error.contains(expected), qPrintable(p.error));
        QCOMPARE(server.requests(), 1);
        Preview forced = p; // an apply against the same server fails the same way, and is recorded
        forced.error.clear();
        forced.plan.apply = http("POST", forced.plan.read.url, R"({"limit":100})");
        forced.plan.stateKey = QString::fromUtf8(QJsonDocument(QJsonObject()).toJson(QJsonDocument::Compact));
        const int recordsBefore = int(records().size());
        const Outcome o = applyOf(runner, forced);
        QVERIFY(!o.applied);
        QVERIFY2(o.error.contains(expected), qPrintable(o.error));
        QCOMPARE(records().size(), recordsBefore); // the re-read failed: nothing was attempted
    }

    void migrateSessionsDryRunMovesNothing()
    {
        ActionRunner runner(config(), &m_store);
        Plan plan;
        plan.kind = ActionKind::MigrateSessions;
        plan.title = QStringLiteral("migrate");
        plan.target = Target{kContext,
                             QStringLiteral("erlmcp"),
                             QStringLiteral("Pod"),
                             QStringLiteral("erlmcp-session-manager"),
                             true,
                             {}};
        plan.preChecks.push_back(PreCheck{QStringLiteral("test"), true, {}});
        plan.read =
            kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("-o"),
                     QStringLiteral("json"), QStringLiteral("--"), QStringLiteral("erlmcp-session-manager")},
                    QStringLiteral("read the Pod"));
        plan.parameters = {{QStringLiteral("from"), QStringLiteral("eu-west-1")},
                           {QStringLiteral("to"), QStringLiteral("us-east-1")}};
        const Preview p = previewOf(runner, plan);
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        const QRegularExpression would(
            QStringLiteral("would migrate (\\d+) sessions from eu-west-1 to us-east-1"));
        const QRegularExpressionMatch m = would.match(QString::fromUtf8(p.dryRun.out));
        QVERIFY2(m.hasMatch(), p.dryRun.out.constData());
        const QString sessions = m.captured(1);
        QVERIFY(sessions.toLongLong() > 0);
        const Preview again = previewOf(runner, plan); // the dry run moved nothing: the same count
        QVERIFY2(again.dryRun.out.contains(QByteArray("would migrate " + sessions.toUtf8() + " sessions")),
                 again.dryRun.out);
        const Outcome o = applyOf(runner, again);
        QVERIFY2(o.applied, qPrintable(o.error));
        QVERIFY2(o.result.out.contains(
                     QByteArray("migrated " + sessions.toUtf8() + " sessions from eu-west-1 to us-east-1")),
                 o.result.out.constData());
        const Preview after = previewOf(runner, plan); // nothing left to move: the dry run says so
        QVERIFY(!after.ok());
        QVERIFY2(after.error.contains(QStringLiteral("refused the dry run")) &&
                     after.error.contains(QStringLiteral("no sessions to move")),
                 qPrintable(after.error));
        // Back as it was, for the tests after this one.
        QVERIFY(kubectlOutput({QStringLiteral("-n"), QStringLiteral("erlmcp"), QStringLiteral("exec"),
                               QStringLiteral("erlmcp-session-manager"), QStringLiteral("--"),
                               QStringLiteral("migrate-sessions"), QStringLiteral("--target"),
                               QStringLiteral("eu-west-1"), QStringLiteral("--from"),
                               QStringLiteral("us-east-1")})
                    .contains(QStringLiteral("migrated")));
    }

    void kubectlFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing binary") << QStringLiteral("missing") << QStringLiteral("kubectl not found");
        QTest::addRow("not on PATH") << QStringLiteral("nopath")
                                     << QStringLiteral("install kubernetes-client");
        QTest::addRow("forbidden") << QStringLiteral("forbidden") << QStringLiteral("Forbidden");
        QTest::addRow("not found") << QStringLiteral("notfound") << QStringLiteral("does not exist");
        QTest::addRow("connection refused")
            << QStringLiteral("refused") << QStringLiteral("cannot be reached");
        QTest::addRow("tls") << QStringLiteral("tls") << QStringLiteral("TLS certificate");
        QTest::addRow("unknown context")
            << QStringLiteral("context") << QStringLiteral("not in the kubeconfig");
        QTest::addRow("hangs") << QStringLiteral("hang") << QStringLiteral("hung");
    }
    void kubectlFailures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        RunnerConfig c = config();
        Plan plan = divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")});
        testing::BadServer silent(testing::BadServer::Mode::Silent);
        QTcpServer closed;
        const QByteArray path = qgetenv("PATH");
        if (kind == QLatin1String("missing")) {
            c.kubectl = QStringLiteral("/nonexistent/kubectl");
        } else if (kind == QLatin1String("nopath")) {
            qputenv("PATH", m_dir.path().toUtf8());
        } else if (kind == QLatin1String("forbidden")) {
            QFile wrong(m_dir.filePath(QStringLiteral("wrong-token")));
            QVERIFY(wrong.open(QIODevice::WriteOnly));
            wrong.write("wrong-token-0123456789\n");
            wrong.close();
            c.kubeconfig = kubeconfigVariant(QStringLiteral("kc-forbidden"), QStringLiteral("tokenFile: .*"),
                                             QStringLiteral("tokenFile: ") + wrong.fileName());
        } else if (kind == QLatin1String("notfound")) {
            plan = divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")},
                              QStringLiteral("no-such-service"));
        } else if (kind == QLatin1String("refused")) {
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            const quint16 port = closed.serverPort();
            closed.close(); // a port that was just free: nothing listens there now
            c.kubeconfig = kubeconfigVariant(QStringLiteral("kc-refused"), QStringLiteral("server: .*"),
                                             QStringLiteral("server: https://127.0.0.1:%1").arg(port));
        } else if (kind == QLatin1String("tls")) {
            c.kubeconfig = kubeconfigVariant(
                QStringLiteral("kc-tls"), QStringLiteral("certificate-authority: .*"),
                QStringLiteral("certificate-authority: /etc/ssl/certs/ca-certificates.crt"));
        } else if (kind == QLatin1String("context")) {
            plan.target.context = QStringLiteral("no-such-context");
            plan.read.args[1] = QStringLiteral("no-such-context");
        } else if (kind == QLatin1String("hang")) {
            c.kubeconfig = kubeconfigVariant(QStringLiteral("kc-hang"), QStringLiteral("server: .*"),
                                             QStringLiteral("server: ") + silent.url().toString());
            c.timeout = std::chrono::milliseconds(1500);
        }
        ActionRunner runner(c, &m_store);
        const int recordsBefore = int(records().size());
        const Preview p = previewOf(runner, plan);
        qputenv("PATH", path);
        QVERIFY2(!p.ok() && p.error.contains(expected), qPrintable(p.error));
        if (kind == QLatin1String("hang"))
            QVERIFY(silent.requests() >= 1);
        QCOMPARE(records().size(), recordsBefore); // a failed preview attempted nothing
        QCOMPARE(regionsOf(getService()), kAll);
    }

    void cancelStopsAnApply()
    {
        ActionRunner good(config(), &m_store);
        const Preview p =
            previewOf(good, divertPlan(QStringLiteral("eu-west-1"), {QStringLiteral("us-east-1")}));
        QVERIFY2(p.ok(), qPrintable(p.error + QLatin1Char(' ') + p.dryRun.command.display()));
        ActionRunner runner(config(), &m_store);
        QSignalSpy spy(&runner, &ActionRunner::finished);
        runner.apply(p);
        QTRY_VERIFY_WITH_TIMEOUT(runner.busy(), 5000);
        runner.cancel();
        QVERIFY(spy.wait(20000));
        const Outcome o = spy.at(0).at(0).value<Outcome>();
        QVERIFY2(o.error.contains(QStringLiteral("cancel")), qPrintable(o.error));
        // Whatever step it was at, an attempted apply is recorded and the chain still verifies.
        QVERIFY(AuditLog::verify(m_audit).intact);
        patchBehindItsBack(kAll);
    }

    void auditChainVerifiesAndHoldsNoToken()
    {
        const AuditLog::Verdict v = AuditLog::verify(m_audit);
        QVERIFY2(v.intact, qPrintable(v.reason));
        QVERIFY(v.records >= 8);
        QFile f(m_audit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(m_token));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TstActionRunner)
#include "tst_actionrunner.moc"
