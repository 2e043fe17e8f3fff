// SlaChart offscreen: a day of 15 s samples (5,760 points) downsampled for the chart's width, the
// threshold lines, gaps, the hover text, and the overlays for errors and empty answers. Each state
// is saved as a PNG (in $SLAOPS_TEST_OUTPUT, default the temporary directory) for a person to look at.
#include "engine/historyfetcher.h"
#include "slachart.h"

#include <QAbstractButton>
#include <QDir>
#include <QImage>
#include <QtTest>
#include <cmath>
#include <random>

using namespace slaops;

namespace {

constexpr int kSamples = 5760; // 24 h every 15 s
const QDateTime kEnd = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

engine::Figure p95Figure()
{
    engine::Figure f;
    f.id = QStringLiteral("p95_response_time");
    f.name = QStringLiteral("P95 response time");
    f.unit = config::Unit::Milliseconds;
    f.comparison = sla::Comparison::AtMost;
    f.target = 100;
    f.alert = 150;
    return f;
}

engine::Figure uptimeFigure()
{
    engine::Figure f;
    f.id = QStringLiteral("uptime");
    f.name = QStringLiteral("Uptime");
    f.region = QStringLiteral("eu-west-1");
    f.unit = config::Unit::Percent;
    f.comparison = sla::Comparison::AtLeast;
    f.target = 0.99999;
    f.alert = 0.9999;
    return f;
}

// A day of P95 samples around 60 ms with noise, a 20-minute spike to 180 ms and, optionally, an
// hour without data; run through the fetcher's own conversion (gap markers and LTTB).
engine::HistorySeries day(double base, double noise, double spike, std::size_t maxPoints, bool hole)
{
    prom::QueryResult result;
    result.ok = true;
    result.type = prom::ResultType::Matrix;
    result.series.resize(1);
    std::mt19937 rng(42);
    std::normal_distribution<double> d(0, noise);
    const double start = double(kEnd.toSecsSinceEpoch()) - 86400;
    for (int i = 0; i < kSamples; ++i) {
        if (hole && i >= 3000 && i < 3240)
            continue; // Prometheus sends nothing for missing steps
        double v = base + d(rng);
        if (i >= 4000 && i < 4080)
            v += spike;
        result.series[0].samples.push_back({start + 15.0 * (i + 1), v});
    }
    engine::HistorySeries s;
    s.id = QStringLiteral("p95_response_time");
    s.range = engine::HistoryRange::Day;
    s.step = std::chrono::seconds(15);
    s.end = kEnd;
    s.start = kEnd.addSecs(-86400);
    return engine::HistoryFetcher::toSeries(s, result, maxPoints);
}

QString outputDir()
{
    const QString dir = qEnvironmentVariable("SLAOPS_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

// Saves the grab and checks it is not blank (more than a handful of distinct colours).
void saveAndCheck(QWidget &w, const QString &name)
{
    const QImage img = w.grab().toImage();
    QVERIFY(!img.isNull());
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY(img.save(path));
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(path + QStringLiteral(" looks blank")));
}

} // namespace

class TestSlaChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dayOfP95()
    {
        ui::SlaChart chart;
        chart.resize(1000, 420);
        chart.setFigure(p95Figure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const int width = chart.plotWidthPixels();
        QVERIFY2(width > 600 && width < 1000, qPrintable(QString::number(width)));

        chart.setHistory(day(60, 4, 120, std::size_t(2 * width), false));
        QCoreApplication::processEvents();
        const QList<QPointF> points = chart.plottedPoints();
        QCOMPARE(points.size(), 2 * width); // downsampled to exactly two points a pixel
        QCOMPARE(chart.segmentCount(), 1);
        QCOMPARE(chart.targetLineY(), 100.0);
        QCOMPARE(chart.alertLineY(), 150.0);
        QVERIFY(!chart.overlayVisible());
        // The spike survives downsampling.
        const double top = std::max_element(points.begin(), points.end(), [](auto &a, auto &b) {
                               return a.y() < b.y();
                           })->y();
        QVERIFY2(top > 170, qPrintable(QString::number(top)));
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points[i].x() > points[i - 1].x());

        // Hover shows the nearest real sample, in the figure's unit.
        const QString hover = chart.hoverText(points[10].x() + 1);
        QVERIFY2(hover.contains(QStringLiteral("ms")), qPrintable(hover));
        saveAndCheck(chart, QStringLiteral("slachart_p95_day"));
    }

