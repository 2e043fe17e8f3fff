// sla::lttb: the guarantees its header promises, on hand-made and random series.
#include "sla/lttb.h"

#include <QtTest>
#include <cmath>
#include <random>

using slaops::sla::lttb;
using slaops::sla::Point;

namespace {

const double kNaN = std::nan("");

std::vector<Point> randomWalk(std::size_t n, unsigned seed, double step = 15)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> d(0, 1);
    std::vector<Point> v;
    double y = 100;
    for (std::size_t i = 0; i < n; ++i) {
        y += d(rng);
        v.push_back({double(i) * step, y});
    }
    return v;
}

bool contains(const std::vector<Point> &v, const Point &p)
{
    return std::any_of(v.begin(), v.end(), [&](const Point &q) { return q.x == p.x && q.y == p.y; });
}

// Every output point is an input point (or a gap marker at an input x), in input order.
void verifySubsequence(const std::vector<Point> &in, const std::vector<Point> &out)
{
    std::size_t j = 0;
    for (const Point &p : out) {
        while (j < in.size() &&
               !(in[j].x == p.x && (in[j].y == p.y || (std::isnan(p.y) && !std::isfinite(in[j].y)))))
            ++j;
        QVERIFY2(
            j < in.size(),
            qPrintable(QStringLiteral("point (%1, %2) is not an input point in order").arg(p.x).arg(p.y)));
        ++j;
    }
}

std::size_t gapsIn(const std::vector<Point> &v)
{
    return std::size_t(std::count_if(v.begin(), v.end(), [](const Point &p) { return std::isnan(p.y); }));
}

} // namespace

