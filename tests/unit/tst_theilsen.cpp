// sla::theilSen: exact lines, gross outliers up to the estimator's breakdown point, reference tables
// computed with scipy.stats.theilslopes, NaN skipping and the cases with no fit.
#include "sla/theilsen.h"

#include <QtTest>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

using slaops::sla::theilSen;

namespace {

const double kNaN = std::nan("");

bool near(double a, double b, double tol = 1e-12)
{
    return std::fabs(a - b) <= tol * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace

class TestTheilSen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exactLine_data();
    void exactLine();
    void grossOutliers_data();
    void grossOutliers();
    void referenceTables_data();
    void referenceTables();
    void handComputed();
    void narrowerAtLowerConfidence();
    void nanPointsAreSkipped();
    void tooFewPoints();
    void allXEqual();
    void tiesInX();
    void thousandPoints();
};

void TestTheilSen::exactLine_data()
{
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<int>("n");
    QTest::addRow("rising, 3 points") << 2.5 << -3.0 << 3;
    QTest::addRow("falling, 31 days") << -0.125 << 99.0 << 31;
    QTest::addRow("flat, 10 points") << 0.0 << 0.5 << 10;
    QTest::addRow("steep, 92 days") << 64.0 << 1024.0 << 92;
}

// Points exactly on a line: every pair has the line's slope, so the fit and both ends of the
// interval are the line's slope, and the intercept its intercept. The x are uneven (squares) so
// that an estimator that assumed x = 0, 1, 2... would fail.
void TestTheilSen::exactLine()
{
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(int, n);
    std::vector<double> x, y;
    for (int i = 0; i < n; ++i) {
        x.push_back(double(i * i));
        y.push_back(intercept + slope * double(i * i));
    }
    const auto fit = theilSen(x, y);
    QVERIFY(fit);
    QCOMPARE(fit->n, n);
    QCOMPARE(fit->slope, slope);
    QCOMPARE(fit->intercept, intercept);
    QCOMPARE(fit->slopeLow, slope);
    QCOMPARE(fit->slopeHigh, slope);
}

void TestTheilSen::grossOutliers_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("outliers");
    QTest::addRow("10 %% of 30") << 30 << 3;
    QTest::addRow("20 %% of 50") << 50 << 10;
    QTest::addRow("26 %% of 92") << 92 << 24;
    QTest::addRow("29 %% of 100") << 100 << 29;
}

// With k of n points thrown far off a line, the C(n-k, 2) clean pairs still carry the line's slope.
// While they are more than half of all pairs plus one, the median slope (both middle elements) is
// the line's slope exactly: that holds up to 29 % of 100 (2485 clean pairs of 4950). The line is
// y = x/4 + 7 on integer x, so every clean slope is exactly 0.25 in binary floating point.
void TestTheilSen::grossOutliers()
{
    QFETCH(int, n);
    QFETCH(int, outliers);
    std::vector<double> x, y;
    for (int i = 0; i < n; ++i) {
        x.push_back(i);
        y.push_back(0.25 * i + 7);
    }
    // Spread over the whole range, both directions, all different sizes.
    std::mt19937 rng(42);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    for (int k = 0; k < outliers; ++k)
        y[std::size_t(order[std::size_t(k)])] += (k % 2 ? 1 : -1) * 1000.0 * (k + 1);
    const auto fit = theilSen(x, y);
    QVERIFY(fit);
    QCOMPARE(fit->slope, 0.25);
    QCOMPARE(fit->intercept, 7.0);
    QVERIFY(fit->slopeLow <= 0.25);
    QVERIFY(fit->slopeHigh >= 0.25);
}

