// The profile's Alertmanagers: optional auth and ca_file per Alertmanager (the Prometheus syntax),
// validated with file:line:key, kept by URL so that --alertmanager or the settings keep them.
#include "config/profileloader.h"

#include <QTest>

using namespace slaops::config;

namespace {

const QByteArray kHead =
    "profile: t\nsources:\n  prometheus: {url: http://127.0.0.1:9090}\n  alertmanagers:\n";
const QByteArray kSlas = "slas:\n  - {id: up, name: Up, query: up, unit: percent, comparison: at_least, "
                         "target: 99%, alert: 99.5%}\n";

} // namespace

class TestAlertProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accessPerAlertmanager()
    {
        const QByteArray yaml = kHead +
                                "    - url: https://am-1.example:9093\n"
                                "      auth: {type: basic, username: slaops, secret: am-password}\n"
                                "      ca_file: /etc/ssl/private-ca.pem\n"
                                "    - url: https://am-2.example:9093/\n"
                                "      auth: {type: bearer, secret: am-token}\n"
                                "    - url: http://127.0.0.1:9093\n" +
                                kSlas;
        const auto r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Sources &s = r.profile.sources;
        QCOMPARE(s.alertmanagers.size(), std::size_t(3));
        QCOMPARE(s.alertmanagerAccess.size(), std::size_t(2)); // the third has none
        const AlertmanagerAccess a =
            s.alertmanagerAccessFor(QUrl(QStringLiteral("https://am-1.example:9093")));
        QCOMPARE(a.auth.kind, Auth::Kind::Basic);
        QCOMPARE(a.auth.username, QStringLiteral("slaops"));
        QCOMPARE(a.auth.secretRef, QStringLiteral("am-password"));
        QCOMPARE(a.caFile, QStringLiteral("/etc/ssl/private-ca.pem"));
        // Named again without the trailing slash (on the command line, say): the same access.
        const AlertmanagerAccess b =
            s.alertmanagerAccessFor(QUrl(QStringLiteral("https://am-2.example:9093")));
        QCOMPARE(b.auth.kind, Auth::Kind::Bearer);
        QCOMPARE(b.auth.secretRef, QStringLiteral("am-token"));
        QVERIFY(b.caFile.isEmpty());
        const AlertmanagerAccess none =
            s.alertmanagerAccessFor(QUrl(QStringLiteral("http://127.0.0.1:9093")));
        QCOMPARE(none.auth.kind, Auth::Kind::None);
        QCOMPARE(s.alertmanagerAccessFor(QUrl(QStringLiteral("https://other.example"))).auth.kind,
                 Auth::Kind::None);
    }

    void mistakesNameLineAndKey_data()
    {
        QTest::addColumn<QByteArray>("entries");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown key") << QByteArray("    - url: http://127.0.0.1:9093\n      timeout: 5s\n")
                                     << QStringLiteral("t.yaml:6: sources.alertmanagers[0].timeout");
        QTest::addRow("a secret, not a reference")
            << QByteArray(
                   "    - url: https://am.example\n      auth: {type: bearer, secret: \"abc def/123\"}\n")
            << QStringLiteral(
                   "t.yaml:6: sources.alertmanagers[0].auth.secret: expected the name of a keychain entry");
        QTest::addRow("bad auth type")
            << QByteArray("    - url: https://am.example\n      auth: {type: digest, secret: x}\n")
            << QStringLiteral("t.yaml:6: sources.alertmanagers[0].auth.type");
        QTest::addRow("basic without user")
            << QByteArray("    - url: https://am.example\n      auth: {type: basic, secret: x}\n")
            << QStringLiteral("t.yaml:6: sources.alertmanagers[0].auth.username");
        QTest::addRow("credential in the URL")
            << QByteArray("    - url: http://127.0.0.1:9093\n    - url: https://ops:hunter2@am.example\n")
            << QStringLiteral("t.yaml:6: sources.alertmanagers[1].url: ");
        QTest::addRow("listed twice")
            << QByteArray("    - url: http://127.0.0.1:9093\n    - url: http://127.0.0.1:9093/\n")
            << QStringLiteral("t.yaml:6: sources.alertmanagers[1].url: this Alertmanager is listed twice");
        QTest::addRow("not http") << QByteArray("    - url: ftp://am.example\n")
                                  << QStringLiteral("t.yaml:5: sources.alertmanagers[0].url");
    }
    void mistakesNameLineAndKey()
    {
        QFETCH(QByteArray, entries);
        QFETCH(QString, expected);
        const auto r = ProfileLoader::parse(kHead + entries + kSlas, QStringLiteral("t.yaml"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("hunter2")), qPrintable(r.error));
    }

    void defaultProfileDocumentsIt()
    {
        QFile f(QStringLiteral(SLAOPS_SOURCE_DIR "/resources/profiles/erlmcp-v3.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("#     auth: {type: basic, username: slaops, secret: am-password}"));
        QVERIFY(text.contains("#     ca_file:"));
        QVERIFY(ProfileLoader::loadDefault().ok);
    }
};

QTEST_GUILESS_MAIN(TestAlertProfile)
#include "tst_alertprofile.moc"
