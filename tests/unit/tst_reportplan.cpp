// The report's query plan: days as runs of equal length (DST days apart), months of their real length,
// the violation series on the resolution grid and split under Prometheus' 11,000-point limit.
#include "config/profileloader.h"
#include "report/reportplan.h"
#include "reportfixtures.h"

#include <QtTest>
#include <cmath>

using namespace slaops;
using namespace slaops::report;
using slaops::testing::period;
using namespace std::chrono_literals;

namespace {

config::Profile defaultProfile()
{
    const auto r = config::ProfileLoader::loadDefault();
    if (!r.ok)
        qFatal("default profile: %s", qPrintable(r.error));
    return r.profile;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

const QDateTime kLater = utc(2030, 1, 1);

std::vector<const PlannedQuery *> ofKind(const ReportPlan &plan, PlannedQuery::Kind kind, int row = 0)
{
    std::vector<const PlannedQuery *> out;
    for (const PlannedQuery &q : plan.queries)
        if (q.kind == kind && (kind == PlannedQuery::Kind::Alerts || q.row == row))
            out.push_back(&q);
    return out;
}

} // namespace

class TestReportPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAreTheFleetThenTheRegions();
    void oneUtcDayIsOneEvaluationAndOneSeries();
    void dstDaysAreRunsOfTheirOwn_data();
    void dstDaysAreRunsOfTheirOwn();
    void monthsHaveTheirRealLength_data();
    void monthsHaveTheirRealLength();
    void quarterEvaluatesEachMonth();
    void splitAtExactlyTheLimit();
    void oneSecondDayIsEightCalls();
    void seriesIsOnTheResolutionGrid();
    void periodNotEndedIsPlannedToNow();
    void periodNotBegunIsEmpty();
    void sinceAndUntilClipTheStretches();
};

void TestReportPlan::rowsAreTheFleetThenTheRegions()
{
    const config::Profile p = defaultProfile();
    const std::vector<RowSpec> rows = reportRows(p);
    std::size_t regional = 0;
    for (const config::SlaSpec &s : p.slas)
        regional += s.regional ? 1 : 0;
    QCOMPARE(rows.size(), p.slas.size() + regional * p.regions.size());
    for (std::size_t i = 0; i < p.slas.size(); ++i) {
        QCOMPARE(rows[i].slaId, p.slas[i].id);
        QVERIFY(rows[i].region.isEmpty());
        QVERIFY(rows[i].selector.isEmpty());
    }
    // ap-southeast-1 sets its own uptime target (99.99 %); its alert line keeps the fleet's ten error
    // budgets (99.999 % / 99.99 %): 99.9 %. us-east-1's own 99.999 % keeps the fleet's 99.99 %.
    bool seen = false;
    for (const RowSpec &r : rows) {
        if (r.region == QLatin1String("us-east-1") && r.slaId == QLatin1String("uptime"))
            QVERIFY(std::abs(r.alert - 0.9999) < 1e-12);
        if (r.region == QLatin1String("ap-southeast-1") && r.slaId == QLatin1String("uptime")) {
            QCOMPARE(r.target, 0.9999);
            QVERIFY2(std::abs(r.alert - 0.999) < 1e-12, qPrintable(QString::number(r.alert, 'g', 17)));
            QCOMPARE(r.selector, QStringLiteral("region=\"ap-southeast-1\""));
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestReportPlan::oneUtcDayIsOneEvaluationAndOneSeries()
{
    const Period day = period(PeriodKind::Day, QDate(2024, 6, 3));
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), day, 60s, kLater);
    QVERIFY(!plan.toDate);
    QCOMPARE(plan.rows.size(), std::size_t(1));
    const auto stretches = ofKind(plan, PlannedQuery::Kind::Stretch);
    // The day, its month and the period are one and the same stretch: one evaluation at its end.
    QCOMPARE(stretches.size(), std::size_t(1));
    const qint64 end = utc(2024, 6, 4).toSecsSinceEpoch();
    QCOMPARE(stretches[0]->start, end);
    QCOMPARE(stretches[0]->end, end);
    QVERIFY2(stretches[0]->promql.contains(QLatin1String("[1d]")), qPrintable(stretches[0]->promql));
    QVERIFY(!stretches[0]->promql.contains(QLatin1String("$")));
    const RowPlan &rp = plan.rowPlans[0];
    QCOMPARE(rp.days.size(), std::size_t(1));
    QCOMPARE(rp.days[0].query, rp.months[0].query);
    QCOMPARE(rp.days[0].query, rp.whole.query);
    QCOMPARE(rp.whole.from, utc(2024, 6, 3).toSecsSinceEpoch());
    QCOMPARE(rp.whole.to, end);
    // The violation series over the SLA's own window: 00:00 to 23:59, 1,440 points, one call.
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    QCOMPARE(series.size(), std::size_t(1));
    QVERIFY(series[0]->promql.contains(QLatin1String("[5m]")));
    QCOMPARE(series[0]->start, utc(2024, 6, 3).toSecsSinceEpoch());
    QCOMPARE(series[0]->end, end - 60);
    QCOMPARE(series[0]->points(), qint64(1440));
    QCOMPARE(ofKind(plan, PlannedQuery::Kind::Alerts).size(), std::size_t(1));
    QVERIFY(series[0]->what.contains(QLatin1String("Errors")));
    QVERIFY(stretches[0]->what.contains(QLatin1String("2024-06-03")));
}

void TestReportPlan::dstDaysAreRunsOfTheirOwn_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("oddDay");
    QTest::addColumn<qint64>("oddLength");
    // Pacific/Auckland leaves daylight time on 7 April 2024 (25 h) and enters it on 29 September (23 h).
    QTest::addRow("April, 25 h") << QDate(2024, 4, 1) << 7 << qint64(25 * 3600);
    QTest::addRow("September, 23 h") << QDate(2024, 9, 1) << 29 << qint64(23 * 3600);
}

