// report::computeTrends and report::recommend: the direction read with the SLA's comparison, what
// counts as a point, weekly means for a quarter, and which rows get a recommendation with what.
#include "engine/figureformat.h"
#include "report/trends.h"
#include "sla/theilsen.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace slaops;
using namespace slaops::report;

namespace {

Period period(PeriodKind kind, QDate date)
{
    QString error;
    const auto p = Period::make(kind, date, QTimeZone::utc(), &error);
    Q_ASSERT(p);
    return *p;
}

Value known(double v)
{
    return Value{v, Status::Met, 1.0};
}

SlaRow row(const QString &id, config::Unit unit, sla::Comparison cmp, const std::vector<double> &days,
           const QString &region = {})
{
    SlaRow r;
    r.slaId = id;
    r.name = id;
    r.region = region;
    r.unit = unit;
    r.comparison = cmp;
    for (double d : days)
        r.days.push_back(known(d));
    r.overall = known(days.empty() ? NAN : days.front());
    return r;
}

std::vector<double> line(int n, double a, double slope)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(a + slope * i);
    return v;
}

// A trend row that recommend() will act on, of a given direction, set by hand.
SlaRow withTrend(SlaRow r, TrendDirection d, double slope = -1e-5)
{
    r.trend.direction = d;
    r.trend.slopePerDay = slope;
    r.trend.slopeLow = slope * 1.5;
    r.trend.slopeHigh = slope * 0.5;
    r.trend.points = 29;
    return r;
}

Violation violation(const QString &id, const QString &region, qint64 seconds)
{
    Violation v;
    v.slaId = id;
    v.region = region;
    v.durationSecs = seconds;
    v.start = QDateTime(QDate(2024, 2, 3), QTime(4, 0), QTimeZone::utc());
    return v;
}

config::SlaSpec spec(const QString &id, config::Unit unit, sla::Comparison cmp)
{
    config::SlaSpec s;
    s.id = id;
    s.name = id;
    s.unit = unit;
    s.comparison = cmp;
    return s;
}

} // namespace

class TestReportTrends : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void directionFollowsComparison_data();
    void directionFollowsComparison();
    void slopeIsTheilSenOverDays();
    void noiseIsStable();
    void onlyKnownDaysCount();
    void fewerThanThreeIsUnknown();
    void quarterUsesWeeklyMeans();
    void recommendsDegradingAndBreached();
    void adviceFromProfileOrKind();
    void rationaleGivesTheFigures();
    void stableBreachRationale();
};

void TestReportTrends::directionFollowsComparison_data()
{
    QTest::addColumn<int>("comparison");
    QTest::addColumn<double>("slope");
    QTest::addColumn<int>("direction");
    const int atLeast = int(sla::Comparison::AtLeast), atMost = int(sla::Comparison::AtMost);
    QTest::addRow("uptime rising") << atLeast << 1e-6 << int(TrendDirection::Improving);
    QTest::addRow("uptime falling") << atLeast << -1e-6 << int(TrendDirection::Degrading);
    QTest::addRow("latency rising") << atMost << 0.5 << int(TrendDirection::Degrading);
    QTest::addRow("latency falling") << atMost << -0.5 << int(TrendDirection::Improving);
    QTest::addRow("flat") << atMost << 0.0 << int(TrendDirection::Stable);
}

void TestReportTrends::directionFollowsComparison()
{
    QFETCH(int, comparison);
    QFETCH(double, slope);
    QFETCH(int, direction);
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 2, 1));
    QCOMPARE(rep.period.days.size(), 29u);
    rep.rows.push_back(
        row(QStringLiteral("x"), config::Unit::Percent, sla::Comparison(comparison), line(29, 0.5, slope)));
    computeTrends(rep);
    QCOMPARE(int(rep.rows[0].trend.direction), direction);
    QCOMPARE(rep.rows[0].trend.points, 29);
}

