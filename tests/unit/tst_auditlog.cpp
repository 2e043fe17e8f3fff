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
