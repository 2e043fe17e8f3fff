// The war-room wall offscreen at 1920×1080: it renders, its gauges are big enough for a wall, it rotates
// and pauses, it says DISCONNECTED while Prometheus is down, it never paints unconfirmed data green, and
// the themes keep text readable.
#include "gaugewidget.h"
#include "pixels.h"
#include "statestyle.h"
#include "theme.h"
#include "warroomview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QtTest>
#include <cmath>

using namespace slaops;
using slaops::test::distinctColours;
using slaops::test::share;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

engine::Figure figure(QString id, config::Unit unit, sla::Comparison cmp, double target, double alert,
                      double value, sla::State state, QString region = {})
{
    engine::Figure f;
    f.id = id;
    f.name = id;
    f.region = std::move(region);
    f.unit = unit;
    f.comparison = cmp;
    f.target = target;
    f.alert = alert;
    f.value = value;
    f.state = state;
    if (state == sla::State::Stale || state == sla::State::Error)
        f.message = QStringLiteral("Connection refused");
    f.sampleTime = kNow.addSecs(state == sla::State::Stale || state == sla::State::Error ? -42 : -2);
    f.confirmedAt = f.sampleTime;
    return f;
}

// The default profile's six fleet SLAs, all in one state, plus one regional figure.
engine::SnapshotPtr snapshot(sla::State state, bool reachable, sla::State p95State = sla::State::Ok)
{
    using U = config::Unit;
    using C = sla::Comparison;
    using S = sla::State;
    auto s = std::make_shared<engine::Snapshot>();
    s->time = kNow;
    s->profileName = QStringLiteral("erlmcp-v3");
    s->prometheus.url = QStringLiteral("http://127.0.0.1:9090");
    s->prometheus.reachable = reachable;
    s->prometheus.lastSuccess = kNow.addSecs(reachable ? -1 : -42);
    if (!reachable) {
        s->prometheus.error = QStringLiteral("Connection refused");
        s->prometheus.downSince = kNow.addSecs(-40);
    }
    const S st = reachable ? state : S::Stale;
    s->figures = {
        figure(QStringLiteral("Uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 0.999995, st),
        figure(QStringLiteral("P95 response time"), U::Milliseconds, C::AtMost, 100, 150, 42,
               reachable ? p95State : S::Stale),
        figure(QStringLiteral("Error rate"), U::Percent, C::AtMost, 0.0001, 0.001, 0.00002, st),
        figure(QStringLiteral("Session failover"), U::Seconds, C::AtMost, 10, 15, 3.2, st),
        figure(QStringLiteral("Data consistency"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, st),
        figure(QStringLiteral("Throughput"), U::RequestsPerSecond, C::AtMost, 50000, 40000, 21000, st),
        figure(QStringLiteral("Uptime"), U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, st,
               QStringLiteral("eu-west-1")),
    };
    return s;
}

// An hour of the P95 at a 30 s step, climbing from 40 to 160 ms (through the target, into breach).
engine::HistorySeries p95Trend()
{
    engine::HistorySeries h;
    h.id = QStringLiteral("P95 response time");
    h.end = kNow;
    h.start = kNow.addSecs(-3600);
    for (int i = 0; i <= 120; ++i)
        h.points.push_back({double(h.start.toMSecsSinceEpoch()) + i * 30'000.0, 40.0 + i});
    return h;
}

} // namespace

class TestWarRoom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void rendersAtWallSize();
    void rotatesAndPauses();
    void disconnectedBannerComesAndGoes();
    void staleDataIsNeverGreen();
    void wallAgesByItsOwnClock();
    void overviewCanLeaveTheRotation();
    void pagesAreReadOnly();
    void refreshesCreateNoWidgets();
    void themesKeepTextReadable_data();
    void themesKeepTextReadable();
    void textOnStateColoursIsReadable();
};

void TestWarRoom::rendersAtWallSize()
{
    ui::WarRoomView w;
    w.setClockForTesting(kNow);
    w.setSnapshot(snapshot(sla::State::Ok, true, sla::State::Breach));
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.pageCount(), 1);
    QCOMPARE(w.gauges().size(), std::size_t(6)); // the fleet's six; the regional figure is not one
    for (ui::GaugeWidget *g : w.gauges()) {
        QVERIFY(g->isVisible());
        QVERIFY2(g->height() >= 1080 / 6, qPrintable(QString::number(g->height())));
    }
    QCOMPARE(w.gauges()[1]->figure().state, sla::State::Breach);
    w.setTrend(p95Trend());
    QVERIFY(w.gauges()[1]->hasTrend());
    QVERIFY(!w.gauges()[0]->hasTrend());
    QVERIFY2(w.verdictText().endsWith(QLatin1String(" in breach")), qPrintable(w.verdictText()));
    QCOMPARE(w.clockText(), kNow.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QVERIFY(!w.isBannerShown());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("profile"))->text() == QLatin1String("erlmcp-v3"));
    // Header type is wall-sized: at least 40 pixels high at 1080p.
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("clock"))->font().pixelSize() >= 40);

    const QImage img = w.grab().toImage();
    QCOMPARE(img.size(), QSize(1920, 1080));
    QVERIFY(distinctColours(img, 7) > 20); // not blank
    QVERIFY(share(img, ui::StateStyle::colour(sla::State::Breach)) > 0.001);
    QVERIFY(share(img, ui::StateStyle::colour(sla::State::Ok)) > 0.001);
    QVERIFY(share(img, QColor(Qt::black)) > 0.3); // the dark high-contrast theme
    img.save(QStringLiteral("tst_warroom_breach.png"));

    w.setSnapshot(snapshot(sla::State::Ok, true));
    QVERIFY(w.verdictText().contains(QLatin1String("Every SLA met")));
    w.grab().toImage().save(QStringLiteral("tst_warroom_ok.png"));
}

