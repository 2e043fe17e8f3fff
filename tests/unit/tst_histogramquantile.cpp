// histogram_quantile as Prometheus 2.42 computes it: every special case of bucketQuantile, worked
// examples, the explanation of a figure, and why we do not use the seed document's nearest-rank P95.
// The same function is checked against a real Prometheus in tests/integration/tst_quantile_vs_prometheus.
#include "sla/histogramquantile.h"

#include <QtTest>
#include <cmath>
#include <limits>

using slaops::sla::Bucket;
using Buckets = std::vector<Bucket>;
Q_DECLARE_METATYPE(Buckets)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// NaN equals NaN and infinities equal in sign: the special results are results too.
bool sameResult(double actual, double expected)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    if (std::isinf(expected) || std::isinf(actual))
        return actual == expected;
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

// A histogram of the values 1..n, one bucket per integer (le = 1, 2, ..., n, +Inf).
Buckets unitHistogram(int n)
{
    Buckets b;
    for (int i = 1; i <= n; ++i)
        b.push_back({double(i), double(i)});
    b.push_back({kInf, double(n)});
    return b;
}

} // namespace

class TestHistogramQuantile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantile_data();
    void quantile();
    void explainsInterpolation();
    void explainsInfBucket();
    void explainsRepairs();
    void explainsEarlyStop();
    void nearestRankDiffers_data();
    void nearestRankDiffers();
};