void TestTheilSen::referenceTables_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Expected values from scipy 1.10.1 (Debian 12 python3-scipy):
    //   scipy.stats.theilslopes(y, x, confidence, method='joint')
    // 'joint' is the intercept as median(y - slope * x), as here. scipy corrects var(S) for ties in x
    // and in y (Sen 1968, eq. 2.6) and takes the ranks M1 = (N - C)/2, M2 = (N + C)/2 + 1.
    // Ties in x (2 and 6 twice) and one gross outlier (x = 7).
    QTest::addRow("ties in x, an outlier")
        << std::vector<double>{1, 2, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10}
        << std::vector<double>{2.1, 2.9, 3.4, 4.2, 4.8, 6.3, 6.9, 7.1, 30.0, 9.2, 9.9, 11.4} << 0.95
        << 1.0171428571428571 << 1.0728571428571425 << 0.95 << 1.1;
    // 20 days of a falling figure with two outliers (day 9 high, day 18 low).
    QTest::addRow("20 days, falling")
        << std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}
        << std::vector<double>{100.0, 97.5, 96.0, 95.5, 91.0, 90.5, 88.0, 86.5, 85.0, 99.0,
                               80.5,  79.0, 78.5, 75.0, 74.5, 72.0, 70.5, 69.0, 40.0, 65.5}
        << 0.95 << -1.8284313725490196 << 99.63480392156862 << -1.9166666666666667 << -1.75;
    // Ties in y; the 95 % interval holds 0, the 90 % one just reaches it.
    QTest::addRow("ties in y, 95 %%")
        << std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7} << std::vector<double>{5, 4, 6, 3, 7, 8, 6, 9} << 0.95
        << 0.5857142857142856 << 4.742857142857144 << -0.5 << 1.0;
    QTest::addRow("ties in y, 90 %%")
        << std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7} << std::vector<double>{5, 4, 6, 3, 7, 8, 6, 9} << 0.90
        << 0.5857142857142856 << 4.742857142857144 << 0.0 << 1.0;
}

void TestTheilSen::referenceTables()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(double, confidence);
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto fit = theilSen(x, y, confidence);
    QVERIFY(fit);
    QVERIFY2(near(fit->slope, slope), qPrintable(QString::number(fit->slope, 'g', 17)));
    QVERIFY2(near(fit->intercept, intercept), qPrintable(QString::number(fit->intercept, 'g', 17)));
    QVERIFY2(near(fit->slopeLow, low), qPrintable(QString::number(fit->slopeLow, 'g', 17)));
    QVERIFY2(near(fit->slopeHigh, high), qPrintable(QString::number(fit->slopeHigh, 'g', 17)));
}

// Worked by hand (and equal to scipy's answer): x = 1..5, y = 1 3 2 5 4. The ten slopes, sorted:
// -1 -1 1/3 1/2 3/4 1 1 4/3 2 3; median (3/4 + 1)/2 = 7/8. Residuals y - 7x/8: 1/8 5/4 -5/8 3/2 -3/8,
// median 1/8. var(S) = 5*4*15/18 = 50/3, C = 1.959964 * 4.0825 = 8.0016, M1 = (10 - C)/2 = 0.9992 -> 1,
// M2 = (10 + C)/2 + 1 = 10.0008 -> 10: the interval is the 1st and 10th slope, [-1, 3].
void TestTheilSen::handComputed()
{
    const std::vector<double> x{1, 2, 3, 4, 5}, y{1, 3, 2, 5, 4};
    const auto fit = theilSen(x, y);
    QVERIFY(fit);
    QCOMPARE(fit->slope, 0.875);
    QCOMPARE(fit->intercept, 0.125);
    QCOMPARE(fit->slopeLow, -1.0);
    QCOMPARE(fit->slopeHigh, 3.0);
    QCOMPARE(fit->n, 5);
}

void TestTheilSen::narrowerAtLowerConfidence()
{
    std::vector<double> x, y;
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0, 2);
    for (int i = 0; i < 40; ++i) {
        x.push_back(i);
        y.push_back(0.3 * i + noise(rng));
    }
    const auto wide = theilSen(x, y, 0.99);
    const auto mid = theilSen(x, y, 0.95);
    const auto narrow = theilSen(x, y, 0.80);
    QVERIFY(wide && mid && narrow);
    QCOMPARE(wide->slope, narrow->slope);
    QVERIFY(wide->slopeLow < mid->slopeLow);
    QVERIFY(mid->slopeLow < narrow->slopeLow);
    QVERIFY(narrow->slopeLow <= narrow->slope);
    QVERIFY(narrow->slope <= narrow->slopeHigh);
    QVERIFY(narrow->slopeHigh < mid->slopeHigh);
    QVERIFY(mid->slopeHigh < wide->slopeHigh);
}

