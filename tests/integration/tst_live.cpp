// The core against the real thing: slaops-sim scraped by a real Prometheus that alerts a real
// Alertmanager, all started by scripts/stack (ctest fixture live_stack). Nothing here is mocked.
#include "config/profileloader.h"
#include "engine/engine.h"
#include "stackenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using slaops::testing::readEnv;

using namespace slaops;
using sla::State;

namespace {

// Long enough for several 1 s scrapes, short enough that a scenario shows within seconds.
constexpr std::chrono::seconds kWindow{15};

QString describe(const engine::SnapshotPtr &s)
{
    if (!s)
        return QStringLiteral("no snapshot yet");
    QStringList parts;
    for (const auto &f : s->figures)
        parts << QStringLiteral("%1=%2(%3)%4")
                     .arg(f.region.isEmpty() ? f.id : f.region + QLatin1Char('/') + f.id,
                          sla::stateName(f.state))
                     .arg(f.value)
                     .arg(f.message.isEmpty() ? QString()
                                              : QStringLiteral(" [") + f.message + QLatin1Char(']'));
    return QStringLiteral("gen %1: ").arg(s->generation) + parts.join(QLatin1String(", "));
}

bool allIn(const engine::SnapshotPtr &s, std::initializer_list<State> states)
{
    if (!s || s->figures.empty())
        return false;
    for (const auto &f : s->figures)
        if (std::find(states.begin(), states.end(), f.state) == states.end())
            return false;
    return true;
}

} // namespace

class TestLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void steadyIsAllOk();
    void latencySpikeBreachesP95AndAlerts();
    void prometheusDownTurnsStaleThenErrorThenRecovers();
    void cleanupTestCase();

private:
    int stack(const QStringList &args);
    QJsonArray alertmanagerAlerts();

    QString m_dir;
    QHash<QString, QString> m_env;
    std::unique_ptr<engine::Engine> m_engine;
    QNetworkAccessManager m_nam;
};

int TestLive::stack(const QStringList &args)
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

QJsonArray TestLive::alertmanagerAlerts()
{
    QNetworkRequest req(
        QUrl(m_env.value(QStringLiteral("ALERTMANAGER_URL")) + QStringLiteral("/api/v2/alerts?active=true")));
    req.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(6000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).array();
}

void TestLive::initTestCase()
{
    m_dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    QVERIFY2(!m_dir.isEmpty(),
             "SLAOPS_STACK_DIR is not set: run this test through ctest, which starts the stack");
    m_env = readEnv(m_dir);
    QVERIFY2(m_env.contains(QStringLiteral("PROMETHEUS_URL")),
             qPrintable(QStringLiteral("no stack running: %1/env is missing or incomplete").arg(m_dir)));
    QCOMPARE(stack({QStringLiteral("scenario"), QStringLiteral("steady")}), 0);

    config::ProfileLoadResult loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = QUrl(m_env.value(QStringLiteral("PROMETHEUS_URL")));
    profile.refreshInterval = std::chrono::milliseconds(1000);
    profile.sources.timeout = std::chrono::milliseconds(3000);
    profile.errorAfter = std::chrono::milliseconds(6000);
    // The shipped queries, over a shorter window so that a scenario shows within seconds.
    for (auto &s : profile.slas)
        s.window = kWindow;
    m_engine = std::make_unique<engine::Engine>(profile);
    m_engine->start();
}

void TestLive::steadyIsAllOk()
{
    QTRY_VERIFY2_WITH_TIMEOUT(allIn(m_engine->current(), {State::Ok}),
                              qPrintable(describe(m_engine->current())), 60000);
    // rate() divides by the whole window: figures are comparable once the series cover it.
    QTest::qWait(int(std::chrono::milliseconds(kWindow).count()) + 2000);
    QTRY_VERIFY2_WITH_TIMEOUT(allIn(m_engine->current(), {State::Ok}),
                              qPrintable(describe(m_engine->current())), 10000);
    const auto s = m_engine->current();
    QVERIFY(s->prometheus.reachable);
    // Six fleet SLAs; per region five of them (throughput is fleet-only) plus RTO, RPO and network latency.
    QCOMPARE(s->figures.size(), std::size_t(6 + 3 * (5 + 3)));
    QCOMPARE(s->figure(u"uptime", u"ap-southeast-1")->target, 0.9999); // the region's own SLA
    QCOMPARE(s->figure(u"rpo", u"eu-west-1")->target, 1.0);
    QVERIFY(s->figure(u"rpo", u"eu-west-1")->value < 1.0);
    QVERIFY(s->figure(u"network_latency", u"ap-southeast-1")->value > 50); // slower, within its 100 ms
    // Error budgets of the three percentage SLAs, with every burn rate known.
    QCOMPARE(s->budgets.size(), std::size_t(3));
    for (const auto &b : s->budgets) {
        QVERIFY2(b.state == State::Ok, qPrintable(b.slaId + QLatin1String(": ") + b.message));
        QCOMPARE(b.verdict, engine::BurnVerdict::None);
        QVERIFY(b.rolling.remaining > 0 && b.rolling.remaining <= 1);
        QVERIFY(b.month.remaining > 0 && b.month.remaining <= 1);
    }
    for (const auto &f : s->figures) {
        QVERIFY2(f.hasValue(), qPrintable(f.id));
        QVERIFY(f.sampleTime.isValid());
        QVERIFY(f.queryLatencyMs >= 0);
        QVERIFY(f.message.isEmpty());
    }
    // Figures the simulator's steady scenario pins down, as the real Prometheus computes them.
    QCOMPARE(s->figure(u"uptime")->value, 1.0);
    const double p95 = s->figure(u"response_time_p95")->value;
    QVERIFY2(p95 > 10 && p95 < 100, qPrintable(describe(s)));
    const double rps = s->figure(u"throughput")->value;
    QVERIFY2(rps > 20000 && rps < 40000, qPrintable(describe(s)));
}

