// The one verdict (engine::Verdict) and the ageing rule it is applied after (engine::Freshness):
// every combination of figure and budget states, and what a snapshot becomes by the reader's clock.
#include "engine/freshness.h"
#include "engine/snapshotjson.h"
#include "engine/verdict.h"

#include <QTest>

using namespace slaops;
using S = sla::State;
using K = engine::Verdict::Kind;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(3, 0, 0), Qt::UTC);

engine::Figure figure(const QString &name, S state, S lastKnown = S::NoData, const QString &region = {})
{
    engine::Figure f;
    f.id = name.toLower();
    f.name = name;
    f.region = region;
    f.state = state;
    f.lastKnown = lastKnown;
    f.value = state == S::NoData ? NAN : 1.0;
    f.confirmedAt = kNow.addSecs(-1);
    f.sampleTime = f.confirmedAt;
    return f;
}

engine::BudgetFigure budget(const QString &name, S state, S lastKnown = S::NoData)
{
    engine::BudgetFigure b;
    b.slaId = name.toLower();
    b.name = name;
    b.state = state;
    b.lastKnown = lastKnown;
    b.confirmedAt = kNow.addSecs(-1);
    return b;
}

engine::Snapshot snapshot(std::vector<engine::Figure> figures, std::vector<engine::BudgetFigure> budgets = {},
                          bool reachable = true)
{
    engine::Snapshot s;
    s.time = kNow.addSecs(-1);
    s.profileName = QStringLiteral("test");
    s.prometheus.reachable = reachable;
    s.prometheus.lastSuccess = s.time;
    s.staleAfter = std::chrono::seconds(10);
    s.errorAfter = std::chrono::seconds(60);
    s.figures = std::move(figures);
    s.budgets = std::move(budgets);
    return s;
}

} // namespace

Q_DECLARE_METATYPE(S)
Q_DECLARE_METATYPE(K)

class TestVerdict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void everyFigureAndBudgetState_data();
    void everyFigureAndBudgetState();
    void emptySnapshotIsUnknown();
    void unreachableSourceIsNeverMet();
    void staleBreachKeepsTheBreachInView();
    void namesSayWhereToLook();
    void jsonOfCheckAgreesWithTheWindows();
    void freshSnapshotIsHandedOnUntouched();
    void snapshotAgesByTheReadersClock();
    void agedBudgetKeepsItsLastState();
    void staleFigureTurnsErrorAfterTheBound();
};

void TestVerdict::everyFigureAndBudgetState_data()
{
    QTest::addColumn<S>("figureState");
    QTest::addColumn<S>("budgetState");
    QTest::addColumn<K>("kind");
    QTest::addColumn<int>("exitCode");
    const S all[] = {S::Ok, S::Warning, S::Breach, S::NoData, S::Stale, S::Error};
    for (S f : all) {
        for (S b : all) {
            // A breach anywhere wins; then anything unknown; then a warning; else met.
            K k = K::Met;
            if (f == S::Breach || b == S::Breach)
                k = K::Breach;
            else if (!sla::isKnown(f) || !sla::isKnown(b))
                k = K::Unknown;
            else if (f == S::Warning || b == S::Warning)
                k = K::Warning;
            const int code = k == K::Breach ? 1 : k == K::Unknown ? 2 : 0;
            QTest::addRow("figure %s, budget %s", qPrintable(sla::stateName(f)),
                          qPrintable(sla::stateName(b)))
                << f << b << k << code;
        }
    }
}

void TestVerdict::everyFigureAndBudgetState()
{
    QFETCH(S, figureState);
    QFETCH(S, budgetState);
    QFETCH(K, kind);
    QFETCH(int, exitCode);
    const engine::Snapshot s =
        snapshot({figure(QStringLiteral("Uptime"), S::Ok), figure(QStringLiteral("P95"), figureState)},
                 {budget(QStringLiteral("Uptime"), budgetState)});
    const engine::Verdict v = engine::Verdict::judge(s);
    QCOMPARE(v.kind, kind);
    QCOMPARE(v.exitCode(), exitCode);
    QCOMPARE(v.total, 3);
    // Only a met verdict is ever Ok (green), and its text is the only one that says "met" alone.
    QCOMPARE(v.state() == S::Ok, kind == K::Met);
    QCOMPARE(v.text() == QStringLiteral("Every SLA met"), kind == K::Met);
    if (kind == K::Breach)
        QVERIFY2(v.text().contains(QStringLiteral("in breach")), qPrintable(v.text()));
    if (kind == K::Unknown)
        QVERIFY2(v.text().contains(QStringLiteral("without a current value")), qPrintable(v.text()));
}