// The slope is Theil-Sen's over (day index, value): computed here with sla::theilSen on the same
// points, outliers included, and the direction read from its interval.
void TestReportTrends::slopeIsTheilSenOverDays()
{
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 3, 1));
    std::vector<double> days = line(31, 80, 0.75);
    days[4] = 400; // a bad day does not make a trend
    days[20] = 0;
    rep.rows.push_back(row(QStringLiteral("p95"), config::Unit::Milliseconds, sla::Comparison::AtMost, days));
    computeTrends(rep);
    std::vector<double> x;
    for (int i = 0; i < 31; ++i)
        x.push_back(i);
    const auto fit = sla::theilSen(x, days);
    QVERIFY(fit);
    const Trend &t = rep.rows[0].trend;
    QCOMPARE(t.slopePerDay, fit->slope);
    QCOMPARE(t.slopePerDay, 0.75); // 29 of 31 points on the line: far more than half the pairs
    QCOMPARE(t.slopeLow, fit->slopeLow);
    QCOMPARE(t.slopeHigh, fit->slopeHigh);
    QCOMPARE(t.direction, TrendDirection::Degrading);
}

void TestReportTrends::noiseIsStable()
{
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 4, 1));
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0, 1e-5);
    std::vector<double> days;
    for (int i = 0; i < 30; ++i)
        days.push_back(0.99995 + noise(rng));
    rep.rows.push_back(row(QStringLiteral("uptime"), config::Unit::Percent, sla::Comparison::AtLeast, days));
    computeTrends(rep);
    const Trend &t = rep.rows[0].trend;
    QCOMPARE(t.direction, TrendDirection::Stable);
    QVERIFY(t.slopeLow <= 0 && t.slopeHigh >= 0);
    QVERIFY(std::isfinite(t.slopePerDay));
}

// Unknown days (even with a partial value), days not in effect and NaN values are no points; the
// days that are keep their own index as x, so a gap does not bend the slope.
void TestReportTrends::onlyKnownDaysCount()
{
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 6, 1));
    SlaRow r =
        row(QStringLiteral("err"), config::Unit::Percent, sla::Comparison::AtMost, line(30, 0.001, -1e-5));
    r.days[2] = Value{5.0, Status::Unknown, 0.5};
    r.days[3] = Value{5.0, Status::NotInEffect, 0};
    r.days[4] = Value{NAN, Status::Unknown, 0};
    r.days[5].status = Status::Violated; // a known day, even past its target
    rep.rows.push_back(r);
    computeTrends(rep);
    const Trend &t = rep.rows[0].trend;
    QCOMPARE(t.points, 27);
    QVERIFY(std::fabs(t.slopePerDay - -1e-5) < 1e-15);
    QCOMPARE(t.direction, TrendDirection::Improving);
}

void TestReportTrends::fewerThanThreeIsUnknown()
{
    Report rep;
    rep.period = period(PeriodKind::Day, QDate(2024, 6, 1));
    rep.rows.push_back(row(QStringLiteral("a"), config::Unit::Percent, sla::Comparison::AtLeast, {0.9}));
    rep.period = period(PeriodKind::Month, QDate(2024, 6, 1));
    SlaRow two =
        row(QStringLiteral("b"), config::Unit::Percent, sla::Comparison::AtLeast, line(30, 0.9, 0.001));
    for (std::size_t i = 2; i < two.days.size(); ++i)
        two.days[i] = Value{};
    rep.rows.push_back(two);
    SlaRow three = two;
    three.days[10] = known(0.5);
    rep.rows.push_back(three);
    computeTrends(rep);
    QCOMPARE(rep.rows[0].trend.direction, TrendDirection::Unknown);
    QCOMPARE(rep.rows[0].trend.points, 1);
    QVERIFY(std::isnan(rep.rows[0].trend.slopePerDay));
    QCOMPARE(rep.rows[1].trend.direction, TrendDirection::Unknown);
    QCOMPARE(rep.rows[1].trend.points, 2);
    QVERIFY(rep.rows[2].trend.direction != TrendDirection::Unknown);
    QCOMPARE(rep.rows[2].trend.points, 3);
}

