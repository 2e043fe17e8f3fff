// Sources as lists, against real loopback HTTP servers: the replicas of an HA pair take over from
// each other within one refresh, a lagging replica is not preferred, a region with its own Prometheus
// goes Stale alone when that one is down.
#include "badserver.h"
#include "engine/engine.h"

#include <QTcpServer>
#include <QtTest>

using namespace slaops;
using sla::State;
using testing::BadServer;

namespace {

// A port nothing listens on: connections to it are refused.
QUrl refusingUrl()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

config::SlaSpec sla(const char *id, const char *query)
{
    config::SlaSpec s;
    s.id = QString::fromLatin1(id);
    s.name = s.id;
    s.query = QString::fromLatin1(query);
    s.unit = config::Unit::Milliseconds;
    s.comparison = sla::Comparison::AtMost;
    s.target = 100;
    s.alert = 150;
    return s;
}

// Two figures of the fleet, asked of these replicas.
config::Profile pair(const std::vector<QUrl> &urls,
                     std::chrono::milliseconds timeout = std::chrono::seconds(2))
{
    config::Profile p;
    p.name = QStringLiteral("ha");
    p.sources.prometheus = urls.front();
    p.sources.prometheusUrls = urls;
    p.sources.timeout = timeout;
    p.sources.retries = 0;
    p.refreshInterval = std::chrono::milliseconds(60000); // refreshes only when the test asks
    p.errorAfter = std::chrono::milliseconds(120000);
    p.slas.push_back(sla("p95", "histogram_quantile(0.95, x{$selector})"));
    p.slas.push_back(sla("p99", "histogram_quantile(0.99, x{$selector})"));
    return p;
}

engine::SnapshotPtr refresh(engine::Engine &eng)
{
    QSignalSpy published(&eng, &engine::Engine::snapshotReady);
    eng.refreshNow();
    if (!published.wait(20000))
        return {};
    return eng.current();
}

// Refreshes until `done` holds for the snapshot, at most `times` refreshes.
template <typename Pred> engine::SnapshotPtr refreshUntil(engine::Engine &eng, Pred done, int times = 8)
{
    engine::SnapshotPtr s;
    for (int i = 0; i < times; ++i) {
        s = refresh(eng);
        if (!s || done(*s))
            return s;
    }
    return s;
}

bool allFrom(const engine::Snapshot &s, const QUrl &url, State state = State::Ok)
{
    for (const engine::Figure &f : s.figures)
        if (f.source != url.toString() || f.state != state)
            return false;
    return !s.figures.empty();
}

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

class TestReplicas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstRefusesSecondAnswersInTheSameRefresh();
    void firstHangsSecondAnswersBeforeTheDeadline();
    void laggingReplicaIsNotPreferred();
    void bothDownGoStaleThenError();
    void regionWithItsOwnSourceDownIsStaleAlone();
};

void TestReplicas::firstRefusesSecondAnswersInTheSameRefresh()
{
    BadServer second{BadServer::Mode::Ok};
    const QUrl first = refusingUrl();
    engine::Engine eng(pair({first, second.url()}));
    const auto s = refresh(eng);
    QVERIFY(s);
    // The very first refresh, with nothing known yet: every figure answered by the second, none Stale.
    QVERIFY(allFrom(*s, second.url()));
    for (const engine::Figure &f : s->figures)
        QCOMPARE(f.value, 42.0);
    QVERIFY(s->prometheus.reachable);
    QCOMPARE(s->sources.size(), std::size_t(1));
    const engine::SourceState &src = s->sources.front();
    QCOMPARE(src.name, QStringLiteral("global"));
    QCOMPARE(src.active, std::size_t(1));
    QCOMPARE(src.replicas.size(), std::size_t(2));
    QVERIFY(!src.replicas[0].reachable);
    QVERIFY(!src.replicas[0].error.isEmpty());
    QVERIFY(src.replicas[1].reachable);
    QCOMPARE(src.replicas[1].answers, int(s->figures.size()));
    QCOMPARE(s->prometheus.url, second.url().toString());
    // The next refresh goes to the second replica first: the first is still down.
    const int before = second.requests();
    const auto again = refresh(eng);
    QVERIFY(again && allFrom(*again, second.url()));
    QVERIFY(second.requests() > before);
}

void TestReplicas::firstHangsSecondAnswersBeforeTheDeadline()
{
    BadServer first{BadServer::Mode::Silent};
    BadServer second{BadServer::Mode::Ok};
    engine::Engine eng(pair({first.url(), second.url()}, std::chrono::seconds(3)));
    const auto s = refresh(eng);
    QVERIFY(s);
    // The first attempt got half of the deadline, so the second had the other half to answer in.
    QVERIFY2(allFrom(*s, second.url()), qPrintable(s->figures.front().message));
    QVERIFY(first.requests() >= int(s->figures.size()));
    QVERIFY(!s->sources.front().replicas[0].reachable);
    QCOMPARE(s->sources.front().active, std::size_t(1));
}