class TestLttb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thresholdAtLeastSizeReturnsInput_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("threshold");
        QTest::addRow("empty") << 0 << 0;
        QTest::addRow("empty, threshold 10") << 0 << 10;
        QTest::addRow("one") << 1 << 1;
        QTest::addRow("two, threshold 5") << 2 << 5;
        QTest::addRow("equal") << 100 << 100;
        QTest::addRow("larger") << 100 << 1000;
    }
    void thresholdAtLeastSizeReturnsInput()
    {
        QFETCH(int, size);
        QFETCH(int, threshold);
        const auto in = randomWalk(std::size_t(size), 1);
        const auto out = lttb(in, std::size_t(threshold));
        QCOMPARE(out.size(), in.size());
        for (std::size_t i = 0; i < in.size(); ++i) {
            QCOMPARE(out[i].x, in[i].x);
            QCOMPARE(out[i].y, in[i].y);
        }
    }

    void exactCountFirstLastMonotonic_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("threshold");
        QTest::addRow("tiny 3 of 4") << 4 << 3;
        QTest::addRow("4 of 5") << 5 << 4;
        QTest::addRow("3 of 1000") << 1000 << 3;
        QTest::addRow("4 of 1000") << 1000 << 4;
        QTest::addRow("day at 1200 px") << 5760 << 2400;
        QTest::addRow("day at 300 px") << 5760 << 600;
        QTest::addRow("11000 to 2400") << 11000 << 2400;
        QTest::addRow("one less") << 500 << 499;
        QTest::addRow("prime sizes") << 997 << 101;
    }
    void exactCountFirstLastMonotonic()
    {
        QFETCH(int, size);
        QFETCH(int, threshold);
        for (unsigned seed = 1; seed <= 20; ++seed) {
            const auto in = randomWalk(std::size_t(size), seed);
            const auto out = lttb(in, std::size_t(threshold));
            QCOMPARE(out.size(), std::size_t(threshold));
            QCOMPARE(out.front().x, in.front().x);
            QCOMPARE(out.front().y, in.front().y);
            QCOMPARE(out.back().x, in.back().x);
            QCOMPARE(out.back().y, in.back().y);
            for (std::size_t i = 1; i < out.size(); ++i)
                QVERIFY2(out[i].x > out[i - 1].x, "time must strictly increase");
            verifySubsequence(in, out);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void globalExtremesKept_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("threshold");
        QTest::addRow("4 of 1000") << 1000 << 4;
        QTest::addRow("5 of 1000") << 1000 << 5;
        QTest::addRow("day at 1200 px") << 5760 << 2400;
        QTest::addRow("day at 100 px") << 5760 << 200;
    }
    void globalExtremesKept()
    {
        QFETCH(int, size);
        QFETCH(int, threshold);
        for (unsigned seed = 1; seed <= 50; ++seed) {
            const auto in = randomWalk(std::size_t(size), seed);
            const auto [lo, hi] =
                std::minmax_element(in.begin(), in.end(), [](auto &a, auto &b) { return a.y < b.y; });
            const auto out = lttb(in, std::size_t(threshold));
            QVERIFY2(contains(out, *lo), qPrintable(QStringLiteral("minimum lost, seed %1").arg(seed)));
            QVERIFY2(contains(out, *hi), qPrintable(QStringLiteral("maximum lost, seed %1").arg(seed)));
            for (std::size_t i = 1; i < out.size(); ++i)
                QVERIFY(out[i].x > out[i - 1].x);
        }
    }

    // A one-sample spike on a flat line is exactly what plain LTTB may average away; here it must stay.
    void spikeKept()
    {
        std::vector<Point> in;
        for (int i = 0; i < 5760; ++i)
            in.push_back({double(i), 40});
        in[3001].y = 900; // a P95 excursion
        in[3002].y = 5;   // and a dip right after it, in the same bucket
        const auto out = lttb(in, 100);
        QCOMPARE(out.size(), std::size_t(100));
        QVERIFY(contains(out, in[3001]));
        QVERIFY(contains(out, in[3002]));
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x > out[i - 1].x);
    }

    // Both extremes in the first interior bucket: the later one moves to the next bucket's place.
    void extremesInFirstBucket()
    {
        std::vector<Point> in;
        for (int i = 0; i < 100; ++i)
            in.push_back({double(i), 1});
        in[1].y = 10;
        in[2].y = -10;
        const auto out = lttb(in, 5);
        QCOMPARE(out.size(), std::size_t(5));
        QVERIFY(contains(out, in[1]));
        QVERIFY(contains(out, in[2]));
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x > out[i - 1].x);
    }

    void tinyThresholds()
    {
        const auto in = randomWalk(50, 3);
        QCOMPARE(lttb(in, 0).size(), std::size_t(0));
        const auto one = lttb(in, 1);
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one[0].x, in.front().x);
        const auto two = lttb(in, 2);
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[0].x, in.front().x);
        QCOMPARE(two[1].x, in.back().x);
    }

    void straightLineKeepsEnds()
    {
        std::vector<Point> in;
        for (int i = 0; i < 1000; ++i)
            in.push_back({double(i), 2.0 * i});
        const auto out = lttb(in, 10);
        QCOMPARE(out.size(), std::size_t(10));
        QCOMPARE(out.front().y, 0.0);
        QCOMPARE(out.back().y, 1998.0);
    }

    void gapsSurvive()
    {
        // Three segments: [0, 1000), a 200-sample hole, [1200, 3000), one NaN, [3001, 5760).
        auto in = randomWalk(5760, 7);
        for (int i = 1000; i < 1200; ++i)
            in[std::size_t(i)].y = kNaN;
        in[3000].y = std::numeric_limits<double>::infinity(); // no chart can draw it: a gap too
        const auto out = lttb(in, 600);
        QCOMPARE(out.size(), std::size_t(600));
        QCOMPARE(gapsIn(out), std::size_t(2));
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x > out[i - 1].x);
        verifySubsequence(in, out);
        // The markers sit where the gaps begin, and each segment keeps its own ends.
        QVERIFY(contains(out, in[999]));
        QVERIFY(contains(out, in[1200]));
        QVERIFY(contains(out, in[2999]));
        QVERIFY(contains(out, in[3001]));
        const auto firstGap = std::find_if(out.begin(), out.end(), [](auto &p) { return std::isnan(p.y); });
        QCOMPARE(firstGap->x, in[1000].x);
        // No line may be drawn across a gap: the points either side of a marker are the segment ends.
        QCOMPARE((firstGap - 1)->x, in[999].x);
        QCOMPARE((firstGap + 1)->x, in[1200].x);
    }

    void leadingAndTrailingGapsDropped()
    {
        auto in = randomWalk(1000, 9);
        for (int i = 0; i < 10; ++i)
            in[std::size_t(i)].y = kNaN;
        for (int i = 990; i < 1000; ++i)
            in[std::size_t(i)].y = kNaN;
        const auto out = lttb(in, 100);
        QCOMPARE(out.size(), std::size_t(100));
        QCOMPARE(gapsIn(out), std::size_t(0));
        QCOMPARE(out.front().x, in[10].x);
        QCOMPARE(out.back().x, in[989].x);
    }

    void allMissing()
    {
        std::vector<Point> in(100, Point{0, kNaN});
        for (std::size_t i = 0; i < in.size(); ++i)
            in[i].x = double(i);
        QVERIFY(lttb(in, 10).empty());
    }

    // More gaps than the threshold can show: the narrowest close first, the count stays exact.
    void manyGapsNarrowestClosed()
    {
        std::vector<Point> in;
        for (int i = 0; i < 3000; ++i)
            in.push_back({double(i), (i % 3 == 2) ? kNaN : double(i % 7)}); // 1000 one-sample gaps
        in.push_back({5000, 1}); // and one wide gap before the last points
        in.push_back({5001, 2});
        const auto out = lttb(in, 50);
        QCOMPARE(out.size(), std::size_t(50));
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x > out[i - 1].x);
        QVERIFY(gapsIn(out) >= 1);
        // The wide gap is the last to close: there is a marker between x = 2999 and x = 5000.
        QVERIFY(std::any_of(out.begin(), out.end(), [](auto &p) { return std::isnan(p.y) && p.x >= 2000; }));
        QCOMPARE(out.back().x, 5001.0);
        QCOMPARE(out.front().x, 0.0);
    }

    // The exact count also holds when collapsing NaN runs leaves fewer points than the threshold.
    void collapsedInputSmallerThanThreshold()
    {
        std::vector<Point> in;
        for (int i = 0; i < 100; ++i)
            in.push_back({double(i), i < 10 || i >= 90 ? double(i) : kNaN});
        const auto out = lttb(in, 50); // 20 finite points and one gap
        QCOMPARE(out.size(), std::size_t(21));
        QCOMPARE(gapsIn(out), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestLttb)
#include "tst_lttb.moc"