void TestVerdict::emptySnapshotIsUnknown()
{
    const engine::Verdict v = engine::Verdict::judge(snapshot({}));
    QCOMPARE(v.kind, K::Unknown);
    QCOMPARE(v.exitCode(), 2);
    QCOMPARE(v.state(), S::NoData);
    QCOMPARE(v.text(), QStringLiteral("No figures to judge"));
}

void TestVerdict::unreachableSourceIsNeverMet()
{
    // Every figure still reads Ok (a snapshot that claims so), but the source did not answer.
    const engine::Verdict v =
        engine::Verdict::judge(snapshot({figure(QStringLiteral("Uptime"), S::Ok)}, {}, false));
    QCOMPARE(v.kind, K::Unknown);
    QCOMPARE(v.exitCode(), 2);
    QVERIFY(v.state() != S::Ok);
}

void TestVerdict::staleBreachKeepsTheBreachInView()
{
    // Prometheus died in the middle of an incident: the P95 was in breach when last known.
    const engine::Snapshot s = snapshot({figure(QStringLiteral("Uptime"), S::Stale, S::Ok),
                                         figure(QStringLiteral("P95 response time"), S::Stale, S::Breach),
                                         figure(QStringLiteral("Error rate"), S::Error, S::Ok)},
                                        {}, false);
    const engine::Verdict v = engine::Verdict::judge(s);
    QCOMPARE(v.kind, K::Breach);
    QCOMPARE(v.exitCode(), 1);
    QCOMPARE(v.breaches, 0);
    QCOMPARE(v.staleBreaches, 1);
    QCOMPARE(v.unknown, 2);
    QCOMPARE(v.text(), QStringLiteral("P95 response time in breach · last known"));
}

void TestVerdict::namesSayWhereToLook()
{
    const engine::Snapshot s =
        snapshot({figure(QStringLiteral("P95"), S::Breach),
                  figure(QStringLiteral("P95"), S::Breach, S::NoData, QStringLiteral("eu-west-1")),
                  figure(QStringLiteral("Error rate"), S::Stale, S::Breach),
                  figure(QStringLiteral("Uptime"), S::Breach)},
                 {budget(QStringLiteral("Uptime"), S::Breach)});
    const engine::Verdict v = engine::Verdict::judge(s);
    QCOMPARE(v.breaches, 4);
    QCOMPARE(v.staleBreaches, 1);
    QCOMPARE(v.breachNames, (QStringList{QStringLiteral("P95"), QStringLiteral("P95 · eu-west-1"),
                                         QStringLiteral("Error rate"), QStringLiteral("Uptime"),
                                         QStringLiteral("Uptime error budget")}));
    QCOMPARE(v.text(),
             QStringLiteral("5 SLAs in breach: P95, P95 · eu-west-1, Error rate, 2 more · 1 last known"));
}

void TestVerdict::jsonOfCheckAgreesWithTheWindows()
{
    // check --json carries the same judgement the exit code comes from.
    const engine::Snapshot s = snapshot({figure(QStringLiteral("P95"), S::Stale, S::Breach)}, {}, false);
    const engine::Verdict v = engine::Verdict::judge(s);
    QCOMPARE(v.exitCode(), 1);
    QCOMPARE(v.state(), S::Breach);
    const QJsonObject json = engine::SnapshotJson::toJson(s).value(QStringLiteral("verdict")).toObject();
    QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("breach"));
    QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("stale_breaches")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("text")).toString(), v.text());
    const QJsonObject fig = engine::SnapshotJson::toJson(s.figures[0]);
    QCOMPARE(fig.value(QStringLiteral("last_known")).toString(), QStringLiteral("breach"));
}

