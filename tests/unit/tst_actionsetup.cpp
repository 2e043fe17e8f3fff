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
};

QTEST_GUILESS_MAIN(TestActionSetup)
#include "tst_actionsetup.moc"