void TestReportPlan::dstDaysAreRunsOfTheirOwn()
{
    QFETCH(QDate, month);
    QFETCH(int, oddDay);
    QFETCH(qint64, oddLength);
    const Period p = period(PeriodKind::Month, month, "Pacific/Auckland");
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), p, 60s, kLater);
    const RowPlan &rp = plan.rowPlans[0];
    QCOMPARE(rp.days.size(), std::size_t(30));
    // Three runs: the days before, the odd day, the days after; each a step of its own length.
    std::vector<int> runs;
    for (const StretchRef &d : rp.days)
        if (runs.empty() || runs.back() != d.query)
            runs.push_back(d.query);
    QCOMPARE(runs.size(), std::size_t(3));
    const PlannedQuery &before = plan.queries[std::size_t(runs[0])];
    const PlannedQuery &odd = plan.queries[std::size_t(runs[1])];
    const PlannedQuery &after = plan.queries[std::size_t(runs[2])];
    QCOMPARE(before.step, qint64(86400));
    QCOMPARE(before.start, p.days[0].end.toSecsSinceEpoch());
    QCOMPARE(before.end, p.days[std::size_t(oddDay - 2)].end.toSecsSinceEpoch());
    QCOMPARE(before.points(), qint64(oddDay - 1));
    QCOMPARE(odd.step, oddLength);
    QCOMPARE(odd.start, p.days[std::size_t(oddDay - 1)].end.toSecsSinceEpoch());
    QCOMPARE(odd.points(), qint64(1));
    QCOMPARE(odd.promql.contains(QLatin1String(oddLength == 25 * 3600 ? "[1d1h]" : "[23h]")), true);
    QCOMPARE(after.step, qint64(86400));
    QCOMPARE(after.end, p.whole.end.toSecsSinceEpoch());
    QCOMPARE(after.points(), qint64(30 - oddDay));
    // Each day is found at its own end.
    for (std::size_t i = 0; i < rp.days.size(); ++i) {
        QCOMPARE(rp.days[i].to, p.days[i].end.toSecsSinceEpoch());
        QCOMPARE(rp.days[i].from, p.days[i].start.toSecsSinceEpoch());
    }
    // The month is the period: one evaluation over its 30 days and the hour gained or lost.
    QCOMPARE(rp.months[0].query, rp.whole.query);
    const PlannedQuery &whole = plan.queries[std::size_t(rp.whole.query)];
    QCOMPARE(whole.start, whole.end);
    QCOMPARE(whole.end, p.whole.end.toSecsSinceEpoch());
    QCOMPARE(whole.step, 30 * 86400 + oddLength - 86400);
    // Local midnight in Auckland is noon or 11:00 UTC: the series starts there, on the minute grid.
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    QCOMPARE(series.front()->start, p.whole.start.toSecsSinceEpoch());
}

void TestReportPlan::monthsHaveTheirRealLength_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("days");
    QTest::addRow("February 2024") << QDate(2024, 2, 1) << 29;
    QTest::addRow("February 2023") << QDate(2023, 2, 1) << 28;
    QTest::addRow("April 2024") << QDate(2024, 4, 1) << 30;
    QTest::addRow("January 2024") << QDate(2024, 1, 1) << 31;
}

