// The engine's scheduling rules that need no server.
#include "engine/engine.h"

#include <QtTest>

using slaops::engine::Engine;
using std::chrono::milliseconds;

class TestEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backoff_data();
    void backoff();
};

void TestEngine::backoff_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("expected");
    QTest::addRow("first failure keeps the interval") << 5000 << 1 << 5000;
    QTest::addRow("doubles") << 5000 << 2 << 10000;
    QTest::addRow("doubles again") << 5000 << 3 << 20000;
    QTest::addRow("capped at 30 s") << 5000 << 4 << 30000;
    QTest::addRow("stays capped") << 5000 << 50 << 30000;
    QTest::addRow("fast test interval") << 1000 << 3 << 4000;
    QTest::addRow("a long interval is its own cap") << 60000 << 5 << 60000;
}

void TestEngine::backoff()
{
    QFETCH(int, interval);
    QFETCH(int, failures);
    QFETCH(int, expected);
    QCOMPARE(Engine::backoff(milliseconds(interval), failures).count(), qint64(expected));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