void TestWarRoom::rotatesAndPauses()
{
    ui::WarRoomView w;
    w.setClockForTesting(kNow);
    w.addPage(QStringLiteral("Regions"), new QLabel(QStringLiteral("regions page")));
    w.addPage(QStringLiteral("Budgets"), new QLabel(QStringLiteral("budgets page")));
    w.setSnapshot(snapshot(sla::State::Ok, true));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.pageCount(), 3);
    QCOMPARE(w.currentPage(), 0);
    QSignalSpy spy(&w, &ui::WarRoomView::pageChanged);

    w.setRotationInterval(50ms);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), 1, 2000);
    QCOMPARE(w.currentTitle(), QStringLiteral("Regions"));
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), 2, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), 0, 2000); // wraps around
    QVERIFY(spy.count() >= 3);

    // Space pauses: the page stays, and the wall says so.
    QTest::keyClick(&w, Qt::Key_Space);
    QVERIFY(w.isPaused());
    QVERIFY(w.rotationText().contains(QLatin1String("PAUSED")));
    const int held = w.currentPage();
    QTest::qWait(300);
    QCOMPARE(w.currentPage(), held);
    w.grab().toImage().save(QStringLiteral("tst_warroom_paused.png"));

    // Left and right step by hand, paused or not.
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentPage(), (held + 1) % 3);
    QTest::keyClick(&w, Qt::Key_Left);
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.currentPage(), (held + 2) % 3);
    QVERIFY(w.isPaused());

    // Space again resumes.
    QTest::keyClick(&w, Qt::Key_Space);
    QVERIFY(!w.isPaused());
    QVERIFY(!w.rotationText().contains(QLatin1String("PAUSED")));
    const int before = w.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(w.currentPage() != before, 2000);

    w.setRotationSeconds(30);
    QCOMPARE(w.rotationInterval(), 30000ms);
}

void TestWarRoom::disconnectedBannerComesAndGoes()
{
    ui::WarRoomView w;
    w.setClockForTesting(kNow);
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setSnapshot(snapshot(sla::State::Ok, true));
    QVERIFY(!w.isBannerShown());

    w.setSnapshot(snapshot(sla::State::Ok, false));
    QVERIFY(w.isBannerShown());
    const QString since = kNow.addSecs(-40).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(w.bannerText().contains(QStringLiteral("DISCONNECTED since ") + since),
             qPrintable(w.bannerText()));
    QVERIFY(w.bannerText().contains(QLatin1String("Connection refused")));
    QVERIFY(!w.verdictText().contains(QLatin1String("met")));
    // The gauges still fit with the banner shown.
    for (ui::GaugeWidget *g : w.gauges())
        QVERIFY(g->height() >= 1080 / 6);
    w.grab().toImage().save(QStringLiteral("tst_warroom_disconnected.png"));

    w.setSnapshot(snapshot(sla::State::Ok, true));
    QVERIFY(!w.isBannerShown());
    QVERIFY(w.bannerText().isEmpty());
}

