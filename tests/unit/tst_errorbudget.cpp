// Error budgets, burn rates and the multi-window multi-burn-rate verdict, with worked numbers; and
// calendar months of 28 to 31 days (the seed document walked days 1..31 of every month).
#include "sla/burnrate.h"
#include "sla/errorbudget.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace slaops::sla;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(BurnRates)
Q_DECLARE_METATYPE(ErrorBudgetInput)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::chrono::seconds k30d = 30 * 24h;
constexpr std::chrono::seconds k7d = 7 * 24h;

// 1 - 0.99999 is 1.0000000000065512e-05 in binary: figures are right to 1e-9, not to the last bit.
bool near(double actual, double expected)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    if (std::isinf(expected) || std::isinf(actual))
        return actual == expected;
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

#define NEAR(actual, expected)                                                                               \
    QVERIFY2(                                                                                                \
        near(actual, expected),                                                                              \
        qPrintable(                                                                                          \
            QStringLiteral(#actual " = %1, want %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)))

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestErrorBudget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burnRate_data();
    void burnRate();
    void budgetSpentByBurn_data();
    void budgetSpentByBurn();
    void thresholds_data();
    void thresholds();
    void verdict_data();
    void verdict();
    void budget_data();
    void budget();
    void budgetReasons();
    void daysInMonth_data();
    void daysInMonth();
    void monthToDate_data();
    void monthToDate();
    void seedWalkedThirtyOneDays();
};

void TestErrorBudget::burnRate_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("cmp");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("hasReason");

    const int atLeast = int(Comparison::AtLeast);
    const int atMost = int(Comparison::AtMost);
    QTest::addRow("uptime 99.99 %% against 99.999 %%: 10x") << 0.9999 << atLeast << 0.99999 << 10.0 << false;
    QTest::addRow("uptime exactly on target: 1x") << 0.99999 << atLeast << 0.99999 << 1.0 << false;
    QTest::addRow("uptime perfect: 0") << 1.0 << atLeast << 0.99999 << 0.0 << false;
    QTest::addRow("uptime a hair above 1 (rate extrapolation): 0")
        << 1.0000001 << atLeast << 0.99999 << 0.0 << false;
    QTest::addRow("error rate 0.144 %% against 0.01 %%: 14.4x")
        << 0.00144 << atMost << 0.0001 << 14.4 << false;
    QTest::addRow("error rate half the target: 0.5x") << 0.00005 << atMost << 0.0001 << 0.5 << false;
    QTest::addRow("error rate zero: 0") << 0.0 << atMost << 0.0001 << 0.0 << false;
    QTest::addRow("consistency total failure: 100000x")
        << 0.0 << atLeast << 0.99999 << 1.0 / (1 - 0.99999) << false;
    QTest::addRow("NaN value (no traffic)") << kNaN << atLeast << 0.99999 << kNaN << true;
    QTest::addRow("target 100 %% leaves no budget") << 0.99 << atLeast << 1.0 << kNaN << true;
    QTest::addRow("error-rate target 0 leaves no budget") << 0.0 << atMost << 0.0 << kNaN << true;
    QTest::addRow("target given as percent") << 0.99 << atLeast << 99.999 << kNaN << true;
    QTest::addRow("NaN target") << 0.99 << atLeast << kNaN << kNaN << true;
}

void TestErrorBudget::burnRate()
{
    QFETCH(double, value);
    QFETCH(int, cmp);
    QFETCH(double, target);
    QFETCH(double, expected);
    QFETCH(bool, hasReason);

    QString why = QStringLiteral("stale");
    const double burn = slaops::sla::burnRate(value, Comparison(cmp), target, &why);
    NEAR(burn, expected);
    QCOMPARE(!why.isEmpty(), hasReason);
    NEAR(slaops::sla::burnRate(value, Comparison(cmp), target), expected);
}

void TestErrorBudget::budgetSpentByBurn_data()
{
    QTest::addColumn<double>("burn");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<double>("spent");

    // The workbook's table: each page/ticket threshold is what spends this share of a 30-day budget.
    QTest::addRow("14.4 for 1h of 30d: 2 %%") << 14.4 << qint64(3600) << qint64(k30d.count()) << 0.02;
    QTest::addRow("6 for 6h of 30d: 5 %%") << 6.0 << qint64(6 * 3600) << qint64(k30d.count()) << 0.05;
    QTest::addRow("3 for 1d of 30d: 10 %%") << 3.0 << qint64(86400) << qint64(k30d.count()) << 0.10;
    QTest::addRow("1 for 3d of 30d: 10 %%") << 1.0 << qint64(3 * 86400) << qint64(k30d.count()) << 0.10;
    QTest::addRow("1 for the whole period: all of it")
        << 1.0 << qint64(k30d.count()) << qint64(k30d.count()) << 1.0;
    QTest::addRow("empty period") << 1.0 << qint64(3600) << qint64(0) << kNaN;
}

void TestErrorBudget::budgetSpentByBurn()
{
    QFETCH(double, burn);
    QFETCH(qint64, window);
    QFETCH(qint64, period);
    QFETCH(double, spent);
    NEAR(budgetSpent(burn, std::chrono::seconds(window), std::chrono::seconds(period)), spent);
}

void TestErrorBudget::thresholds_data()
{
    QTest::addColumn<qint64>("period");
    QTest::addColumn<double>("page1h");
    QTest::addColumn<double>("page6h");
    QTest::addColumn<double>("ticket1d");
    QTest::addColumn<double>("ticket3d");

    QTest::addRow("30 days") << qint64(k30d.count()) << 14.4 << 6.0 << 3.0 << 1.0;
    QTest::addRow("7 days") << qint64(k7d.count()) << 3.36 << 1.4 << 0.7 << 0.7 / 3;
    QTest::addRow("28-day February") << qint64(28 * 86400) << 13.44 << 5.6 << 2.8 << 28.0 / 30;
    QTest::addRow("31-day month") << qint64(31 * 86400) << 14.88 << 6.2 << 3.1 << 31.0 / 30;
}

void TestErrorBudget::thresholds()
{
    QFETCH(qint64, period);
    const BurnThresholds t = burnThresholds(std::chrono::seconds(period));
    QFETCH(double, page1h);
    QFETCH(double, page6h);
    QFETCH(double, ticket1d);
    QFETCH(double, ticket3d);
    NEAR(t.page1h, page1h);
    NEAR(t.page6h, page6h);
    NEAR(t.ticket1d, ticket1d);
    NEAR(t.ticket3d, ticket3d);
}

void TestErrorBudget::verdict_data()
{
    QTest::addColumn<BurnRates>("rates");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<QString>("reasonHas");

    const qint64 d30 = k30d.count();
    const qint64 d7 = k7d.count();
    const BurnRates calm{0, 0, 0, 0, 0, 0, 0};
    const auto with = [&](auto field, double v) {
        BurnRates r = calm;
        r.*field = v;
        return r;
    };
    const int none = int(Verdict::None), ticket = int(Verdict::Ticket), page = int(Verdict::Page),
              unknown = int(Verdict::Unknown);

    QTest::addRow("calm") << calm << d30 << none << none << QStringLiteral("no rule fired");
    QTest::addRow("fast burn: 1h and 5m above 14.4")
        << BurnRates{15, 0, 15, 0, 0, 0, 0} << d30 << page << page << QStringLiteral("page: burn 1h = 15");
    QTest::addRow("fast burn over: 1h high but 5m recovered")
        << BurnRates{2, 0, 15, 0, 0, 0, 0} << d30 << none << none << QStringLiteral("no rule fired");
    QTest::addRow("exactly 14.4 is not above 14.4")
        << BurnRates{14.4, 0, 14.4, 0, 0, 0, 0} << d30 << none << none << QString();
    QTest::addRow("just above 14.4") << BurnRates{14.41, 0, 14.41, 0, 0, 0, 0} << d30 << page << page
                                     << QString();
    QTest::addRow("6h and 30m above 6")
        << BurnRates{0, 7, 0, 0, 7, 0, 0} << d30 << page << page << QStringLiteral("burn 6h = 7");
    QTest::addRow("1d and 2h above 3")
        << BurnRates{0, 0, 0, 4, 0, 4, 0} << d30 << ticket << ticket << QStringLiteral("ticket: burn 1d = 4");
    QTest::addRow("3d and 6h above 1")
        << BurnRates{0, 0, 0, 0, 1.5, 0, 1.5} << d30 << ticket << ticket << QStringLiteral("burn 3d = 1.5");
    QTest::addRow("page beats ticket")
        << BurnRates{20, 0, 20, 4, 0, 4, 0} << d30 << page << page << QString();
    QTest::addRow("7-day period: 1h at 4 pages (threshold 3.36)")
        << BurnRates{4, 0, 4, 0, 0, 0, 0} << d7 << page << page << QStringLiteral("threshold 3.36");
    QTest::addRow("30-day period: the same 1h at 4 does not")
        << BurnRates{4, 0, 4, 0, 0, 0, 0} << d30 << none << none << QString();
    QTest::addRow("7-day period: 3d and 6h at 0.3 ticket (threshold 0.2333)")
        << BurnRates{0, 0, 0, 0, 0.3, 0, 0.3} << d7 << ticket << ticket << QString();

    // Missing data never reads as calm.
    BurnRates allNaN{kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN};
    QTest::addRow("all NaN") << allNaN << d30 << unknown << none << QStringLiteral("page rule unknown");
    BurnRates fastUnknown = calm;
    fastUnknown.h1 = kNaN;
    fastUnknown.m5 = kNaN;
    QTest::addRow("1h and 5m both NaN")
        << fastUnknown << d30 << unknown << none << QStringLiteral("page rule unknown: burn 1h = nan");
    QTest::addRow("1h NaN but 5m calm: the rule is decided")
        << with(&BurnRates::h1, kNaN) << d30 << none << none << QStringLiteral("no rule fired");
    BurnRates fastHalf = calm;
    fastHalf.h1 = kNaN;
    fastHalf.m5 = 20;
    QTest::addRow("1h NaN with 5m at 20: undecided")
        << fastHalf << d30 << unknown << none << QStringLiteral("page rule unknown");
    BurnRates ticketButPageUnknown{kNaN, 0, kNaN, 4, 0, 4, 0};
    QTest::addRow("ticket fired, page unknown: unknown, at least ticket")
        << ticketButPageUnknown << d30 << unknown << ticket << QStringLiteral("at least a ticket");
    BurnRates pageDespiteNaN{20, 0, 20, kNaN, 0, kNaN, kNaN};
    QTest::addRow("page fires whatever is unknown") << pageDespiteNaN << d30 << page << page << QString();
    BurnRates ticketUnknown{0, 0, 0, kNaN, 0, kNaN, 0};
    QTest::addRow("1d and 2h NaN") << ticketUnknown << d30 << unknown << none
                                   << QStringLiteral("ticket rule unknown");
}

void TestErrorBudget::verdict()
{
    QFETCH(BurnRates, rates);
    QFETCH(qint64, period);
    QFETCH(int, verdict);
    QFETCH(int, atLeast);
    QFETCH(QString, reasonHas);

    const VerdictResult v = multiWindowVerdict(rates, std::chrono::seconds(period));
    QVERIFY2(int(v.verdict) == verdict, qPrintable(verdictName(v.verdict) + QStringLiteral(": ") + v.reason));
    QCOMPARE(int(v.atLeast), atLeast);
    QVERIFY(!v.reason.isEmpty());
    QVERIFY2(v.reason.contains(reasonHas), qPrintable(v.reason));
}

void TestErrorBudget::budget_data()
{
    QTest::addColumn<ErrorBudgetInput>("in");
    QTest::addColumn<double>("budgetSeconds");
    QTest::addColumn<double>("consumed");
    QTest::addColumn<double>("remaining");
    QTest::addColumn<double>("allowanceSeconds");
    QTest::addColumn<double>("toExhaustion");

    const auto input = [](double v, Comparison c, double target, std::chrono::seconds period,
                          std::chrono::seconds elapsed, double burn) {
        ErrorBudgetInput in;
        in.sliValue = v;
        in.comparison = c;
        in.target = target;
        in.period = period;
        in.elapsed = elapsed;
        in.burnRate1h = burn;
        return in;
    };
    const double d30 = double(k30d.count());

    // 99.999 % of 30 days: 25.92 s of outage. Perfect so far: nothing consumed, nothing burning.
    QTest::addRow("uptime 99.999 %% over 30 d, perfect")
        << input(1.0, Comparison::AtLeast, 0.99999, k30d, k30d, 0) << 25.92 << 0.0 << 1.0 << 25.92 << kInf;
    QTest::addRow("uptime 99.99 %% over 30 d: 259.2 s")
        << input(1.0, Comparison::AtLeast, 0.9999, k30d, k30d, 0) << 259.2 << 0.0 << 1.0 << 259.2 << kInf;
    // Error rate 0.005 % against 0.01 %: half the budget; burning at 2x the rest lasts 7.5 days.
    QTest::addRow("error rate half the target over the period")
        << input(0.00005, Comparison::AtMost, 0.0001, k30d, k30d, 2) << 259.2 << 0.5 << 0.5 << 129.6
        << 0.25 * d30;
    // A third of the period at 1.5x the allowed rate: half the period's budget gone.
    QTest::addRow("uptime 10 of 30 days at 99.9985 %%")
        << input(0.999985, Comparison::AtLeast, 0.99999, k30d, 10 * 24h, 1) << 25.92 << 0.5 << 0.5 << 12.96
        << 0.5 * d30;
    QTest::addRow("exactly exhausted")
        << input(0.0002, Comparison::AtMost, 0.0001, k30d, 15 * 24h, 3) << 259.2 << 1.0 << 0.0 << 0.0 << 0.0;
    // Overspent: the deficit is shown, negative, not clamped to zero.
    QTest::addRow("over budget: 3x the allowed errors")
        << input(0.0003, Comparison::AtMost, 0.0001, k30d, k30d, 3) << 259.2 << 3.0 << -2.0 << -518.4 << 0.0;
    // Calendar months have their own lengths: February 2024 (leap) and a 31-day month.
    QTest::addRow("February 2024, 99.999 %%") << input(1.0, Comparison::AtLeast, 0.99999, 29 * 24h, 24h, 0)
                                              << 25.056 << 0.0 << 1.0 << 25.056 << kInf;
    QTest::addRow("March, 99.999 %%, day 1 at 10x")
        << input(0.9999, Comparison::AtLeast, 0.99999, 31 * 24h, 24h, 10) << 26.784 << 10.0 / 31 << 21.0 / 31
        << 26.784 * 21 / 31 << (21.0 / 31) * 31 * 86400 / 10;
    QTest::addRow("month just started: nothing elapsed")
        << input(0.9, Comparison::AtLeast, 0.99999, 31 * 24h, 0s, 1) << 26.784 << 0.0 << 1.0 << 26.784
        << 31.0 * 86400;
    // Unknowns.
    QTest::addRow("zero traffic: SLI NaN")
        << input(kNaN, Comparison::AtLeast, 0.99999, k30d, k30d, 0) << 25.92 << kNaN << kNaN << kNaN << kNaN;
    QTest::addRow("unknown burn: time to exhaustion NaN")
        << input(0.99999, Comparison::AtLeast, 0.99999, k30d, 15 * 24h, kNaN) << 25.92 << 0.5 << 0.5 << 12.96
        << kNaN;
    QTest::addRow("target 100 %%: no budget")
        << input(1.0, Comparison::AtLeast, 1.0, k30d, k30d, 0) << 0.0 << kNaN << kNaN << kNaN << kNaN;
}

void TestErrorBudget::budget()
{
    QFETCH(ErrorBudgetInput, in);
    QFETCH(double, budgetSeconds);
    QFETCH(double, consumed);
    QFETCH(double, remaining);
    QFETCH(double, allowanceSeconds);
    QFETCH(double, toExhaustion);

    const ErrorBudget b = errorBudget(in);
    NEAR(b.budgetSeconds, budgetSeconds);
    NEAR(b.consumed, consumed);
    NEAR(b.remaining, remaining);
    NEAR(b.remainingAllowanceSeconds, allowanceSeconds);
    NEAR(b.secondsToExhaustion, toExhaustion);
    const bool anyNaN = std::isnan(b.consumed) || std::isnan(b.secondsToExhaustion);
    QCOMPARE(!b.reason.isEmpty(), anyNaN);

    const ErrorBudget spelled =
        errorBudget(in.sliValue, in.comparison, in.target, in.period, in.elapsed, in.burnRate1h);
    NEAR(spelled.consumed, b.consumed);
    NEAR(spelled.secondsToExhaustion, b.secondsToExhaustion);
}

void TestErrorBudget::budgetReasons()
{
    QVERIFY(errorBudget(kNaN, Comparison::AtLeast, 0.99999, k30d, k30d, 1)
                .reason.contains(QLatin1String("traffic")));
    QVERIFY(errorBudget(1, Comparison::AtLeast, 1.0, k30d, k30d, 1)
                .reason.contains(QLatin1String("no error budget")));
    QVERIFY(errorBudget(1, Comparison::AtLeast, 99.9, k30d, k30d, 1)
                .reason.contains(QLatin1String("not a fraction")));
    QVERIFY(errorBudget(1, Comparison::AtLeast, 0.999, 0s, 0s, 1).reason.contains(QLatin1String("period")));
}

void TestErrorBudget::daysInMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("days");

    QTest::addRow("February 2023") << 2023 << 2 << 28;
    QTest::addRow("February 2024 (leap)") << 2024 << 2 << 29;
    QTest::addRow("February 1900 (not leap)") << 1900 << 2 << 28;
    QTest::addRow("February 2000 (leap)") << 2000 << 2 << 29;
    QTest::addRow("April") << 2026 << 4 << 30;
    QTest::addRow("June") << 2026 << 6 << 30;
    QTest::addRow("September") << 2026 << 9 << 30;
    QTest::addRow("November") << 2026 << 11 << 30;
    QTest::addRow("January") << 2026 << 1 << 31;
    QTest::addRow("December") << 2026 << 12 << 31;
    QTest::addRow("month 13") << 2026 << 13 << 0;
}

