#include "ledgerselftest.h"

#include "fleet.h"
#include "ledgermodel.h"
#include "selftestsupport.h"
#include "simnode.h"

#include <QByteArrayList>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace {

using selftest::Checker;
using selftest::httpGet;
using selftest::statusOf;

// Series text ("name{labels}") to value, from a text-format page; comments skipped.
using Page = std::map<QByteArray, double>;

Page parse(const std::string &text)
{
    Page page;
    for (const QByteArray &line : QByteArray::fromStdString(text).split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        if (line.isEmpty() || line.startsWith('#') || space <= 0)
            continue;
        page[line.left(space)] = line.mid(space + 1).toDouble();
    }
    return page;
}

Page pageOf(const Fleet &fleet, int node)
{
    return parse(fleet.node(node).renderMetrics());
}

double value(const Page &page, const char *series)
{
    const auto it = page.find(QByteArray(series));
    return it == page.end() ? std::nan("") : it->second;
}

// The quantile exactly as Prometheus' histogram_quantile computes it from cumulative buckets
// (linear within the bucket, the first bucket starting at 0), upper bounds in any unit.
double histogramQuantile(double q, const std::vector<std::pair<double, double>> &cumulative)
{
    if (cumulative.empty() || cumulative.back().second <= 0)
        return std::nan("");
    const double rank = q * cumulative.back().second;
    double lowerBound = 0.0;
    double lowerCount = 0.0;
    for (const auto &[bound, count] : cumulative) {
        if (count >= rank) {
            if (std::isinf(bound))
                return lowerBound;
            return lowerBound + (bound - lowerBound) * (rank - lowerCount) / (count - lowerCount);
        }
        lowerBound = bound;
        lowerCount = count;
    }
    return lowerBound;
}

double distributionQuantileMs(const LatencyDistribution &d, double q)
{
    const std::vector<double> bounds = LedgerModel::durationBucketsMs();
    std::vector<std::pair<double, double>> cumulative;
    double sum = 0.0;
    const auto &p = d.bucketProbabilities();
    for (std::size_t i = 0; i < p.size(); ++i) {
        sum += p[i];
        cumulative.emplace_back(i < bounds.size() ? bounds[i] : INFINITY, sum);
    }
    return histogramQuantile(q, cumulative);
}

// What the nodes in [first, last) did between two sets of pages.
struct Figures {
    double requests = 0;
    double serverErrors = 0;
    double conflicts = 0;
    double histogramCount = 0;
    double p99Ms = 0;
};

Figures delta(const std::vector<Page> &before, const std::vector<Page> &after, int first, int last)
{
    Figures f;
    std::map<double, double> buckets;
    for (int i = first; i < last; ++i) {
        const Page &a = before[static_cast<std::size_t>(i)];
        const Page &b = after[static_cast<std::size_t>(i)];
        auto d = [&](const QByteArray &series) {
            const auto x = a.find(series);
            const auto y = b.find(series);
            return y == b.end() ? 0.0 : y->second - (x == a.end() ? 0.0 : x->second);
        };
        for (const char *code : LedgerNodeMetrics::kCodes) {
            const double n = d("ledger_http_requests_total{code=\"" + QByteArray(code) + "\"}");
            f.requests += n;
            if (code[0] == '5')
                f.serverErrors += n;
            else if (QByteArray(code) == "409")
                f.conflicts += n;
        }
        f.histogramCount += d("ledger_http_request_duration_seconds_count");
        for (const auto &[series, v] : b) {
            constexpr char prefix[] = "ledger_http_request_duration_seconds_bucket{le=\"";
            if (!series.startsWith(prefix))
                continue;
            const QByteArray le = series.mid(sizeof prefix - 1).chopped(2);
            buckets[le == "+Inf" ? INFINITY : le.toDouble()] += d(series);
        }
    }
    f.p99Ms = 1000.0 * histogramQuantile(0.99, {buckets.begin(), buckets.end()});
    return f;
}

