// Every simulator scenario against a real Prometheus: the figures that should breach do, in the right
// scope, and every other figure stays within its SLA (or, for a region that is gone, has no data).
// Runs on its own stack (fixture scenario_stack): scenarios spend error budgets for good.
#include "config/profileloader.h"
#include "engine/engine.h"

#include <QProcess>
#include <QtTest>
#include <set>

using namespace slaops;
using sla::State;

namespace {

constexpr std::chrono::seconds kWindow{15};

using Scope = std::pair<QString, QString>; // id, region ("" = fleet)

QString describe(const engine::SnapshotPtr &s)
{
    if (!s)
        return QStringLiteral("no snapshot yet");
    QStringList parts;
    for (const auto &f : s->figures)
        if (f.state != State::Ok)
            // The message says which unknown it was (no series, NaN, an error), for a failure seen once.
            parts << QStringLiteral("%1/%2=%3(%4%5)")
                         .arg(f.region.isEmpty() ? QStringLiteral("fleet") : f.region, f.id,
                              sla::stateName(f.state))
                         .arg(f.value)
                         .arg(f.message.isEmpty() ? QString() : QStringLiteral(": ") + f.message);
    return QStringLiteral("gen %1, not ok: ").arg(s->generation) + parts.join(QLatin1String(", "));
}

} // namespace

Q_DECLARE_METATYPE(std::set<Scope>)

class TestScenarios : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void cleanupTestCase();

private:
    int stack(const QStringList &args);
    bool allOk() const;

    QString m_dir;
    std::unique_ptr<engine::Engine> m_engine;
};

int TestScenarios::stack(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral(SLAOPS_SOURCE_DIR "/scripts/stack"),
            args + QStringList{QStringLiteral("--dir"), m_dir});
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool TestScenarios::allOk() const
{
    const auto s = m_engine->current();
    if (!s || !s->prometheus.reachable)
        return false;
    for (const auto &f : s->figures)
        if (f.state != State::Ok)
            return false;
    return true;
}

void TestScenarios::initTestCase()
{
    m_dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    QVERIFY2(!m_dir.isEmpty(),
             "SLAOPS_STACK_DIR is not set: run this test through ctest, which starts the stack");
    QFile envFile(m_dir + QStringLiteral("/env"));
    QVERIFY2(envFile.open(QIODevice::ReadOnly), "no running stack");
    QString prometheus;
    for (const QByteArray &line : envFile.readAll().split('\n'))
        if (line.startsWith("PROMETHEUS_URL="))
            prometheus = QString::fromUtf8(line.mid(15)).remove(QLatin1Char('"'));
    QVERIFY(!prometheus.isEmpty());

    auto loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = QUrl(prometheus);
    profile.refreshInterval = std::chrono::milliseconds(1000);
    profile.budgetPeriod = std::chrono::hours(24); // budgets are not what this test is about: keep them cheap
    for (auto &s : profile.slas)
        s.window = kWindow;
    m_engine = std::make_unique<engine::Engine>(profile);
    m_engine->start();
    // The windows must be covered by data before a steady fleet reads as steady.
    QTest::qWait(int(std::chrono::milliseconds(kWindow).count()) + 2000);
    QTRY_VERIFY2_WITH_TIMEOUT(allOk(), qPrintable(describe(m_engine->current())), 60000);
}

void TestScenarios::scenario_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("target");
    QTest::addColumn<std::set<Scope>>("breaching");
    QTest::addColumn<QString>("goneRegion"); // a region whose other figures may have no data
    const QString us = QStringLiteral("us-east-1"), eu = QStringLiteral("eu-west-1"),
                  ap = QStringLiteral("ap-southeast-1");
    const auto S = [](const char *id, const QString &region = {}) {
        return Scope{QString::fromLatin1(id), region};
    };
    QTest::addRow("latency-spike") << QStringLiteral("latency-spike") << eu
                                   << std::set<Scope>{S("response_time_p95"), S("response_time_p95", eu)}
                                   << QString();
    QTest::addRow("error-burst") << QStringLiteral("error-burst") << us
                                 << std::set<Scope>{S("error_rate"), S("error_rate", us)} << QString();
    QTest::addRow("slow-failover") << QStringLiteral("slow-failover") << eu
                                   << std::set<Scope>{S("session_failover"), S("session_failover", eu)}
                                   << QString();
    QTest::addRow("replication-lag") << QStringLiteral("replication-lag") << ap
                                     << std::set<Scope>{S("rpo", ap), S("data_consistency", ap),
                                                        S("data_consistency")}
                                     << QString();
    QTest::addRow("node-down") << QStringLiteral("node-down") << QStringLiteral("us-east-1-1")
                               << std::set<Scope>{S("uptime"), S("uptime", us)} << QString();
    QTest::addRow("region-outage") << QStringLiteral("region-outage") << ap
                                   << std::set<Scope>{S("uptime"), S("uptime", ap)} << ap;
}

void TestScenarios::scenario()
{
    QFETCH(QString, name);
    QFETCH(QString, target);
    QFETCH(std::set<Scope>, breaching);
    QFETCH(QString, goneRegion);

    QCOMPARE(stack({QStringLiteral("scenario"), name, target}), 0);
    auto expected = [&]() {
        const auto s = m_engine->current();
        if (!s || !s->prometheus.reachable)
            return false;
        for (const auto &f : s->figures) {
            const bool shouldBreach = breaching.count({f.id, f.region}) > 0;
            if (shouldBreach != (f.state == State::Breach))
                return false;
            if (!shouldBreach && f.state != State::Ok &&
                !(f.region == goneRegion && f.state == State::NoData))
                return false;
        }
        return true;
    };
    // Breaches show within a window or so; a gone region's series fade out with Prometheus' staleness.
    QTRY_VERIFY2_WITH_TIMEOUT(expected(), qPrintable(describe(m_engine->current())), 60000);
    // And they hold: two more refreshes later the picture is the same.
    QTest::qWait(2500);
    QVERIFY2(expected(), qPrintable(describe(m_engine->current())));

    QCOMPARE(stack({QStringLiteral("scenario"), QStringLiteral("steady")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(allOk(), qPrintable(describe(m_engine->current())), 90000);
}

void TestScenarios::cleanupTestCase()
{
    m_engine.reset();
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
