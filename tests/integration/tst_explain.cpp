// "Explain this number" against the real Prometheus of the stack (ctest fixture live_stack): the
// engine computes the fleet P95 and error rate once, then the Explainer fetches what is behind them at
// the figures' sample time. The buckets must reproduce the P95 through the interpolation steps, and the
// two counter rates must divide to the error rate, both to 1e-9.
#include "config/profileloader.h"
#include "engine/engine.h"
#include "engine/explainer.h"
#include "engine/figureformat.h"
#include "prom/client.h"
#include "stackenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using slaops::testing::readEnv;

using namespace slaops;

namespace {

constexpr double kTolerance = 1e-9;

bool close(double a, double b)
{
    return a == b || std::abs(a - b) <= kTolerance * std::max(std::abs(a), std::abs(b));
}

QString describe(const engine::Explanation &e)
{
    return QStringLiteral("%1: value %2, recomputed %3, error '%4', warnings [%5]")
        .arg(e.figure.id)
        .arg(e.figure.value, 0, 'g', 17)
        .arg(e.recomputed, 0, 'g', 17)
        .arg(e.error, e.warnings.join(QStringLiteral("; ")));
}

bool hasFreshValue(const engine::Figure *f)
{
    return f && f->hasValue() &&
           (f->state == sla::State::Ok || f->state == sla::State::Warning || f->state == sla::State::Breach);
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quantileBucketsReproduceTheP95();
    void ratioSidesDivideToTheErrorRate();
    void plainQueryShowsItsSeries();
    void unreachablePrometheusIsAnError();

private:
    engine::Explanation explain(const engine::Figure &f, prom::Client *client);
    // The figure of the engine's newest snapshot, explained. A scrape that lands after the engine's
    // query with a timestamp before it changes the data between the two evaluations (the explanation
    // then says so); that race is real but rare, so a mismatch is retried on a later snapshot, and a
    // bug, which mismatches every time, still fails.
    std::pair<engine::Figure, engine::Explanation> explainCurrent(QStringView id);

    std::unique_ptr<engine::Engine> m_engine;
};

void TestExplain::initTestCase()
{
    const QString dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    QVERIFY2(!dir.isEmpty(),
             "SLAOPS_STACK_DIR is not set: run this test through ctest, which starts the stack");
    const auto env = readEnv(dir);
    QVERIFY2(env.contains(QStringLiteral("PROMETHEUS_URL")),
             qPrintable(QStringLiteral("no stack running: %1/env is missing or incomplete").arg(dir)));

    config::ProfileLoadResult loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = QUrl(env.value(QStringLiteral("PROMETHEUS_URL")));
    profile.refreshInterval = std::chrono::milliseconds(1000);
    // A short window, so that a freshly started stack already has two samples in it.
    for (auto &s : profile.slas)
        s.window = std::chrono::seconds(15);
    m_engine = std::make_unique<engine::Engine>(profile);
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->current() &&
                                 hasFreshValue(m_engine->current()->figure(u"response_time_p95")) &&
                                 hasFreshValue(m_engine->current()->figure(u"error_rate")) &&
                                 m_engine->current()->figure(u"error_rate")->value > 0,
                             90000);
}

engine::Explanation TestExplain::explain(const engine::Figure &f, prom::Client *client)
{
    engine::Explainer explainer(client);
    QSignalSpy ready(&explainer, &engine::Explainer::ready);
    explainer.explain(f);
    if (!ready.wait(15000))
        return {};
    return ready.takeFirst().at(0).value<engine::Explanation>();
}

std::pair<engine::Figure, engine::Explanation> TestExplain::explainCurrent(QStringView id)
{
    std::pair<engine::Figure, engine::Explanation> out;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const engine::SnapshotPtr s = m_engine->current();
        const engine::Figure *f = s->figure(id);
        if (!f)
            return out;
        out = {*f, explain(*f, m_engine->prometheusClient())};
        if (out.second.reproduced)
            break;
        qWarning().noquote() << "not reproduced, retrying on a later snapshot:" << describe(out.second);
        QSignalSpy next(m_engine.get(), &engine::Engine::snapshotReady);
        next.wait(5000);
    }
    return out;
}