void TestReportPlan::monthsHaveTheirRealLength()
{
    QFETCH(QDate, month);
    QFETCH(int, days);
    const Period p = period(PeriodKind::Month, month);
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), p, 60s, kLater);
    const RowPlan &rp = plan.rowPlans[0];
    QCOMPARE(rp.days.size(), std::size_t(days));
    const auto stretches = ofKind(plan, PlannedQuery::Kind::Stretch);
    // All days in one call (UTC has no clock changes), and the month over its own length.
    QCOMPARE(stretches.size(), std::size_t(2));
    QCOMPARE(stretches[0]->points(), qint64(days));
    const PlannedQuery &whole = plan.queries[std::size_t(rp.whole.query)];
    QCOMPARE(whole.step, qint64(days) * 86400);
    QVERIFY2(whole.promql.contains(QStringLiteral("[%1d]").arg(days)), qPrintable(whole.promql));
    // days x 1,440 points at 1 m, in calls of at most 11,000.
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    qint64 points = 0;
    for (const PlannedQuery *q : series) {
        QVERIFY(q->points() <= ReportPlan::kMaxPoints);
        points += q->points();
    }
    QCOMPARE(points, qint64(days) * 1440);
    QCOMPARE(qint64(series.size()), (qint64(days) * 1440 + 10999) / 11000);
}

void TestReportPlan::quarterEvaluatesEachMonth()
{
    const Period q = period(PeriodKind::Quarter, QDate(2024, 2, 14));
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), q, 300s, kLater);
    const RowPlan &rp = plan.rowPlans[0];
    QCOMPARE(rp.days.size(), std::size_t(31 + 29 + 31));
    QCOMPARE(rp.months.size(), std::size_t(3));
    const int lengths[] = {31, 29, 31};
    for (std::size_t m = 0; m < 3; ++m) {
        const PlannedQuery &mq = plan.queries[std::size_t(rp.months[m].query)];
        QCOMPARE(mq.step, qint64(lengths[m]) * 86400);
        QCOMPARE(mq.end, q.months[m].end.toSecsSinceEpoch());
        QVERIFY(rp.months[m].query != rp.whole.query);
    }
    QCOMPARE(plan.queries[std::size_t(rp.whole.query)].step, qint64(91) * 86400);
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    QCOMPARE(series.front()->step, qint64(300));
}

void TestReportPlan::splitAtExactlyTheLimit()
{
    // 11,000 points: one call. 11,001: two, the second holding the last point alone.
    auto c = splitRange(600, 600 + 10999 * 60, 60);
    QCOMPARE(c.size(), std::size_t(1));
    QCOMPARE(c[0].start, qint64(600));
    QCOMPARE(c[0].end, qint64(600 + 10999 * 60));
    c = splitRange(600, 600 + 11000 * 60, 60);
    QCOMPARE(c.size(), std::size_t(2));
    QCOMPARE(c[0].end, qint64(600 + 10999 * 60));
    QCOMPARE(c[1].start, qint64(600 + 11000 * 60));
    QCOMPARE(c[1].end, c[1].start);
    QCOMPARE(splitRange(0, 0, 60).size(), std::size_t(1));
    QVERIFY(splitRange(60, 0, 60).empty());
}

void TestReportPlan::oneSecondDayIsEightCalls()
{
    const Period day = period(PeriodKind::Day, QDate(2024, 6, 3));
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), day, 1s, kLater);
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    QCOMPARE(series.size(), std::size_t(8));
    qint64 expected = day.whole.start.toSecsSinceEpoch();
    qint64 points = 0;
    for (const PlannedQuery *q : series) {
        QCOMPARE(q->start, expected); // contiguous: no point asked twice, none left out
        QVERIFY(q->points() <= ReportPlan::kMaxPoints);
        points += q->points();
        expected = q->end + 1;
    }
    QCOMPARE(points, qint64(86400));
    QCOMPARE(series.back()->end, day.whole.end.toSecsSinceEpoch() - 1);
}

void TestReportPlan::seriesIsOnTheResolutionGrid()
{
    // A zone half an hour off UTC: its midnight is not on a 7-minute grid.
    const Period day = period(PeriodKind::Day, QDate(2024, 6, 3), "Asia/Kolkata");
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), day, 420s, kLater);
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    const qint64 from = day.whole.start.toSecsSinceEpoch(), to = day.whole.end.toSecsSinceEpoch();
    QVERIFY(from % 420 != 0);
    QCOMPARE(series.front()->start % 420, qint64(0));
    QVERIFY(series.front()->start >= from);
    QVERIFY(series.front()->start < from + 420);
    QCOMPARE(series.back()->end % 420, qint64(0));
    QVERIFY(series.back()->end < to);
    QVERIFY(series.back()->end >= to - 420);
    const auto alerts = ofKind(plan, PlannedQuery::Kind::Alerts);
    QCOMPARE(alerts.front()->start, series.front()->start);
    QCOMPARE(alerts.front()->step, qint64(420));
}

