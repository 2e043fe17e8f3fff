// The queries one refresh sends, from the default profile: which figures, which scopes, which windows.
#include "config/profileloader.h"
#include "engine/budgetcalculator.h"
#include "engine/refreshplan.h"

#include <QtTest>

using namespace slaops;
using engine::RefreshPlan;

class TestRefreshPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fleetAndRegions();
    void regionFilter();
    void regionsWithTheirOwnSource();
    void budgetWindows();
    void budgetFromAnswers_data();
    void budgetFromAnswers();
    void budgetCoverageQuery();
    void budgetCoverageCarried();

private:
    config::Profile m_profile;
    const QDateTime m_now = QDateTime(QDate(2026, 2, 10), QTime(12, 0, 0), Qt::UTC);
};

void TestRefreshPlan::initTestCase()
{
    const auto r = config::ProfileLoader::loadDefault();
    QVERIFY2(r.ok, qPrintable(r.error));
    m_profile = r.profile;
}

void TestRefreshPlan::fleetAndRegions()
{
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now);
    QCOMPARE(plan.figures.size(), std::size_t(6 + 3 * 8));
    // One window check: throughput is the only rate per second, so the only figure that can read low.
    QCOMPARE(plan.coverage.size(), std::size_t(1));
    QCOMPARE(plan.coverage[0].query,
             QStringLiteral(
                 "(count(erlmcp_requests_total{} offset 1m) or vector(0)) / count(erlmcp_requests_total{})"));
    QCOMPARE(plan.queries().size(), plan.figures.size() + 3 * RefreshPlan::queriesPerBudget() + 1);
    const auto find = [&](const char *id, const char *region) -> const engine::FigureSpec & {
        for (const auto &f : plan.figures)
            if (f.id == QLatin1String(id) && f.region == QLatin1String(region))
                return f;
        qFatal("no figure %s/%s", id, region);
    };
    QCOMPARE(find("error_rate", "").query,
             QStringLiteral("sum(rate(erlmcp_errors_total{}[5m])) / sum(rate(erlmcp_requests_total{}[5m]))"));
    QCOMPARE(find("error_rate", "eu-west-1").query,
             QStringLiteral("sum(rate(erlmcp_errors_total{region=\"eu-west-1\"}[5m])) / "
                            "sum(rate(erlmcp_requests_total{region=\"eu-west-1\"}[5m]))"));
    QCOMPARE(find("uptime", "ap-southeast-1").target, 0.9999);
    QCOMPARE(find("uptime", "us-east-1").target, 0.99999);
    QCOMPARE(find("rto", "ap-southeast-1").target, 600.0);
    QCOMPARE(find("rto", "ap-southeast-1").query,
             QStringLiteral("max(erlmcp_recovery_time_seconds{region=\"ap-southeast-1\"})"));
    QCOMPARE(find("network_latency", "us-east-1").unit, config::Unit::Milliseconds);
    for (const auto &f : plan.figures)
        QVERIFY2(!(f.id == QLatin1String("throughput") && !f.region.isEmpty()), "throughput is fleet-only");
}

void TestRefreshPlan::regionFilter()
{
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now, QStringLiteral("eu-west-1"));
    QCOMPARE(plan.figures.size(), std::size_t(8));
    for (const auto &f : plan.figures)
        QCOMPARE(f.region, QStringLiteral("eu-west-1"));
    QVERIFY(plan.budgets.empty());
    QVERIFY(RefreshPlan::make(m_profile, m_now, QStringLiteral("mars-1")).figures.empty());
}

