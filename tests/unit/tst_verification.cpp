// The verifier: each effect's verdict against its figure's own target, the overall verdict, done().
#include "actions/verification.h"
#include "planfixture.h"

using namespace slaops;
using namespace slaops::actions;
using planfixture::set;
using S = sla::State;

namespace {
Plan planWith(std::vector<Effect> effects)
{
    Plan p;
    p.effects = std::move(effects);
    return p;
}
const Effect kErrorRate{QStringLiteral("error_rate"), QString(),
                        QStringLiteral("error rate back within target")};
const Effect kThroughput{QStringLiteral("throughput"), QString(),
                         QStringLiteral("throughput back under its alert")};
const Effect kUptime{QStringLiteral("uptime"), QStringLiteral("eu-west-1"), QStringLiteral("uptime")};
} // namespace

class TestVerification : public QObject {
    Q_OBJECT
    config::Profile m_profile = planfixture::profile();

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void overallIsTheWorst_data();
    void overallIsTheWorst();
    void refreshesAreCountedOnce();
    void doneAfterTheWantedRefreshes();
    void describeAndJson();
};

void TestVerification::verdicts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("region");
    QTest::addColumn<double>("before");
    QTest::addColumn<S>("stateNow");
    QTest::addColumn<double>("now");
    QTest::addColumn<EffectVerdict>("verdict");
    // error_rate: at most 0.01 %.
    QTest::newRow("recovered") << "error_rate"
                               << "" << 0.02 << S::Ok << 0.00005 << EffectVerdict::Recovered;
    QTest::newRow("recovered at the target") << "error_rate"
                                             << "" << 0.02 << S::Ok << 0.0001 << EffectVerdict::Recovered;
    QTest::newRow("within target past alert is recovered")
        << "response_time_p95"
        << "" << 300.0 << S::Ok << 100.0 << EffectVerdict::Recovered;
    QTest::newRow("better, not yet") << "error_rate"
                                     << "" << 0.02 << S::Breach << 0.01 << EffectVerdict::NotYet;
    QTest::newRow("same, not yet") << "error_rate"
                                   << "" << 0.02 << S::Breach << 0.02 << EffectVerdict::NotYet;
    QTest::newRow("within the tolerance") << "error_rate"
                                          << "" << 0.02 << S::Breach << 0.0201 << EffectVerdict::NotYet;
    QTest::newRow("worse") << "error_rate"
                           << "" << 0.02 << S::Breach << 0.03 << EffectVerdict::Worse;
    QTest::newRow("was within, now past") << "error_rate"
                                          << "" << 0.00005 << S::Breach << 0.001 << EffectVerdict::Worse;
    QTest::newRow("no value before: not yet")
        << "error_rate"
        << "" << double(NAN) << S::Breach << 0.03 << EffectVerdict::NotYet;
    QTest::newRow("no data now") << "error_rate"
                                 << "" << 0.02 << S::NoData << double(NAN) << EffectVerdict::Unknown;
    QTest::newRow("stale within target is unknown")
        << "error_rate"
        << "" << 0.02 << S::Stale << 0.00001 << EffectVerdict::Unknown;
    QTest::newRow("error now") << "error_rate"
                               << "" << 0.02 << S::Error << 0.00001 << EffectVerdict::Unknown;
    // uptime: at least, a regional figure.
    QTest::newRow("uptime recovered") << "uptime"
                                      << "eu-west-1" << 0.99 << S::Ok << 0.999995 << EffectVerdict::Recovered;
    QTest::newRow("uptime worse") << "uptime"
                                  << "eu-west-1" << 0.99 << S::Breach << 0.98 << EffectVerdict::Worse;
    QTest::newRow("uptime better") << "uptime"
                                   << "eu-west-1" << 0.99 << S::Breach << 0.995 << EffectVerdict::NotYet;
}

