#include "selftest.h"

#include "fleet.h"
#include "latencydistribution.h"
#include "simnode.h"

#include <QTcpSocket>
#include <QTextStream>
#include <numeric>

namespace {

struct Checker {
    int failures = 0;
    void expect(bool ok, const QString &what)
    {
        QTextStream(stdout) << (ok ? "ok   " : "FAIL ") << what << Qt::endl;
        failures += ok ? 0 : 1;
    }
};

// A plain blocking GET is enough here: the self-test has no event loop work to do meanwhile.
QByteArray httpGet(int port, const QByteArray &path, bool *connected)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    *connected = socket.waitForConnected(2000);
    if (!*connected)
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000))
        data += socket.readAll();
    return data + socket.readAll();
}

} // namespace

int SelfTest::run()
{
    Checker c;
    const auto &bounds = SimNode::responseTimeBucketsMs();
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
    QTextStream(stdout) << (c.failures == 0 ? "self-test passed" : "self-test FAILED") << Qt::endl;
    return c.failures == 0 ? 0 : 1;
}