void TestWarRoom::staleDataIsNeverGreen()
{
    ui::WarRoomView w;
    w.setClockForTesting(kNow);
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setSnapshot(snapshot(sla::State::Ok, false)); // every figure Stale
    for (ui::GaugeWidget *g : w.gauges())
        QCOMPARE(g->figure().state, sla::State::Stale);
    const QImage img = w.grab().toImage();
    QCOMPARE(share(img, ui::StateStyle::colour(sla::State::Ok)), 0.0);

    // Reachable, but some figures have no current value: the verdict is not "met", and not green.
    w.setSnapshot(snapshot(sla::State::NoData, true));
    QVERIFY2(w.verdictText().contains(QLatin1String("without a current value")), qPrintable(w.verdictText()));
    const auto *verdict = w.findChild<QLabel *>(QStringLiteral("verdict"));
    QVERIFY(verdict->palette().color(QPalette::Window) != ui::StateStyle::colour(sla::State::Ok));
    QCOMPARE(verdict->palette().color(QPalette::Window), ui::StateStyle::colour(sla::State::Stale));
    w.grab().toImage().save(QStringLiteral("tst_warroom_nodata.png"));
}

void TestWarRoom::wallAgesByItsOwnClock()
{
    // A snapshot arrives, then nothing more (a refresh that hangs): the wall must not keep its verdict.
    ui::WarRoomView w;
    engine::SnapshotPtr fed;
    QDateTime fedAt;
    w.addPage(QStringLiteral("probe"), new QWidget, [&](const engine::SnapshotPtr &s, const QDateTime &t) {
        fed = s;
        fedAt = t;
    });
    w.setClockForTesting(kNow);
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setSnapshot(snapshot(sla::State::Ok, true, sla::State::Breach));
    QCOMPARE(w.gauges()[1]->figure().state, sla::State::Breach);
    QVERIFY(!w.isBannerShown());
    QVERIFY(fed && fed->figures[0].state == sla::State::Ok);

    // Within the bound (10 s): still current.
    w.setClockForTesting(kNow.addSecs(5));
    QCOMPARE(w.gauges()[0]->figure().state, sla::State::Ok);

    // Past it, with no new snapshot: every gauge Stale, the breach still named, the banner up.
    const QDateTime later = kNow.addSecs(20);
    w.setClockForTesting(later);
    for (ui::GaugeWidget *g : w.gauges())
        QCOMPARE(g->figure().state, sla::State::Stale);
    QCOMPARE(w.gauges()[1]->figure().lastKnown, sla::State::Breach);
    QVERIFY2(w.gauges()[1]->stateText().endsWith(QStringLiteral("Stale · was Breach")),
             qPrintable(w.gauges()[1]->stateText()));
    QVERIFY2(w.verdictText().contains(QStringLiteral("in breach · last known")), qPrintable(w.verdictText()));
    QVERIFY(w.isBannerShown());
    QVERIFY2(w.bannerText().contains(QLatin1String("no refresh has completed")), qPrintable(w.bannerText()));
    QCOMPARE(share(w.grab().toImage(), ui::StateStyle::colour(sla::State::Ok)), 0.0);
    // The pages are fed the same aged snapshot, at the same clock.
    QCOMPARE(fedAt, later);
    QCOMPARE(fed->figures[0].state, sla::State::Stale);
    w.grab().toImage().save(QStringLiteral("tst_warroom_aged.png"));

    // An hour on: Error, and still the breach is what the wall says.
    w.setClockForTesting(kNow.addSecs(3600));
    QCOMPARE(w.gauges()[0]->figure().state, sla::State::Error);
    QVERIFY(w.verdictText().contains(QLatin1String("in breach")));

    // An all-OK snapshot that is never refreshed stops saying "met", and stops being green.
    w.setClockForTesting(kNow);
    w.setSnapshot(snapshot(sla::State::Ok, true));
    QVERIFY2(w.verdictText().contains(QLatin1String("Every SLA met")), qPrintable(w.verdictText()));
    w.setClockForTesting(kNow.addSecs(20));
    QVERIFY2(!w.verdictText().contains(QLatin1String("met")), qPrintable(w.verdictText()));
    const auto *verdict = w.findChild<QLabel *>(QStringLiteral("verdict"));
    QVERIFY(verdict->palette().color(QPalette::Window) != ui::StateStyle::colour(sla::State::Ok));
}

void TestWarRoom::overviewCanLeaveTheRotation()
{
    ui::WarRoomView w;
    w.setOverviewInRotation(false); // the only page: it stays
    QCOMPARE(w.pageCount(), 1);
    w.addPage(QStringLiteral("Regions"), new QWidget);
    w.addPage(QStringLiteral("Budgets"), new QWidget);
    QCOMPARE(w.pageCount(), 3);
    w.setOverviewInRotation(false);
    QCOMPARE(w.pageCount(), 2);
    QCOMPARE(w.currentTitle(), QStringLiteral("Regions"));
    w.showNextPage();
    QCOMPARE(w.currentTitle(), QStringLiteral("Budgets"));
    w.showNextPage();
    QCOMPARE(w.currentTitle(), QStringLiteral("Regions"));
    w.setOverviewInRotation(true);
    QCOMPARE(w.pageCount(), 3);
    QCOMPARE(w.currentTitle(), QStringLiteral("Service level agreements"));
}

