// The escalation countdown (alerts::Escalation) against the default profile's matrix: counting,
// overdue, acknowledged, unknown severities, and instants written in other zones than the reader's.
#include "alerts/escalation.h"
#include "config/profileloader.h"

#include <QTest>

using namespace slaops;
using St = alerts::Countdown::Status;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

const std::vector<config::EscalationLevel> &matrix()
{
    static const config::Profile profile = config::ProfileLoader::loadDefault().profile;
    return profile.escalation;
}

alerts::Alert alert(const QString &severity, const QDateTime &startsAt)
{
    alerts::Alert a;
    a.fingerprint = QStringLiteral("0123456789abcdef");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("SLAUptimeBreach")},
                {QStringLiteral("region"), QStringLiteral("eu-west-1")},
                {QStringLiteral("severity"), severity}};
    a.startsAt = startsAt;
    return a;
}

} // namespace

Q_DECLARE_METATYPE(St)

class TestEscalation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrixIsTheProfiles()
    {
        // The table below depends on the default profile's matrix: check it is the one DESIGN.md §4 names.
        QCOMPARE(matrix().size(), std::size_t(4));
        QCOMPARE(matrix()[0].severity, QStringLiteral("critical"));
        QCOMPARE(matrix()[0].responseTime, 15min);
    }

    void countdown_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QDateTime>("startsAt");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<St>("status");
        QTest::addColumn<qint64>("left");
        QTest::addColumn<qint64>("over");
        QTest::addColumn<QString>("text");

        QTest::addRow("critical, 3:28 in")
            << QStringLiteral("critical") << kNow.addSecs(-208) << false << St::Counting << qint64(692)
            << qint64(0) << QStringLiteral("acknowledge within 15 min: 11:32 left");
        QTest::addRow("critical, just started")
            << QStringLiteral("critical") << kNow << false << St::Counting << qint64(900) << qint64(0)
            << QStringLiteral("acknowledge within 15 min: 15:00 left");
        QTest::addRow("critical, at the deadline")
            << QStringLiteral("critical") << kNow.addSecs(-900) << false << St::Overdue << qint64(0)
            << qint64(0) << QStringLiteral("acknowledge within 15 min: OVERDUE by 0:00");
        QTest::addRow("critical, overdue 3:05")
            << QStringLiteral("critical") << kNow.addSecs(-1085) << false << St::Overdue << qint64(0)
            << qint64(185) << QStringLiteral("acknowledge within 15 min: OVERDUE by 3:05");
        QTest::addRow("high, 30 min")
            << QStringLiteral("high") << kNow.addSecs(-60) << false << St::Counting << qint64(1740)
            << qint64(0) << QStringLiteral("acknowledge within 30 min: 29:00 left");
        QTest::addRow("medium, hours")
            << QStringLiteral("medium") << kNow.addSecs(-1) << false << St::Counting << qint64(3599)
            << qint64(0) << QStringLiteral("acknowledge within 1 h: 59:59 left");
        QTest::addRow("low, overdue over an hour")
            << QStringLiteral("low") << kNow.addSecs(-(7200 + 3723)) << false << St::Overdue << qint64(0)
            << qint64(3723) << QStringLiteral("acknowledge within 2 h: OVERDUE by 1:02:03");
        QTest::addRow("case does not matter")
            << QStringLiteral("CRITICAL") << kNow.addSecs(-60) << false << St::Counting << qint64(840)
            << qint64(0) << QStringLiteral("acknowledge within 15 min: 14:00 left");
        QTest::addRow("warning is medium")
            << QStringLiteral("warning") << kNow.addSecs(-60) << false << St::Counting << qint64(3540)
            << qint64(0) << QStringLiteral("acknowledge within 1 h: 59:00 left");
        QTest::addRow("acknowledged stops the clock")
            << QStringLiteral("critical") << kNow.addSecs(-5000) << true << St::Acknowledged << qint64(0)
            << qint64(0) << QStringLiteral("acknowledged: countdown stopped");
        QTest::addRow("unknown severity")
            << QStringLiteral("page") << kNow.addSecs(-60) << false << St::NoLevel << qint64(0) << qint64(0)
            << QStringLiteral("no escalation level for severity “page”");
        QTest::addRow("no severity") << QString() << kNow.addSecs(-60) << false << St::NoLevel << qint64(0)
                                     << qint64(0)
                                     << QStringLiteral("no severity label: no escalation level applies");
        QTest::addRow("no start") << QStringLiteral("high") << QDateTime() << false << St::NoStart
                                  << qint64(0) << qint64(0)
                                  << QStringLiteral("acknowledge within 30 min: start time unknown");
        // startsAt as Alertmanager may write it, with an offset: the same instant as 02:56:32 UTC.
        QTest::addRow("startsAt at +01:00")
            << QStringLiteral("critical") << QDateTime(QDate(2026, 11, 27), QTime(3, 56, 32), QTimeZone(3600))
            << false << St::Counting << qint64(692) << qint64(0)
            << QStringLiteral("acknowledge within 15 min: 11:32 left");
        QTest::addRow("startsAt in New York, previous local day")
            << QStringLiteral("critical")
            << QDateTime(QDate(2026, 11, 26), QTime(21, 56, 32), QTimeZone("America/New_York")) << false
            << St::Counting << qint64(692) << qint64(0)
            << QStringLiteral("acknowledge within 15 min: 11:32 left");
    }

    void countdown()
    {
        QFETCH(QString, severity);
        QFETCH(QDateTime, startsAt);
        QFETCH(bool, acknowledged);
        QFETCH(St, status);
        QFETCH(qint64, left);
        QFETCH(qint64, over);
        QFETCH(QString, text);
        const alerts::Countdown c =
            alerts::Escalation::countdown(matrix(), alert(severity, startsAt), acknowledged, kNow);
        QCOMPARE(c.status, status);
        QCOMPARE(c.left.count(), left);
        QCOMPARE(c.over.count(), over);
        QCOMPARE(alerts::Escalation::text(c), text);
        QCOMPARE(c.severity, severity);
        // Never "fine" without a level: no level, no path, no running clock.
        QCOMPARE(c.level.has_value(), status != St::NoLevel);
        if (status == St::NoLevel) {
            QVERIFY(!c.running());
            QVERIFY(alerts::Escalation::pathText(c).isEmpty());
            QVERIFY(!c.deadline.isValid());
        }
    }

    void deadlineInTheReadersZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        // Deadline 03:11:32 UTC on 2026-11-27.
        QTest::addRow("UTC") << QByteArray("UTC") << QStringLiteral("due 03:11 UTC");
        QTest::addRow("Berlin") << QByteArray("Europe/Berlin") << QStringLiteral("due 04:11 CET");
        // In New York it is still the 26th both now and at the deadline: no date needed.
        QTest::addRow("New York") << QByteArray("America/New_York") << QStringLiteral("due 22:11 EST");
        QTest::addRow("Tokyo") << QByteArray("Asia/Tokyo") << QStringLiteral("due 12:11 JST");
    }

    void deadlineInTheReadersZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const alerts::Countdown c = alerts::Escalation::countdown(
            matrix(), alert(QStringLiteral("critical"), kNow.addSecs(-208)), false, kNow);
        QCOMPARE(c.deadline, kNow.addSecs(692));
        QCOMPARE(c.deadline.timeSpec(), Qt::UTC);
        QCOMPARE(alerts::Escalation::deadlineText(c, kNow, tz), expected);
    }

    void deadlineOnAnotherDayIsDated()
    {
        // Started 23:55 local in Berlin; the low level's two hours end after midnight.
        const QDateTime now(QDate(2026, 11, 27), QTime(22, 56, 0), Qt::UTC);
        const alerts::Countdown c = alerts::Escalation::countdown(
            matrix(), alert(QStringLiteral("low"), now.addSecs(-60)), false, now);
        QCOMPARE(alerts::Escalation::deadlineText(c, now, QTimeZone("Europe/Berlin")),
                 QStringLiteral("due 2026-11-28 01:55 CET"));
        QCOMPARE(alerts::Escalation::deadlineText(c, now, QTimeZone("UTC")),
                 QStringLiteral("due 2026-11-28 00:55 UTC"));
    }

    void pathAndChannels()
    {
        const alerts::Countdown c = alerts::Escalation::countdown(
            matrix(), alert(QStringLiteral("critical"), kNow.addSecs(-1)), false, kNow);
        QCOMPARE(alerts::Escalation::pathText(c), QStringLiteral("Engineering Director → CTO"));
        QCOMPARE(alerts::Escalation::channelsText(c), QStringLiteral("PagerDuty, phone, SMS"));
        const alerts::Countdown h = alerts::Escalation::countdown(
            matrix(), alert(QStringLiteral("high"), kNow.addSecs(-1)), false, kNow);
        QCOMPARE(alerts::Escalation::pathText(h),
                 QStringLiteral("Engineering Manager → Engineering Director"));
        QCOMPARE(alerts::Escalation::channelsText(h), QStringLiteral("PagerDuty, Slack"));
    }

    void aMatrixWithItsOwnWarningLevelWins()
    {
        std::vector<config::EscalationLevel> m = matrix();
        m.push_back({QStringLiteral("warning"), std::chrono::seconds(300), {QStringLiteral("Bob")}, {}});
        const config::EscalationLevel *l = alerts::Escalation::level(m, u"warning");
        QVERIFY(l);
        QCOMPARE(l->path, QStringList{QStringLiteral("Bob")});
        QVERIFY(!alerts::Escalation::level(m, u""));
        QVERIFY(!alerts::Escalation::level({}, u"critical"));
    }

    void responseTimes_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("15 min") << qint64(900) << QStringLiteral("15 min");
        QTest::addRow("1 h") << qint64(3600) << QStringLiteral("1 h");
        QTest::addRow("1 h 30 min") << qint64(5400) << QStringLiteral("1 h 30 min");
        QTest::addRow("45 s") << qint64(45) << QStringLiteral("45 s");
        QTest::addRow("2 min 5 s") << qint64(125) << QStringLiteral("2 min 5 s");
    }

    void responseTimes()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(alerts::Escalation::responseText(std::chrono::seconds(seconds)), text);
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