void TestReportPlan::periodNotEndedIsPlannedToNow()
{
    const Period month = period(PeriodKind::Month, QDate(2024, 6, 1));
    const QDateTime now = utc(2024, 6, 3, 10, 0, 30);
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), month, 60s, now);
    QVERIFY(plan.toDate);
    QCOMPARE(plan.end, utc(2024, 6, 3, 10).toSecsSinceEpoch()); // on the grid
    const RowPlan &rp = plan.rowPlans[0];
    // Two whole days, today until now, the rest not begun.
    QCOMPARE(rp.days[0].query, rp.days[1].query);
    QCOMPARE(plan.queries[std::size_t(rp.days[0].query)].points(), qint64(2));
    const PlannedQuery &today = plan.queries[std::size_t(rp.days[2].query)];
    QCOMPARE(today.end, plan.end);
    QVERIFY2(today.promql.contains(QLatin1String("[10h]")), qPrintable(today.promql));
    for (std::size_t i = 3; i < rp.days.size(); ++i) {
        QVERIFY(rp.days[i].inEffect);
        QCOMPARE(rp.days[i].query, -1);
    }
    const PlannedQuery &whole = plan.queries[std::size_t(rp.whole.query)];
    QCOMPARE(whole.end, plan.end);
    QCOMPARE(whole.step, plan.end - month.whole.start.toSecsSinceEpoch());
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    QCOMPARE(series.back()->end, plan.end - 60);
}

void TestReportPlan::periodNotBegunIsEmpty()
{
    const Period day = period(PeriodKind::Day, QDate(2024, 6, 3));
    const ReportPlan plan = ReportPlan::make(testing::oneSlaProfile(), day, 60s, utc(2024, 6, 2, 23, 59));
    QVERIFY(plan.rows.empty());
    QVERIFY(plan.queries.empty());
    QVERIFY(plan.end <= plan.start);
}

void TestReportPlan::sinceAndUntilClipTheStretches()
{
    config::Profile p = testing::oneSlaProfile();
    p.slas[0].since = utc(2024, 6, 10);
    p.slas[0].until = utc(2024, 6, 15, 12);
    const Period month = period(PeriodKind::Month, QDate(2024, 6, 1));
    const ReportPlan plan = ReportPlan::make(p, month, 60s, kLater);
    const RowPlan &rp = plan.rowPlans[0];
    for (std::size_t i = 0; i < 9; ++i)
        QVERIFY(!rp.days[i].inEffect);
    for (std::size_t i = 15; i < 30; ++i)
        QVERIFY(!rp.days[i].inEffect);
    // 10 to 14 June whole, in one call; the 15th until noon on its own.
    QCOMPARE(rp.days[9].query, rp.days[13].query);
    QCOMPARE(plan.queries[std::size_t(rp.days[9].query)].points(), qint64(5));
    const PlannedQuery &half = plan.queries[std::size_t(rp.days[14].query)];
    QCOMPARE(half.end, utc(2024, 6, 15, 12).toSecsSinceEpoch());
    QVERIFY(half.promql.contains(QLatin1String("[12h]")));
    // The month covers only the SLA's time: 5.5 days, ending at its until.
    QCOMPARE(rp.whole.from, utc(2024, 6, 10).toSecsSinceEpoch());
    QCOMPARE(rp.whole.to, utc(2024, 6, 15, 12).toSecsSinceEpoch());
    QCOMPARE(plan.queries[std::size_t(rp.whole.query)].step, qint64(5 * 86400 + 12 * 3600));
    QCOMPARE(rp.seriesFrom, utc(2024, 6, 10).toSecsSinceEpoch());
    QCOMPARE(rp.seriesTo, utc(2024, 6, 15, 12).toSecsSinceEpoch());
    const auto series = ofKind(plan, PlannedQuery::Kind::Series);
    QCOMPARE(series.front()->start, rp.seriesFrom);
    QCOMPARE(series.back()->end, rp.seriesTo - 60);
}

QTEST_GUILESS_MAIN(TestReportPlan)
#include "tst_reportplan.moc"