void TestWarRoom::pagesAreReadOnly()
{
    ui::WarRoomView w;
    auto *page = new QWidget;
    auto *button = new QPushButton(QStringLiteral("&Contain"), page);
    auto *action = new QAction(QStringLiteral("Roll back"), page);
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    page->addAction(action);
    w.addPage(QStringLiteral("Actions"), page);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->focusPolicy(), Qt::NoFocus);
    QVERIFY(!action->isEnabled());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Even a later attempt to focus a page's widget gives the focus back to the wall.
    auto *late = new QWidget(page);
    late->setFocusPolicy(Qt::StrongFocus);
    w.activateWindow();
    w.setFocus();
    late->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() == &w || QApplication::focusWidget() == nullptr);
}

void TestWarRoom::refreshesCreateNoWidgets()
{
    ui::WarRoomView w;
    w.setClockForTesting(kNow);
    w.show();
    w.setSnapshot(snapshot(sla::State::Ok, true));
    const auto before = w.findChildren<QObject *>().size();
    for (int i = 0; i < 200; ++i) {
        w.setSnapshot(snapshot(i % 3 == 0 ? sla::State::Warning : sla::State::Ok, i % 5 != 0));
        w.setTrend(p95Trend());
        w.setClockForTesting(kNow.addSecs(i));
        w.showNextPage();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(w.findChildren<QObject *>().size(), before);
}

void TestWarRoom::themesKeepTextReadable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<QString>("name");
    using K = ui::Theme::Kind;
    QTest::addRow("light") << int(K::Light) << 4.5 << QStringLiteral("light");
    QTest::addRow("dark") << int(K::Dark) << 4.5 << QStringLiteral("dark");
    QTest::addRow("high-contrast") << int(K::HighContrast) << 7.0 << QStringLiteral("high-contrast");
}

void TestWarRoom::themesKeepTextReadable()
{
    QFETCH(int, kind);
    QFETCH(double, minimum);
    QFETCH(QString, name);
    const auto k = ui::Theme::Kind(kind);
    const QPalette p = ui::Theme::palette(k);
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base},
    };
    for (const auto &[fg, bg] : pairs) {
        const double c = ui::Theme::contrast(p.color(fg), p.color(bg));
        QVERIFY2(c >= minimum, qPrintable(QStringLiteral("%1 %2/%3: %4").arg(name).arg(fg).arg(bg).arg(c)));
    }
    // Disabled text is still legible (AA), in every theme.
    QVERIFY(ui::Theme::contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 4.5);

    // Applied app-wide, and drawn: a gauge in this theme, saved to look at.
    ui::Theme::apply(k);
    QCOMPARE(QApplication::palette().color(QPalette::Window), p.color(QPalette::Window));
    QCOMPARE(qApp->styleSheet(), ui::Theme::styleSheet(k));
    if (k != ui::Theme::Kind::HighContrast) // a style sheet wraps the style, whose name is then empty
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QWidget host;
    auto *layout = new QHBoxLayout(&host);
    for (sla::State st : {sla::State::Ok, sla::State::Warning, sla::State::Breach, sla::State::Stale}) {
        auto *g = new ui::GaugeWidget(&host);
        g->setFigure(figure(QStringLiteral("P95"), config::Unit::Milliseconds, sla::Comparison::AtMost, 100,
                            150, st == sla::State::Breach ? 180 : 60, st),
                     kNow);
        layout->addWidget(g);
    }
    auto *label = new QLabel(QStringLiteral("Theme: ") + name, &host);
    layout->addWidget(label);
    host.resize(1400, 300);
    QCOMPARE(label->palette().color(QPalette::WindowText), p.color(QPalette::WindowText));
    const QImage img = host.grab().toImage();
    QVERIFY(share(img, p.color(QPalette::Window)) > 0.05);
    img.save(QStringLiteral("tst_theme_%1.png").arg(name));
    ui::Theme::apply(ui::Theme::Kind::System);
}

void TestWarRoom::textOnStateColoursIsReadable()
{
    using S = sla::State;
    for (S st : {S::Ok, S::Warning, S::Breach, S::NoData, S::Stale, S::Error}) {
        const QColor bg = ui::StateStyle::colour(st);
        const double c = ui::Theme::contrast(ui::Theme::textOn(bg), bg);
        QVERIFY2(c >= 4.5, qPrintable(sla::stateName(st) + QStringLiteral(": ") + QString::number(c)));
    }
}

QTEST_MAIN(TestWarRoom)
#include "tst_warroom.moc"
