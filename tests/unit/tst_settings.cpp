// The typed settings facade over a temporary ini file: round trip, defaults, bad values and secrets.
#include "config/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace slaops::config;
using namespace std::chrono_literals;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void invalidValuesFallBack_data();
    void invalidValuesFallBack();
    void userInfoIsNeverStored();
    void noKeyNamesASecret();
    void onlyDeclaredKeysAreWritten();
    void validationMessages();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("slaops.ini")); }
    QTemporaryDir m_dir;
    int m_round = 0;
};

void TestSettings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(iniPath());
}

void TestSettings::defaults()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    QVERIFY(s.prometheusUrl().isEmpty());
    QVERIFY(s.alertmanagerUrls().empty());
    QCOMPARE(s.refreshInterval(), 0ms);
    QCOMPARE(s.theme(), Settings::Theme::System);
    QVERIFY(s.language().isEmpty());
    QCOMPARE(s.warRoomRotationSeconds(), Settings::DefaultRotationSeconds);
    QCOMPARE(s.warRoomViews(), Settings::knownWarRoomViews());
    QVERIFY(s.windowGeometry().isEmpty());
    QCOMPARE(s.alertAuthor(), Settings::defaultAlertAuthor());
    QVERIFY(s.alertNotifications());
    QCOMPARE(s.alertGrouping(), QStringLiteral("severity"));
    QCOMPARE(s.reportTimeZone(), QTimeZone::utc());
}

void TestSettings::roundTrip()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings s(&backend);
        s.setPrometheusUrl(QUrl(QStringLiteral("https://prom.example.org:9090/prefix")));
        s.setAlertmanagerUrls(
            {QUrl(QStringLiteral("http://am1:9093")), QUrl(QStringLiteral("http://am2:9093"))});
        s.setRefreshInterval(1500ms);
        s.setTheme(Settings::Theme::HighContrast);
        s.setLanguage(QStringLiteral("de"));
        s.setWarRoomRotationSeconds(45);
        s.setWarRoomViews({QStringLiteral("budgets"), QStringLiteral("overview")});
        s.setWindowGeometry(geometry);
        s.setAlertAuthor(QStringLiteral("  Élodie Martin "));
        s.setAlertNotifications(false);
        s.setAlertGrouping(QStringLiteral("region"));
        s.setReportTimeZone(QTimeZone("Pacific/Auckland"));
        s.sync();
        QCOMPARE(backend.status(), QSettings::NoError);
    }
    // A new backend reads the file from disk, as the next start of the program would.
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    QCOMPARE(s.prometheusUrl(), QUrl(QStringLiteral("https://prom.example.org:9090/prefix")));
    QCOMPARE(s.alertmanagerUrls().size(), std::size_t(2));
    QCOMPARE(s.alertmanagerUrls()[1], QUrl(QStringLiteral("http://am2:9093")));
    QCOMPARE(s.refreshInterval(), 1500ms);
    QCOMPARE(s.theme(), Settings::Theme::HighContrast);
    QCOMPARE(s.language(), QStringLiteral("de"));
    QCOMPARE(s.warRoomRotationSeconds(), 45);
    QCOMPARE(s.warRoomViews(), (QStringList{QStringLiteral("budgets"), QStringLiteral("overview")}));
    QCOMPARE(s.windowGeometry(), geometry);
    QCOMPARE(s.alertAuthor(), QStringLiteral("Élodie Martin"));
    QVERIFY(!s.alertNotifications());
    QCOMPARE(s.alertGrouping(), QStringLiteral("region"));
    QCOMPARE(s.reportTimeZone().id(), QByteArray("Pacific/Auckland"));

    // Clearing an override brings the profile's value back.
    s.setPrometheusUrl({});
    s.setRefreshInterval(0ms);
    QVERIFY(s.prometheusUrl().isEmpty());
    QCOMPARE(s.refreshInterval(), 0ms);
}

void TestSettings::invalidValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addRow("url without scheme")
        << QStringLiteral("sources/prometheusUrl") << QVariant(QStringLiteral("prom:9090"));
    QTest::addRow("url ftp") << QStringLiteral("sources/prometheusUrl")
                             << QVariant(QStringLiteral("ftp://prom.example.org/"));
    QTest::addRow("url garbage") << QStringLiteral("sources/prometheusUrl")
                                 << QVariant(QStringLiteral("http://exa mple:99999"));
    QTest::addRow("alertmanager bad")
        << QStringLiteral("sources/alertmanagerUrls") << QVariant(QStringList{QStringLiteral("nonsense")});
    QTest::addRow("interval too short") << QStringLiteral("refresh/intervalMs") << QVariant(150);
    QTest::addRow("interval negative") << QStringLiteral("refresh/intervalMs") << QVariant(-5);
    QTest::addRow("interval text") << QStringLiteral("refresh/intervalMs")
                                   << QVariant(QStringLiteral("fast"));
    QTest::addRow("theme unknown") << QStringLiteral("appearance/theme") << QVariant(QStringLiteral("neon"));
    QTest::addRow("language bad") << QStringLiteral("appearance/language")
                                  << QVariant(QStringLiteral("../../etc"));
    QTest::addRow("rotation zero") << QStringLiteral("warRoom/rotationSeconds") << QVariant(0);
    QTest::addRow("rotation huge") << QStringLiteral("warRoom/rotationSeconds") << QVariant(1000000);
    QTest::addRow("views unknown") << QStringLiteral("warRoom/views")
                                   << QVariant(QStringList{QStringLiteral("casino")});
    QTest::addRow("author blank") << QStringLiteral("alerts/author") << QVariant(QStringLiteral("   "));
    QTest::addRow("author with a newline")
        << QStringLiteral("alerts/author") << QVariant(QStringLiteral("eve\nforged line"));
    QTest::addRow("notifications garbage")
        << QStringLiteral("alerts/notifications") << QVariant(QStringLiteral("perhaps"));
    QTest::addRow("grouping unknown")
        << QStringLiteral("alerts/grouping") << QVariant(QStringLiteral("mood"));
    QTest::addRow("time zone unknown")
        << QStringLiteral("reports/timeZone") << QVariant(QStringLiteral("Mars/Olympus_Mons"));
}

