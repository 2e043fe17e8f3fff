// The engine over the scale-out topologies of scripts/stack, with real Prometheus processes and the
// generated recording rules loaded:
//  ha:       an HA pair. The active replica killed mid-run: no figure goes Stale, the other replica
//            answers within the same refresh; back up, it is preferred again; frozen (answering, but
//            ingesting nothing), it is not preferred once it lags.
//  regional: a Prometheus per region remote-writing to a global one. Each region's figures come from
//            its own, the fleet's and the budgets from the global one, each reading its recorded
//            series; a regional Prometheus stopped: that region Stale, the others and the fleet live.
// Run as `tst_scaleout ha` or `tst_scaleout regional` on a stack of that topology (SLAOPS_STACK_DIR).
#include "config/profileloader.h"
#include "engine/engine.h"
#include "stackenv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace slaops;
using sla::State;

namespace {

bool known(State s)
{
    return s == State::Ok || s == State::Warning || s == State::Breach;
}

QString describe(const engine::SnapshotPtr &s)
{
    if (!s)
        return QStringLiteral("no snapshot yet");
    QStringList parts;
    for (const auto &f : s->figures)
        if (!known(f.state) || f.rule.isEmpty())
            parts << QStringLiteral("%1/%2=%3%4 (%5)")
                         .arg(f.region.isEmpty() ? QStringLiteral("fleet") : f.region, f.id,
                              sla::stateName(f.state), f.rule.isEmpty() ? QStringLiteral(" raw") : QString(),
                              f.message);
    for (const auto &src : s->sources)
        parts << QStringLiteral("source %1 at %2: reachable %3, rules %4")
                     .arg(src.name, src.status.url)
                     .arg(src.status.reachable)
                     .arg(int(src.status.rules));
    return QStringLiteral("gen %1: ").arg(s->generation) + parts.join(QLatin1String("; "));
}

} // namespace

class TestScaleOut : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ha();
    void regional();
    void cleanup();

private:
    int stack(const QStringList &args);
    void startEngine(config::Profile profile);
    // Every figure and budget known, every figure read from a recorded series.
    bool allRecorded() const;

    QString m_dir;
    QHash<QString, QString> m_env;
    config::Profile m_profile;
    std::unique_ptr<engine::Engine> m_engine;
    std::vector<engine::SnapshotPtr> m_seen;
};

