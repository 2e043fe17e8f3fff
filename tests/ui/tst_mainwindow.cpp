// The main window rendered offscreen from hand-made snapshots: every state, as words and as pixels.
#include "engine/figureformat.h"
#include "gaugewidget.h"
#include "mainwindow.h"
#include "pixels.h"
#include "statestyle.h"

#include <QImage>
#include <QLabel>
#include <QtTest>
#include <cmath>

using namespace slaops;
using slaops::test::share;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

engine::Figure figure(QString id, config::Unit unit, sla::Comparison cmp, double target, double alert,
                      double value, sla::State state, QString message = {})
{
    engine::Figure f;
    f.id = id;
    f.name = id;
    f.unit = unit;
    f.comparison = cmp;
    f.target = target;
    f.alert = alert;
    f.value = value;
    f.state = state;
    f.message = std::move(message);
    f.sampleTime = kNow.addSecs(state == sla::State::Stale || state == sla::State::Error ? -42 : -2);
    f.confirmedAt = f.sampleTime;
    f.source = QStringLiteral("http://127.0.0.1:9090");
    return f;
}

engine::SnapshotPtr snapshot(std::vector<engine::Figure> figures, bool reachable = true)
{
    auto s = std::make_shared<engine::Snapshot>();
    s->generation = 7;
    s->time = kNow;
    s->profileName = QStringLiteral("erlmcp-v3");
    s->prometheus.url = QStringLiteral("http://127.0.0.1:9090");
    s->prometheus.reachable = reachable;
    s->prometheus.lastSuccess = kNow.addSecs(reachable ? -1 : -42);
    if (!reachable) {
        s->prometheus.error = QStringLiteral("Connection refused");
        s->prometheus.downSince = kNow.addSecs(-40);
    }
    s->figures = std::move(figures);
    return s;
}

