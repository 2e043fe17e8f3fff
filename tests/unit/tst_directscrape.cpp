// Figures from two direct scrapes of the nodes: rates, sums across nodes, counter resets, nodes that
// did not answer, and what cannot be computed that way.
#include "engine/directscrape.h"

#include <QtTest>

using namespace slaops;
using engine::DirectScrape;

namespace {

QByteArray page(const char *region, double requests, double errors, double le50, double le100, double inf,
                double lag)
{
    const QByteArray r = QByteArray("{node=\"n\",region=\"") + region + "\"";
    return "# TYPE erlmcp_requests_total counter\nerlmcp_requests_total" + r + "} " +
           QByteArray::number(requests, 'g', 17) +
           "\n# TYPE erlmcp_errors_total counter\nerlmcp_errors_total" + r + ",type=\"timeout\"} " +
           QByteArray::number(errors, 'g', 17) +
           "\n# TYPE erlmcp_replication_lag_seconds gauge\nerlmcp_replication_lag_seconds" + r + "} " +
           QByteArray::number(lag) + "\n# TYPE erlmcp_response_time_ms histogram\n" +
           "erlmcp_response_time_ms_bucket" + r + ",le=\"50\"} " + QByteArray::number(le50, 'g', 17) + "\n" +
           "erlmcp_response_time_ms_bucket" + r + ",le=\"100\"} " + QByteArray::number(le100, 'g', 17) +
           "\n" + "erlmcp_response_time_ms_bucket" + r + ",le=\"+Inf\"} " + QByteArray::number(inf, 'g', 17) +
           "\n" + "erlmcp_response_time_ms_sum" + r + "} 0\nerlmcp_response_time_ms_count" + r + "} " +
           QByteArray::number(inf, 'g', 17) + "\n";
}

prom::RawResponse ok(const QByteArray &body)
{
    prom::RawResponse r;
    r.httpStatus = 200;
    r.body = body;
    return r;
}

prom::RawResponse refused()
{
    prom::RawResponse r;
    r.error = prom::TransportError::Network;
    r.transportError = QStringLiteral("Connection refused");
    return r;
}

engine::FigureSpec spec(const char *id, config::Unit unit, const QString &region = {})
{
    engine::FigureSpec s;
    s.id = QString::fromLatin1(id);
    s.name = s.id;
    s.region = region;
    s.unit = unit;
    s.comparison = sla::Comparison::AtMost;
    s.target = 1e9;
    s.alert = 1e9;
    return s;
}

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);
const std::vector<QUrl> kUrls{QUrl(QStringLiteral("http://127.0.0.1:1/metrics/sla")),
                              QUrl(QStringLiteral("http://127.0.0.1:2/metrics/sla")),
                              QUrl(QStringLiteral("http://127.0.0.1:3/metrics/sla"))};

} // namespace

class TestDirectScrape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ratesAcrossNodes();
    void counterResetAndMissingNode();
    void windowedFiguresAreNotComputed();
    void brokenPageIsANodeError();
};

void TestDirectScrape::ratesAcrossNodes()
{
    const auto before = DirectScrape::summarize(kUrls,
                                                {ok(page("eu", 1000, 0, 900, 990, 1000, 0.2)),
                                                 ok(page("eu", 2000, 1, 1800, 1990, 2000, 0.4)),
                                                 ok(page("us", 500, 0, 500, 500, 500, 0.1))},
                                                T0);
    // 2 s later: eu nodes served 200 + 300 requests, 5 errors; us 100.
    const auto after = DirectScrape::summarize(kUrls,
                                               {ok(page("eu", 1200, 2, 1000, 1190, 1200, 0.3)),
                                                ok(page("eu", 2300, 4, 2000, 2290, 2300, 0.5)),
                                                ok(page("us", 600, 0, 600, 600, 600, 0.1))},
                                               T0.addSecs(2));
    auto fleetRps = DirectScrape::figure(spec("throughput", config::Unit::RequestsPerSecond), before, after);
    QVERIFY(fleetRps);
    QCOMPARE(fleetRps->value, 300.0); // (200 + 300 + 100) / 2 s
    QVERIFY(fleetRps->direct);
    QVERIFY(fleetRps->source.contains(QStringLiteral("3 of 3")));
    auto euErrors =
        DirectScrape::figure(spec("error_rate", config::Unit::Percent, QStringLiteral("eu")), before, after);
    QCOMPARE(euErrors->value, 5.0 / 500.0);
    // eu latency increase: le50 300, le100 500, +Inf 500: P95 = rank 475 in (50, 100]: 50 + 50 * 175/200.
    auto euP95 = DirectScrape::figure(
        spec("response_time_p95", config::Unit::Milliseconds, QStringLiteral("eu")), before, after);
    QCOMPARE(euP95->value, sla::histogramQuantile(0.95, {{50, 300}, {100, 500}, {INFINITY, 500}}));
    QVERIFY(std::abs(euP95->value - 93.75) < 1e-9);
    auto lag = DirectScrape::figure(spec("rpo", config::Unit::Seconds, QStringLiteral("eu")), before, after);
    QCOMPARE(lag->value, 0.5); // the worst node
}

void TestDirectScrape::counterResetAndMissingNode()
{
    const auto before = DirectScrape::summarize(kUrls,
                                                {ok(page("eu", 1000, 0, 1000, 1000, 1000, 0)),
                                                 ok(page("eu", 5000, 0, 5000, 5000, 5000, 0)), refused()},
                                                T0);
    // Node 2 restarted (its counter is lower): its increase is what it counted since.
    const auto after =
        DirectScrape::summarize(kUrls,
                                {ok(page("eu", 1100, 0, 1100, 1100, 1100, 0)),
                                 ok(page("eu", 50, 0, 50, 50, 50, 0)), ok(page("us", 9, 0, 9, 9, 9, 0))},
                                T0.addSecs(1));
    auto rps = DirectScrape::figure(spec("throughput", config::Unit::RequestsPerSecond), before, after);
    QCOMPARE(rps->value, 150.0);
    QVERIFY(rps->source.contains(QStringLiteral("2 of 3"))); // the third node did not answer both rounds
    QVERIFY(rps->message.contains(QStringLiteral("2 of 3")));
}

void TestDirectScrape::windowedFiguresAreNotComputed()
{
    const auto a = DirectScrape::summarize(kUrls, {ok(page("eu", 1, 0, 1, 1, 1, 0))}, T0);
    const auto b = DirectScrape::summarize(kUrls, {ok(page("eu", 2, 0, 2, 2, 2, 0))}, T0.addSecs(1));
    QVERIFY(!DirectScrape::figure(spec("uptime", config::Unit::Percent), a, b));
    QVERIFY(
        !DirectScrape::figure(spec("throughput", config::Unit::RequestsPerSecond), a, a)); // no time between
}

void TestDirectScrape::brokenPageIsANodeError()
{
    const auto r =
        DirectScrape::summarize(kUrls, {ok("erlmcp_requests_total{region=\"eu\" 12\n"), refused()}, T0);
    QCOMPARE(r.nodes.size(), std::size_t(2));
    QVERIFY(!r.nodes[0].up);
    QVERIFY2(r.nodes[0].error.startsWith(QStringLiteral("line 1")), qPrintable(r.nodes[0].error));
    QCOMPARE(r.nodes[1].error, QStringLiteral("Connection refused"));
}

QTEST_GUILESS_MAIN(TestDirectScrape)
#include "tst_directscrape.moc"
