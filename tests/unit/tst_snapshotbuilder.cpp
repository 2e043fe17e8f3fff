// From raw answers to figures: classification, NaN and Inf, many series, and what a failure does to
// the last good value (Stale until error_after, then Error; never Ok without a fresh answer).
#include "engine/snapshotbuilder.h"

#include <QtTest>

using namespace slaops;
using sla::State;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

engine::RefreshPlan plan()
{
    engine::RefreshPlan p;
    engine::FigureSpec f;
    f.id = QStringLiteral("p95");
    f.name = QStringLiteral("P95");
    f.query = QStringLiteral("q");
    f.unit = config::Unit::Milliseconds;
    f.comparison = sla::Comparison::AtMost;
    f.target = 100;
    f.alert = 80;
    p.figures.push_back(f);
    return p;
}

prom::RawResponse answer(const QByteArray &value, int status = 200)
{
    prom::RawResponse r;
    r.httpStatus = status;
    r.contentType = "application/json";
    r.body =
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795748400,")" +
        value + R"("]}]}})";
    r.latencyMs = 3;
    return r;
}

prom::RawResponse refused()
{
    prom::RawResponse r;
    r.error = prom::TransportError::Network;
    r.transportError = QStringLiteral("Connection refused");
    return r;
}

engine::SnapshotPtr build(const prom::RawResponse &raw, const QDateTime &now,
                          engine::SnapshotPtr previous = {})
{
    engine::BuildInput in;
    in.generation = previous ? previous->generation + 1 : 1;
    in.startedAt = now;
    in.now = now;
    in.profileName = QStringLiteral("t");
    in.source = QStringLiteral("http://127.0.0.1:9090");
    in.errorAfter = std::chrono::milliseconds(30000);
    in.plan = plan();
    in.responses = {raw};
    in.previous = std::move(previous);
    return std::make_shared<const engine::Snapshot>(engine::SnapshotBuilder::build(in));
}

} // namespace

class TestSnapshotBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
    void classifyBothThresholdOrders();
    void emptyResultIsNoData();
    void manySeriesIsAnError();
    void httpErrorKeepsPrometheusMessage();
    void failureTurnsStaleThenError();
    void failureWithoutHistoryIsError();
    void uncoveredWindowIsNeverGreen_data();
    void uncoveredWindowIsNeverGreen();
};

void TestSnapshotBuilder::classifies_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("state");
    QTest::addColumn<double>("expected");
    QTest::addRow("ok") << QByteArray("42.5") << int(State::Ok) << 42.5;
    QTest::addRow("at the target is within it") << QByteArray("100") << int(State::Warning) << 100.0;
    QTest::addRow("warning") << QByteArray("90") << int(State::Warning) << 90.0;
    QTest::addRow("breach") << QByteArray("312.25") << int(State::Breach) << 312.25;
    QTest::addRow("NaN is no data") << QByteArray("NaN") << int(State::NoData) << double(NAN);
    QTest::addRow("+Inf is an error") << QByteArray("+Inf") << int(State::Error) << double(NAN);
    QTest::addRow("-Inf is an error") << QByteArray("-Inf") << int(State::Error) << double(NAN);
}

void TestSnapshotBuilder::classifies()
{
    QFETCH(QByteArray, value);
    QFETCH(int, state);
    QFETCH(double, expected);
    const auto s = build(answer(value), T0);
    const auto &f = s->figures.front();
    QCOMPARE(int(f.state), state);
    if (std::isnan(expected)) {
        QVERIFY(!f.hasValue()); // never a silent zero
        QVERIFY(!f.message.isEmpty());
    } else {
        QCOMPARE(f.value, expected);
        QCOMPARE(f.sampleTime, QDateTime::fromSecsSinceEpoch(1795748400, Qt::UTC));
        QCOMPARE(f.confirmedAt, T0);
    }
    QCOMPARE(f.queryLatencyMs, qint64(3));
    QVERIFY(s->prometheus.reachable);
}

void TestSnapshotBuilder::classifyBothThresholdOrders()
{
    // Alert looser than the SLA (P95: SLA 100, alert 150): 120 is a breach.
    QCOMPARE(sla::classify(120, sla::Comparison::AtMost, 100, 150), State::Breach);
    QCOMPARE(sla::classify(99, sla::Comparison::AtMost, 100, 150), State::Ok);
    // Alert tighter (throughput: capacity 50,000, alert at 40,000).
    QCOMPARE(sla::classify(45000, sla::Comparison::AtMost, 50000, 40000), State::Warning);
    QCOMPARE(sla::classify(51000, sla::Comparison::AtMost, 50000, 40000), State::Breach);
    // Higher is better (uptime 99.999 %, alert below 99.99 %).
    QCOMPARE(sla::classify(0.999995, sla::Comparison::AtLeast, 0.99999, 0.9999), State::Ok);
    QCOMPARE(sla::classify(0.99995, sla::Comparison::AtLeast, 0.99999, 0.9999), State::Breach);
    QCOMPARE(sla::classify(NAN, sla::Comparison::AtLeast, 0.99999, 0.9999), State::NoData);
}

