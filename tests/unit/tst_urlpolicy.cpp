// Credentials written in a URL: refused with a pointer to the keychain, and never repeated.
#include "config/urlpolicy.h"

#include <QtTest>

using namespace slaops::config;

class TestUrlPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void credentialError_data();
    void credentialError();
    void redacted_data();
    void redacted();
};

void TestUrlPolicy::credentialError_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("hidden"); // must not appear in the message
    QTest::addRow("plain") << QStringLiteral("https://prom.example:9090/") << false << QString();
    QTest::addRow("loopback http") << QStringLiteral("http://127.0.0.1:9090") << false << QString();
    QTest::addRow("query is not user info") << QStringLiteral("http://h/?user=a") << false << QString();
    QTest::addRow("empty user info") << QStringLiteral("http://@h/") << false << QString();
    QTest::addRow("empty") << QString() << false << QString();
    QTest::addRow("user and password")
        << QStringLiteral("https://ops:hunter2@prom.example/") << true << QStringLiteral("hunter2");
    QTest::addRow("over plain http to loopback")
        << QStringLiteral("http://u:hunter2@127.0.0.1:9/") << true << QStringLiteral("hunter2");
    QTest::addRow("password only") << QStringLiteral("http://:hunter2@prom.example/") << true
                                   << QStringLiteral("hunter2");
    QTest::addRow("user only") << QStringLiteral("https://deploy-bot@prom.example/") << true
                               << QStringLiteral("deploy-bot");
    QTest::addRow("escaped @ in password")
        << QStringLiteral("http://u:p%40ss@prom.example/") << true << QStringLiteral("p@ss");
    QTest::addRow("not http") << QStringLiteral("ftp://u:hunter2@prom.example/") << true
                              << QStringLiteral("hunter2");
}

void TestUrlPolicy::credentialError()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QFETCH(QString, hidden);
    const QUrl u(url, QUrl::StrictMode);
    const QString named = UrlPolicy::credentialError(u, QStringLiteral("--prometheus"));
    const QString bare = UrlPolicy::credentialError(u, {});
    QCOMPARE(!named.isEmpty(), refused);
    QCOMPARE(!bare.isEmpty(), refused);
    if (!refused)
        return;
    QVERIFY2(named.startsWith(QLatin1String("--prometheus: ")), qPrintable(named));
    QVERIFY2(!bare.startsWith(QLatin1String(":")), qPrintable(bare));
    for (const QString &m : {named, bare}) {
        QVERIFY2(m.contains(QLatin1String("slaops secret set NAME")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("auth: {type: bearer, secret: NAME}")), qPrintable(m));
        QVERIFY2(!m.contains(hidden), qPrintable(m));
        QVERIFY2(!m.contains(u.host()), qPrintable(m)); // nor the URL, which would carry it
    }
}

void TestUrlPolicy::redacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no user info") << QStringLiteral("https://h:9090/api?x=1")
                                  << QStringLiteral("https://h:9090/api?x=1");
    QTest::addRow("user and password")
        << QStringLiteral("http://u:pw@h:9/") << QStringLiteral("http://…@h:9/");
    QTest::addRow("unparsable") << QStringLiteral("http://u:p w@h/") << QStringLiteral("http://…@h/");
    QTest::addRow("bad port") << QStringLiteral("http://u:pw@h:99999/")
                              << QStringLiteral("http://…@h:99999/");
    QTest::addRow("unescaped @ and / in password")
        << QStringLiteral("http://u:p@s/s@h/x") << QStringLiteral("http://…@h/x");
    QTest::addRow("no scheme") << QStringLiteral("u:pw@h:9090") << QStringLiteral("…@h:9090");
    QTest::addRow("@ only in the query")
        << QStringLiteral("http://h/?to=a@b") << QStringLiteral("http://h/?to=a@b");
    QTest::addRow("@ only in the fragment")
        << QStringLiteral("http://h/#a@b") << QStringLiteral("http://h/#a@b");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("scheme only") << QStringLiteral("http://") << QStringLiteral("http://");
}

void TestUrlPolicy::redacted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(UrlPolicy::redacted(text), expected);
}

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