void TestErrorBudget::daysInMonth()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, days);
    QCOMPARE(slaops::sla::daysInMonth(year, month), days);
    if (days > 0)
        QCOMPARE(monthLength(utc(year, month, 15, 12)).count(), qint64(days) * 86400);
}

void TestErrorBudget::monthToDate_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("toDate");
    QTest::addColumn<qint64>("length");

    QTest::addRow("first second of March") << utc(2024, 3, 1) << qint64(0) << qint64(31 * 86400);
    QTest::addRow("March 2, 01:00") << utc(2024, 3, 2, 1) << qint64(90000) << qint64(31 * 86400);
    QTest::addRow("last second of leap February")
        << utc(2024, 2, 29, 23, 59, 59) << qint64(29 * 86400 - 1) << qint64(29 * 86400);
    QTest::addRow("last second of February 2023")
        << utc(2023, 2, 28, 23, 59, 59) << qint64(28 * 86400 - 1) << qint64(28 * 86400);
    QTest::addRow("end of April") << utc(2026, 4, 30, 12) << qint64(29 * 86400 + 43200) << qint64(30 * 86400);
    // 01:00 on March 1 at UTC+2 is still February in UTC: months are UTC months.
    QTest::addRow("local time is converted to UTC")
        << QDateTime(QDate(2024, 3, 1), QTime(1, 0), Qt::OffsetFromUTC, 7200)
        << qint64(28 * 86400 + 23 * 3600) << qint64(29 * 86400);
    QTest::addRow("invalid") << QDateTime() << qint64(0) << qint64(0);
}

void TestErrorBudget::monthToDate()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, toDate);
    QFETCH(qint64, length);
    QCOMPARE(slaops::sla::monthToDate(now).count(), toDate);
    QCOMPARE(monthLength(now).count(), length);
}

// The seed document's monthly report walked days 1..31 of every month. In February 2023 three of those
// days do not exist, and a 31-day month assumed for the budget overstates it by 3/28.
void TestErrorBudget::seedWalkedThirtyOneDays()
{
    int valid = 0;
    for (int day = 1; day <= 31; ++day)
        valid += QDate(2023, 2, day).isValid() ? 1 : 0;
    QCOMPARE(valid, 28);
    QCOMPARE(monthLength(utc(2023, 2, 10)).count(), qint64(28 * 86400));
    const double seedBudget = (1 - 0.99999) * 31 * 86400;
    const double budget =
        errorBudget(1, Comparison::AtLeast, 0.99999, monthLength(utc(2023, 2, 10)), 0s, 0).budgetSeconds;
    NEAR(budget, 24.192);
    NEAR(seedBudget - budget, (1 - 0.99999) * 3 * 86400);
}

QTEST_GUILESS_MAIN(TestErrorBudget)
#include "tst_errorbudget.moc"
