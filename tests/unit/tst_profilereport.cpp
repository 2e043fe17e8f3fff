// The profile keys reports read: since/until (when an SLA was in force) and advice (what to look at).
#include "config/profileloader.h"

#include <QtTest>

using namespace slaops;
using namespace slaops::config;

namespace {
QByteArray withSla(const QByteArray &extra)
{
    return "profile: t\n"
           "sources:\n"
           "  prometheus:\n"
           "    url: http://127.0.0.1:9090\n"
           "slas:\n"
           "  - id: p95\n"
           "    name: P95\n"
           "    query: histogram_quantile(0.95, sum by (le) (rate(x_bucket[$window])))\n"
           "    unit: ms\n"
           "    comparison: at_most\n"
           "    target: 100ms\n"
           "    alert: 150ms\n" +
           extra;
}
} // namespace

class TestProfileReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void absentMeansAlways();
    void sinceUntilAndAdviceAreRead();
    void errorsNameFileLineAndKey_data();
    void errorsNameFileLineAndKey();
    void defaultProfileAdvisesEverySla();
};

void TestProfileReport::absentMeansAlways()
{
    const auto r = ProfileLoader::parse(withSla({}), QStringLiteral("t.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.profile.slas[0].since.isValid());
    QVERIFY(!r.profile.slas[0].until.isValid());
    QVERIFY(r.profile.slas[0].advice.isEmpty());
}

void TestProfileReport::sinceUntilAndAdviceAreRead()
{
    const auto r = ProfileLoader::parse(withSla("    since: 2024-06-03T12:00:00+02:00\n"
                                                "    until: \"2024-07-01T00:00:00Z\"\n"
                                                "    advice: >-\n      Look at the caches\n      first.\n"),
                                        QStringLiteral("t.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const SlaSpec &s = r.profile.slas[0];
    // The instant, whatever zone it was written in, kept in UTC.
    QCOMPARE(s.since, QDateTime(QDate(2024, 6, 3), QTime(10, 0), Qt::UTC));
    QCOMPARE(s.since.timeSpec(), Qt::UTC);
    QCOMPARE(s.until, QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(s.advice, QStringLiteral("Look at the caches first."));
}

void TestProfileReport::errorsNameFileLineAndKey_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::addRow("since without zone")
        << withSla("    since: 2024-06-03T00:00:00\n")
        << QStringLiteral("t.yaml:13: slas[0].since: expected a time in ISO 8601");
    QTest::addRow("since a date only")
        << withSla("    since: 2024-06-03\n")
        << QStringLiteral("t.yaml:13: slas[0].since: expected a time in ISO 8601");
    QTest::addRow("since not a time")
        << withSla("    since: yesterday\n") << QStringLiteral("t.yaml:13: slas[0].since: expected a time");
    QTest::addRow("until impossible date")
        << withSla("    until: 2024-02-30T00:00:00Z\n")
        << QStringLiteral("t.yaml:13: slas[0].until: expected a time in ISO 8601");
    QTest::addRow("until before since")
        << withSla("    since: 2024-06-03T00:00:00Z\n"
                   "    until: 2024-06-02T00:00:00Z\n")
        << QStringLiteral("t.yaml:14: slas[0].until: must be later than since");
    QTest::addRow("until equal to since")
        << withSla("    since: 2024-06-03T00:00:00Z\n"
                   "    until: 2024-06-03T02:00:00+02:00\n")
        << QStringLiteral("t.yaml:14: slas[0].until: must be later than since");
    QTest::addRow("advice blank") << withSla("    advice: \"  \"\n")
                                  << QStringLiteral("t.yaml:13: slas[0].advice: write what to look at");
    QTest::addRow("advice a list") << withSla("    advice: [a, b]\n")
                                   << QStringLiteral("t.yaml:13: slas[0].advice:");
    QTest::addRow("misspelt") << withSla("    adivce: x\n")
                              << QStringLiteral("t.yaml:13: slas[0].adivce: unknown key");
}

void TestProfileReport::errorsNameFileLineAndKey()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestProfileReport::defaultProfileAdvisesEverySla()
{
    const auto r = ProfileLoader::loadDefault();
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const SlaSpec &s : r.profile.slas) {
        QVERIFY2(s.advice.size() > 20, qPrintable(s.id));
        QVERIFY(!s.since.isValid());
        QVERIFY(!s.until.isValid());
    }
    // The source document's rules, where it has them.
    QVERIFY(r.profile.sla(u"uptime")->advice.contains(QLatin1String("auto-scaling")));
    QVERIFY(r.profile.sla(u"response_time_p95")->advice.contains(QLatin1String("caching")));
    QVERIFY(r.profile.sla(u"error_rate")->advice.contains(QLatin1String("deployments")));
}

QTEST_GUILESS_MAIN(TestProfileReport)
#include "tst_profilereport.moc"
