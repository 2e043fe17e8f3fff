// The response checklist (alerts::Checklist) and the incident log that keeps it across restarts
// (alerts::IncidentLog): steps by severity, timed ticks, replay, and damaged lines that never lose the rest.
#include "alerts/incidentlog.h"
#include "config/profileloader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slaops;
using alerts::Checklist;
using alerts::ChecklistEntry;
using alerts::IncidentLog;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

const std::vector<config::EscalationLevel> &matrix()
{
    static const config::Profile profile = config::ProfileLoader::loadDefault().profile;
    return profile.escalation;
}

alerts::Alert alert(const QString &fingerprint, const QString &severity)
{
    alerts::Alert a;
    a.fingerprint = fingerprint;
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("SLAUptimeBreach")},
                {QStringLiteral("severity"), severity}};
    return a;
}

QStringList ids(const std::vector<alerts::ChecklistStep> &steps)
{
    QStringList out;
    for (const auto &s : steps)
        out << s.id;
    return out;
}

// Ticks a step the way the view does: through Checklist::change, then the log.
void tick(IncidentLog &log, const alerts::Alert &a, const QString &step, bool ticked, const QDateTime &at)
{
    const auto steps = Checklist::steps(a, matrix());
    QString error;
    QVERIFY2(log.append(Checklist::change(steps, log.state(a.fingerprint), a, step, ticked, at,
                                          QStringLiteral("alice")),
                        &error),
             qPrintable(error));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestIncidentLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsBySeverity_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QStringList>("team");
        QTest::addRow("critical") << QStringLiteral("critical")
                                  << QStringList{QStringLiteral("team.Engineering Director"),
                                                 QStringLiteral("team.CTO")};
        QTest::addRow("high") << QStringLiteral("high")
                              << QStringList{QStringLiteral("team.Engineering Manager"),
                                             QStringLiteral("team.Engineering Director")};
        QTest::addRow("low") << QStringLiteral("low") << QStringList{QStringLiteral("team.On-call engineer")};
        QTest::addRow("unknown") << QStringLiteral("page") << QStringList{QStringLiteral("team.assembled")};
    }

    void stepsBySeverity()
    {
        QFETCH(QString, severity);
        QFETCH(QStringList, team);
        const auto steps = Checklist::steps(alert(QStringLiteral("f1"), severity), matrix());
        const QStringList expected =
            QStringList{QStringLiteral("notification"), QStringLiteral("assessment.valid"),
                        QStringLiteral("assessment.false_positive"), QStringLiteral("assessment.scope")} +
            team;
        QCOMPARE(ids(steps), expected);
        if (severity == QLatin1String("critical"))
            QCOMPARE(steps[4].text,
                     QStringLiteral("Team assembly: call Engineering Director (PagerDuty, phone, SMS)"));
        if (severity == QLatin1String("page"))
            QVERIFY(steps.back().text.contains(QStringLiteral("“page”")));
    }

    void defaultPathIsAppData()
    {
        QCOMPARE(IncidentLog().path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                           QStringLiteral("/incident-log.jsonl"));
    }

    void survivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/log.jsonl")); // the directory is made
        const alerts::Alert a = alert(QStringLiteral("aaaa"), QStringLiteral("critical"));
        const alerts::Alert b = alert(QStringLiteral("bbbb"), QStringLiteral("high"));
        {
            IncidentLog log(path);
            QCOMPARE(log.load().entries, 0); // no file yet: an empty log
            tick(log, a, QStringLiteral("notification"), true, kT0.addSecs(10));
            tick(log, a, QStringLiteral("assessment.valid"), true, kT0.addSecs(70));
            tick(log, b, QStringLiteral("notification"), true, kT0.addSecs(80));
            tick(log, a, QStringLiteral("team.CTO"), true, kT0.addSecs(90));
            tick(log, a, QStringLiteral("team.CTO"), false, kT0.addSecs(95)); // a slip, undone
            QVERIFY(log.state(a.fingerprint).isTicked(QStringLiteral("assessment.valid")));
        }
        IncidentLog again(path);
        const IncidentLog::LoadResult r = again.load();
        QCOMPARE(r.entries, 5);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(again.alertCount(), std::size_t(2));
        const alerts::ChecklistState sa = again.state(a.fingerprint);
        QVERIFY(sa.isTicked(QStringLiteral("notification")));
        QCOMPARE(sa.step(QStringLiteral("notification")).at, kT0.addSecs(10));
        QCOMPARE(sa.step(QStringLiteral("notification")).by, QStringLiteral("alice"));
        QCOMPARE(sa.step(QStringLiteral("assessment.valid")).at, kT0.addSecs(70));
        QVERIFY(!sa.isTicked(QStringLiteral("team.CTO")));
        QCOMPARE(sa.step(QStringLiteral("team.CTO")).at, kT0.addSecs(95));
        QCOMPARE(sa.done(Checklist::steps(a, matrix())), 2);
        QVERIFY(again.state(b.fingerprint).isTicked(QStringLiteral("notification")));
        QVERIFY(again.state(QStringLiteral("cccc")).isEmpty());
        // One JSON object a line, times in UTC with milliseconds.
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 6); // five lines and the empty tail
        QVERIFY2(lines[0].contains("\"at\":\"2026-11-27T03:00:10.000Z\""), lines[0].constData());
    }

    void validAndFalsePositiveExcludeEachOther()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        const alerts::Alert a = alert(QStringLiteral("aaaa"), QStringLiteral("critical"));
        IncidentLog log(path);
        tick(log, a, QStringLiteral("assessment.valid"), true, kT0);
        tick(log, a, QStringLiteral("assessment.false_positive"), true, kT0.addSecs(30));
        QVERIFY(!log.state(a.fingerprint).isTicked(QStringLiteral("assessment.valid")));
        QVERIFY(log.state(a.fingerprint).isTicked(QStringLiteral("assessment.false_positive")));
        IncidentLog again(path);
        QCOMPARE(again.load().entries, 3); // the tick, the untick it implied, the tick
        QVERIFY(!again.state(a.fingerprint).isTicked(QStringLiteral("assessment.valid")));
        QVERIFY(again.state(a.fingerprint).isTicked(QStringLiteral("assessment.false_positive")));
    }

    void damagedLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addRow("truncated JSON")
            << QByteArray("{\"v\":1,\"at\":\"2026-11-27T03:00:20.000Z\",\"finger");
        QTest::addRow("not JSON") << QByteArray("hello world");
        QTest::addRow("array") << QByteArray("[1,2,3]");
        QTest::addRow("no fingerprint") << QByteArray(
            "{\"v\":1,\"at\":\"2026-11-27T03:00:20.000Z\",\"step\":\"notification\",\"ticked\":true}");
        QTest::addRow("bad time") << QByteArray(
            "{\"v\":1,\"at\":\"yesterday\",\"fingerprint\":\"aaaa\",\"step\":\"x\",\"ticked\":true}");
        QTest::addRow("future version") << QByteArray(
            "{\"v\":2,\"at\":\"2026-11-27T03:00:20.000Z\",\"fingerprint\":\"aaaa\",\"step\":\"x\","
            "\"ticked\":true}");
        QTest::addRow("ticked not a bool") << QByteArray(
            "{\"v\":1,\"at\":\"2026-11-27T03:00:20.000Z\",\"fingerprint\":\"aaaa\",\"step\":\"x\","
            "\"ticked\":\"yes\"}");
        QTest::addRow("binary") << QByteArray("\x00\xff\xfe{", 4);
        QTest::addRow("overlong") << QByteArray(200 * 1024, 'x');
    }

    void damagedLinesAreSkipped()
    {
        QFETCH(QByteArray, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        const alerts::Alert a = alert(QStringLiteral("aaaa"), QStringLiteral("critical"));
        const QByteArray good1 = IncidentLog::encode({a.fingerprint,
                                                      a.name(),
                                                      QStringLiteral("notification"),
                                                      true,
                                                      kT0,
                                                      QStringLiteral("alice"),
                                                      {}});
        const QByteArray good2 = IncidentLog::encode({a.fingerprint,
                                                      a.name(),
                                                      QStringLiteral("assessment.scope"),
                                                      true,
                                                      kT0.addSecs(60),
                                                      QStringLiteral("bob"),
                                                      {}});
        writeAll(path, good1 + '\n' + damage + '\n' + good2 + '\n');
        IncidentLog log(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(":2: skipped: ")));
        const IncidentLog::LoadResult r = log.load();
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.entries, 2);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(log.state(a.fingerprint).isTicked(QStringLiteral("notification")));
        QCOMPARE(log.state(a.fingerprint).step(QStringLiteral("assessment.scope")).by, QStringLiteral("bob"));
    }

    void aCutShortLastLineDoesNotSwallowTheNext()
    {
        // A crash mid-write leaves a last line without its newline; the next tick starts a fresh line.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        const alerts::Alert a = alert(QStringLiteral("aaaa"), QStringLiteral("critical"));
        const QByteArray good = IncidentLog::encode({a.fingerprint,
                                                     a.name(),
                                                     QStringLiteral("notification"),
                                                     true,
                                                     kT0,
                                                     QStringLiteral("alice"),
                                                     {}});
        writeAll(path, good + '\n' + good.left(good.size() / 2));
        {
            IncidentLog log(path);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(":2: skipped: ")));
            QCOMPARE(log.load().skipped, 1);
            tick(log, a, QStringLiteral("assessment.valid"), true, kT0.addSecs(30));
        }
        IncidentLog again(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(":2: skipped: ")));
        const IncidentLog::LoadResult r = again.load();
        QCOMPARE(r.entries, 2);
        QCOMPARE(r.skipped, 1);
        QVERIFY(again.state(a.fingerprint).isTicked(QStringLiteral("assessment.valid")));
    }

    void anUnwritableLogChangesNothing()
    {
        QTemporaryDir dir;
        // A directory where the file should be: it cannot be opened for writing.
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        QVERIFY(QDir().mkpath(path));
        IncidentLog log(path);
        const alerts::Alert a = alert(QStringLiteral("aaaa"), QStringLiteral("critical"));
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("log.jsonl")));
        QVERIFY(!log.append({{a.fingerprint, a.name(), QStringLiteral("notification"), true, kT0, {}, {}}},
                            &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(log.state(a.fingerprint).isEmpty());
    }

    void roundTrip()
    {
        const ChecklistEntry e{QStringLiteral("ff00"),
                               QStringLiteral("Name \"quoted\"\n"),
                               QStringLiteral("team.CTO"),
                               false,
                               kT0.addMSecs(123),
                               QStringLiteral("élodie"),
                               QStringLiteral("called twice, voicemail")};
        const QByteArray line = IncidentLog::encode(e);
        QVERIFY(!line.contains('\n'));
        const auto back = IncidentLog::decode(line);
        QVERIFY(back);
        QCOMPARE(back->fingerprint, e.fingerprint);
        QCOMPARE(back->alertName, e.alertName);
        QCOMPARE(back->step, e.step);
        QCOMPARE(back->ticked, e.ticked);
        QCOMPARE(back->at, e.at);
        QCOMPARE(back->by, e.by);
        QCOMPARE(back->note, e.note);
    }
};

QTEST_GUILESS_MAIN(TestIncidentLog)
#include "tst_incidentlog.moc"
