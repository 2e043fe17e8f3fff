#include "selftest.h"

#include "erlmcpnodemetrics.h"
#include "fleet.h"
#include "latencydistribution.h"
#include "ledgerselftest.h"
#include "selftestsupport.h"
#include "simnode.h"

#include <QTcpSocket>
#include <QTextStream>
#include <numeric>

namespace {

using selftest::Checker;
using selftest::httpGet;
using selftest::statusOf;

// Two GETs on one connection: Prometheus reuses connections, so the shared server must keep them.
QByteArray httpGetKeepAlive(int port, const QByteArray &first, const QByteArray &second)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    if (!socket.waitForConnected(2000))
        return {};
    QByteArray data;
    for (const QByteArray &path : {first, second}) {
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        // Bounded: a keep-alive answer ends with its body, which is all this test needs to see.
        for (int i = 0; i < 20 && socket.waitForReadyRead(500); ++i) {
            data += socket.readAll();
            if (data.count("HTTP/1.1 ") >= (path == first ? 1 : 2) && data.endsWith('\n'))
                break;
        }
    }
    return data;
}

void checkSharedMode(Checker &c)
{
    Fleet fleet(Fleet::Options{2, 7, 0, 1000, Fleet::Serve::Shared});
    QString error;
    c.expect(fleet.start(&error),
             QStringLiteral("shared: fleet of 6 nodes listens on one port %1").arg(error));
    if (fleet.nodeCount() != 6 || fleet.sharedPort() <= 0)
        return;
    for (int i = 0; i < 3; ++i)
        fleet.tick(1.0);
    const int port = fleet.sharedPort();
    bool allOnPort = true;
    for (int i = 0; i < fleet.nodeCount(); ++i)
        allOnPort = allOnPort && fleet.node(i).port() == port;
    c.expect(allOnPort, QStringLiteral("shared: every node reports the shared port"));

    bool connected = false;
    const QByteArray page = httpGet(port, "/nodes/eu-west-1-1/metrics/sla", &connected);
    c.expect(statusOf(page) == 200 && page.contains("erlmcp_response_time_ms_bucket{") &&
                 page.contains("node=\"eu-west-1-1\"") && !page.contains("node=\"eu-west-1-0\""),
             QStringLiteral("shared: /nodes/eu-west-1-1/metrics/sla is that node's page"));
    c.expect(page.contains("Content-Type: text/plain; version=0.0.4"),
             QStringLiteral("shared: text exposition content type"));
    c.expect(statusOf(httpGet(port, "/nodes/eu-west-1-7/metrics/sla", &connected)) == 404,
             QStringLiteral("shared: unknown node is 404"));
    const QByteArray twice =
        httpGetKeepAlive(port, "/nodes/us-east-1-0/metrics/sla", "/nodes/ap-southeast-1-1/metrics/sla?x=1");
    c.expect(twice.count("HTTP/1.1 200") == 2 && twice.contains("node=\"ap-southeast-1-1\""),
             QStringLiteral("shared: two requests on one kept-alive connection"));

    const QByteArray sd = fleet.fileSdJson();
    c.expect(sd.contains("\"__metrics_path__\": \"/nodes/us-east-1-1/metrics/sla\"") &&
                 sd.contains(QStringLiteral("\"instance\": \"127.0.0.1:%1/us-east-1-1\"").arg(port).toUtf8()),
             QStringLiteral("shared: targets file sets __metrics_path__ and a distinct instance"));

    c.expect(fleet.setScenario(Scenario(Scenario::Kind::NodeDown, QStringLiteral("eu-west-1-1")), &error),
             QStringLiteral("shared: node-down eu-west-1-1 accepted"));
    c.expect(statusOf(httpGet(port, "/nodes/eu-west-1-1/metrics/sla", &connected)) == 503,
             QStringLiteral("shared: a downed node answers 503"));
    c.expect(statusOf(httpGet(port, "/nodes/eu-west-1-0/metrics/sla", &connected)) == 200,
             QStringLiteral("shared: its neighbour still answers"));
    c.expect(fleet.setScenario(Scenario(Scenario::Kind::RegionOutage, QStringLiteral("us-east-1")), &error) &&
                 statusOf(httpGet(port, "/nodes/us-east-1-1/metrics/sla", &connected)) == 503 &&
                 statusOf(httpGet(port, "/nodes/eu-west-1-1/metrics/sla", &connected)) == 200,
             QStringLiteral("shared: region-outage downs the region and brings eu-west-1-1 back"));
}

} // namespace