void TestReplicas::laggingReplicaIsNotPreferred()
{
    BadServer first{BadServer::Mode::Ok};
    BadServer second{BadServer::Mode::Ok};
    first.setNewestSample(nowSeconds() - 600); // ten minutes behind
    second.setNewestSample(nowSeconds());
    engine::Engine eng(pair({first.url(), second.url()}));
    // The probes of a refresh decide the next ones: within a few, the second replica answers.
    auto s = refreshUntil(eng, [&](const engine::Snapshot &x) { return allFrom(x, second.url()); });
    QVERIFY(s && allFrom(*s, second.url()));
    const engine::SourceState &src = s->sources.front();
    QVERIFY(src.replicas[0].reachable);
    QVERIFY(src.replicas[0].lagging);
    QVERIFY(src.replicas[0].lagMs >= 590000);
    QVERIFY(!src.replicas[1].lagging);
    QCOMPARE(src.replicas[1].lagMs, qint64(0));
    // A lagging replica is still used when it is the only one that answers.
    second.setMode(BadServer::Mode::Json500);
    s = refresh(eng);
    QVERIFY(s && allFrom(*s, first.url()));
    // The first is preferred again once it has caught up and the second is back.
    second.setMode(BadServer::Mode::Ok);
    first.setNewestSample(nowSeconds());
    second.setNewestSample(nowSeconds());
    // (A snapshot shows the probes that had come back when it was built: one refresh behind, at most.)
    s = refreshUntil(eng, [&](const engine::Snapshot &x) {
        return allFrom(x, first.url()) && !x.sources.front().replicas[0].lagging;
    });
    QVERIFY(s && allFrom(*s, first.url()));
    QVERIFY(!s->sources.front().replicas[0].lagging);
}

void TestReplicas::bothDownGoStaleThenError()
{
    BadServer first{BadServer::Mode::Ok};
    BadServer second{BadServer::Mode::Ok};
    config::Profile p = pair({first.url(), second.url()});
    p.errorAfter = std::chrono::milliseconds(1500);
    // The engine refreshes on its own (backing off while both are down) until the value expires.
    p.refreshInterval = std::chrono::milliseconds(300);
    engine::Engine eng(p);
    auto s = refresh(eng);
    QVERIFY(s && allFrom(*s, first.url()));
    first.stop();
    second.stop();
    s = refresh(eng);
    QVERIFY(s);
    QVERIFY(!s->prometheus.reachable);
    QVERIFY(s->prometheus.downSince.isValid());
    for (const engine::Figure &f : s->figures) {
        QCOMPARE(f.state, State::Stale);
        QCOMPARE(f.value, 42.0); // the last good value, kept
    }
    // Once the last good value is older than error_after, Error.
    QTRY_VERIFY_WITH_TIMEOUT(eng.current()->figures.front().state == State::Error, 15000);
    s = eng.current();
    for (const engine::Figure &f : s->figures)
        QCOMPARE(f.state, State::Error);
}

void TestReplicas::regionWithItsOwnSourceDownIsStaleAlone()
{
    BadServer global{BadServer::Mode::Ok};
    BadServer eu{BadServer::Mode::Ok};
    config::Profile p = pair({global.url()});
    config::RegionSpec r;
    r.name = QStringLiteral("eu");
    r.selector = QStringLiteral("region=\"eu\"");
    r.prometheus.urls = {eu.url()};
    p.regions.push_back(r);
    r.name = QStringLiteral("us");
    r.selector = QStringLiteral("region=\"us\"");
    r.prometheus = {};
    p.regions.push_back(r);
    engine::Engine eng(p);
    auto s = refresh(eng);
    QVERIFY(s);
    QCOMPARE(s->sources.size(), std::size_t(2));
    QCOMPARE(s->sources[1].name, QStringLiteral("eu"));
    for (const engine::Figure &f : s->figures) {
        QCOMPARE(f.state, State::Ok);
        QCOMPARE(f.source, (f.region == QLatin1String("eu") ? eu.url() : global.url()).toString());
    }
    eu.stop();
    s = refresh(eng);
    QVERIFY(s);
    QVERIFY(s->prometheus.reachable); // the global source is fine
    QVERIFY(!s->sources[1].status.reachable);
    QVERIFY(s->sources[1].status.downSince.isValid());
    int stale = 0;
    for (const engine::Figure &f : s->figures) {
        QCOMPARE(f.state, f.region == QLatin1String("eu") ? State::Stale : State::Ok);
        stale += f.state == State::Stale;
    }
    QCOMPARE(stale, 2);
}

QTEST_GUILESS_MAIN(TestReplicas)
#include "tst_replicas.moc"
