// Figures from two direct scrapes of the nodes: rates, sums across nodes, counter resets, nodes that
// did not answer, and what cannot be computed that way.
#include "config/profileloader.h"
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

// The figure's spec as the default profile plans it (its direct formula and scope come from the YAML),
// with targets far away so that only partial data can make a state other than Ok.
engine::FigureSpec spec(const char *id, config::Unit unit, const QString &region = {})
{
    static const config::Profile profile = config::ProfileLoader::loadDefault().profile;
    static const engine::RefreshPlan plan =
        engine::RefreshPlan::make(profile, QDateTime::currentDateTimeUtc());
    for (engine::FigureSpec s : plan.figures) {
        if (s.id == QLatin1String(id) && s.region == region) {
            s.comparison = sla::Comparison::AtMost;
            s.target = 1e9;
            s.alert = 1e9;
            return s;
        }
    }
    // Not in the plan (a region the profile does not have): the formula of any scope, scoped by hand.
    for (engine::FigureSpec s : plan.figures) {
        if (s.id == QLatin1String(id)) {
            s.unit = unit;
            s.comparison = sla::Comparison::AtMost;
            s.target = 1e9;
            s.alert = 1e9;
            s.region = region;
            s.selector = region.isEmpty() ? QString() : QStringLiteral("region=\"%1\"").arg(region);
            return s;
        }
    }
    qFatal("no figure %s in the default profile", id);
}

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);
const std::vector<config::ScrapeTarget> kUrls{{QUrl(QStringLiteral("http://127.0.0.1:1/metrics/sla")), {}},
                                              {QUrl(QStringLiteral("http://127.0.0.1:2/metrics/sla")), {}},
                                              {QUrl(QStringLiteral("http://127.0.0.1:3/metrics/sla")), {}}};

engine::ScrapeRound round(const std::vector<prom::RawResponse> &answers, const QDateTime &t,
                          const std::vector<config::ScrapeTarget> &targets = kUrls)
{
    static const config::Profile profile = config::ProfileLoader::loadDefault().profile;
    return DirectScrape::summarize(targets, answers, t, engine::RefreshPlan::make(profile, t).figures);
}

} // namespace

class TestDirectScrape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ratesAcrossNodes();
    void counterResetAndMissingNode();
    void windowedFiguresAreNotComputed();
    void brokenPageIsANodeError();
    void untypedPageGivesNoZeros();
    void partialFigureIsNotGreen();
    void labelsFromTheTargetPlaceANode();
    void formulaWithLabelMatchers();
};