void TestLive::latencySpikeBreachesP95AndAlerts()
{
    QCOMPARE(
        stack({QStringLiteral("scenario"), QStringLiteral("latency-spike"), QStringLiteral("eu-west-1")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(m_engine->current()->figure(u"response_time_p95")->state == State::Breach,
                              qPrintable(describe(m_engine->current())), 60000);
    const auto s = m_engine->current();
    QVERIFY(s->figure(u"response_time_p95")->value > 100);
    // Only the latency SLA breaches, fleet-wide and in eu-west-1; the other regions stay within it.
    QTRY_VERIFY2_WITH_TIMEOUT(m_engine->current()->figure(u"response_time_p95", u"eu-west-1")->state ==
                                  State::Breach,
                              qPrintable(describe(m_engine->current())), 20000);
    const auto t = m_engine->current();
    for (const auto &f : t->figures) {
        const bool spiked = f.id == QLatin1String("response_time_p95") &&
                            (f.region.isEmpty() || f.region == QLatin1String("eu-west-1"));
        QVERIFY2(f.state == (spiked ? State::Breach : State::Ok), qPrintable(describe(t)));
    }
    // The packaged alert rule fires in the real Prometheus and reaches the real Alertmanager.
    auto hasAlert = [this]() {
        for (const QJsonValue &a : alertmanagerAlerts()) {
            const QJsonObject labels = a.toObject().value(QStringLiteral("labels")).toObject();
            if (labels.value(QStringLiteral("alertname")).toString() ==
                    QLatin1String("SLAResponseTimeBreach") &&
                labels.value(QStringLiteral("region")).toString() == QLatin1String("eu-west-1"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasAlert(), 90000);
    // No other region's latency alert.
    for (const QJsonValue &a : alertmanagerAlerts()) {
        const QJsonObject labels = a.toObject().value(QStringLiteral("labels")).toObject();
        if (labels.value(QStringLiteral("alertname")).toString() == QLatin1String("SLAResponseTimeBreach"))
            QCOMPARE(labels.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
    }
    QCOMPARE(stack({QStringLiteral("scenario"), QStringLiteral("steady")}), 0);
}

void TestLive::prometheusDownTurnsStaleThenErrorThenRecovers()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->current()->prometheus.reachable, 10000);
    const double lastUptime = m_engine->current()->figure(u"uptime")->value;
    QCOMPARE(stack({QStringLiteral("stop-prometheus")}), 0);

    QTRY_VERIFY2_WITH_TIMEOUT(allIn(m_engine->current(), {State::Stale}),
                              qPrintable(describe(m_engine->current())), 15000);
    auto s = m_engine->current();
    QVERIFY(!s->prometheus.reachable);
    QVERIFY(!s->prometheus.error.isEmpty());
    QVERIFY(s->prometheus.downSince.isValid());
    const auto *up = s->figure(u"uptime");
    QCOMPARE(up->value, lastUptime); // the last good value stays, marked stale
    QVERIFY(!up->message.isEmpty());

    QTRY_VERIFY2_WITH_TIMEOUT(allIn(m_engine->current(), {State::Error}),
                              qPrintable(describe(m_engine->current())), 20000);
    s = m_engine->current();
    for (const auto &f : s->figures) {
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.id));
        QVERIFY(f.hasValue()); // still shown, greyed, for reference
    }

    QCOMPARE(stack({QStringLiteral("start-prometheus")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(m_engine->current()->prometheus.reachable &&
                                  allIn(m_engine->current(), {State::Ok, State::Warning, State::Breach}),
                              qPrintable(describe(m_engine->current())), 60000);
    QVERIFY(!m_engine->current()->prometheus.downSince.isValid());
    QVERIFY(m_engine->current()->figure(u"uptime")->message.isEmpty());
}

void TestLive::cleanupTestCase()
{
    m_engine.reset();
    if (!m_dir.isEmpty())
        stack({QStringLiteral("scenario"), QStringLiteral("steady")});
}

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