void TestHistogramQuantile::quantile_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<Buckets>("buckets");
    QTest::addColumn<double>("expected");

    const Buckets simple{{0.1, 5}, {0.5, 12}, {kInf, 12}};
    const Buckets latency{{0.05, 100}, {0.1, 200}, {0.25, 300}, {0.5, 380}, {1, 395}, {kInf, 400}};

    // Worked examples: rank = q * observations, then interpolate inside the bucket holding the rank.
    QTest::addRow("worked: P95 of 12, rank 11.4 in (0.1, 0.5]") << 0.95 << simple << 0.1 + 0.4 * (6.4 / 7);
    QTest::addRow("worked: P95 latency, rank 380 ends (0.25, 0.5]") << 0.95 << latency << 0.5;
    QTest::addRow("worked: median latency, rank 200 ends (0.05, 0.1]") << 0.5 << latency << 0.1;
    QTest::addRow("worked: P90 latency, rank 360 in (0.25, 0.5]")
        << 0.9 << latency << 0.25 + 0.25 * (60.0 / 80);
    QTest::addRow("worked: P10 in the first bucket starts at 0") << 0.1 << latency << 0.05 * (40.0 / 100);
    QTest::addRow("unsorted input is sorted first")
        << 0.95 << Buckets{{kInf, 12}, {0.5, 12}, {0.1, 5}} << 0.1 + 0.4 * (6.4 / 7);

    // The rank lands beyond every finite bucket: Prometheus answers the highest finite bound.
    QTest::addRow("rank in +Inf bucket: P99 latency") << 0.99 << latency << 1.0;
    QTest::addRow("rank in +Inf bucket: q = 1 with observations above the last bound")
        << 1.0 << Buckets{{0.1, 5}, {0.5, 12}, {kInf, 13}} << 0.5;

    // Structural failures.
    QTest::addRow("+Inf bucket missing") << 0.5 << Buckets{{0.1, 5}, {0.5, 12}} << kNaN;
    QTest::addRow("highest bucket is -Inf, not +Inf") << 0.5 << Buckets{{-kInf, 5}, {-1, 12}} << kNaN;
    QTest::addRow("fewer than two buckets: only +Inf") << 0.5 << Buckets{{kInf, 10}} << kNaN;
    QTest::addRow("fewer than two buckets: two +Inf merge into one")
        << 0.5 << Buckets{{kInf, 4}, {kInf, 6}} << kNaN;
    QTest::addRow("no buckets at all") << 0.5 << Buckets{} << kNaN;
    QTest::addRow("NaN upper bound is refused") << 0.5 << Buckets{{kNaN, 1}, {1, 2}, {kInf, 2}} << kNaN;
    QTest::addRow("no observations") << 0.5 << Buckets{{0.1, 0}, {0.5, 0}, {kInf, 0}} << kNaN;

    // Repairs Prometheus makes before searching.
    QTest::addRow("non-monotonic: 8 raised to 10, rank 6 in first bucket")
        << 0.5 << Buckets{{0.1, 10}, {0.5, 8}, {1, 12}, {kInf, 12}} << 0.1 * (6.0 / 10);
    QTest::addRow("non-monotonic: rank 10.8 in (0.5, 1] of 2")
        << 0.9 << Buckets{{0.1, 10}, {0.5, 8}, {1, 12}, {kInf, 12}} << 0.5 + 0.5 * (0.8 / 2);
    QTest::addRow("non-monotonic +Inf count raised: observations are the max")
        << 0.5 << Buckets{{0.1, 4}, {0.5, 10}, {kInf, 6}} << 0.1 + 0.4 * (1.0 / 6);
    QTest::addRow("duplicate bounds are summed (le=0.1 twice)")
        << 0.25 << Buckets{{0.1, 3}, {0.1, 2}, {0.5, 10}, {kInf, 10}} << 0.1 * (2.5 / 5);

    // q outside [0, 1] or NaN is answered before the buckets are even looked at.
    QTest::addRow("q < 0") << -0.5 << simple << -kInf;
    QTest::addRow("q > 1") << 1.5 << simple << kInf;
    QTest::addRow("q NaN") << kNaN << simple << kNaN;
    QTest::addRow("q < 0 with no +Inf bucket") << -0.1 << Buckets{{1, 1}} << -kInf;
    QTest::addRow("q = -Inf") << -kInf << simple << -kInf;
    QTest::addRow("q = +Inf") << kInf << simple << kInf;

    // q = 0 and q = 1: the ends.
    QTest::addRow("q = 0 is 0 (first bucket from 0)") << 0.0 << simple << 0.0;
    QTest::addRow("q = 0 with an empty first bucket is 0/0")
        << 0.0 << Buckets{{0.1, 0}, {0.5, 4}, {kInf, 4}} << kNaN;
    QTest::addRow("q = 1 is the top of the last non-empty bucket") << 1.0 << simple << 0.5;
    QTest::addRow("q = 1 skips empty buckets above")
        << 1.0 << Buckets{{0.1, 5}, {0.5, 12}, {1, 12}, {kInf, 12}} << 0.5;

    // Lower bound handling: 0 is assumed only when the first bound is positive.
    QTest::addRow("negative first bound: its bound is the answer")
        << 0.1 << Buckets{{-1, 2}, {0, 5}, {1, 10}, {kInf, 10}} << -1.0;
    QTest::addRow("negative first bound: next bucket interpolates from it")
        << 0.4 << Buckets{{-1, 2}, {0, 5}, {1, 10}, {kInf, 10}} << -1.0 + 1.0 * (2.0 / 3);
    QTest::addRow("first bound 0: its bound is the answer")
        << 0.2 << Buckets{{0, 3}, {1, 10}, {kInf, 10}} << 0.0;
    QTest::addRow("-Inf lowest bucket") << 0.1 << Buckets{{-kInf, 2}, {1, 10}, {kInf, 10}} << -kInf;

    // Single finite bucket plus +Inf: interpolation from 0 up to it.
    QTest::addRow("single bucket with +Inf: inside") << 0.5 << Buckets{{2, 10}, {kInf, 10}} << 1.0;
    QTest::addRow("single bucket with +Inf: rank above it") << 0.5 << Buckets{{2, 4}, {kInf, 10}} << 2.0;

    // Counts far beyond 2^53 and rates far below 1 behave like any other.
    QTest::addRow("big counts") << 0.5 << Buckets{{0.1, 1e15}, {0.2, 3e15}, {kInf, 4e15}} << 0.15;
    QTest::addRow("huge counts") << 0.5 << Buckets{{0.1, 1e300}, {0.2, 3e300}, {kInf, 4e300}} << 0.15;
    QTest::addRow("rates, not counts") << 0.95 << Buckets{{0.1, 0.5}, {0.5, 1.2}, {kInf, 1.2}}
                                       << 0.1 + 0.4 * ((0.95 * 1.2 - 0.5) / (1.2 - 0.5));
    QTest::addRow("rank exactly on a bucket edge") << 0.5 << Buckets{{1, 5}, {2, 10}, {kInf, 10}} << 1.0;
}