void TestDirectScrape::ratesAcrossNodes()
{
    const auto before =
        round({ok(page("eu", 1000, 0, 900, 990, 1000, 0.2)), ok(page("eu", 2000, 1, 1800, 1990, 2000, 0.4)),
               ok(page("us", 500, 0, 500, 500, 500, 0.1))},
              T0);
    // 2 s later: eu nodes served 200 + 300 requests, 5 errors; us 100.
    const auto after =
        round({ok(page("eu", 1200, 2, 1000, 1190, 1200, 0.3)), ok(page("eu", 2300, 4, 2000, 2290, 2300, 0.5)),
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
    const auto before = round({ok(page("eu", 1000, 0, 1000, 1000, 1000, 0)),
                               ok(page("eu", 5000, 0, 5000, 5000, 5000, 0)), refused()},
                              T0);
    // Node 2 restarted (its counter is lower): its increase is what it counted since.
    const auto after = round({ok(page("eu", 1100, 0, 1100, 1100, 1100, 0)),
                              ok(page("eu", 50, 0, 50, 50, 50, 0)), ok(page("us", 9, 0, 9, 9, 9, 0))},
                             T0.addSecs(1));
    auto rps = DirectScrape::figure(spec("throughput", config::Unit::RequestsPerSecond), before, after);
    QCOMPARE(rps->value, 150.0);
    QVERIFY(rps->source.contains(QStringLiteral("2 of 3"))); // the third node did not answer both rounds
    QVERIFY(rps->message.contains(QStringLiteral("2 of 3")));
}

void TestDirectScrape::windowedFiguresAreNotComputed()
{
    const auto a = round({ok(page("eu", 1, 0, 1, 1, 1, 0))}, T0);
    const auto b = round({ok(page("eu", 2, 0, 2, 2, 2, 0))}, T0.addSecs(1));
    QVERIFY(!DirectScrape::figure(spec("uptime", config::Unit::Percent), a, b));
    QVERIFY(
        !DirectScrape::figure(spec("throughput", config::Unit::RequestsPerSecond), a, a)); // no time between
}

void TestDirectScrape::brokenPageIsANodeError()
{
    const auto r = round({ok("erlmcp_requests_total{region=\"eu\" 12\n"), refused()}, T0);
    QCOMPARE(r.nodes.size(), std::size_t(2));
    QVERIFY(!r.nodes[0].up);
    QVERIFY2(r.nodes[0].error.startsWith(QStringLiteral("line 1")), qPrintable(r.nodes[0].error));
    QCOMPARE(r.nodes[1].error, QStringLiteral("Connection refused"));
}

void TestDirectScrape::untypedPageGivesNoZeros()
{
    // The same numbers without TYPE lines: an untyped family is not a counter and must not read as 0.
    QByteArray untyped = page("eu", 1000, 0, 900, 990, 1000, 0.2);
    untyped.replace("# TYPE erlmcp_requests_total counter\n", "");
    untyped.replace("# TYPE erlmcp_errors_total counter\n", "");
    QByteArray later = page("eu", 1200, 2, 1000, 1190, 1200, 0.3);
    later.replace("# TYPE erlmcp_requests_total counter\n", "");
    later.replace("# TYPE erlmcp_errors_total counter\n", "");
    const auto a = round({ok(untyped)}, T0);
    const auto b = round({ok(later)}, T0.addSecs(2));
    QVERIFY(b.nodes[0].up);
    QVERIFY2(b.nodes[0]
                 .problems.join(QLatin1Char(' '))
                 .contains(QStringLiteral("erlmcp_requests_total is untyped, not a counter")),
             qPrintable(b.nodes[0].problems.join(QStringLiteral("; "))));
    QVERIFY(!DirectScrape::figure(spec("throughput", config::Unit::RequestsPerSecond), a, b));
    QVERIFY(!DirectScrape::figure(spec("error_rate", config::Unit::Percent), a, b));
    // What is typed on the same page still works.
    QVERIFY(DirectScrape::figure(spec("response_time_p95", config::Unit::Milliseconds), a, b));
}

void TestDirectScrape::partialFigureIsNotGreen()
{
    const auto a = round({ok(page("eu", 1000, 0, 900, 990, 1000, 0.2)),
                          ok(page("eu", 1000, 0, 900, 990, 1000, 0.2)), refused()},
                         T0);
    const auto b = round({ok(page("eu", 1200, 0, 1100, 1190, 1200, 0.3)),
                          ok(page("eu", 1200, 0, 1100, 1190, 1200, 0.3)), refused()},
                         T0.addSecs(2));
    // An error ratio from 2 of 3 nodes: the third could have any errors. Shown, never Ok.
    auto errors = DirectScrape::figure(spec("error_rate", config::Unit::Percent), a, b);
    QVERIFY(errors);
    QCOMPARE(errors->value, 0.0);
    QCOMPARE(errors->state, sla::State::Stale);
    QVERIFY2(errors->message.contains(QStringLiteral("could change the verdict")),
             qPrintable(errors->message));
    QVERIFY(errors->message.contains(QStringLiteral("Connection refused")));
    // Throughput past an at-most capacity is a breach whatever the missing node serves.
    engine::FigureSpec capacity = spec("throughput", config::Unit::RequestsPerSecond);
    capacity.target = 100;
    capacity.alert = 80;
    auto over = DirectScrape::figure(capacity, a, b);
    QCOMPARE(over->value, 200.0);
    QCOMPARE(over->state, sla::State::Breach);
    // Under it, the missing node could take it over: not Ok.
    capacity.target = 1000;
    capacity.alert = 900;
    QCOMPARE(DirectScrape::figure(capacity, a, b)->state, sla::State::Stale);
    // Every node answered: Ok is Ok.
    const auto c = round({ok(page("eu", 1000, 0, 1, 1, 1, 0)), ok(page("eu", 1000, 0, 1, 1, 1, 0)),
                          ok(page("eu", 1, 0, 1, 1, 1, 0))},
                         T0);
    const auto d = round({ok(page("eu", 1010, 0, 1, 1, 1, 0)), ok(page("eu", 1010, 0, 1, 1, 1, 0)),
                          ok(page("eu", 11, 0, 1, 1, 1, 0))},
                         T0.addSecs(1));
    QCOMPARE(DirectScrape::figure(capacity, c, d)->state, sla::State::Ok);
}

void TestDirectScrape::labelsFromTheTargetPlaceANode()
{
    // Pages without a region label, as when service discovery attaches it: the profile's target labels place
    // them.
    auto bare = [](double requests, double errors) {
        QByteArray p = page("x", requests, errors, 1, 1, 1, 0);
        p.replace(",region=\"x\"", "");
        return ok(p);
    };
    const std::vector<config::ScrapeTarget> targets{
        {QUrl(QStringLiteral("http://127.0.0.1:1/m")),
         {{QStringLiteral("region"), QStringLiteral("eu-west-1")}}},
        {QUrl(QStringLiteral("http://127.0.0.1:2/m")),
         {{QStringLiteral("region"), QStringLiteral("us-east-1")}}},
        {QUrl(QStringLiteral("http://127.0.0.1:3/m")),
         {{QStringLiteral("region"), QStringLiteral("us-east-1")}}}};
    const auto a = round({bare(100, 0), bare(100, 0), refused()}, T0, targets);
    const auto b = round({bare(300, 2), bare(200, 0), refused()}, T0.addSecs(2), targets);
    auto eu =
        DirectScrape::figure(spec("error_rate", config::Unit::Percent, QStringLiteral("eu-west-1")), a, b);
    QVERIFY(eu);
    QCOMPARE(eu->value, 0.01);
    QVERIFY(eu->source.contains(QStringLiteral("1 of 1"))); // the down node is known to be in us-east-1
    auto us =
        DirectScrape::figure(spec("error_rate", config::Unit::Percent, QStringLiteral("us-east-1")), a, b);
    QVERIFY(us->source.contains(QStringLiteral("1 of 2")));
}

void TestDirectScrape::formulaWithLabelMatchers()
{
    // A service whose errors are the 5xx of one counter (another profile's names, not erlmcp's).
    config::MetricSelector all, errors;
    QVERIFY(config::MetricSelector::parse(QStringLiteral("http_requests_total"), all, nullptr));
    QVERIFY(
        config::MetricSelector::parse(QStringLiteral("http_requests_total{code=~\"5..\"}"), errors, nullptr));
    engine::FigureSpec s;
    s.id = QStringLiteral("errors");
    s.name = s.id;
    s.comparison = sla::Comparison::AtMost;
    s.target = 1;
    s.alert = 1;
    s.direct.kind = config::DirectFormula::Kind::Ratio;
    s.direct.metric = errors;
    s.direct.denominator = all;
    auto pageOf = [](int ok200, int err500, int err503) {
        return ok("# TYPE http_requests_total counter\nhttp_requests_total{code=\"200\"} " +
                  QByteArray::number(ok200) + "\nhttp_requests_total{code=\"500\"} " +
                  QByteArray::number(err500) + "\nhttp_requests_total{code=\"503\"} " +
                  QByteArray::number(err503) + "\n");
    };
    const std::vector<config::ScrapeTarget> one{{QUrl(QStringLiteral("http://127.0.0.1:1/m")), {}}};
    const auto a = DirectScrape::summarize(one, {pageOf(100, 0, 0)}, T0, {s});
    const auto b = DirectScrape::summarize(one, {pageOf(196, 3, 1)}, T0.addSecs(1), {s});
    auto f = DirectScrape::figure(s, a, b);
    QVERIFY(f);
    QCOMPARE(f->value, 4.0 / 100.0);
}

QTEST_GUILESS_MAIN(TestDirectScrape)
#include "tst_directscrape.moc"