std::vector<Page> pages(const Fleet &fleet)
{
    std::vector<Page> out;
    for (int i = 0; i < fleet.nodeCount(); ++i)
        out.push_back(pageOf(fleet, i));
    return out;
}

// Runs `seconds` of simulated time in one-second steps and returns the pages from before and after.
std::pair<std::vector<Page>, std::vector<Page>> advance(Fleet &fleet, int seconds)
{
    std::vector<Page> before = pages(fleet);
    for (int i = 0; i < seconds; ++i)
        fleet.tick(1.0);
    return {std::move(before), pages(fleet)};
}

void checkDistributions(Checker &c)
{
    const LedgerModel model;
    const auto &p = model.steadyLatency().bucketProbabilities();
    c.expect(p.size() == LedgerNodeMetrics::durationBucketsSeconds().size() + 1 &&
                 std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-9,
             QStringLiteral("ledger: one probability per bucket plus +Inf, summing to 1"));
    const double steadyP99 = distributionQuantileMs(model.steadyLatency(), 0.99);
    c.expect(steadyP99 > 55 && steadyP99 < 65,
             QStringLiteral("ledger: steady P99 (histogram_quantile) %1 ms within (55, 65)").arg(steadyP99));
    const double q05 = model.steadyLatency().quantileMs(0.05);
    const double q95 = model.steadyLatency().quantileMs(0.95);
    c.expect(
        q05 > 10 && q95 < 40,
        QStringLiteral("ledger: 90% of steady requests within 10-40 ms (%1 .. %2 ms)").arg(q05).arg(q95));
    const double spikeP99 = distributionQuantileMs(model.spikeLatency(), 0.99);
    c.expect(spikeP99 > 750 && spikeP99 < 850,
             QStringLiteral("ledger: spike P99 (histogram_quantile) %1 ms within (750, 850)").arg(spikeP99));
}

void checkPage(Checker &c, const Fleet &fleet)
{
    bool connected = false;
    const int port = fleet.node(0).port();
    const QByteArray response = httpGet(port, "/metrics", &connected);
    c.expect(connected && statusOf(response) == 200, QStringLiteral("ledger: node 0 answers /metrics"));
    c.expect(statusOf(httpGet(port, "/metrics/sla", &connected)) == 404,
             QStringLiteral("ledger: /metrics/sla is not a ledger page (404)"));
    const QByteArray page = response.mid(response.indexOf("\r\n\r\n") + 4);
    for (const char *line :
         {"# TYPE ledger_http_requests_total counter", "ledger_http_requests_total{code=\"200\"} ",
          "ledger_http_requests_total{code=\"409\"} ", "ledger_http_requests_total{code=\"500\"} ",
          "ledger_http_requests_total{code=\"503\"} ",
          "# TYPE ledger_http_request_duration_seconds histogram",
          "ledger_http_request_duration_seconds_bucket{le=\"0.005\"} ",
          "ledger_http_request_duration_seconds_bucket{le=\"0.25\"} ",
          "ledger_http_request_duration_seconds_bucket{le=\"5\"} ",
          "ledger_http_request_duration_seconds_bucket{le=\"+Inf\"} ",
          "ledger_http_request_duration_seconds_sum ", "ledger_http_request_duration_seconds_count ",
          "# TYPE ledger_settlement_lag_seconds gauge", "ledger_settlement_lag_seconds ",
          "# TYPE ledger_replica_lag_seconds gauge", "ledger_replica_lag_seconds ",
          "# TYPE ledger_build_info gauge", "ledger_build_info{version=\"2.7.1\"} 1",
          "ledger_queue_depth "}) {
        c.expect(page.contains(QByteArray(QByteArray("\n") + line)) || page.startsWith(line),
                 QStringLiteral("ledger: page has \"%1\"").arg(QLatin1StringView(line).trimmed()));
    }
    c.expect(!page.contains("# TYPE ledger_queue_depth"),
             QStringLiteral("ledger: ledger_queue_depth has no TYPE line (untyped)"));
    c.expect(!page.contains("zone=") && !page.contains("node=") && !page.contains("region="),
             QStringLiteral("ledger: no zone, node or region label on the page"));
    c.expect(page.count("le=\"") == 11, QStringLiteral("ledger: ten buckets and +Inf"));

    const QByteArray sd = fleet.fileSdJson();
    c.expect(sd.contains("\"zone\": \"us-west\"") && sd.contains("\"node\": \"ledger-us-west-0\"") &&
                 sd.contains("\"node\": \"ledger-eu-central-0\"") && !sd.contains("region"),
             QStringLiteral("ledger: targets file labels zone and node"));
}

} // namespace