int TestScaleOut::stack(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral(SLAOPS_SOURCE_DIR "/scripts/stack"),
            QStringList{args.front(), QStringLiteral("--dir"), m_dir} + args.mid(1));
    if (!p.waitForFinished(180000)) {
        p.kill();
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestScaleOut::initTestCase()
{
    m_dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    QVERIFY2(!m_dir.isEmpty(),
             "SLAOPS_STACK_DIR is not set: run this test through ctest, which starts the stack");
    m_env = testing::readEnv(m_dir);
    QVERIFY2(!m_env.value(QStringLiteral("PROMETHEUS_URL")).isEmpty(), "no running stack");
    QCOMPARE(m_env.value(QStringLiteral("SLAOPS_RULES")), QStringLiteral("on"));
}

void TestScaleOut::cleanup()
{
    m_engine.reset();
    m_seen.clear();
}

void TestScaleOut::startEngine(config::Profile profile)
{
    profile.refreshInterval = std::chrono::milliseconds(1000);
    profile.sources.timeout = std::chrono::milliseconds(4000);
    m_profile = profile;
    m_engine = std::make_unique<engine::Engine>(profile);
    connect(m_engine.get(), &engine::Engine::snapshotReady, this,
            [this](const engine::SnapshotPtr &s) { m_seen.push_back(s); });
    m_engine->start();
}

bool TestScaleOut::allRecorded() const
{
    const auto s = m_engine->current();
    if (!s || s->figures.empty())
        return false;
    for (const auto &f : s->figures)
        if (!known(f.state) || f.rule.isEmpty())
            return false;
    for (const auto &b : s->budgets)
        if (!known(b.state) || !b.recorded)
            return false;
    return true;
}

void TestScaleOut::ha()
{
    QCOMPARE(m_env.value(QStringLiteral("TOPOLOGY")), QStringLiteral("ha"));
    const QUrl a(m_env.value(QStringLiteral("PROMETHEUS_URL_1"))),
        b(m_env.value(QStringLiteral("PROMETHEUS_URL_2")));
    QVERIFY(a.isValid() && b.isValid() && a != b);
    auto loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = a;
    profile.sources.prometheusUrls = {a, b};
    profile.sources.maxLag = std::chrono::milliseconds(4000);
    startEngine(profile);

    const auto answeredBy = [this](const QUrl &url) {
        const auto s = m_engine->current();
        if (!s || s->figures.empty())
            return false;
        for (const auto &f : s->figures)
            if (f.source != url.toString())
                return false;
        return true;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(allRecorded() && answeredBy(a), qPrintable(describe(m_engine->current())),
                              60000);

    // The active replica killed mid-run: from the refresh in which it went, the other one answers
    // every query; no figure is ever Stale (nor anything else but known).
    const std::size_t before = m_seen.size();
    QCOMPARE(stack({QStringLiteral("stop-prometheus"), QStringLiteral("1")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(m_seen.size() >= before + 5 && answeredBy(b) && allRecorded(),
                              qPrintable(describe(m_engine->current())), 30000);
    for (std::size_t i = before; i < m_seen.size(); ++i)
        for (const auto &f : m_seen[i]->figures)
            QVERIFY2(known(f.state), qPrintable(describe(m_seen[i])));
    QVERIFY(!m_engine->current()->sources.front().replicas.front().reachable);
    {
        // An engine started while the first replica is down asks the second for the rules: its very
        // first refresh reads the recorded series (at 10,000 nodes a raw one takes seconds).
        engine::Engine late(m_profile);
        QSignalSpy spy(&late, &engine::Engine::snapshotReady);
        late.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 20000);
        const auto first = spy.first().first().value<engine::SnapshotPtr>();
        QCOMPARE(first->prometheus.rules, engine::RecordedRules::Status::Loaded);
        for (const auto &f : first->figures)
            QVERIFY2(!f.rule.isEmpty() && f.source == b.toString(), qPrintable(describe(first)));
    }

    // Back up: preferred again once it answers and is not behind.
    QCOMPARE(stack({QStringLiteral("start-prometheus"), QStringLiteral("1")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(answeredBy(a) && allRecorded(), qPrintable(describe(m_engine->current())),
                              30000);

    // Frozen: it answers, but its newest samples age; past max_lag it is no longer preferred, and
    // still nothing goes Stale.
    const std::size_t frozen = m_seen.size();
    QCOMPARE(stack({QStringLiteral("freeze-prometheus"), QStringLiteral("1")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(answeredBy(b) && m_engine->current()->sources.front().replicas.front().lagging,
                              qPrintable(describe(m_engine->current())), 30000);
    for (std::size_t i = frozen; i < m_seen.size(); ++i)
        for (const auto &f : m_seen[i]->figures)
            QVERIFY2(known(f.state), qPrintable(describe(m_seen[i])));
    QCOMPARE(stack({QStringLiteral("thaw-prometheus"), QStringLiteral("1")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(answeredBy(a), qPrintable(describe(m_engine->current())), 30000);
}

void TestScaleOut::regional()
{
    QCOMPARE(m_env.value(QStringLiteral("TOPOLOGY")), QStringLiteral("regional"));
    auto loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    config::Profile profile = loaded.profile;
    const QUrl global(m_env.value(QStringLiteral("PROMETHEUS_URL")));
    profile.sources.prometheus = global;
    profile.sources.prometheusUrls = {global};
    QHash<QString, QString> urlOf;
    for (auto &r : profile.regions) {
        const QString key =
            QStringLiteral("PROMETHEUS_URL_") + r.name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        const QUrl url(m_env.value(key));
        QVERIFY2(url.isValid() && !url.isEmpty(), qPrintable(key));
        r.prometheus.urls = {url};
        urlOf.insert(r.name, url.toString());
    }
    startEngine(profile);

    // Each region's figures from its own Prometheus, the fleet's from the global one; all recorded.
    const auto fromTheirSources = [&]() {
        const auto s = m_engine->current();
        if (!s)
            return false;
        for (const auto &f : s->figures)
            if (f.source != (f.region.isEmpty() ? global.toString() : urlOf.value(f.region)))
                return false;
        for (const auto &src : s->sources)
            if (src.status.rules != engine::RecordedRules::Status::Loaded)
                return false;
        return s->sources.size() == 4;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(allRecorded() && fromTheirSources(), qPrintable(describe(m_engine->current())),
                              60000);

    // eu-west-1's Prometheus stopped: its figures go Stale (kept, greyed); the others stay current.
    const QString eu = QStringLiteral("eu-west-1");
    const QDateTime stopped = QDateTime::currentDateTimeUtc();
    const std::size_t before = m_seen.size();
    QCOMPARE(stack({QStringLiteral("stop-prometheus"), eu}), 0);
    const auto euStaleOthersLive = [&]() {
        const auto s = m_engine->current();
        if (!s)
            return false;
        for (const auto &f : s->figures) {
            if (f.region == eu && f.state != State::Stale)
                return false;
            if (f.region != eu && (!known(f.state) || f.confirmedAt < stopped))
                return false;
        }
        return true;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(euStaleOthersLive(), qPrintable(describe(m_engine->current())), 30000);
    for (std::size_t i = before; i < m_seen.size(); ++i)
        for (const auto &f : m_seen[i]->figures)
            if (f.region != eu)
                QVERIFY2(known(f.state), qPrintable(describe(m_seen[i])));
    for (const auto &f : m_engine->current()->figures)
        if (f.region == eu)
            QVERIFY2(f.hasValue(), qPrintable(f.id)); // the last good value stays visible
    for (const auto &b : m_engine->current()->budgets)
        QVERIFY2(known(b.state), qPrintable(b.slaId));

    QCOMPARE(stack({QStringLiteral("start-prometheus"), eu}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(allRecorded() && fromTheirSources(), qPrintable(describe(m_engine->current())),
                              60000);
}

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