void TestVerification::verdicts()
{
    QFETCH(QString, id);
    QFETCH(QString, region);
    QFETCH(double, before);
    QFETCH(S, stateNow);
    QFETCH(double, now);
    QFETCH(EffectVerdict, verdict);
    engine::Snapshot a = planfixture::healthy(m_profile, 10);
    if (std::isnan(before))
        set(a, id, region, S::NoData);
    else
        set(a, id, region, S::Breach, before);
    engine::Snapshot b = planfixture::healthy(m_profile, 11);
    set(b, id, region, stateNow, now);
    Verification v = Verifier::start(planWith({{id, region, QStringLiteral("x")}}), &a, 6);
    QCOMPARE(v.overall, EffectVerdict::Pending);
    QCOMPARE(v.checks.size(), std::size_t(1));
    QCOMPARE(v.checks[0].verdict, EffectVerdict::Pending);
    QCOMPARE(v.checks[0].stateBefore, std::isnan(before) ? S::NoData : S::Breach);
    v = Verifier::update(v, b, a.generation);
    QCOMPARE(v.refreshesSeen, 1);
    QCOMPARE(v.checks[0].verdict, verdict);
    QCOMPARE(v.overall, verdict);
    QCOMPARE(v.checks[0].stateNow, stateNow);
    QCOMPARE(v.done(), verdict == EffectVerdict::Recovered);
}

void TestVerification::overallIsTheWorst_data()
{
    QTest::addColumn<QList<int>>("states"); // per effect: 0 recovered, 1 not yet, 2 unknown, 3 worse
    QTest::addColumn<EffectVerdict>("overall");
    QTest::newRow("all recovered") << QList<int>{0, 0, 0} << EffectVerdict::Recovered;
    QTest::newRow("one not yet") << QList<int>{0, 1, 0} << EffectVerdict::NotYet;
    QTest::newRow("unknown beats not yet") << QList<int>{1, 2, 0} << EffectVerdict::Unknown;
    QTest::newRow("worse beats all") << QList<int>{2, 3, 1} << EffectVerdict::Worse;
}

void TestVerification::overallIsTheWorst()
{
    QFETCH(QList<int>, states);
    QFETCH(EffectVerdict, overall);
    engine::Snapshot a = planfixture::healthy(m_profile, 1);
    engine::Snapshot b = planfixture::healthy(m_profile, 2);
    const std::vector<Effect> effects{kErrorRate, kThroughput, kUptime};
    set(a, QStringLiteral("error_rate"), {}, S::Breach, 0.02);
    set(a, QStringLiteral("throughput"), {}, S::Breach, 60000);
    set(a, QStringLiteral("uptime"), QStringLiteral("eu-west-1"), S::Breach, 0.99);
    for (int i = 0; i < 3; ++i) {
        const Effect &e = effects[std::size_t(i)];
        const double before = a.figure(e.slaId, e.region)->value;
        switch (states[i]) {
        case 0:
            break; // healthy() is within target
        case 1:
            set(b, e.slaId, e.region, S::Breach, before);
            break;
        case 2:
            set(b, e.slaId, e.region, S::NoData);
            break;
        case 3:
            // Further from the target, whichever way the figure points.
            set(b, e.slaId, e.region, S::Breach,
                a.figure(e.slaId, e.region)->comparison == sla::Comparison::AtMost ? before * 2
                                                                                   : before - 0.05);
            break;
        }
    }
    Verification v = Verifier::update(Verifier::start(planWith(effects), &a, 6), b, a.generation);
    QCOMPARE(v.overall, overall);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(int(v.checks[std::size_t(i)].verdict),
                 int(std::array{EffectVerdict::Recovered, EffectVerdict::NotYet, EffectVerdict::Unknown,
                                EffectVerdict::Worse}[std::size_t(states[i])]));
}

void TestVerification::refreshesAreCountedOnce()
{
    engine::Snapshot a = planfixture::healthy(m_profile, 5);
    set(a, QStringLiteral("error_rate"), {}, S::Breach, 0.02);
    Verification v = Verifier::start(planWith({kErrorRate}), &a, 3);
    QCOMPARE(v.refreshesWanted, 3);
    // The snapshot of the action itself, and an older one, are no refresh since.
    v = Verifier::update(v, a, a.generation);
    QCOMPARE(v.refreshesSeen, 0);
    QCOMPARE(v.overall, EffectVerdict::Pending);
    engine::Snapshot old = planfixture::healthy(m_profile, 4);
    v = Verifier::update(v, old, a.generation);
    QCOMPARE(v.refreshesSeen, 0);
    QCOMPARE(v.overall, EffectVerdict::Pending);
    engine::Snapshot b = a;
    b.generation = 6;
    v = Verifier::update(v, b, a.generation);
    QCOMPARE(v.refreshesSeen, 1);
    v = Verifier::update(v, b, a.generation); // the same refresh again
    QCOMPARE(v.refreshesSeen, 1);
    QCOMPARE(v.overall, EffectVerdict::NotYet);
}