void LedgerSelfTest::run(Checker &c)
{
    checkDistributions(c);

    // Two nodes per zone: eu-central 0, 1; us-west 2, 3.
    Fleet fleet(Fleet::Options{2, 7, 0, 1000, Fleet::Serve::PerNode, QStringLiteral("ledger")});
    QString error;
    c.expect(fleet.start(&error), QStringLiteral("ledger: fleet of 4 nodes listens %1").arg(error));
    if (fleet.nodeCount() != 4)
        return;
    c.expect(fleet.node(0).name() == QLatin1StringView("ledger-eu-central-0") &&
                 fleet.node(3).name() == QLatin1StringView("ledger-us-west-1"),
             QStringLiteral("ledger: nodes ledger-<zone>-<i>, eu-central first"));
    fleet.tick(1.0);
    checkPage(c, fleet);

    {
        const auto [before, after] = advance(fleet, 30);
        const Figures f = delta(before, after, 0, 4);
        const double rps = f.requests / 30.0;
        c.expect(std::abs(rps - 2000.0) < 60.0, QStringLiteral("ledger: steady %1 RPS, ~2,000").arg(rps));
        c.expect(f.histogramCount == f.requests,
                 QStringLiteral("ledger: histogram count equals the requests"));
        c.expect(f.serverErrors / f.requests < 5e-4,
                 QStringLiteral("ledger: steady 5xx ratio %1 below 0.05%").arg(f.serverErrors / f.requests));
        const double conflictRatio = f.conflicts / f.requests;
        c.expect(conflictRatio > 0.004 && conflictRatio < 0.006,
                 QStringLiteral("ledger: steady 409 ratio %1 ~0.5%").arg(conflictRatio));
        c.expect(f.p99Ms > 50 && f.p99Ms < 70, QStringLiteral("ledger: steady P99 %1 ms, ~60").arg(f.p99Ms));
        const Page &node = after[2];
        const double lag = value(node, "ledger_settlement_lag_seconds");
        const double replica = value(node, "ledger_replica_lag_seconds");
        const double depth = value(node, "ledger_queue_depth");
        c.expect(lag > 1.4 && lag < 2.6 && replica > 0.1 && replica < 0.3 && depth > 5 && depth < 15,
                 QStringLiteral("ledger: steady settlement lag %1 s, replica lag %2 s, queue depth %3")
                     .arg(lag)
                     .arg(replica)
                     .arg(depth));
    }

    c.expect(fleet.setScenario(Scenario(Scenario::Kind::ErrorBurst, QStringLiteral("us-west")), &error),
             QStringLiteral("ledger: error-burst us-west accepted"));
    {
        const auto [before, after] = advance(fleet, 20);
        const double west = delta(before, after, 2, 4).serverErrors / delta(before, after, 2, 4).requests;
        const double eu = delta(before, after, 0, 2).serverErrors / delta(before, after, 0, 2).requests;
        c.expect(west > 0.025 && west < 0.035 && eu < 1e-3,
                 QStringLiteral("ledger: error-burst: us-west 5xx %1 ~3%, eu-central %2").arg(west).arg(eu));
    }

    c.expect(fleet.setScenario(Scenario(Scenario::Kind::LatencySpike, QStringLiteral("eu-central")), &error),
             QStringLiteral("ledger: latency-spike eu-central accepted"));
    {
        const auto [before, after] = advance(fleet, 20);
        const double eu = delta(before, after, 0, 2).p99Ms;
        const double west = delta(before, after, 2, 4).p99Ms;
        c.expect(eu > 700 && eu < 900 && west < 70,
                 QStringLiteral("ledger: latency-spike: eu-central P99 %1 ms ~800, us-west %2 ms")
                     .arg(eu)
                     .arg(west));
    }

    c.expect(fleet.setScenario(Scenario(Scenario::Kind::SettlementLag, QStringLiteral("us-west")), &error),
             QStringLiteral("ledger: settlement-lag us-west accepted"));
    {
        const auto [before, after] = advance(fleet, 2);
        const double west = value(after[3], "ledger_settlement_lag_seconds");
        const double eu = value(after[0], "ledger_settlement_lag_seconds");
        c.expect(
            west > 90 && west < 150 && eu < 3,
            QStringLiteral("ledger: settlement-lag: us-west %1 s ~120, eu-central %2 s").arg(west).arg(eu));
    }

    bool connected = false;
    const int port = fleet.node(2).port();
    c.expect(
        fleet.setScenario(Scenario(Scenario::Kind::NodeDown, QStringLiteral("ledger-us-west-0")), &error),
        QStringLiteral("ledger: node-down ledger-us-west-0 accepted"));
    httpGet(port, "/metrics", &connected);
    c.expect(!connected, QStringLiteral("ledger: a downed node refuses connections"));
    {
        // The load balancer moves the downed node's share to the three that answer.
        const auto [before, after] = advance(fleet, 10);
        const double rps = delta(before, after, 0, 4).requests / 10.0;
        c.expect(
            std::abs(rps - 2000.0) < 80.0 && delta(before, after, 2, 3).requests == 0,
            QStringLiteral("ledger: node-down: %1 RPS on the other three, none on the downed node").arg(rps));
    }
    c.expect(fleet.setScenario(Scenario(Scenario::Kind::ZoneOutage, QStringLiteral("eu-central")), &error),
             QStringLiteral("ledger: zone-outage eu-central accepted"));
    const QByteArray back = httpGet(port, "/metrics", &connected);
    httpGet(fleet.node(0).port(), "/metrics", &connected);
    c.expect(!connected && statusOf(back) == 200 && fleet.node(2).port() == port,
             QStringLiteral("ledger: zone-outage downs eu-central; ledger-us-west-0 is back on its port"));
    c.expect(fleet.setScenario(Scenario(), &error), QStringLiteral("ledger: steady accepted"));
    httpGet(fleet.node(1).port(), "/metrics", &connected);
    c.expect(connected, QStringLiteral("ledger: eu-central answers again"));

    // Each call first, then its check: the message must show this call's error, not the last one's.
    auto refused = [&](Fleet &f, Scenario::Kind kind, const char *target, const char *what) {
        const bool accepted = f.setScenario(Scenario(kind, QLatin1StringView(target)), &error);
        c.expect(!accepted, QLatin1StringView(what) + QStringLiteral(": ") + error);
    };
    refused(fleet, Scenario::Kind::RegionOutage, "us-west", "ledger: erlmcp's region-outage refused");
    refused(fleet, Scenario::Kind::ErrorBurst, "us-east-1", "ledger: unknown zone refused");
    refused(fleet, Scenario::Kind::NodeDown, "us-west-0", "ledger: erlmcp-style node name refused");
    Fleet erlmcp(Fleet::Options{1, 7, 0, 1000});
    refused(erlmcp, Scenario::Kind::ZoneOutage, "us-east-1", "erlmcp: ledger's zone-outage refused");
    refused(erlmcp, Scenario::Kind::SettlementLag, "us-east-1", "erlmcp: ledger's settlement-lag refused");
    Fleet shared(Fleet::Options{1, 7, 0, 1000, Fleet::Serve::Shared, QStringLiteral("ledger")});
    const bool started = shared.start(&error);
    c.expect(!started, QStringLiteral("ledger: shared serving refused: %1").arg(error));
}
