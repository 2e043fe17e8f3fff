// What may reach kubectl's argument list: Kubernetes' grammar for each kind of name, and every kind of
// injection refused before any process starts.
#include "actions/kubenames.h"

#include <QtTest>

using slaops::actions::KubeNames;

class TestKubeNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("kind"); // 0 label, 1 service, 2 subdomain, 3 context
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("why"); // empty: valid
        const QString ok;
        QTest::addRow("namespace") << 0 << QStringLiteral("erlmcp") << ok;
        QTest::addRow("region") << 0 << QStringLiteral("ap-southeast-1") << ok;
        QTest::addRow("label of 63") << 0 << QString(63, QLatin1Char('a')) << ok;
        QTest::addRow("label of 64") << 0 << QString(64, QLatin1Char('a'))
                                     << QStringLiteral("longer than 63");
        QTest::addRow("upper case") << 0 << QStringLiteral("Erlmcp") << QStringLiteral("RFC 1123 label");
        QTest::addRow("trailing dash") << 0 << QStringLiteral("erlmcp-") << QStringLiteral("RFC 1123 label");
        QTest::addRow("empty") << 0 << QString() << QStringLiteral("empty");
        QTest::addRow("semicolon") << 0 << QStringLiteral("erlmcp;rm -rf /")
                                   << QStringLiteral("RFC 1123 label");
        QTest::addRow("command substitution")
            << 0 << QStringLiteral("$(id)") << QStringLiteral("RFC 1123 label");
        QTest::addRow("backticks") << 0 << QStringLiteral("`id`") << QStringLiteral("RFC 1123 label");
        QTest::addRow("newline") << 0 << QStringLiteral("erlmcp\nkube-system")
                                 << QStringLiteral("control character");
        QTest::addRow("option") << 0 << QStringLiteral("--kubeconfig=/tmp/evil") << QStringLiteral("option");
        QTest::addRow("service") << 1 << QStringLiteral("erlmcp-service") << ok;
        QTest::addRow("service starting with a digit")
            << 1 << QStringLiteral("1service") << QStringLiteral("RFC 1035");
        QTest::addRow("go template") << 1 << QStringLiteral("-o=go-template={{.}}")
                                     << QStringLiteral("option");
        QTest::addRow("cyrillic e") << 1 << QStringLiteral("erlmcp-s\u0435rvice") << QStringLiteral("U+0435");
        QTest::addRow("fullwidth hyphen")
            << 1 << QStringLiteral("erlmcp\uff0dservice") << QStringLiteral("U+ff0d");
        QTest::addRow("pod") << 2 << QStringLiteral("erlmcp-session-manager") << ok;
        QTest::addRow("pod with dots") << 2 << QStringLiteral("session.manager.v2") << ok;
        QTest::addRow("pod with slash") << 2 << QStringLiteral("pods/erlmcp") << QStringLiteral("subdomain");
        QTest::addRow("pod with double dot") << 2 << QStringLiteral("a..b") << QStringLiteral("subdomain");
        QTest::addRow("context") << 3 << QStringLiteral("prod-us-east-1") << ok;
        QTest::addRow("eks context") << 3 << QStringLiteral("arn:aws:eks:us-east-1:123:cluster/prod") << ok;
        QTest::addRow("gke context") << 3 << QStringLiteral("gke_project_europe-west1_prod") << ok;
        QTest::addRow("user@cluster") << 3 << QStringLiteral("admin@prod") << ok;
        QTest::addRow("context option")
            << 3 << QStringLiteral("--as=system:admin") << QStringLiteral("option");
        QTest::addRow("context with space")
            << 3 << QStringLiteral("prod; id") << QStringLiteral("context name");
        QTest::addRow("context with tab")
            << 3 << QStringLiteral("prod\tid") << QStringLiteral("control character");
        QTest::addRow("context with nul")
            << 3 << QString(QStringLiteral("prod") + QChar(0) + QStringLiteral("x"))
            << QStringLiteral("control character");
    }

    void names()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, why);
        const QString what = QStringLiteral("--what");
        const QString got = kind == 0   ? KubeNames::label(name, what)
                            : kind == 1 ? KubeNames::serviceName(name, what)
                            : kind == 2 ? KubeNames::subdomain(name, what)
                                        : KubeNames::context(name, what);
        if (why.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
        } else {
            QVERIFY2(got.contains(why), qPrintable(got));
            QVERIFY(got.startsWith(what + QLatin1Char(':')));
            QVERIFY(!got.contains(QLatin1Char('\n'))); // the message itself is safe to print
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeNames)
#include "tst_kubenames.moc"