void TestVerification::doneAfterTheWantedRefreshes()
{
    engine::Snapshot a = planfixture::healthy(m_profile, 100);
    set(a, QStringLiteral("error_rate"), {}, S::Breach, 0.02);
    Verification v = Verifier::start(planWith({kErrorRate}), &a, 3);
    for (quint64 g = 101; g <= 103; ++g) {
        QVERIFY(!v.done());
        engine::Snapshot n = a;
        n.generation = g;
        v = Verifier::update(v, n, a.generation);
    }
    QCOMPARE(v.refreshesSeen, 3);
    QVERIFY(v.done());
    QCOMPARE(v.overall, EffectVerdict::NotYet);

    // Recovered ends it at once; an action without effects has nothing to wait for after a refresh.
    Verification r = Verifier::start(planWith({kErrorRate}), &a, 6);
    r = Verifier::update(r, planfixture::healthy(m_profile, 101), a.generation);
    QVERIFY(r.done());
    Verification none = Verifier::start(planWith({}), &a, 6);
    QVERIFY(!none.done());
    none = Verifier::update(none, planfixture::healthy(m_profile, 101), a.generation);
    QCOMPARE(none.overall, EffectVerdict::Recovered);

    // A null snapshot at the start: no value before, judged on the values after.
    Verification n = Verifier::start(planWith({kErrorRate}), nullptr, 6);
    QVERIFY(std::isnan(n.checks[0].before));
    engine::Snapshot bad = planfixture::healthy(m_profile, 1);
    set(bad, QStringLiteral("error_rate"), {}, S::Breach, 0.5);
    n = Verifier::update(n, bad, 0);
    QCOMPARE(n.overall, EffectVerdict::NotYet);
}

void TestVerification::describeAndJson()
{
    engine::Snapshot a = planfixture::healthy(m_profile, 1);
    set(a, QStringLiteral("error_rate"), {}, S::Breach, 0.02);
    engine::Snapshot b = planfixture::healthy(m_profile, 2);
    Verification v = Verifier::start(planWith({kErrorRate, kThroughput}), &a, 6);
    QCOMPARE(Verifier::describe(v.checks[0]),
             QStringLiteral("Waiting for a refresh: error rate back within target"));
    set(b, QStringLiteral("throughput"), {}, S::NoData);
    v = Verifier::update(v, b, a.generation);
    const QString recovered = Verifier::describe(v.checks[0]);
    QVERIFY2(recovered.startsWith(QStringLiteral("Recovered: Error rate")), qPrintable(recovered));
    QVERIFY2(recovered.contains(QStringLiteral("0.01")), qPrintable(recovered));
    QVERIFY2(Verifier::describe(v.checks[1]).startsWith(QStringLiteral("Unknown: Throughput")),
             qPrintable(Verifier::describe(v.checks[1])));

    const QJsonObject json = v.toJson();
    QCOMPARE(json.value(QStringLiteral("overall")).toString(), QStringLiteral("unknown"));
    QCOMPARE(json.value(QStringLiteral("refreshesSeen")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("refreshesWanted")).toInt(), 6);
    QCOMPARE(json.value(QStringLiteral("done")).toBool(), false);
    const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("recovered"));
    QCOMPARE(checks[0].toObject().value(QStringLiteral("before")).toDouble(), 0.02);
    QVERIFY(checks[1].toObject().value(QStringLiteral("now")).isNull()); // NaN is no JSON number
    QCOMPARE(checks[1].toObject().value(QStringLiteral("stateNow")).toString(), sla::stateName(S::NoData));
    for (EffectVerdict e : {EffectVerdict::Pending, EffectVerdict::Recovered, EffectVerdict::NotYet,
                            EffectVerdict::Worse, EffectVerdict::Unknown})
        QVERIFY(!verdictName(e).isEmpty());
    QCOMPARE(verdictName(EffectVerdict::NotYet), QStringLiteral("not-yet"));
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