void TestExplain::quantileBucketsReproduceTheP95()
{
    const auto [figure, e] = explainCurrent(u"response_time_p95");
    const engine::Figure *p95 = &figure;
    QVERIFY2(e.ok(), qPrintable(describe(e)));
    QCOMPARE(e.kind, engine::Explanation::Kind::Quantile);
    QCOMPARE(e.quantile, 0.95);
    QVERIFY(e.innerQuery.startsWith(QLatin1String("sum by (le) (rate(erlmcp_response_time_ms_bucket")));
    QCOMPARE(e.evaluatedAt, p95->sampleTime);
    QVERIFY(e.explainLatencyMs >= 0);

    // Buckets arrive, sorted, ending in +Inf, cumulative.
    QVERIFY2(e.buckets.size() >= 3, qPrintable(describe(e)));
    QCOMPARE(e.buckets.back().le, QStringLiteral("+Inf"));
    QVERIFY(std::isinf(e.buckets.back().upperBound));
    for (std::size_t i = 1; i < e.buckets.size(); ++i) {
        QVERIFY(e.buckets[i - 1].upperBound < e.buckets[i].upperBound);
        QVERIFY(e.buckets[i - 1].cumulative <= e.buckets[i].cumulative);
    }

    // The steps, written out, give the figure's value to 1e-9.
    const sla::QuantileSteps &st = e.steps;
    QVERIFY(st.bucketIndex >= 0 && st.bucketIndex < int(e.buckets.size()));
    QCOMPARE(st.observations, e.buckets.back().cumulative);
    QVERIFY(close(st.rank, 0.95 * st.observations));
    QCOMPARE(st.bucketEnd, e.buckets[std::size_t(st.bucketIndex)].upperBound);
    if (!st.inInfBucket) {
        const double byHand =
            st.bucketStart + (st.bucketEnd - st.bucketStart) * ((st.rank - st.countBelow) / st.countInBucket);
        QVERIFY2(close(byHand, p95->value), qPrintable(describe(e)));
    }
    QVERIFY2(close(st.value, p95->value), qPrintable(describe(e)));
    QVERIFY2(e.reproduced, qPrintable(describe(e)));
    QVERIFY2(e.warnings.isEmpty() || !st.inInfBucket, qPrintable(describe(e)));
}

void TestExplain::ratioSidesDivideToTheErrorRate()
{
    const auto [figure, e] = explainCurrent(u"error_rate");
    const engine::Figure *rate = &figure;
    QVERIFY2(e.ok(), qPrintable(describe(e)));
    QCOMPARE(e.kind, engine::Explanation::Kind::Ratio);
    QVERIFY(e.numeratorQuery.contains(QLatin1String("erlmcp_errors_total")));
    QVERIFY(e.denominatorQuery.contains(QLatin1String("erlmcp_requests_total")));
    QVERIFY(!e.complement);
    QVERIFY2(e.numerator > 0 && e.denominator > e.numerator, qPrintable(describe(e)));
    QVERIFY2(close(e.numerator / e.denominator, rate->value), qPrintable(describe(e)));
    QVERIFY2(e.reproduced, qPrintable(describe(e)));
    QVERIFY2(e.warnings.isEmpty(), qPrintable(describe(e)));
}

void TestExplain::plainQueryShowsItsSeries()
{
    const auto [throughput, e] = explainCurrent(u"throughput");
    QVERIFY(throughput.hasValue());
    QVERIFY2(e.ok(), qPrintable(describe(e)));
    QCOMPARE(e.kind, engine::Explanation::Kind::Plain);
    QCOMPARE(e.series.size(), std::size_t(1));
    QVERIFY2(e.reproduced, qPrintable(describe(e)));
}

void TestExplain::unreachablePrometheusIsAnError()
{
    // A port nobody listens on: the explanation says so, it does not crash or hang.
    prom::Client dead(QUrl(QStringLiteral("http://127.0.0.1:1")));
    const engine::Explanation e = explain(*m_engine->current()->figure(u"response_time_p95"), &dead);
    QVERIFY(!e.ok());
    QCOMPARE(e.kind, engine::Explanation::Kind::Quantile);
    QVERIFY(e.buckets.empty());
    QVERIFY(!e.reproduced);
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