// A day without data is a NaN in x or y: the fit is the one over the other points.
void TestTheilSen::nanPointsAreSkipped()
{
    const std::vector<double> x{0, 1, 2, 3, 4, 5, 6, 7}, y{5, 4, 6, 3, 7, 8, 6, 9};
    const std::vector<double> xGaps{0, 1, 1.5, 2, 3, 4, kNaN, 5, 6, 7, 8};
    const std::vector<double> yGaps{5, 4, kNaN, 6, 3, 7, 100, 8, 6, 9, kNaN};
    const auto plain = theilSen(x, y);
    const auto gaps = theilSen(xGaps, yGaps);
    QVERIFY(plain && gaps);
    QCOMPARE(gaps->n, 8);
    QCOMPARE(gaps->slope, plain->slope);
    QCOMPARE(gaps->intercept, plain->intercept);
    QCOMPARE(gaps->slopeLow, plain->slopeLow);
    QCOMPARE(gaps->slopeHigh, plain->slopeHigh);
    // Infinite values are no more a figure than NaN.
    const std::vector<double> yInf{5, 4, INFINITY, 6, 3, 7, 100, 8, 6, 9, -INFINITY};
    QCOMPARE(theilSen(xGaps, yInf)->slope, plain->slope);
}

void TestTheilSen::tooFewPoints()
{
    QVERIFY(!theilSen({}, {}));
    const std::vector<double> one{1}, two{1, 2};
    QVERIFY(!theilSen(one, one));
    QVERIFY(!theilSen(two, two));
    const std::vector<double> x{1, 2, 3}, y{1, kNaN, 3};
    QVERIFY(!theilSen(x, y));
    const std::vector<double> y3{1, 2, 3};
    QVERIFY(theilSen(x, y3));
}

void TestTheilSen::allXEqual()
{
    const std::vector<double> x{4, 4, 4, 4, 4}, y{1, 2, 3, 4, 5};
    QVERIFY(!theilSen(x, y));
}

// Pairs with equal x have no slope and are left out; the others decide.
void TestTheilSen::tiesInX()
{
    const std::vector<double> x{0, 0, 0, 1, 1, 1}, y{0, 5, -5, 2, 7, -3};
    const auto fit = theilSen(x, y);
    QVERIFY(fit);
    // The 9 slopes between x = 0 and x = 1: 2 7 -3 | -3 2 -8 | 7 12 2; sorted, the 5th is 2.
    QCOMPARE(fit->slope, 2.0);
}

// A thousand points (1000 * 999 / 2 slopes, sorted): well beyond a quarter's 92 days; it must finish
// and be right. How long it takes is measured in bench/, not asserted here.
void TestTheilSen::thousandPoints()
{
    std::vector<double> x, y;
    std::mt19937 rng(1000);
    std::normal_distribution<double> noise(0, 1);
    for (int i = 0; i < 1000; ++i) {
        x.push_back(i);
        y.push_back(0.01 * i + 3 + noise(rng));
    }
    const auto fit = theilSen(x, y);
    QVERIFY(fit);
    QCOMPARE(fit->n, 1000);
    QVERIFY2(std::fabs(fit->slope - 0.01) < 0.001, qPrintable(QString::number(fit->slope)));
    QVERIFY(fit->slopeLow < fit->slope && fit->slope < fit->slopeHigh);
    QVERIFY(fit->slopeHigh - fit->slopeLow < 0.002);
    QVERIFY(std::fabs(fit->intercept - 3) < 0.2);
}

QTEST_APPLESS_MAIN(TestTheilSen)
#include "tst_theilsen.moc"
