#include "actions/actionsetup.h"
#include "config/profileloader.h"

#include <QTest>

using namespace slaops;

// Where actions go: the command line over the stack's environment over the profile.
class TestActionSetup : public QObject {
    Q_OBJECT

    config::Profile profile()
    {
        const config::ProfileLoadResult r = config::ProfileLoader::loadFile(
            QStringLiteral(SLAOPS_SOURCE_DIR "/resources/profiles/erlmcp-v3.yaml"));
        if (!r.ok)
            qFatal("%s", qPrintable(r.error));
        return r.profile;
    }

private Q_SLOTS:
    void profileAlone()
    {
        const actions::ActionSetup s = actions::setupActions(profile(), {}, QProcessEnvironment());
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.profile.containment.kubectl.context, QStringLiteral("erlmcp-prod"));
        QCOMPARE(s.profile.containment.rest.url, QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QVERIFY(s.runner.kubeconfig.isEmpty());
        QCOMPARE(s.runner.restAuth.secretRef, QStringLiteral("erlmcp-admin-token"));
        QCOMPARE(s.runner.timeout, std::chrono::milliseconds(30000));
        QVERIFY(!s.runner.readOnly);
    }
    void environmentOverProfile()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/tmp/stack/kubeconfig"));
        env.insert(QStringLiteral("ERLMCP_API_URL"), QStringLiteral("https://127.0.0.1:40123"));
        env.insert(QStringLiteral("ERLMCP_API_CA"), QStringLiteral("/tmp/stack/tls/ca.crt"));
        env.insert(QStringLiteral("USER"), QStringLiteral("oncall"));
        const actions::ActionSetup s = actions::setupActions(profile(), {}, env);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.runner.kubeconfig, QStringLiteral("/tmp/stack/kubeconfig"));
        QCOMPARE(s.profile.containment.rest.url, QUrl(QStringLiteral("https://127.0.0.1:40123")));
        QCOMPARE(s.runner.restCaFile, QStringLiteral("/tmp/stack/tls/ca.crt"));
        QCOMPARE(s.runner.actor, QStringLiteral("oncall"));
    }
    void commandLineOverEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/tmp/stack/kubeconfig"));
        env.insert(QStringLiteral("ERLMCP_API_URL"), QStringLiteral("https://127.0.0.1:40123"));
        actions::ActionOverrides o;
        o.kubeconfig = QStringLiteral("/etc/kube/other");
        o.context = QStringLiteral("erlmcp-staging");
        o.api = QStringLiteral("https://admin.example:9443");
        o.auditLog = QStringLiteral("/var/log/slaops/audit.jsonl");
        o.readOnly = true;
        const actions::ActionSetup s = actions::setupActions(profile(), o, env);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.runner.kubeconfig, o.kubeconfig);
        QCOMPARE(s.profile.containment.kubectl.context, o.context);
        QCOMPARE(s.profile.containment.rest.url, QUrl(o.api));
        QCOMPARE(s.runner.auditLog, o.auditLog);
        QVERIFY(s.runner.readOnly);
        QVERIFY(!s.profile.containment.look(o.context).production); // the profile's staging entry
        QVERIFY(s.profile.containment.look(QStringLiteral("someone-elses")).production);
    }
    // A path list is kubectl's to read; taking its first entry would act on a config the user did not pick.
    void kubeconfigListLeftToKubectl()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/a/config:/b/config"));
        QVERIFY(actions::setupActions(profile(), {}, env).runner.kubeconfig.isEmpty());
    }
    void badApi_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addRow("relative") << QStringLiteral("admin/api");
        QTest::addRow("scheme") << QStringLiteral("ftp://127.0.0.1/");
        QTest::addRow("credentials") << QStringLiteral("https://admin:hunter2@127.0.0.1:8443");
        QTest::addRow("no host") << QStringLiteral("https:///api");
    }
    void badApi()
    {
        QFETCH(QString, api);
        actions::ActionOverrides o;
        o.api = api;
        const actions::ActionSetup s = actions::setupActions(profile(), o, QProcessEnvironment());
        QVERIFY2(!s.error.isEmpty(), qPrintable(api));
        QVERIFY(!s.error.contains(QLatin1String("hunter2")));
        QCOMPARE(s.profile.containment.rest.url, QUrl(QStringLiteral("https://127.0.0.1:8443")));
    }
    // The message says where the bad URL came from and never repeats what stands before an '@'.
    void badApiNamesItsSource()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("ERLMCP_API_URL"), QStringLiteral("https://ops:hunter2@[::1"));
        const actions::ActionSetup fromEnv = actions::setupActions(profile(), {}, env);
        QVERIFY(fromEnv.error.startsWith(QLatin1String("ERLMCP_API_URL")));
        QVERIFY(!fromEnv.error.contains(QLatin1String("hunter2")));
        actions::ActionOverrides o;
        o.api = QStringLiteral("https://ops:hunter2@[::1");
        const actions::ActionSetup fromOption = actions::setupActions(profile(), o, env);
        QVERIFY(fromOption.error.startsWith(QLatin1String("--api")));
        QVERIFY(!fromOption.error.contains(QLatin1String("hunter2")));
    }
    // Started without USER or LOGNAME (cron, env -i): the audit log still names the OS user.
    void actorWithoutUserVariable()
    {
        QVERIFY(!actions::setupActions(profile(), {}, QProcessEnvironment()).runner.actor.isEmpty());
    }
    // The watch covers the affected SLA's window, then verify_refreshes; a plan without effects only those.
    void verificationCoversTheWindow()
    {
        config::Profile p = profile();
        actions::Plan plan;
        QCOMPARE(actions::verificationRefreshes(plan, p), p.containment.verifyRefreshes);
        plan.effects.push_back({QStringLiteral("error_rate"), {}, {}});
        const config::SlaSpec *spec = p.sla(u"error_rate");
        QVERIFY(spec);
        const auto window = std::chrono::milliseconds(spec->window).count();
        QCOMPARE(actions::verificationRefreshes(plan, p),
                 int(window / p.refreshInterval.count()) + p.containment.verifyRefreshes);
        p.refreshInterval = std::chrono::milliseconds(7000); // a window that is no whole number of refreshes
        QCOMPARE(actions::verificationRefreshes(plan, p),
                 int((window + 6999) / 7000) + p.containment.verifyRefreshes);
        plan.effects.push_back({QStringLiteral("no-such-sla"), {}, {}});
        QCOMPARE(actions::verificationRefreshes(plan, p),
                 int((window + 6999) / 7000) + p.containment.verifyRefreshes);
    }
};

QTEST_GUILESS_MAIN(TestActionSetup)
#include "tst_actionsetup.moc"