void TestSnapshotBuilder::emptyResultIsNoData()
{
    prom::RawResponse r = answer("1");
    r.body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
    const auto s = build(r, T0);
    QCOMPARE(s->figures.front().state, State::NoData);
    QVERIFY(s->figures.front().message.contains(QStringLiteral("no series")));
}

void TestSnapshotBuilder::manySeriesIsAnError()
{
    prom::RawResponse r = answer("1");
    r.body =
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"region":"a"},"value":[1,"1"]},{"metric":{"region":"b"},"value":[1,"2"]}]}})";
    const auto s = build(r, T0);
    QCOMPARE(s->figures.front().state, State::Error);
    QVERIFY(s->figures.front().message.contains(QStringLiteral("2 series")));
}

void TestSnapshotBuilder::httpErrorKeepsPrometheusMessage()
{
    prom::RawResponse r;
    r.httpStatus = 400;
    r.contentType = "application/json";
    r.body = R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected \")\""})";
    const auto s = build(r, T0);
    QCOMPARE(s->figures.front().state, State::Error);
    QVERIFY2(s->figures.front().message.contains(QStringLiteral("parse error")),
             qPrintable(s->figures.front().message));
    QVERIFY(s->prometheus.reachable); // it answered; the query is wrong, not the server
}

void TestSnapshotBuilder::failureTurnsStaleThenError()
{
    const auto good = build(answer("42"), T0);
    QCOMPARE(good->figures.front().state, State::Ok);

    const auto stale = build(refused(), T0.addSecs(5), good);
    const auto &f = stale->figures.front();
    QCOMPARE(f.state, State::Stale);
    QCOMPARE(f.value, 42.0);     // kept visible
    QCOMPARE(f.confirmedAt, T0); // with the time it was last confirmed
    QCOMPARE(f.message, QStringLiteral("Connection refused"));
    QVERIFY(!stale->prometheus.reachable);
    QCOMPARE(stale->prometheus.downSince, T0.addSecs(5));
    QCOMPARE(stale->prometheus.lastSuccess, T0);

    const auto stillStale = build(refused(), T0.addSecs(30), stale);
    QCOMPARE(stillStale->figures.front().state, State::Stale);
    QCOMPARE(stillStale->prometheus.downSince, T0.addSecs(5)); // the outage's start, not the last failure

    const auto error = build(refused(), T0.addSecs(31), stillStale);
    QCOMPARE(error->figures.front().state, State::Error);
    QCOMPARE(error->figures.front().value, 42.0);

    const auto back = build(answer("43"), T0.addSecs(40), error);
    QCOMPARE(back->figures.front().state, State::Ok);
    QCOMPARE(back->figures.front().value, 43.0);
    QVERIFY(back->figures.front().message.isEmpty());
    QVERIFY(back->prometheus.reachable);
    QVERIFY(!back->prometheus.downSince.isValid());
}

void TestSnapshotBuilder::failureWithoutHistoryIsError()
{
    const auto s = build(refused(), T0);
    QCOMPARE(s->figures.front().state, State::Error);
    QVERIFY(!s->figures.front().hasValue());
}

void TestSnapshotBuilder::uncoveredWindowIsNeverGreen_data()
{
    QTest::addColumn<QByteArray>("coverage");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");
    QTest::addRow("covered") << QByteArray("1") << int(State::Ok) << QString();
    QTest::addRow("half the series are new")
        << QByteArray("0.5") << int(State::Stale)
        << QStringLiteral("the 1m window is not yet covered by data (50 %");
    QTest::addRow("just restarted") << QByteArray("0") << int(State::Stale)
                                    << QStringLiteral(
                                           "the 1m window is not yet covered by data (none from 1m ago)");
}

void TestSnapshotBuilder::uncoveredWindowIsNeverGreen()
{
    QFETCH(QByteArray, coverage);
    QFETCH(int, state);
    QFETCH(QString, message);
    QLocale::setDefault(QLocale::c());
    engine::BuildInput in;
    in.generation = 1;
    in.startedAt = in.now = T0;
    in.plan = plan();
    in.plan.figures[0].unit = config::Unit::RequestsPerSecond;
    in.plan.figures[0].coverage = 0;
    in.plan.coverage.push_back({QStringLiteral("p95"), std::chrono::minutes(1), QStringLiteral("c")});
    in.responses = {answer("42.5"), answer(coverage)};
    const engine::Snapshot s = engine::SnapshotBuilder::build(in);
    QCOMPARE(int(s.figures[0].state), state);
    QCOMPARE(s.figures[0].value, 42.5); // shown, greyed when not covered
    QCOMPARE(s.figures[0].windowCovered, message.isEmpty());
    QVERIFY2(s.figures[0].message.startsWith(message), qPrintable(s.figures[0].message));
}

QTEST_GUILESS_MAIN(TestSnapshotBuilder)
#include "tst_snapshotbuilder.moc"