void TestSettings::invalidValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QVERIFY(Settings::allKeys().contains(key));
    QSettings backend(iniPath(), QSettings::IniFormat);
    backend.setValue(key, stored);
    backend.sync();
    QSettings reread(iniPath(), QSettings::IniFormat);
    Settings s(&reread);
    // Each bad value is reported once, in the slaops.settings category, and read as the default.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(key)));
    if (key == QLatin1String("sources/prometheusUrl"))
        QVERIFY(s.prometheusUrl().isEmpty());
    else if (key == QLatin1String("sources/alertmanagerUrls"))
        QVERIFY(s.alertmanagerUrls().empty());
    else if (key == QLatin1String("refresh/intervalMs"))
        QCOMPARE(s.refreshInterval(), 0ms);
    else if (key == QLatin1String("appearance/theme"))
        QCOMPARE(s.theme(), Settings::Theme::System);
    else if (key == QLatin1String("appearance/language"))
        QVERIFY(s.language().isEmpty());
    else if (key == QLatin1String("warRoom/rotationSeconds"))
        QCOMPARE(s.warRoomRotationSeconds(), Settings::DefaultRotationSeconds);
    else if (key == QLatin1String("warRoom/views")) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no usable view")));
        QCOMPARE(s.warRoomViews(), Settings::knownWarRoomViews());
    } else if (key == QLatin1String("alerts/author"))
        QCOMPARE(s.alertAuthor(), Settings::defaultAlertAuthor());
    else if (key == QLatin1String("alerts/notifications"))
        QVERIFY(s.alertNotifications());
    else if (key == QLatin1String("alerts/grouping"))
        QCOMPARE(s.alertGrouping(), QStringLiteral("severity"));
    else if (key == QLatin1String("reports/timeZone"))
        QCOMPARE(s.reportTimeZone(), QTimeZone::utc());
    else
        QFAIL("untested key");
}

void TestSettings::userInfoIsNeverStored()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("user info is not stored")));
    s.setPrometheusUrl(QUrl(QStringLiteral("https://alice:hunter2@prom.example.org/")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("user info is not stored")));
    s.setAlertmanagerUrls({QUrl(QStringLiteral("https://bob:pw@am.example.org/"))});
    s.sync();
    QFile f(iniPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("hunter2"));
    QVERIFY(!text.contains("alice"));
    QVERIFY(!text.contains(":pw@"));
    QCOMPARE(s.prometheusUrl(), QUrl(QStringLiteral("https://prom.example.org/")));
}

void TestSettings::noKeyNamesASecret()
{
    for (const QString &k : Settings::allKeys())
        for (const char *word : {"token", "password", "secret", "credential", "passwd", "apikey"})
            QVERIFY2(!k.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(k));
}

void TestSettings::onlyDeclaredKeysAreWritten()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    s.setPrometheusUrl(QUrl(QStringLiteral("http://p:9090")));
    s.setAlertmanagerUrls({QUrl(QStringLiteral("http://a:9093"))});
    s.setRefreshInterval(2000ms);
    s.setTheme(Settings::Theme::Dark);
    s.setLanguage(QStringLiteral("pt_BR"));
    s.setWarRoomRotationSeconds(10);
    s.setWarRoomViews({QStringLiteral("regions")});
    s.setWindowGeometry("g");
    s.setAlertAuthor(QStringLiteral("someone else than the login"));
    s.setAlertNotifications(false);
    s.setAlertGrouping(QStringLiteral("sla"));
    s.setReportTimeZone(QTimeZone("Europe/Berlin"));
    s.sync();
    QSettings reread(iniPath(), QSettings::IniFormat);
    const QStringList written = reread.allKeys();
    QCOMPARE(written.size(), Settings::allKeys().size());
    for (const QString &k : written)
        QVERIFY2(Settings::allKeys().contains(k), qPrintable(k));
}

void TestSettings::validationMessages()
{
    QVERIFY(Settings::checkSourceUrl(QUrl(QStringLiteral("http://127.0.0.1:9090"))).isEmpty());
    QVERIFY(Settings::checkSourceUrl(QUrl()).isEmpty()); // empty: use the profile's
    QVERIFY(Settings::checkSourceUrl(QUrl(QStringLiteral("localhost:9090"))).contains(QLatin1String("http")));
    QVERIFY(
        Settings::checkSourceUrl(QUrl(QStringLiteral("http://u:p@h/"))).contains(QLatin1String("keychain")));
    QVERIFY(!Settings::checkSourceUrl(QUrl(QStringLiteral("http://u:p@h/"))).contains(QLatin1String(":p@")));
    QVERIFY(Settings::checkRefreshInterval(199ms).contains(QLatin1String("200 ms")));
    QVERIFY(Settings::checkRefreshInterval(200ms).isEmpty());
    QVERIFY(!Settings::checkRotationSeconds(2).isEmpty());
    QVERIFY(Settings::checkRotationSeconds(3).isEmpty());
    QVERIFY(Settings::checkLanguage(QStringLiteral("de")).isEmpty());
    QVERIFY(!Settings::checkLanguage(QStringLiteral("Deutsch")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