void TestRefreshPlan::regionsWithTheirOwnSource()
{
    config::Profile p = m_profile;
    p.regions[1].prometheus.urls = {QUrl(QStringLiteral("http://127.0.0.1:9201"))}; // eu-west-1
    p.regions[2].prometheus.urls = {QUrl(QStringLiteral("http://127.0.0.1:9301"))}; // ap-southeast-1
    const RefreshPlan plan = RefreshPlan::make(p, m_now);
    const std::vector<QString> queries = plan.queries();
    const std::vector<int> sources = plan.sources();
    QCOMPARE(sources.size(), queries.size());
    // Each region's figures go to its own source; the fleet's, the budgets and the window checks to
    // the global one.
    for (const engine::FigureSpec &f : plan.figures) {
        const int expected = f.region == QLatin1String("eu-west-1")        ? 1
                             : f.region == QLatin1String("ap-southeast-1") ? 2
                                                                           : 0;
        QCOMPARE(f.source, expected);
    }
    for (std::size_t i = plan.figures.size(); i < sources.size(); ++i)
        QCOMPARE(sources[i], 0);
    for (std::size_t i = 0; i < plan.figures.size(); ++i)
        QCOMPARE(sources[i], plan.figures[i].source);
    // The filter does not change a region's index: it must match the engine's list of sources.
    const RefreshPlan ap = RefreshPlan::make(p, m_now, QStringLiteral("ap-southeast-1"));
    QVERIFY(!ap.figures.empty());
    for (const engine::FigureSpec &f : ap.figures)
        QCOMPARE(f.source, 2);
    // Without regional sources everything goes to the global one.
    for (int s : RefreshPlan::make(m_profile, m_now).sources())
        QCOMPARE(s, 0);
}

void TestRefreshPlan::budgetWindows()
{
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now);
    QCOMPARE(plan.budgets.size(), std::size_t(3)); // uptime, error rate, consistency
    const auto &b = plan.budgets[1];
    QCOMPARE(b.slaId, QStringLiteral("error_rate"));
    QCOMPARE(b.period, std::chrono::seconds(30 * 86400));
    // February 2026 has 28 days; 9 days and 12 hours have passed on the 10th at noon.
    QCOMPARE(b.monthLength, std::chrono::seconds(28 * 86400));
    QCOMPARE(b.monthElapsed, std::chrono::seconds(9 * 86400 + 12 * 3600));
    QCOMPARE(b.monthLabel, QStringLiteral("2026-02"));
    QVERIFY(b.rollingQuery.contains(QStringLiteral("[30d]")));
    QVERIFY(b.monthQuery.contains(QStringLiteral("[9d12h]")));
    QCOMPARE(b.burnQueries.size(), engine::kBurnWindowCount);
    QVERIFY(b.burnQueries.front().contains(QStringLiteral("[5m]")));
    QVERIFY(b.burnQueries.back().contains(QStringLiteral("[3d]")));
}

void TestRefreshPlan::budgetFromAnswers_data()
{
    QTest::addColumn<double>("sli"); // error ratio over every window
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("state");
    QTest::addColumn<double>("remaining");
    // Error-rate SLA 0.01 %: half the allowance used over 30 days.
    QTest::addRow("half used") << 0.00005 << int(engine::BurnVerdict::None) << int(sla::State::Ok) << 0.5;
    // 0.2 %: burn rate 20 everywhere, over budget: page, and the budget is spent.
    QTest::addRow("burning") << 0.002 << int(engine::BurnVerdict::Page) << int(sla::State::Breach) << -19.0;
    // 0.04 %: burn 4 — a ticket, budget already overspent over a full period at that rate.
    QTest::addRow("ticket") << 0.0004 << int(engine::BurnVerdict::Ticket) << int(sla::State::Breach) << -3.0;
    QTest::addRow("no traffic") << double(NAN) << int(engine::BurnVerdict::Unknown) << int(sla::State::NoData)
                                << double(NAN);
}

void TestRefreshPlan::budgetFromAnswers()
{
    QFETCH(double, sli);
    QFETCH(int, verdict);
    QFETCH(int, state);
    QFETCH(double, remaining);
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now);
    engine::BudgetInputs in;
    in.spec = &plan.budgets[1];
    in.rollingSli = sli;
    in.monthSli = sli;
    in.burnSli.fill(sli);
    in.now = m_now;
    const engine::BudgetFigure b = engine::BudgetCalculator::compute(in);
    QCOMPARE(int(b.verdict), verdict);
    QCOMPARE(int(b.state), state);
    if (std::isnan(remaining)) {
        QVERIFY(std::isnan(b.rolling.remaining));
        QVERIFY(!b.message.isEmpty());
    } else {
        QVERIFY2(std::abs(b.rolling.remaining - remaining) < 1e-9,
                 qPrintable(QString::number(b.rolling.remaining)));
        QVERIFY(std::abs(b.burnRates[2] - sli / 0.0001) < 1e-9);
    }
}