// A quarter is fitted over weekly means (days 0-6, 7-13, ...; the last week may be short) at the
// mean day of each week: a straight daily line stays the same line, with its slope per day.
void TestReportTrends::quarterUsesWeeklyMeans()
{
    Report rep;
    rep.period = period(PeriodKind::Quarter, QDate(2024, 8, 15)); // Q3: 92 days, 13 weeks and a day
    QCOMPARE(rep.period.days.size(), 92u);
    std::vector<double> days = line(92, 100, -0.5);
    // One very bad day inside a week moves that week's mean only; Theil-Sen shrugs it off.
    days[40] = 1000;
    rep.rows.push_back(
        row(QStringLiteral("rps"), config::Unit::RequestsPerSecond, sla::Comparison::AtLeast, days));
    computeTrends(rep);
    const Trend &t = rep.rows[0].trend;
    QCOMPARE(t.points, 14);
    QVERIFY2(std::fabs(t.slopePerDay - -0.5) < 1e-9, qPrintable(QString::number(t.slopePerDay, 'g', 17)));
    QCOMPARE(t.direction, TrendDirection::Degrading);
    // Against the independent computation: the weekly means, at their mean day.
    std::vector<double> x, y;
    for (int w = 0; w < 92; w += 7) {
        double sx = 0, sy = 0;
        int n = 0;
        for (int d = w; d < std::min(w + 7, 92); ++d, ++n) {
            sx += d;
            sy += days[std::size_t(d)];
        }
        x.push_back(sx / n);
        y.push_back(sy / n);
    }
    const auto fit = sla::theilSen(x, y);
    QVERIFY(fit);
    QCOMPARE(t.slopePerDay, fit->slope);
    QCOMPARE(t.slopeLow, fit->slopeLow);
    QCOMPARE(t.slopeHigh, fit->slopeHigh);
}

// Degrading rows always; rows breached (violations, or the period's figure past its target) unless
// improving; nothing for improving or clean rows. In the rows' order.
void TestReportTrends::recommendsDegradingAndBreached()
{
    const auto pct = config::Unit::Percent;
    const auto ge = sla::Comparison::AtLeast;
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 2, 1));
    rep.rows.push_back(withTrend(row(QStringLiteral("a"), pct, ge, {1}), TrendDirection::Degrading));
    rep.rows.push_back(withTrend(row(QStringLiteral("b"), pct, ge, {1}), TrendDirection::Improving));
    rep.rows.push_back(withTrend(row(QStringLiteral("c"), pct, ge, {1}), TrendDirection::Stable));
    rep.rows.push_back(withTrend(row(QStringLiteral("d"), pct, ge, {1}), TrendDirection::Stable));
    rep.rows.push_back(withTrend(row(QStringLiteral("e"), pct, ge, {1}), TrendDirection::Unknown));
    rep.rows.push_back(withTrend(row(QStringLiteral("f"), pct, ge, {1}), TrendDirection::Stable));
    rep.rows.push_back(
        withTrend(row(QStringLiteral("d"), pct, ge, {1}, QStringLiteral("eu")), TrendDirection::Stable));
    rep.rows[5].overall.status = Status::Violated;
    rep.violations.push_back(violation(QStringLiteral("b"), {}, 60));
    rep.violations.push_back(violation(QStringLiteral("d"), {}, 60));
    rep.violations.push_back(violation(QStringLiteral("e"), {}, 60));
    const auto recs = recommend(rep, config::Profile{});
    QStringList got;
    for (const Recommendation &r : recs)
        got.append(r.slaId + (r.region.isEmpty() ? QString() : QLatin1Char('/') + r.region));
    // a: degrading; b: improving despite its violation; c: stable and clean; d: stable, violated;
    // e: unknown trend, violated; f: the period's figure missed; d/eu: the violation was the fleet's.
    QCOMPARE(got, (QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("e"),
                               QStringLiteral("f")}));
    for (const Recommendation &r : recs) {
        QVERIFY(!r.text.isEmpty());
        QVERIFY(!r.rationale.isEmpty());
    }
    QCOMPARE(recommend(rep, config::Profile{}).size(), recs.size()); // deterministic
    QCOMPARE(recommend(rep, config::Profile{})[2].rationale, recs[2].rationale);
}