int SelfTest::run()
{
    Checker c;
    const auto &bounds = ErlmcpNodeMetrics::responseTimeBucketsMs();
    const LatencyDistribution steady(bounds, 17.5, 0.5);
    const LatencyDistribution spike(bounds, 150.0, 0.5);
    const auto &p = steady.bucketProbabilities();
    c.expect(p.size() == bounds.size() + 1, QStringLiteral("one probability per bucket plus +Inf"));
    c.expect(std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-9,
             QStringLiteral("bucket probabilities sum to 1"));
    c.expect(steady.quantileMs(0.95) > 30 && steady.quantileMs(0.95) < 50,
             QStringLiteral("steady P95 %1 ms within (30, 50)").arg(steady.quantileMs(0.95)));
    c.expect(spike.quantileMs(0.95) > 300 && spike.quantileMs(0.95) < 400,
             QStringLiteral("spike P95 %1 ms within (300, 400)").arg(spike.quantileMs(0.95)));

    Fleet fleet(Fleet::Options{1, 7, 0, 1000});
    QString error;
    c.expect(fleet.start(&error), QStringLiteral("fleet of 3 nodes listens %1").arg(error));
    if (fleet.nodeCount() != 3)
        return 1;
    for (int i = 0; i < 5; ++i)
        fleet.tick(1.0);

    bool connected = false;
    const QByteArray page = httpGet(fleet.node(0).port(), "/metrics/sla", &connected);
    c.expect(connected && page.startsWith("HTTP/1.1 200"), QStringLiteral("node 0 answers /metrics/sla"));
    for (const char *name : {"erlmcp_requests_total", "erlmcp_errors_total", "erlmcp_response_time_ms_bucket",
                             "erlmcp_session_failover_duration_seconds_bucket",
                             "erlmcp_consistency_checks_total", "erlmcp_consistency_failures_total",
                             "erlmcp_replication_lag_seconds", "erlmcp_recovery_time_seconds",
                             "erlmcp_network_latency_ms", "erlmcp_throughput_rps", "erlmcp_rate_limit_rps"}) {
        c.expect(page.contains(QByteArray(QByteArray(name) + '{')),
                 QStringLiteral("exposes %1").arg(QLatin1StringView(name)));
    }
    c.expect(page.contains("region=\"us-east-1\"") && page.contains("node=\"us-east-1-0\""),
             QStringLiteral("series carry region and node labels"));
    c.expect(page.contains("le=\"5000\"") && page.contains("le=\"60\""), QStringLiteral("contract buckets"));

    const int port = fleet.node(0).port();
    c.expect(fleet.setScenario(Scenario(Scenario::Kind::NodeDown, QStringLiteral("us-east-1-0")), &error),
             QStringLiteral("node-down us-east-1-0 accepted"));
    httpGet(port, "/metrics/sla", &connected);
    c.expect(!connected, QStringLiteral("a downed node refuses connections"));
    c.expect(fleet.setScenario(Scenario(), &error), QStringLiteral("steady accepted"));
    httpGet(fleet.node(0).port(), "/metrics/sla", &connected);
    c.expect(connected && fleet.node(0).port() == port, QStringLiteral("node comes back on the same port"));

    bool accepted =
        fleet.setScenario(Scenario(Scenario::Kind::LatencySpike, QStringLiteral("mars-1")), &error);
    c.expect(!accepted, QStringLiteral("unknown region rejected: %1").arg(error));
    accepted = fleet.setScenario(Scenario(Scenario::Kind::NodeDown, QStringLiteral("us-east-1-9")), &error);
    c.expect(!accepted, QStringLiteral("unknown node rejected: %1").arg(error));
    c.expect(!fleet.setScenario(Scenario(Scenario::Kind::Steady, QStringLiteral("x")), &error),
             QStringLiteral("steady with a target rejected"));

    checkSharedMode(c);
    LedgerSelfTest::run(c);
    QTextStream(stdout) << (c.failures == 0 ? "self-test passed" : "self-test FAILED") << Qt::endl;
    return c.failures == 0 ? 0 : 1;
}