void TestRefreshPlan::budgetCoverageQuery()
{
    const RefreshPlan measured = RefreshPlan::make(m_profile, m_now);
    QCOMPARE(measured.budgets[1].coverageQuery,
             QStringLiteral("(count_over_time(count(erlmcp_errors_total{})[30d:4h]) * 14400 > 28800) or "
                            "(count_over_time(count(erlmcp_errors_total{})[8h:4m]) * 240 > 480) or "
                            "(count_over_time(count(erlmcp_errors_total{})[8m:4s]) * 4)"));
    // Between measurements the plan leaves it out, and the order of the other queries stays.
    const RefreshPlan between = RefreshPlan::make(m_profile, m_now, {}, false);
    for (const auto &b : between.budgets)
        QVERIFY(b.coverageQuery.isEmpty());
    QCOMPARE(between.queries().size(), measured.queries().size() - measured.budgets.size());
    // A short period keeps at least one-minute coarse steps and never looks back past the period.
    QCOMPARE(RefreshPlan::budgetCoverageQuery(QStringLiteral("up"), std::chrono::hours(1)),
             QStringLiteral("(count_over_time(count(up)[1h:20s]) * 20 > 40) or "
                            "(count_over_time(count(up)[40s:1s]) * 1)"));
}

// Two minutes after a fresh start a month's budget is an extrapolation; the figure says over how
// much it was computed, and between measurements the covered time grows with confirmed refreshes.
void TestRefreshPlan::budgetCoverageCarried()
{
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now);
    engine::BudgetInputs in;
    in.spec = &plan.budgets[1];
    in.rollingSli = in.monthSli = 0.00005;
    in.burnSli.fill(0.00005);
    in.now = m_now;
    in.coverageMeasured = true;
    in.coveredSeconds = 120;
    const engine::BudgetFigure first = engine::BudgetCalculator::compute(in);
    QCOMPARE(first.rolling.covered, 120.0);
    QCOMPARE(first.month.covered, 120.0);
    QVERIFY(first.rolling.partlyCovered());
    QVERIFY(first.month.partlyCovered());
    // The rest is counted as going the same way: half the budget rate gives half the budget left,
    // not the 99.99 % a perfect rest would give.
    QVERIFY(std::abs(first.rolling.remaining - 0.5) < 1e-9);

    engine::BudgetInputs later = in;
    later.coverageMeasured = false;
    later.coveredSeconds = NAN;
    later.now = m_now.addSecs(60);
    later.previous = &first;
    const engine::BudgetFigure second = engine::BudgetCalculator::compute(later);
    QCOMPARE(second.rolling.covered, 180.0);
    QCOMPARE(second.coverageMeasuredAt, m_now);

    // Fully covered: capped at the period, and not flagged.
    engine::BudgetInputs old = in;
    old.coveredSeconds = 40.0 * 86400;
    const engine::BudgetFigure full = engine::BudgetCalculator::compute(old);
    QCOMPARE(full.rolling.covered, 30.0 * 86400);
    QVERIFY(!full.rolling.partlyCovered());
    QVERIFY(!full.month.partlyCovered());

    // Never measured: unknown, and not claimed either way.
    engine::BudgetInputs unknown = in;
    unknown.coverageMeasured = false;
    const engine::BudgetFigure none = engine::BudgetCalculator::compute(unknown);
    QVERIFY(std::isnan(none.rolling.covered));
    QVERIFY(!none.rolling.partlyCovered());
}

QTEST_GUILESS_MAIN(TestRefreshPlan)
#include "tst_refreshplan.moc"