// An hour of P95 at a 30 s step, 40..60 ms, with ten minutes missing in the middle.
engine::HistorySeries trend(QString id, QString error = {})
{
    engine::HistorySeries h;
    h.id = std::move(id);
    h.range = engine::HistoryRange::Hour;
    h.end = kNow;
    h.start = kNow.addSecs(-3600);
    h.step = std::chrono::seconds(30);
    h.error = std::move(error);
    if (!h.error.isEmpty())
        return h;
    for (int i = 0; i <= 120; ++i) {
        const double y = (i >= 50 && i < 70) ? double(NAN) : 40.0 + 20.0 * (i % 10) / 9.0;
        h.points.push_back({double(h.start.toMSecsSinceEpoch()) + i * 30'000.0, y});
    }
    return h;
}

// Share of the state colour in the horizontal band [top, bottom) of the image (fractions of its height).
double bandShare(const QImage &img, const QColor &c, double top, double bottom)
{
    const int y0 = int(img.height() * top), y1 = int(img.height() * bottom);
    return share(img.copy(0, y0, img.width(), y1 - y0), c);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gaugeShowsEachState_data();
    void gaugeShowsEachState();
    void windowRendersLiveSnapshot();
    void windowAgesByItsOwnClock();
    void windowMarksStaleWhenPrometheusIsDown();
    void gaugeDrawsTrend();
    void windowRoutesTrendToItsGauge();
};

void TestMainWindow::gaugeShowsEachState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expectedValue");
    QTest::addColumn<QString>("expectedDetail");
    using S = sla::State;
    QTest::addRow("ok") << int(S::Ok) << 42.5 << QStringLiteral("42.5 ms")
                        << QStringLiteral("updated 2 s ago");
    QTest::addRow("warning") << int(S::Warning) << 90.0 << QStringLiteral("90.0 ms")
                             << QStringLiteral("updated 2 s ago");
    QTest::addRow("breach") << int(S::Breach) << 312.0 << QStringLiteral("312.0 ms")
                            << QStringLiteral("updated 2 s ago");
    QTest::addRow("nodata") << int(S::NoData) << double(NAN) << QStringLiteral("—")
                            << QStringLiteral("no series");
    QTest::addRow("stale") << int(S::Stale) << 41.0 << QStringLiteral("41.0 ms")
                           << QStringLiteral("age 42 s: Connection refused");
    QTest::addRow("error") << int(S::Error) << 41.0 << QStringLiteral("41.0 ms")
                           << QStringLiteral("Connection refused");
}

void TestMainWindow::gaugeShowsEachState()
{
    QFETCH(int, state);
    QFETCH(double, value);
    QFETCH(QString, expectedValue);
    QFETCH(QString, expectedDetail);
    const auto st = sla::State(state);
    const QString msg =
        st == sla::State::NoData ? QStringLiteral("no series") : QStringLiteral("Connection refused");
    QLocale::setDefault(QLocale::c());
    ui::GaugeWidget g;
    g.resize(320, 280);
    g.setFigure(
        figure(QStringLiteral("p95"), config::Unit::Milliseconds, sla::Comparison::AtMost, 100, 80, value, st,
               st == sla::State::Ok || st == sla::State::Warning || st == sla::State::Breach ? QString()
                                                                                             : msg),
        kNow);
    QCOMPARE(g.valueText(), expectedValue);
    QVERIFY(g.stateText().contains(sla::stateLabel(st)));
    QVERIFY(g.stateText().startsWith(ui::StateStyle::glyph(st)));
    QCOMPARE(g.detailText(), expectedDetail);
    QVERIFY(g.accessibleDescription().contains(sla::stateLabel(st)));

    const QImage img = g.grab().toImage();
    QVERIFY(!img.isNull());
    // The badge is painted in the state's colour; an Ok colour never appears for any other state.
    QVERIFY2(share(img, ui::StateStyle::colour(st)) > 0.003, qPrintable(sla::stateName(st)));
    if (st != sla::State::Ok)
        QCOMPARE(share(img, ui::StateStyle::colour(sla::State::Ok)), 0.0);
}

void TestMainWindow::windowAgesByItsOwnClock()
{
    QLocale::setDefault(QLocale::c());
    using S = sla::State;
    using U = config::Unit;
    using C = sla::Comparison;
    ui::MainWindow w;
    w.setClockForTesting(kNow);
    w.setSnapshot(snapshot({
        figure(QStringLiteral("uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Ok),
        figure(QStringLiteral("response_time_p95"), U::Milliseconds, C::AtMost, 100, 150, 312.4, S::Breach),
    }));
    QCOMPARE(w.summaryState(), S::Breach);
    QVERIFY(w.problemText().isEmpty());
    // No further snapshot: past the staleness bound every gauge is Stale by the window's own clock.
    w.setClockForTesting(kNow.addSecs(30));
    for (ui::GaugeWidget *g : w.gauges())
        QCOMPARE(g->figure().state, S::Stale);
    QVERIFY2(w.summaryText().contains(QStringLiteral("in breach · last known")), qPrintable(w.summaryText()));
    QCOMPARE(w.summaryState(), S::Breach);
    QVERIFY(w.problemText().contains(QStringLiteral("no refresh has completed")));
    QCOMPARE(share(w.grab().toImage(), ui::StateStyle::colour(S::Ok)), 0.0);

    w.setClockForTesting(kNow);
    w.setSnapshot(
        snapshot({figure(QStringLiteral("uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Ok)}));
    QCOMPARE(w.summaryState(), S::Ok);
    w.setClockForTesting(kNow.addSecs(60));
    QVERIFY(w.summaryState() != S::Ok);
    QVERIFY(!w.summaryText().contains(QStringLiteral("met")));
}

void TestMainWindow::windowRendersLiveSnapshot()
{
    QLocale::setDefault(QLocale::c());
    using S = sla::State;
    using U = config::Unit;
    using C = sla::Comparison;
    ui::MainWindow w;
    w.setClockForTesting(kNow);
    w.setSnapshot(snapshot({
        figure(QStringLiteral("uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Ok),
        figure(QStringLiteral("response_time_p95"), U::Milliseconds, C::AtMost, 100, 150, 312.4, S::Breach),
        figure(QStringLiteral("error_rate"), U::Percent, C::AtMost, 0.0001, 0.001, 0.0000123, S::Ok),
    }));
    w.setClockForTesting(kNow);
    w.resize(1200, 600);
    QCOMPARE(w.gauges().size(), std::size_t(3));
    QCOMPARE(w.gauges()[0]->valueText(), QStringLiteral("100.0000 %"));
    QCOMPARE(w.gauges()[1]->figure().state, S::Breach);
    QCOMPARE(w.gauges()[2]->valueText(), QStringLiteral("0.00123 %"));
    // The verdict names what is in breach (engine::Verdict, shared with check and the war room).
    QVERIFY2(w.summaryText().endsWith(QStringLiteral(" in breach")), qPrintable(w.summaryText()));
    QVERIFY(w.summaryText().contains(w.gauges()[1]->figure().name));
    QCOMPARE(w.summaryState(), S::Breach);
    QVERIFY(w.windowTitle().contains(QStringLiteral(" in breach")));
    QCOMPARE(w.sourceText(), QStringLiteral("Prometheus: http://127.0.0.1:9090"));
    QVERIFY(w.refreshText().contains(QStringLiteral("data age 1 s")));
    QVERIFY(w.problemText().isEmpty());
    const QImage img = w.grab().toImage();
    QVERIFY(share(img, ui::StateStyle::colour(S::Breach)) > 0.001);
    QVERIFY(share(img, ui::StateStyle::colour(S::Ok)) > 0.001);
    img.save(QStringLiteral("tst_mainwindow_live.png"));
}

void TestMainWindow::windowMarksStaleWhenPrometheusIsDown()
{
    QLocale::setDefault(QLocale::c());
    using S = sla::State;
    using U = config::Unit;
    using C = sla::Comparison;
    ui::MainWindow w;
    w.setSnapshot(snapshot(
        {
            figure(QStringLiteral("uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Stale,
                   QStringLiteral("Connection refused")),
            figure(QStringLiteral("response_time_p95"), U::Milliseconds, C::AtMost, 100, 150, 41, S::Error,
                   QStringLiteral("Connection refused")),
        },
        false));
    w.setClockForTesting(kNow);
    w.resize(900, 500);
    QVERIFY(w.problemText().contains(QStringLiteral("Prometheus unreachable")));
    QVERIFY(w.problemText().contains(QStringLiteral("Connection refused")));
    QVERIFY(w.refreshText().contains(QStringLiteral("data age 42 s")));
    QCOMPARE(w.gauges()[0]->valueText(), QStringLiteral("100.0000 %")); // the last good value stays visible
    QVERIFY(w.gauges()[0]->detailText().startsWith(QStringLiteral("age 42 s")));
    const QImage img = w.grab().toImage();
    QCOMPARE(share(img, ui::StateStyle::colour(S::Ok)), 0.0); // nothing we cannot confirm is green
    img.save(QStringLiteral("tst_mainwindow_stale.png"));
}

void TestMainWindow::gaugeDrawsTrend()
{
    QLocale::setDefault(QLocale::c());
    const QColor ok = ui::StateStyle::colour(sla::State::Ok);
    ui::GaugeWidget g;
    g.resize(320, 300);
    g.setFigure(figure(QStringLiteral("response_time_p95"), config::Unit::Milliseconds,
                       sla::Comparison::AtMost, 100, 150, 41.6, sla::State::Ok),
                kNow);
    const QImage plain = g.grab().toImage();
    QVERIFY(!g.hasTrend());
    QCOMPARE(bandShare(plain, ok, 0.76, 0.88), 0.0); // thresholds and age text there, nothing green

    g.setTrend(trend(QStringLiteral("error_rate"))); // another figure's line is not this gauge's
    QVERIFY(!g.hasTrend());

    g.setTrend(trend(QStringLiteral("response_time_p95")));
    QVERIFY(g.hasTrend());
    QVERIFY(!g.isTrendStale());
    QCOMPARE(g.trendText(), QStringLiteral("trend 1h: 40.0 to 60.0 ms"));
    QVERIFY(g.accessibleDescription().contains(g.trendText()));
    const QImage withTrend = g.grab().toImage();
    withTrend.save(QStringLiteral("tst_gauge_trend.png"));
    QVERIFY2(bandShare(withTrend, ok, 0.76, 0.88) > 0.002, "the sparkline is drawn in the state colour");
    QCOMPARE(g.valueText(), QStringLiteral("41.6 ms")); // the value is still there, above it

    // Prometheus could not answer: the last line stays, grey and said to be old, never green.
    g.setTrend(trend(QStringLiteral("response_time_p95"), QStringLiteral("Connection refused")));
    QVERIFY(g.hasTrend());
    QVERIFY(g.isTrendStale());
    QVERIFY(g.trendText().endsWith(QStringLiteral("(not current)")));
    const QImage stale = g.grab().toImage();
    stale.save(QStringLiteral("tst_gauge_trend_stale.png"));
    QCOMPARE(bandShare(stale, ok, 0.76, 0.88), 0.0);
    QVERIFY(bandShare(stale, ui::StateStyle::grey(), 0.76, 0.88) > 0.001);

    // The gauge shows another figure (a new profile): the old line goes with the old figure.
    g.setFigure(figure(QStringLiteral("error_rate"), config::Unit::Percent, sla::Comparison::AtMost, 0.0001,
                       0.001, 0.00001, sla::State::Ok),
                kNow);
    QVERIFY(!g.hasTrend());
}

void TestMainWindow::windowRoutesTrendToItsGauge()
{
    using S = sla::State;
    using U = config::Unit;
    using C = sla::Comparison;
    ui::MainWindow w;
    w.setSnapshot(snapshot({
        figure(QStringLiteral("uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Ok),
        figure(QStringLiteral("response_time_p95"), U::Milliseconds, C::AtMost, 100, 150, 41.6, S::Ok),
    }));
    w.setTrend(trend(QStringLiteral("response_time_p95")));
    QVERIFY(!w.gauges()[0]->hasTrend());
    QVERIFY(w.gauges()[1]->hasTrend());
    // A refresh replaces the figure, not the line.
    w.setSnapshot(snapshot({
        figure(QStringLiteral("uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Ok),
        figure(QStringLiteral("response_time_p95"), U::Milliseconds, C::AtMost, 100, 150, 44.0, S::Ok),
    }));
    QVERIFY(w.gauges()[1]->hasTrend());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