void TestHistogramQuantile::quantile()
{
    QFETCH(double, q);
    QFETCH(Buckets, buckets);
    QFETCH(double, expected);

    const double actual = slaops::sla::histogramQuantile(q, buckets);
    QVERIFY2(sameResult(actual, expected),
             qPrintable(QStringLiteral("got %1, want %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    // explain must never tell another story than the figure it explains.
    const auto steps = slaops::sla::explainHistogramQuantile(q, buckets);
    QVERIFY(sameResult(steps.value, actual));
    QVERIFY(!steps.note.isEmpty());
}

void TestHistogramQuantile::explainsInterpolation()
{
    const auto s = slaops::sla::explainHistogramQuantile(
        0.9, {{0.05, 100}, {0.1, 200}, {0.25, 300}, {0.5, 380}, {1, 395}, {kInf, 400}});
    QCOMPARE(s.observations, 400.0);
    QCOMPARE(s.rank, 360.0);
    QCOMPARE(s.bucketIndex, 3);
    QCOMPARE(s.bucketStart, 0.25);
    QCOMPARE(s.bucketEnd, 0.5);
    QCOMPARE(s.countBelow, 300.0);
    QCOMPARE(s.countInBucket, 80.0);
    QVERIFY(!s.inInfBucket);
    QCOMPARE(s.value, 0.4375);
    QVERIFY2(s.note.contains(QLatin1String("(0.25, 0.5]")), qPrintable(s.note));
}

void TestHistogramQuantile::explainsInfBucket()
{
    const auto s = slaops::sla::explainHistogramQuantile(0.99, {{0.1, 50}, {0.5, 90}, {kInf, 100}});
    QVERIFY(s.inInfBucket);
    QCOMPARE(s.bucketIndex, 2);
    QCOMPARE(s.value, 0.5);
    QCOMPARE(s.countBelow, 90.0);
    QCOMPARE(s.countInBucket, 10.0);
    QVERIFY2(s.note.contains(QLatin1String("lower limit")), qPrintable(s.note));
}

void TestHistogramQuantile::explainsRepairs()
{
    const auto s = slaops::sla::explainHistogramQuantile(0.5, {{0.1, 3}, {0.1, 2}, {0.5, 4}, {kInf, 10}});
    QVERIFY2(s.note.contains(QLatin1String("merged")), qPrintable(s.note));
    QVERIFY2(s.note.contains(QLatin1String("monotonic")), qPrintable(s.note));
    QCOMPARE(s.bucketIndex, 0); // 0.1 holds 5 after merging: rank 5 is reached there
    QCOMPARE(s.value, 0.1);
}

void TestHistogramQuantile::explainsEarlyStop()
{
    const auto missing = slaops::sla::explainHistogramQuantile(0.5, {{0.1, 5}, {0.5, 12}});
    QCOMPARE(missing.bucketIndex, -1);
    QVERIFY(std::isnan(missing.value));
    QVERIFY2(missing.note.contains(QLatin1String("not +Inf")), qPrintable(missing.note));
    const auto empty = slaops::sla::explainHistogramQuantile(0.5, {{0.1, 0}, {kInf, 0}});
    QVERIFY2(empty.note.contains(QLatin1String("no observations")), qPrintable(empty.note));
}

// The seed document takes P95 as sorted[int(n * 0.95)]. For n = 20 that is index 19: the maximum, so a
// single slow request becomes "the P95". Prometheus interpolates to the value with 95 % of observations
// at or below it (19 of 20), which is also what Grafana, recording rules and alerts show: the console
// must show the same figure as the alert that woke the on-call engineer.
void TestHistogramQuantile::nearestRankDiffers_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("prometheus");
    QTest::addColumn<double>("seed");

    // Values 1..n, exactly on bucket bounds, so that the histogram loses nothing.
    QTest::addRow("n = 20: seed answers the maximum") << 20 << 19.0 << 20.0;
    QTest::addRow("n = 10") << 10 << 9.5 << 10.0;
    QTest::addRow("n = 100: still one above") << 100 << 95.0 << 96.0;
}

void TestHistogramQuantile::nearestRankDiffers()
{
    QFETCH(int, n);
    QFETCH(double, prometheus);
    QFETCH(double, seed);

    std::vector<double> sorted;
    for (int i = 1; i <= n; ++i)
        sorted.push_back(i);
    const double seedP95 = sorted[static_cast<std::size_t>(int(n * 0.95))];
    QCOMPARE(seedP95, seed);
    QCOMPARE(slaops::sla::histogramQuantile(0.95, unitHistogram(n)), prometheus);
    // For up to 20 requests the seed's P95 is simply the slowest one: a single outlier breaches the SLA.
    QCOMPARE(seedP95 == sorted.back(), n <= 20);
}

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "tst_histogramquantile.moc"
