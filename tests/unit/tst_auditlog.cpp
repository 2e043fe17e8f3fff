// The audit log's chain: intact as written; editing, reordering, deleting or cutting off a record, a
// record cut short and a lost head are each caught, naming the first broken record; a broken log is
// never extended.
#include "actions/auditlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using slaops::actions::AuditLog;

namespace {

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

void write(const QString &path, const QList<QByteArray> &ls, bool finalNewline = true)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray all = ls.join('\n');
    if (finalNewline && !ls.isEmpty())
        all += '\n';
    f.write(all);
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_n));
        AuditLog log(m_path);
        for (int i = 0; i < 4; ++i) {
            QString error;
            QVERIFY2(log.append(i % 2 ? QStringLiteral("outcome") : QStringLiteral("intent"),
                                {{QStringLiteral("action"), QStringLiteral("divert-traffic")},
                                 {QStringLiteral("step"), i}},
                                &error),
                     qPrintable(error));
        }
    }

    void intactAsWritten()
    {
        const AuditLog::Verdict v = AuditLog::verify(m_path);
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.records, 4);
        const QList<QByteArray> ls = lines(m_path);
        QCOMPARE(ls.size(), 4);
        QVERIFY(ls[0].contains(QByteArray("\"prev\":\"" + AuditLog::zeroDigest() + "\"")));
        QVERIFY(ls[2].contains(QByteArray("\"prev\":\"" + AuditLog::digest(ls[1]) + "\"")));
        QVERIFY(ls[1].contains("\"kind\":\"outcome\""));
        QVERIFY(ls[1].contains("\"seq\":2"));
        QCOMPARE(QFile(m_path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions{});
    }

    void emptyAndMissing()
    {
        QVERIFY(AuditLog::verify(m_dir.filePath(QStringLiteral("never.jsonl"))).intact);
        QFile::remove(m_path);
        const AuditLog::Verdict v = AuditLog::verify(m_path); // the head remains: records were written
        QVERIFY(!v.intact);
        QVERIFY(v.reason.contains(QStringLiteral("missing")));
    }

    // The viewer's one read gives what read() and verify() give apart, also for a broken log.
    void loadReadsOnce()
    {
        AuditLog::Loaded l = AuditLog::load(m_path);
        QVERIFY2(l.verdict.intact, qPrintable(l.verdict.reason));
        QCOMPARE(l.verdict.records, 4);
        QCOMPARE(int(l.records.size()), 4);
        QCOMPARE(l.records[1].kind, QStringLiteral("outcome"));
        QList<QByteArray> ls = lines(m_path);
        ls[1] = "garbage";
        write(m_path, ls);
        l = AuditLog::load(m_path);
        QVERIFY(!l.verdict.intact);
        QCOMPARE(l.verdict.firstBroken, 2);
        QCOMPARE(int(l.records.size()), 4); // every line, also past the broken one
        QVERIFY(l.records[1].json.contains(QStringLiteral("unreadable")));
        QVERIFY(l.error.isEmpty());
    }

    // A log object that wrote the end of the chain trusts it only while the file is as it left it: an
    // edit of the same length behind its back is caught before the next record.
    void writerRechecksAfterTampering()
    {
        const QString path = m_dir.filePath(QStringLiteral("writer.jsonl"));
        AuditLog log(path);
        QString error;
        QVERIFY(log.append(QStringLiteral("intent"), {{QStringLiteral("step"), 1}}, &error));
        QVERIFY(log.append(QStringLiteral("outcome"), {{QStringLiteral("step"), 2}}, &error));
        QList<QByteArray> ls = lines(path);
        QVERIFY(ls[1].contains("\"step\":2"));
        ls[1].replace("\"step\":2", "\"step\":7");
        // Set the time apart explicitly: a rewrite within the same millisecond would look unchanged.
        write(path, ls);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(!log.append(QStringLiteral("intent"), {{QStringLiteral("step"), 3}}, &error));
        QVERIFY2(error.contains(QStringLiteral("broken")), qPrintable(error));
        QCOMPARE(lines(path).size(), 2);
    }

    void tampering_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<int>("firstBroken");
        QTest::addColumn<QString>("words");
        QTest::addRow("edit a middle record") << 0 << 3 << QStringLiteral("does not follow");
        QTest::addRow("swap two records") << 1 << 2 << QStringLiteral("reordered");
        QTest::addRow("delete a middle record") << 2 << 2 << QStringLiteral("removed");
        QTest::addRow("cut the last record off") << 3 << 4 << QStringLiteral("cut off the end");
        QTest::addRow("edit the last record") << 4 << 4 << QStringLiteral("edited or replaced");
        QTest::addRow("last record cut short") << 5 << 4 << QStringLiteral("cut short");
        QTest::addRow("head deleted") << 6 << 4 << QStringLiteral("head file");
        QTest::addRow("not JSON") << 7 << 2 << QStringLiteral("not a JSON object");
    }

    void tampering()
    {
        QFETCH(int, how);
        QFETCH(int, firstBroken);
        QFETCH(QString, words);
        QList<QByteArray> ls = lines(m_path);
        switch (how) {
        case 0:
            ls[1].replace("divert-traffic", "rate-limit");
            write(m_path, ls);
            break;
        case 1:
            ls.swapItemsAt(1, 2);
            write(m_path, ls);
            break;
        case 2:
            ls.removeAt(1);
            write(m_path, ls);
            break;
        case 3:
            ls.removeLast();
            write(m_path, ls);
            break;
        case 4:
            ls[3].replace("\"step\":3", "\"step\":9");
            write(m_path, ls);
            break;
        case 5:
            ls[3].chop(5);
            write(m_path, ls, false);
            break;
        case 6:
            QVERIFY(QFile::remove(AuditLog::headPath(m_path)));
            break;
        case 7:
            ls[1] = "garbage";
            write(m_path, ls);
            break;
        }
        const AuditLog::Verdict v = AuditLog::verify(m_path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBroken, firstBroken);
        QVERIFY2(v.reason.contains(words), qPrintable(v.reason));
        // A broken log is never extended: the action that wanted to record must not run.
        QString error;
        QVERIFY(!AuditLog(m_path).append(QStringLiteral("intent"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("broken")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