    void gapIsAGap()
    {
        ui::SlaChart chart;
        chart.resize(800, 360);
        chart.setFigure(p95Figure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const int width = chart.plotWidthPixels();
        chart.setHistory(day(60, 4, 120, std::size_t(2 * width), true));
        QCOMPARE(chart.segmentCount(), 2);
        QVERIFY(chart.plottedPoints().size() <= 2 * width);
        saveAndCheck(chart, QStringLiteral("slachart_p95_gap"));
        // A later answer without the gap reuses the lines and leaves none behind.
        chart.setHistory(day(60, 4, 120, std::size_t(2 * width), false));
        QCOMPARE(chart.segmentCount(), 1);
    }

    void percentFigure()
    {
        ui::SlaChart chart;
        chart.resize(800, 360);
        chart.setFigure(uptimeFigure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistory(day(0.999995, 0.000002, -0.0002, std::size_t(2 * chart.plotWidthPixels()), false));
        QCOMPARE(chart.targetLineY(), 99.999);
        QCOMPARE(chart.alertLineY(), 99.99);
        for (const QPointF &p : chart.plottedPoints())
            QVERIFY(p.y() > 99.9 && p.y() <= 100.001);
        QVERIFY(chart.hoverText(chart.plottedPoints().first().x()).contains(QLatin1Char('%')));
        saveAndCheck(chart, QStringLiteral("slachart_uptime_percent"));
    }

    void errorOverlay()
    {
        ui::SlaChart chart;
        chart.resize(800, 360);
        chart.setFigure(p95Figure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistory(day(60, 4, 0, 1600, false));
        QVERIFY(!chart.overlayVisible());
        engine::HistorySeries failed;
        failed.id = QStringLiteral("p95_response_time");
        failed.range = engine::HistoryRange::Day;
        failed.start = kEnd.addSecs(-86400);
        failed.end = kEnd;
        failed.error = QStringLiteral("Prometheus did not answer: Connection refused");
        chart.setHistory(failed);
        QVERIFY(chart.overlayVisible());
        QVERIFY(chart.overlayText().contains(QStringLiteral("Connection refused")));
        QCOMPARE(chart.plottedPoints().size(), 0); // the old line must not pass for current
        saveAndCheck(chart, QStringLiteral("slachart_error"));
    }

    void noDataOverlay()
    {
        ui::SlaChart chart;
        chart.resize(800, 360);
        chart.setFigure(p95Figure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        engine::HistorySeries empty;
        empty.id = QStringLiteral("p95_response_time");
        empty.range = engine::HistoryRange::Hour;
        empty.start = kEnd.addSecs(-3600);
        empty.end = kEnd;
        chart.setHistory(empty);
        QVERIFY(chart.overlayVisible());
        QVERIFY(chart.overlayText().contains(QStringLiteral("No data")));
        saveAndCheck(chart, QStringLiteral("slachart_nodata"));
    }

    void rangeButtons()
    {
        ui::SlaChart chart;
        QSignalSpy spy(&chart, &ui::SlaChart::rangeRequested);
        const auto buttons = chart.findChildren<QAbstractButton *>();
        QCOMPARE(buttons.size(), 5);
        for (QAbstractButton *b : buttons)
            if (b->text() == QStringLiteral("7d"))
                b->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<engine::HistoryRange>(), engine::HistoryRange::Week);
        QCOMPARE(chart.range(), engine::HistoryRange::Week);
    }

    void darkPalette()
    {
        ui::SlaChart chart;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Base, QColor(0x16, 0x17, 0x1a));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x2a, 0x2b, 0x2f));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x4d, 0xa3, 0xff));
        chart.setPalette(dark);
        chart.resize(800, 360);
        chart.setFigure(p95Figure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistory(day(60, 4, 120, std::size_t(2 * chart.plotWidthPixels()), true));
        const QImage img = chart.grab().toImage();
        // The plot background follows the palette: a dark theme gives a dark chart.
        QVERIFY(qGray(img.pixel(img.width() / 2, img.height() / 2)) < 100);
        saveAndCheck(chart, QStringLiteral("slachart_dark"));
    }

    // A repaint copies the last frame; anything that changes the chart draws it again, so the copy
    // never shows an old line.
    void frameCacheNeverShowsOldData()
    {
        ui::SlaChart chart;
        chart.resize(800, 360);
        chart.setFigure(p95Figure());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistory(day(60, 4, 120, std::size_t(2 * chart.plotWidthPixels()), false));
        QCoreApplication::processEvents();
        const QImage first = chart.grab().toImage();
        const int draws = chart.frameRenders();
        QCOMPARE(chart.grab().toImage(), first); // a repaint: the same pixels, from the frame
        QCOMPARE(chart.frameRenders(), draws);

        // New data (here: the spike gone, the level raised) is drawn at the next paint, not copied.
        chart.setHistory(day(80, 4, 0, std::size_t(2 * chart.plotWidthPixels()), true));
        const QImage second = chart.grab().toImage();
        QVERIFY(chart.frameRenders() > draws);
        QVERIFY(second != first);

        // The same, drawn without the cache: identical pixels.
        chart.setFrameCache(false);
        QCOMPARE(chart.grab().toImage(), second);
    }
};

QTEST_MAIN(TestSlaChart)
#include "tst_slachart.moc"