// The profile's advice wins; without it, the text follows the SLA's kind from its roles, unit and
// comparison: four kinds, four different texts, the same for SLAs of the same kind.
void TestReportTrends::adviceFromProfileOrKind()
{
    const auto ge = sla::Comparison::AtLeast;
    const auto le = sla::Comparison::AtMost;
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 2, 1));
    const auto add = [&](const QString &id, config::Unit u, sla::Comparison c) {
        rep.rows.push_back(withTrend(row(id, u, c, {1}), TrendDirection::Degrading));
    };
    add(QStringLiteral("uptime"), config::Unit::Percent, ge);
    add(QStringLiteral("consistency"), config::Unit::Percent, ge);
    add(QStringLiteral("p95"), config::Unit::Milliseconds, le);
    add(QStringLiteral("errors"), config::Unit::Percent, le);
    add(QStringLiteral("failover"), config::Unit::Seconds, le);
    add(QStringLiteral("odd_uptime"), config::Unit::RequestsPerSecond, ge); // its role says uptime
    add(QStringLiteral("advised"), config::Unit::Milliseconds, le);
    config::Profile profile;
    config::SlaSpec odd = spec(QStringLiteral("odd_uptime"), config::Unit::RequestsPerSecond, ge);
    odd.regionUptime = true;
    profile.slas.push_back(odd);
    config::SlaSpec advised = spec(QStringLiteral("advised"), config::Unit::Milliseconds, le);
    advised.advice = QStringLiteral("  Look at the cache hit ratio of the session store.\n");
    profile.slas.push_back(advised);

    const auto recs = recommend(rep, profile);
    QCOMPARE(recs.size(), 7u);
    QCOMPARE(recs[0].text, recs[1].text); // both percent at_least: uptime advice
    QCOMPARE(recs[0].text, recs[5].text); // the region_uptime role
    QSet<QString> kinds{recs[0].text, recs[2].text, recs[3].text, recs[4].text};
    QCOMPARE(kinds.size(), 4);
    QVERIFY(recs[0].text.contains(QLatin1String("auto-scaling")));
    QVERIFY(recs[2].text.contains(QLatin1String("caching")));
    QVERIFY(recs[3].text.contains(QLatin1String("deployments")));
    QCOMPARE(recs[6].text, QStringLiteral("Look at the cache hit ratio of the session store."));
}

// The rationale is written from the figures: the slope a day and per 30 days, in the SLA's unit
// (percentage points for a percent SLA), the interval, the number of points.
void TestReportTrends::rationaleGivesTheFigures()
{
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 2, 1));
    rep.rows.push_back(row(QStringLiteral("uptime"), config::Unit::Percent, sla::Comparison::AtLeast,
                           line(29, 0.99999, -2e-6)));
    computeTrends(rep);
    const Trend &t = rep.rows[0].trend;
    QCOMPARE(t.direction, TrendDirection::Degrading);
    const auto recs = recommend(rep, config::Profile{});
    QCOMPARE(recs.size(), 1u);
    const QString &why = recs[0].rationale;
    const QLocale loc;
    QVERIFY2(why.contains(loc.toString(t.slopePerDay * 100, 'g', 3) + QStringLiteral(" %")), qPrintable(why));
    QVERIFY2(why.contains(loc.toString(t.slopePerDay * 30 * 100, 'g', 3) + QStringLiteral(" %")),
             qPrintable(why));
    QVERIFY2(why.contains(loc.toString(t.slopeLow * 100, 'g', 3)), qPrintable(why));
    QVERIFY2(why.contains(loc.toString(t.slopeHigh * 100, 'g', 3)), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("29 day")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("Degrading")), qPrintable(why));
    QVERIFY2(!why.contains(QLatin1String("violation")), qPrintable(why));
}

void TestReportTrends::stableBreachRationale()
{
    Report rep;
    rep.period = period(PeriodKind::Month, QDate(2024, 2, 1));
    rep.rows.push_back(row(QStringLiteral("p95"), config::Unit::Milliseconds, sla::Comparison::AtMost,
                           std::vector<double>(29, 80.0), QStringLiteral("eu-west-1")));
    computeTrends(rep);
    QCOMPARE(rep.rows[0].trend.direction, TrendDirection::Stable);
    rep.violations.push_back(violation(QStringLiteral("p95"), QStringLiteral("eu-west-1"), 3600 + 25 * 60));
    rep.violations.push_back(violation(QStringLiteral("p95"), QStringLiteral("eu-west-1"), 5 * 60));
    rep.violations.push_back(violation(QStringLiteral("p95"), {}, 7200)); // the fleet's, not this row's
    const auto recs = recommend(rep, config::Profile{});
    QCOMPARE(recs.size(), 1u);
    QCOMPARE(recs[0].region, QStringLiteral("eu-west-1"));
    const QString &why = recs[0].rationale;
    QVERIFY2(why.contains(QLatin1String("No significant trend")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("2 violation")), qPrintable(why));
    QVERIFY2(why.contains(engine::FigureFormat::age(3600 + 30 * 60)), qPrintable(why));
}

QTEST_APPLESS_MAIN(TestReportTrends)
#include "tst_reporttrends.moc"