void TestVerdict::freshSnapshotIsHandedOnUntouched()
{
    const auto s = std::make_shared<const engine::Snapshot>(
        snapshot({figure(QStringLiteral("Uptime"), S::Ok)}, {budget(QStringLiteral("Uptime"), S::Ok)}));
    QCOMPARE(engine::Freshness::aged(s, kNow).get(), s.get());
    QCOMPARE(engine::Freshness::aged(s, kNow.addSecs(8)).get(), s.get());
}

void TestVerdict::snapshotAgesByTheReadersClock()
{
    const auto s = std::make_shared<const engine::Snapshot>(
        snapshot({figure(QStringLiteral("Uptime"), S::Ok), figure(QStringLiteral("P95"), S::Breach),
                  figure(QStringLiteral("Consistency"), S::NoData)}));
    QCOMPARE(engine::Verdict::judge(*s).kind, K::Breach);

    // Past the bound (10 s) and no newer snapshot: nothing is current any more, the breach stays.
    const engine::SnapshotPtr aged = engine::Freshness::aged(s, kNow.addSecs(12));
    QVERIFY(aged.get() != s.get());
    QCOMPARE(aged->figures[0].state, S::Stale);
    QCOMPARE(aged->figures[0].lastKnown, S::Ok);
    QCOMPARE(aged->figures[0].value, 1.0); // kept, greyed by the widgets
    QVERIFY2(aged->figures[0].message.startsWith(QStringLiteral("no refresh has completed since")),
             qPrintable(aged->figures[0].message));
    QCOMPARE(aged->figures[1].state, S::Stale);
    QCOMPARE(aged->figures[1].lastKnown, S::Breach);
    QCOMPARE(aged->figures[2].state, S::NoData); // there was no value to age
    QVERIFY(!aged->prometheus.reachable);
    QVERIFY(aged->prometheus.error.startsWith(QStringLiteral("no refresh has completed for")));
    QCOMPARE(aged->prometheus.downSince, s->time);
    const engine::Verdict v = engine::Verdict::judge(*aged);
    QCOMPARE(v.kind, K::Breach);
    QCOMPARE(v.text(), QStringLiteral("P95 in breach · last known"));

    // An all-Ok snapshot that ages is no longer "met".
    const auto ok =
        std::make_shared<const engine::Snapshot>(snapshot({figure(QStringLiteral("Uptime"), S::Ok)}));
    QCOMPARE(engine::Verdict::judge(*ok).kind, K::Met);
    const engine::Verdict later = engine::Verdict::judge(*engine::Freshness::aged(ok, kNow.addSecs(3600)));
    QCOMPARE(later.kind, K::Unknown);
    QCOMPARE(later.exitCode(), 2);
    QVERIFY(later.state() != S::Ok);
    // The original is a value: ageing never changes it.
    QCOMPARE(s->figures[0].state, S::Ok);
}

void TestVerdict::agedBudgetKeepsItsLastState()
{
    const auto s = std::make_shared<const engine::Snapshot>(
        snapshot({figure(QStringLiteral("Uptime"), S::Ok)}, {budget(QStringLiteral("Uptime"), S::Breach)}));
    const engine::SnapshotPtr aged = engine::Freshness::aged(s, kNow.addSecs(30));
    QCOMPARE(aged->budgets[0].state, S::Stale);
    QCOMPARE(aged->budgets[0].lastKnown, S::Breach);
    QCOMPARE(engine::Verdict::judge(*aged).breachNames, QStringList{QStringLiteral("Uptime error budget")});
}

void TestVerdict::staleFigureTurnsErrorAfterTheBound()
{
    engine::Figure f = figure(QStringLiteral("P95"), S::Stale, S::Breach);
    f.message = QStringLiteral("connection refused");
    const auto stale = std::chrono::seconds(10), error = std::chrono::seconds(60);
    QVERIFY(!engine::Freshness::age(f, kNow.addSecs(30), stale, error));
    QCOMPARE(f.state, S::Stale);
    QVERIFY(engine::Freshness::age(f, kNow.addSecs(61), stale, error));
    QCOMPARE(f.state, S::Error);
    QCOMPARE(f.lastKnown, S::Breach);                                     // still what the kept value said
    QCOMPARE(f.message, QStringLiteral("connection refused"));            // the cause is not overwritten
    QVERIFY(!engine::Freshness::age(f, kNow.addSecs(600), stale, error)); // Error is final
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
