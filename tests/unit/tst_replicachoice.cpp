// Which replica of an HA pair a query goes to, when it goes on to the next, and which one lags.
#include "engine/replicachoice.h"

#include <QtTest>

using slaops::engine::ReplicaChoice;
using slaops::engine::ReplicaHealth;
using slaops::prom::RawResponse;
using slaops::prom::TransportError;
using std::chrono::milliseconds;

namespace {
ReplicaHealth health(bool up, bool lagging)
{
    ReplicaHealth h;
    h.up = up;
    h.lagging = lagging;
    return h;
}
} // namespace

class TestReplicaChoice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void preferred_data();
    void preferred();
    void orderTriesTheUpOnesFirst();
    void failoverByKindAndStatus_data();
    void failoverByKindAndStatus();
    void slicesAreEqualShares();
    void lag();
};

void TestReplicaChoice::preferred_data()
{
    QTest::addColumn<QList<int>>("states"); // 0 up, 1 up and lagging, 2 down
    QTest::addColumn<int>("expected");
    QTest::addRow("nothing known: the first") << QList<int>{0, 0} << 0;
    QTest::addRow("first down") << QList<int>{2, 0} << 1;
    QTest::addRow("first lagging") << QList<int>{1, 0} << 1;
    QTest::addRow("first back: preferred again") << QList<int>{0, 0, 0} << 0;
    QTest::addRow("lagging, but the only one up") << QList<int>{2, 1} << 1;
    QTest::addRow("both lagging: the first up") << QList<int>{1, 1} << 0;
    QTest::addRow("all down: the first") << QList<int>{2, 2, 2} << 0;
    QTest::addRow("third of four") << QList<int>{2, 1, 0, 0} << 2;
}

void TestReplicaChoice::preferred()
{
    QFETCH(QList<int>, states);
    QFETCH(int, expected);
    std::vector<ReplicaHealth> h;
    for (int s : states)
        h.push_back(health(s != 2, s == 1));
    QCOMPARE(ReplicaChoice::preferred(h), std::size_t(expected));
    const std::vector<std::size_t> order = ReplicaChoice::order(h);
    QCOMPARE(order.size(), h.size());
    QCOMPARE(order.front(), std::size_t(expected));
}

void TestReplicaChoice::orderTriesTheUpOnesFirst()
{
    // Preferred (the fresh one), then the other up one, then the down ones, each in the profile's order.
    const std::vector<ReplicaHealth> h{health(false, false), health(true, true), health(true, false),
                                       health(false, false)};
    QCOMPARE(ReplicaChoice::order(h), (std::vector<std::size_t>{2, 1, 0, 3}));
    QVERIFY(ReplicaChoice::order({}).empty());
}

void TestReplicaChoice::failoverByKindAndStatus_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");
    QTest::addRow("connection refused") << int(TransportError::Network) << 0 << true;
    QTest::addRow("timed out (a hung replica)") << int(TransportError::Timeout) << 0 << true;
    QTest::addRow("cut off mid-answer") << int(TransportError::Truncated) << 200 << true;
    QTest::addRow("TLS") << int(TransportError::Tls) << 0 << false;
    QTest::addRow("refused by the client") << int(TransportError::Refused) << 0 << false;
    QTest::addRow("too large") << int(TransportError::TooLarge) << 200 << false;
    QTest::addRow("500") << int(TransportError::None) << 500 << true;
    QTest::addRow("503 (starting, overloaded)") << int(TransportError::None) << 503 << true;
    QTest::addRow("400 bad query") << int(TransportError::None) << 400 << false;
    QTest::addRow("401 credential") << int(TransportError::None) << 401 << false;
    QTest::addRow("422 execution error") << int(TransportError::None) << 422 << false;
    QTest::addRow("200") << int(TransportError::None) << 200 << false;
}

void TestReplicaChoice::failoverByKindAndStatus()
{
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(bool, expected);
    RawResponse r;
    r.error = TransportError(error);
    r.httpStatus = status;
    r.transportError = QStringLiteral("words that must not matter");
    QCOMPARE(ReplicaChoice::worthFailingOver(r), expected);
}

void TestReplicaChoice::slicesAreEqualShares()
{
    QCOMPARE(ReplicaChoice::slice(milliseconds(10000), 1), milliseconds(10000));
    QCOMPARE(ReplicaChoice::slice(milliseconds(10000), 2), milliseconds(5000));
    QCOMPARE(ReplicaChoice::slice(milliseconds(9000), 3), milliseconds(3000));
    // The second of two, after the first hung for its half: all that is left.
    QCOMPARE(ReplicaChoice::slice(milliseconds(4990), 1), milliseconds(4990));
}

void TestReplicaChoice::lag()
{
    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const std::vector<QDateTime> newest{now.addSecs(-600), now, now.addSecs(-30), QDateTime()};
    const std::vector<qint64> lag = ReplicaChoice::lagMs(newest);
    QCOMPARE(lag, (std::vector<qint64>{600000, 0, 30000, -1}));
    // The fourth answered with no sample at all: older than the lookback, lagging. The fifth was
    // never probed: nothing is claimed.
    std::vector<QDateTime> five = newest;
    five.push_back(QDateTime());
    const std::vector<bool> lagging =
        ReplicaChoice::lagging(five, {true, true, true, true, false}, milliseconds(60000));
    QCOMPARE(lagging, (std::vector<bool>{true, false, false, true, false}));
    // Nobody has samples: nobody lags behind anybody.
    QCOMPARE(ReplicaChoice::lagging({QDateTime(), QDateTime()}, {true, true}, milliseconds(60000)),
             (std::vector<bool>{false, false}));
    // Exactly max_lag behind is not past it.
    QCOMPARE(ReplicaChoice::lagging({now.addSecs(-60), now}, {true, true}, milliseconds(60000)),
             (std::vector<bool>{false, false}));
}

QTEST_GUILESS_MAIN(TestReplicaChoice)
#include "tst_replicachoice.moc"
