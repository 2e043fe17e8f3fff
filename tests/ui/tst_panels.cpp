// The compliance table, the regional panel and the error-budget panel rendered offscreen from hand-made
// snapshots: every state, as model data, as words and as pixels.
#include "budgetpanel.h"
#include "compliancemodel.h"
#include "compliancetable.h"
#include "engine/figureformat.h"
#include "pixels.h"
#include "regionpanel.h"
#include "statestyle.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <cmath>

using namespace slaops;
using slaops::test::share;
using S = sla::State;
using U = config::Unit;
using C = sla::Comparison;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);
const QString kProm = QStringLiteral("http://127.0.0.1:9090");

bool greyed(S s)
{
    return s == S::Stale || s == S::Error;
}

engine::Figure figure(const QString &id, const QString &region, U unit, C cmp, double target, double alert,
                      double value, S state, const QString &message = {})
{
    engine::Figure f;
    f.id = id;
    f.name = id;
    f.region = region;
    f.unit = unit;
    f.comparison = cmp;
    f.target = target;
    f.alert = alert;
    f.value = state == S::NoData ? NAN : value;
    f.state = state;
    f.message =
        message.isEmpty() && (greyed(state) || state == S::NoData)
            ? (state == S::NoData ? QStringLiteral("no series") : QStringLiteral("Connection refused"))
            : message;
    if (state != S::NoData)
        f.sampleTime = kNow.addSecs(greyed(state) ? -42 : -2);
    f.confirmedAt = f.sampleTime;
    f.source = kProm;
    f.query = QStringLiteral("avg(up{%1})").arg(region);
    f.queryLatencyMs = 12;
    return f;
}

// The figures of one region, all in one state.
std::vector<engine::Figure> regionFigures(const QString &region, S state, S compactState)
{
    std::vector<engine::Figure> figures{
        figure(QStringLiteral("uptime"), region, U::Percent, C::AtLeast, 0.99999, 0.9999, 0.99995, state),
        figure(QStringLiteral("response_time_p95"), region, U::Milliseconds, C::AtMost, 100, 150, 42,
               compactState),
        figure(QStringLiteral("error_rate"), region, U::Percent, C::AtMost, 0.0001, 0.001, 0.00002,
               compactState),
        figure(QStringLiteral("rto"), region, U::Seconds, C::AtMost, 300, NAN, 120, state),
        figure(QStringLiteral("rpo"), region, U::Seconds, C::AtMost, 1, NAN, 0.4, state),
        figure(QStringLiteral("network_latency"), region, U::Milliseconds, C::AtMost, 50, NAN, 31.5, state),
    };
    // The roles the default profile gives them: the region's own figures head the card, P95 and
    // error rate share its compact line.
    for (engine::Figure &f : figures) {
        f.roles.regionMain =
            f.id != QLatin1String("response_time_p95") && f.id != QLatin1String("error_rate");
        f.roles.regionCard = !f.roles.regionMain;
    }
    // The names the engine gives them, so that the saved pictures look like the console.
    const std::array names{QStringLiteral("Uptime"),     QStringLiteral("P95 response time"),
                           QStringLiteral("Error rate"), QStringLiteral("RTO"),
                           QStringLiteral("RPO"),        QStringLiteral("Network latency")};
    for (std::size_t i = 0; i < figures.size(); ++i)
        figures[i].name = names[i];
    return figures;
}

engine::SnapshotPtr snapshot(std::vector<engine::Figure> figures,
                             std::vector<engine::BudgetFigure> budgets = {})
{
    auto s = std::make_shared<engine::Snapshot>();
    s->generation = 7;
    s->time = kNow;
    s->profileName = QStringLiteral("erlmcp-v3");
    s->prometheus.url = kProm;
    s->prometheus.reachable = true;
    s->prometheus.lastSuccess = kNow.addSecs(-1);
    s->figures = std::move(figures);
    s->budgets = std::move(budgets);
    return s;
}

// One figure per state, fleet and regions mixed, in an order that sorting has to change.
std::vector<engine::Figure> everyState()
{
    const QString eu = QStringLiteral("eu-west-1");
    const QString us = QStringLiteral("us-east-1");
    return {
        figure(QStringLiteral("uptime"), {}, U::Percent, C::AtLeast, 0.99999, 0.9999, 1.0, S::Ok),
        figure(QStringLiteral("response_time_p95"), us, U::Milliseconds, C::AtMost, 100, 150, 9.5, S::Ok),
        figure(QStringLiteral("response_time_p95"), eu, U::Milliseconds, C::AtMost, 100, 150, 312.4,
               S::Breach),
        figure(QStringLiteral("error_rate"), {}, U::Percent, C::AtMost, 0.0001, 0.001, 0.0002, S::Warning),
        figure(QStringLiteral("session_failover"), {}, U::Seconds, C::AtMost, 10, 15, NAN, S::NoData),
        figure(QStringLiteral("data_consistency"), {}, U::Percent, C::AtLeast, 0.99999, 0.9999, 0.99999,
               S::Stale),
        figure(QStringLiteral("throughput"), {}, U::RequestsPerSecond, C::AtMost, 50000, 40000, 29874,
               S::Error),
        figure(QStringLiteral("response_time_p95"), {}, U::Milliseconds, C::AtMost, 100, 150, 100.5,
               S::Breach),
        figure(QStringLiteral("network_latency"), us, U::Milliseconds, C::AtMost, 50, NAN, 10, S::Ok),
    };
}

engine::BudgetFigure budget(const QString &id, S state, engine::BurnVerdict verdict, double remaining,
                            std::array<double, 7> burn)
{
    engine::BudgetFigure b;
    b.slaId = id;
    b.name = id;
    b.comparison = C::AtLeast;
    b.target = 0.99999;
    b.state = state;
    b.verdict = verdict;
    b.verdictReason = QStringLiteral("reason of %1").arg(id);
    b.burnRates = burn;
    b.confirmedAt = kNow.addSecs(greyed(state) ? -42 : -2);
    for (auto [p, label, len] : {std::tuple{&b.rolling, QStringLiteral("30d rolling"), 30 * 86400},
                                 std::tuple{&b.month, QStringLiteral("2026-11"), 30 * 86400}}) {
        p->label = label;
        p->length = std::chrono::seconds(len);
        p->elapsed = std::chrono::seconds(26 * 86400);
        p->budgetFraction = 0.00001;
        p->remaining = remaining;
        p->consumed = 1 - remaining;
        p->allowanceSeconds = std::isfinite(remaining) ? remaining * 0.00001 * len : NAN;
        p->secondsToExhaustion = burn[2] > 0 ? remaining * len / burn[2] : INFINITY;
    }
    if (greyed(state))
        b.message = QStringLiteral("Connection refused");
    return b;
}

// Share of sampled pixels that differ from the top-left (background) pixel: a blank grab is 0.
double inked(const QImage &img)
{
    const QColor bg = img.pixelColor(0, 0);
    qint64 hits = 0, all = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2, ++all)
            if (img.pixelColor(x, y) != bg)
                ++hits;
    return double(hits) / double(all);
}

QString cell(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}

} // namespace

class TestPanels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelPassesTesterAndSignalsMinimally();
    void modelData();
    void tableSortsWorstFirst();
    void tableSortsNumbersNumerically();
    void tableFiltersAndActivates();
    void tableRendersEveryState();
    void regionPanelShowsEachState_data();
    void regionPanelShowsEachState();
    void regionPanelRendersRegionsSideBySide();
    void budgetPanelShowsEachVerdict_data();
    void budgetPanelShowsEachVerdict();
    void budgetThresholdsFollowThePeriod();
    void budgetPanelRenders();
    void budgetPanelSaysWhatIsCovered();
};

void TestPanels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPanels::modelPassesTesterAndSignalsMinimally()
{
    ui::ComplianceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setSnapshot(snapshot(everyState()), kNow);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), int(ui::ComplianceModel::ColumnCount));
    QCOMPARE(resets.size(), 1);

    // The same figures in another order, with new values: rows stay put, only their data changes.
    auto figures = everyState();
    std::reverse(figures.begin(), figures.end());
    figures.back().value = 0.99998; // fleet uptime, now last in the snapshot
    model.setSnapshot(snapshot(figures), kNow.addSecs(10));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(cell(&model, 0, ui::ComplianceModel::Sla), QStringLiteral("uptime"));
    QCOMPARE(cell(&model, 0, ui::ComplianceModel::Value), QStringLiteral("99.9980 %"));
    QCOMPARE(cell(&model, 0, ui::ComplianceModel::Age), QStringLiteral("12 s"));

    // A figure more: the set changed, so the model resets.
    figures.push_back(figure(QStringLiteral("rpo"), QStringLiteral("us-east-1"), U::Seconds, C::AtMost, 1,
                             NAN, 0.2, S::Ok));
    model.setSnapshot(snapshot(figures), kNow);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 10);

    model.setSnapshot(nullptr, kNow);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 3);
}

void TestPanels::modelData()
{
    ui::ComplianceModel model;
    model.setSnapshot(snapshot(everyState()), kNow);
    using M = ui::ComplianceModel;
    const int p95eu = model.rowOf(QStringLiteral("response_time_p95"), QStringLiteral("eu-west-1"));
    QVERIFY(p95eu >= 0);
    QCOMPARE(cell(&model, p95eu, M::Scope), QStringLiteral("eu-west-1"));
    QCOMPARE(cell(&model, p95eu, M::Value), QStringLiteral("312.4 ms"));
    QCOMPARE(cell(&model, p95eu, M::Target), QStringLiteral("≤ 100 ms"));
    QCOMPARE(cell(&model, p95eu, M::Alert), QStringLiteral("> 150 ms"));
    QCOMPARE(cell(&model, p95eu, M::StateColumn), QStringLiteral("✖ Breach"));
    QCOMPARE(cell(&model, p95eu, M::Age), QStringLiteral("2 s"));
    QCOMPARE(cell(&model, p95eu, M::Source), kProm);
    QCOMPARE(model.index(p95eu, M::Value).data(M::SortRole).toDouble(), 312.4);
    QCOMPARE(model.index(p95eu, M::StateColumn).data(M::SortRole).toInt(), 5);
    QCOMPARE(model.index(p95eu, M::StateColumn).data(Qt::DecorationRole).value<QColor>(),
             ui::StateStyle::colour(S::Breach));
    QCOMPARE(cell(&model, p95eu, M::StateColumn, Qt::AccessibleTextRole), QStringLiteral("State: Breach"));
    QCOMPARE(cell(&model, p95eu, M::Value, Qt::AccessibleTextRole), QStringLiteral("Value: 312.4 ms"));

    const int uptime = model.rowOf(QStringLiteral("uptime"), {});
    QCOMPARE(cell(&model, uptime, M::Scope), QStringLiteral("Fleet"));
    QCOMPARE(cell(&model, uptime, M::Target), QStringLiteral("≥ 99.999 %"));
    QCOMPARE(cell(&model, uptime, M::Alert), QStringLiteral("< 99.99 %"));
    QVERIFY(!model.index(uptime, M::Value).data(Qt::ForegroundRole).isValid()); // the theme's own text

    // Stale and failed figures: the last value stays, greyed in every column, with the reason as tooltip.
    for (const QString &id : {QStringLiteral("data_consistency"), QStringLiteral("throughput")}) {
        const int r = model.rowOf(id, {});
        QCOMPARE(cell(&model, r, M::Age), QStringLiteral("42 s"));
        for (int c = 0; c < M::ColumnCount; ++c)
            QCOMPARE(model.index(r, c).data(Qt::ForegroundRole).value<QColor>(), ui::StateStyle::grey());
        const QString tip = cell(&model, r, M::Value, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("Connection refused")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Query: avg(up{})")), qPrintable(tip));
    }
    QCOMPARE(cell(&model, model.rowOf(QStringLiteral("throughput"), {}), M::Value),
             QStringLiteral("29874 RPS"));

    const int nodata = model.rowOf(QStringLiteral("session_failover"), {});
    QCOMPARE(cell(&model, nodata, M::Value), QStringLiteral("—"));
    QVERIFY(!model.index(nodata, M::Value).data(M::SortRole).isValid());
    QCOMPARE(cell(&model, nodata, M::Age), QStringLiteral("—"));
    QCOMPARE(cell(&model, nodata, M::StateColumn), QStringLiteral("∅ No data"));

    // Severity order: Breach > Error > Stale > NoData > Warning > Ok.
    QVERIFY(M::severity(S::Breach) > M::severity(S::Error));
    QVERIFY(M::severity(S::Error) > M::severity(S::Stale));
    QVERIFY(M::severity(S::Stale) > M::severity(S::NoData));
    QVERIFY(M::severity(S::NoData) > M::severity(S::Warning));
    QVERIFY(M::severity(S::Warning) > M::severity(S::Ok));
}

void TestPanels::tableSortsWorstFirst()
{
    ui::ComplianceTable table;
    QAbstractItemModelTester tester(table.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setSnapshot(snapshot(everyState()), kNow);
    const QAbstractItemModel *p = table.proxy();
    using M = ui::ComplianceModel;
    QStringList order;
    for (int r = 0; r < p->rowCount(); ++r)
        order << cell(p, r, M::StateColumn) + QLatin1Char('/') + cell(p, r, M::Scope);
    // Breach rows first, fleet before regions; then Error, Stale, No data, Warning, Ok.
    QCOMPARE(order, (QStringList{
                        QStringLiteral("✖ Breach/Fleet"),
                        QStringLiteral("✖ Breach/eu-west-1"),
                        QStringLiteral("⚠ Error/Fleet"),
                        QStringLiteral("◷ Stale/Fleet"),
                        QStringLiteral("∅ No data/Fleet"),
                        QStringLiteral("▲ Warning/Fleet"),
                        QStringLiteral("✔ OK/Fleet"),
                        QStringLiteral("✔ OK/us-east-1"),
                        QStringLiteral("✔ OK/us-east-1"),
                    }));
    // A refresh in which a fine figure breaches moves it to the top by itself.
    auto figures = everyState();
    figures[0].state = S::Breach;
    figures[0].value = 0.9999;
    table.setSnapshot(snapshot(figures), kNow);
    QStringList breaches;
    for (int r = 0; r < 3; ++r)
        breaches << cell(p, r, M::StateColumn) + QLatin1Char('/') + cell(p, r, M::Scope) + QLatin1Char('/') +
                        cell(p, r, M::Sla);
    // Among equals: fleet first, then by SLA name.
    QCOMPARE(breaches, (QStringList{QStringLiteral("✖ Breach/Fleet/response_time_p95"),
                                    QStringLiteral("✖ Breach/Fleet/uptime"),
                                    QStringLiteral("✖ Breach/eu-west-1/response_time_p95")}));

    // Ascending puts Ok first and keeps the fleet before its regions among equals.
    table.view()->sortByColumn(M::StateColumn, Qt::AscendingOrder);
    QCOMPARE(cell(p, 0, M::StateColumn), QStringLiteral("✔ OK"));
    QCOMPARE(cell(p, 0, M::Scope), QStringLiteral("us-east-1"));
    QCOMPARE(cell(p, p->rowCount() - 1, M::StateColumn), QStringLiteral("✖ Breach"));
    table.sortBySeverity();
    QCOMPARE(cell(p, 0, M::StateColumn), QStringLiteral("✖ Breach"));
}

void TestPanels::tableSortsNumbersNumerically()
{
    ui::ComplianceTable table;
    QAbstractItemModelTester tester(table.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setSnapshot(snapshot(everyState()), kNow);
    const QAbstractItemModel *p = table.proxy();
    using M = ui::ComplianceModel;
    table.view()->sortByColumn(M::Value, Qt::AscendingOrder);
    // 0.0002 (error rate) < 0.99999 < 1.0 < 9.5 < 10 < 100.5 < 312.4 < 29874; no value last.
    QStringList values;
    for (int r = 0; r < p->rowCount(); ++r)
        values << cell(p, r, M::Value);
    QCOMPARE(
        values,
        (QStringList{QStringLiteral("0.0200 %"), QStringLiteral("99.9990 %"), QStringLiteral("100.0000 %"),
                     QStringLiteral("9.50 ms"), QStringLiteral("10.0 ms"), QStringLiteral("100.5 ms"),
                     QStringLiteral("312.4 ms"), QStringLiteral("29874 RPS"), QStringLiteral("—")}));
    table.view()->sortByColumn(M::Value, Qt::DescendingOrder);
    QCOMPARE(cell(p, 0, M::Value), QStringLiteral("29874 RPS"));
    QCOMPARE(cell(p, p->rowCount() - 1, M::Value), QStringLiteral("—")); // unknown stays last
    table.view()->sortByColumn(M::Age, Qt::DescendingOrder);
    QCOMPARE(cell(p, 0, M::Age), QStringLiteral("42 s"));
}

void TestPanels::tableFiltersAndActivates()
{
    ui::ComplianceTable table;
    table.resize(900, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    table.setSnapshot(snapshot(everyState()), kNow);
    QSignalSpy activated(&table, &ui::ComplianceTable::figureActivated);

    table.filterEdit()->setText(QStringLiteral("eu-west"));
    QCOMPARE(table.proxy()->rowCount(), 1);
    QTest::keyClick(table.filterEdit(), Qt::Key_Down); // into the table, first row current
    QCOMPARE(table.view()->currentIndex().row(), 0);
    QTest::keyClick(table.view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("response_time_p95"));
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("eu-west-1"));

    table.setFilterText(QString());
    QCOMPARE(table.proxy()->rowCount(), 9);
    table.view()->setFocus();
    table.view()->setCurrentIndex(table.proxy()->index(0, 0));
    QTest::keyClick(table.view(), Qt::Key_Down);
    QTest::keyClick(table.view(), Qt::Key_Enter);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("response_time_p95")); // 2nd breach
    QCOMPARE(activated.at(1).at(1).toString(), QStringLiteral("eu-west-1"));

    const QModelIndex ok = table.proxy()->index(8, ui::ComplianceModel::Value);
    const QRect rect = table.view()->visualRect(ok);
    // The view accepts a double click only on the index that a press chose first, as a real one does.
    QTest::mousePress(table.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(table.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 3);
    QCOMPARE(activated.at(2).at(1).toString(), QStringLiteral("us-east-1"));
}

void TestPanels::tableRendersEveryState()
{
    ui::ComplianceTable table;
    table.resize(1000, 330);
    table.setSnapshot(snapshot(everyState()), kNow);
    table.view()->setCurrentIndex({}); // no selection highlight over the first row's colours
    const QImage img = table.grab().toImage();
    img.save(QStringLiteral("tst_panels_table.png"));
    QVERIFY(inked(img) > 0.02);
    for (S s : {S::Ok, S::Warning, S::Breach, S::NoData, S::Error})
        QVERIFY2(share(img, ui::StateStyle::colour(s), 8, 1) > 0.0001, qPrintable(sla::stateName(s)));
    QVERIFY(share(img, ui::StateStyle::grey(), 8, 1) > 0.0005); // greyed rows
    // Every column fits its text: nothing is elided.
    const QFontMetrics fm(table.view()->font());
    for (int r = 0; r < table.proxy()->rowCount(); ++r)
        for (int c = 0; c < ui::ComplianceModel::ColumnCount; ++c)
            QVERIFY2(table.view()->columnWidth(c) >= fm.horizontalAdvance(cell(table.proxy(), r, c)),
                     qPrintable(cell(table.proxy(), r, c)));
}

void TestPanels::regionPanelShowsEachState_data()
{
    QTest::addColumn<int>("state");
    QTest::addRow("ok") << int(S::Ok);
    QTest::addRow("warning") << int(S::Warning);
    QTest::addRow("breach") << int(S::Breach);
    QTest::addRow("nodata") << int(S::NoData);
    QTest::addRow("stale") << int(S::Stale);
    QTest::addRow("error") << int(S::Error);
}

void TestPanels::regionPanelShowsEachState()
{
    QFETCH(int, state);
    const S st = S(state);
    const QString region = QStringLiteral("us-east-1");
    ui::RegionPanel panel;
    panel.resize(520, 260);
    panel.setSnapshot(snapshot(regionFigures(region, st, st)), kNow);
    QCOMPARE(panel.regions(), QStringList{region});
    QCOMPARE(panel.regionState(region), st);

    const QString uptime = panel.rowText(region, QStringLiteral("uptime"));
    QVERIFY2(uptime.contains(sla::stateLabel(st)), qPrintable(uptime));
    QVERIFY2(uptime.contains(ui::StateStyle::glyph(st)), qPrintable(uptime));
    QVERIFY2(uptime.contains(QStringLiteral("≥ 99.999 %")), qPrintable(uptime));
    if (st == S::NoData) {
        QVERIFY(uptime.contains(QStringLiteral("—")));
    } else {
        QVERIFY2(uptime.contains(QStringLiteral("99.9950 %")), qPrintable(uptime));
        QVERIFY2(uptime.contains(greyed(st) ? QStringLiteral("age 42 s") : QStringLiteral("age 2 s")),
                 qPrintable(uptime));
    }
    QVERIFY(panel.rowText(region, QStringLiteral("rto")).contains(QStringLiteral("≤ 300 s")));
    QVERIFY(panel.rowText(region, QStringLiteral("rpo")).contains(QStringLiteral("≤ 1 s")));
    QVERIFY(panel.rowText(region, QStringLiteral("network_latency")).contains(QStringLiteral("≤ 50 ms")));
    QCOMPARE(panel.compactText(region),
             QStringLiteral("P95 response time %1 · Error rate %1")
                 .arg(ui::StateStyle::glyph(st) + QLatin1Char(' ') + sla::stateLabel(st)));

    // Greyed rows are grey text; fresh ones use the theme's text colour.
    const auto *value = panel.findChild<QLabel *>(region + QStringLiteral("/uptime/value"));
    QVERIFY(value);
    if (greyed(st))
        QCOMPARE(value->palette().color(QPalette::WindowText), ui::StateStyle::grey());
    else if (st != S::Breach)
        QVERIFY(value->palette().color(QPalette::WindowText) != ui::StateStyle::grey());
    const auto *frame = panel.findChild<QFrame *>(region);
    QVERIFY(frame->accessibleName().contains(sla::stateLabel(st)));
    QVERIFY(frame->accessibleDescription().contains(QStringLiteral("Network latency")) ||
            frame->accessibleDescription().contains(QStringLiteral("network_latency")));

    const QImage img = panel.grab().toImage();
    QVERIFY(inked(img) > 0.02);
    const QColor badge = ui::StateStyle::colour(st);
    QVERIFY2(share(img, badge, 8, 1) > 0.003, qPrintable(sla::stateName(st)));
    if (st != S::Ok)
        QCOMPARE(share(img, ui::StateStyle::colour(S::Ok), 8, 1), 0.0); // nothing unconfirmed is green
    img.save(QStringLiteral("tst_panels_region_%1.png").arg(sla::stateName(st)));
}

void TestPanels::regionPanelRendersRegionsSideBySide()
{
    std::vector<engine::Figure> figures;
    auto add = [&](std::vector<engine::Figure> more) {
        figures.insert(figures.end(), more.begin(), more.end());
    };
    add(regionFigures(QStringLiteral("us-east-1"), S::Ok, S::Ok));
    auto eu = regionFigures(QStringLiteral("eu-west-1"), S::Ok, S::Warning);
    eu[3].value = 420; // RTO past its 5 min
    eu[3].state = S::Breach;
    eu[1].state = S::Breach;
    eu[1].value = 312.4;
    add(eu);
    add(regionFigures(QStringLiteral("ap-southeast-1"), S::Stale, S::Error));
    ui::RegionPanel panel;
    panel.resize(1400, 280);
    panel.setSnapshot(snapshot(figures), kNow);
    QCOMPARE(panel.regions(), (QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                                           QStringLiteral("ap-southeast-1")}));
    QCOMPARE(panel.regionState(QStringLiteral("eu-west-1")), S::Breach);
    QCOMPARE(panel.regionState(QStringLiteral("ap-southeast-1")), S::Error);
    QVERIFY(panel.rowText(QStringLiteral("eu-west-1"), QStringLiteral("rto"))
                .contains(QStringLiteral("420.00 s")));
    // Why a region's figures are old is said once, in words, on its card.
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("ap-southeast-1/note"))->text(),
             QStringLiteral("Connection refused"));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("us-east-1/note"))->isVisibleTo(&panel));

    // Side by side, none overlapping; every label has the room its text needs.
    const auto *us = panel.findChild<QFrame *>(QStringLiteral("us-east-1"));
    const auto *euf = panel.findChild<QFrame *>(QStringLiteral("eu-west-1"));
    const auto *ap = panel.findChild<QFrame *>(QStringLiteral("ap-southeast-1"));
    panel.grab(); // lays out
    QVERIFY(us->geometry().right() < euf->geometry().left());
    QVERIFY(euf->geometry().right() < ap->geometry().left());
    QCOMPARE(us->geometry().top(), ap->geometry().top());
    for (const QLabel *l : panel.findChildren<QLabel *>())
        if (l->isVisible() && !l->wordWrap())
            QVERIFY2(l->width() >= l->sizeHint().width(), qPrintable(l->objectName()));

    // A later refresh with the same regions updates the cards in place.
    figures[0].state = S::Breach;
    panel.setSnapshot(snapshot(figures), kNow);
    QCOMPARE(panel.findChild<QFrame *>(QStringLiteral("us-east-1")), us);
    QCOMPARE(panel.regionState(QStringLiteral("us-east-1")), S::Breach);
    figures[0].state = S::Ok;
    panel.setSnapshot(snapshot(figures), kNow);

    const QImage img = panel.grab().toImage();
    QVERIFY(inked(img) > 0.02);
    img.save(QStringLiteral("tst_panels_regions.png"));
}

void TestPanels::budgetPanelShowsEachVerdict_data()
{
    using V = engine::BurnVerdict;
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<double>("remaining");
    QTest::addColumn<QString>("expectedVerdict");
    QTest::addColumn<QString>("expectedPercent");
    QTest::addRow("none") << int(S::Ok) << int(V::None) << 0.8 << QStringLiteral("✔ Verdict: none")
                          << QStringLiteral("80.0 %");
    QTest::addRow("ticket") << int(S::Ok) << int(V::Ticket) << 0.2 << QStringLiteral("▲ Verdict: ticket")
                            << QStringLiteral("20.0 %");
    QTest::addRow("page") << int(S::Breach) << int(V::Page) << -0.5 << QStringLiteral("✖ Verdict: page")
                          << QStringLiteral("-50.0 %");
    QTest::addRow("unknown") << int(S::NoData) << int(V::Unknown) << double(NAN)
                             << QStringLiteral("∅ Verdict: unknown") << QStringLiteral("—");
    QTest::addRow("stale") << int(S::Stale) << int(V::Unknown) << 0.7 << QStringLiteral("∅ Verdict: unknown")
                           << QStringLiteral("70.0 %");
    QTest::addRow("error") << int(S::Error) << int(V::Unknown) << double(NAN)
                           << QStringLiteral("∅ Verdict: unknown") << QStringLiteral("—");
}

void TestPanels::budgetPanelShowsEachVerdict()
{
    QFETCH(int, state);
    QFETCH(int, verdict);
    QFETCH(double, remaining);
    QFETCH(QString, expectedVerdict);
    QFETCH(QString, expectedPercent);
    const S st = S(state);
    const auto v = engine::BurnVerdict(verdict);
    std::array<double, 7> burn{0.5, 0.4, 0.3, 0.2, 0.2, 0.1, 0.1};
    if (v == engine::BurnVerdict::Page)
        burn = {20, 9, 16, 4, 7, 3.5, 1.2};
    else if (v == engine::BurnVerdict::Ticket)
        burn = {2, 2, 2, 3.5, 2, 3.2, 0.9};
    else if (v == engine::BurnVerdict::Unknown)
        burn = {NAN, NAN, NAN, NAN, NAN, NAN, NAN};
    const QString id = QStringLiteral("uptime");
    ui::BudgetPanel panel;
    panel.resize(1100, 200);
    panel.setSnapshot(snapshot({}, {budget(id, st, v, remaining, burn)}), kNow);
    QCOMPARE(panel.slaIds(), QStringList{id});
    QCOMPARE(panel.text(id, QStringLiteral("verdict")), expectedVerdict);
    QCOMPARE(panel.findChild<QLabel *>(id + QStringLiteral("/verdict"))->toolTip(),
             QStringLiteral("reason of uptime"));
    QCOMPARE(panel.text(id, QStringLiteral("state")),
             ui::StateStyle::glyph(st) + QLatin1Char(' ') + sla::stateLabel(st));
    QCOMPARE(panel.text(id, QStringLiteral("rolling")), expectedPercent);
    QCOMPARE(panel.text(id, QStringLiteral("month")), expectedPercent);
    QCOMPARE(panel.text(id, QStringLiteral("target")), QStringLiteral("SLA ≥ 99.999 %"));
    QCOMPARE(panel.bar(id, QStringLiteral("rolling"))->value(),
             std::isfinite(remaining) ? int(std::lround(std::clamp(remaining, 0.0, 1.0) * 1000)) : 0);
    // 30-day thresholds: 14.4 and 6 page, 3 and 1 ticket.
    QCOMPARE(panel.text(id, QStringLiteral("threshold/5m")), QStringLiteral("page 14.4"));
    QCOMPARE(panel.text(id, QStringLiteral("threshold/1h")), QStringLiteral("page 14.4"));
    QCOMPARE(panel.text(id, QStringLiteral("threshold/30m")), QStringLiteral("page 6"));
    QCOMPARE(panel.text(id, QStringLiteral("threshold/6h")), QStringLiteral("page 6\nticket 1"));
    QCOMPARE(panel.text(id, QStringLiteral("threshold/2h")), QStringLiteral("ticket 3"));
    QCOMPARE(panel.text(id, QStringLiteral("threshold/1d")), QStringLiteral("ticket 3"));
    QCOMPARE(panel.text(id, QStringLiteral("threshold/3d")), QStringLiteral("ticket 1"));

    const QString detail = panel.text(id, QStringLiteral("rolling/detail"));
    if (v == engine::BurnVerdict::Page) {
        QCOMPARE(panel.text(id, QStringLiteral("burn/1h")), QStringLiteral("✖ 16.00"));
        QCOMPARE(panel.text(id, QStringLiteral("burn/3d")), QStringLiteral("▲ 1.20"));
        QVERIFY2(detail.contains(QStringLiteral("overspent by 13 s of outage")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("· exhausted")), qPrintable(detail));
    } else if (v == engine::BurnVerdict::Ticket) {
        QCOMPARE(panel.text(id, QStringLiteral("burn/1d")), QStringLiteral("▲ 3.20"));
        QCOMPARE(panel.text(id, QStringLiteral("burn/1h")), QStringLiteral("2.00"));
        QVERIFY2(detail.contains(QStringLiteral("5 s of outage left")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("exhausted in 3 d 0 h")), qPrintable(detail));
    } else if (std::isnan(burn[0])) {
        QCOMPARE(panel.text(id, QStringLiteral("burn/5m")), QStringLiteral("—"));
    } else {
        QCOMPARE(panel.text(id, QStringLiteral("burn/5m")), QStringLiteral("0.50"));
    }
    const auto *frame = panel.findChild<QFrame *>(id);
    QVERIFY(frame->accessibleName().contains(sla::stateLabel(st)));

    const QImage img = panel.grab().toImage();
    QVERIFY(inked(img) > 0.02);
    if (st != S::Ok)
        QCOMPARE(share(img, ui::StateStyle::colour(S::Ok), 8, 1), 0.0);
    else
        QVERIFY(share(img, ui::StateStyle::colour(S::Ok), 8, 1) > 0.001);
    if (v == engine::BurnVerdict::Page)
        QVERIFY(share(img, ui::StateStyle::colour(S::Breach), 8, 1) > 0.001);
    img.save(QStringLiteral("tst_panels_budget_%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
}

void TestPanels::budgetThresholdsFollowThePeriod()
{
    auto b = budget(QStringLiteral("uptime"), S::Ok, engine::BurnVerdict::None, 0.9, {1, 1, 1, 1, 1, 1, 1});
    b.rolling.length = std::chrono::seconds(7 * 86400);
    ui::BudgetPanel panel;
    panel.setSnapshot(snapshot({}, {b}), kNow);
    QCOMPARE(panel.text(QStringLiteral("uptime"), QStringLiteral("threshold/1h")),
             QStringLiteral("page 3.36"));
    QCOMPARE(panel.text(QStringLiteral("uptime"), QStringLiteral("threshold/6h")),
             QStringLiteral("page 1.4\nticket 0.233"));
    QCOMPARE(panel.text(QStringLiteral("uptime"), QStringLiteral("burn/3d")), QStringLiteral("▲ 1.00"));
    panel.setSnapshot(snapshot({}, {}), kNow);
    QVERIFY(panel.slaIds().isEmpty());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("budgetsEmpty"))->isVisibleTo(&panel));
}

void TestPanels::budgetPanelRenders()
{
    using V = engine::BurnVerdict;
    auto consistency = budget(QStringLiteral("data_consistency"), S::Stale, V::Unknown, 0.95,
                              {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1});
    consistency.verdictReason = QStringLiteral("rates unknown: Prometheus unreachable");
    consistency.name = QStringLiteral("Data consistency");
    ui::BudgetPanel panel;
    panel.resize(1200, 460);
    panel.setSnapshot(snapshot({}, {budget(QStringLiteral("uptime"), S::Ok, V::None, 0.82,
                                           {0.3, 0.5, 0.4, 0.6, 0.5, 0.7, 0.8}),
                                    budget(QStringLiteral("error_rate"), S::Breach, V::Page, -0.12,
                                           {22, 8.5, 15.1, 4, 6.2, 2.1, 1.3}),
                                    consistency}),
                      kNow);
    QCOMPARE(panel.slaIds().size(), 3);
    const QImage img = panel.grab().toImage();
    QVERIFY(inked(img) > 0.02);
    for (const QLabel *l : panel.findChildren<QLabel *>())
        if (l->isVisible() && !l->wordWrap())
            QVERIFY2(l->width() >= l->sizeHint().width(), qPrintable(l->objectName()));
    img.save(QStringLiteral("tst_panels_budgets.png"));
}

// Two minutes after a fresh start the month's "91.7 % left" is an extrapolation from two minutes:
// the card says from how much, and how it counted the rest; once covered, it says nothing more.
void TestPanels::budgetPanelSaysWhatIsCovered()
{
    auto b = budget(QStringLiteral("uptime"), S::Ok, engine::BurnVerdict::None, 0.917, {1, 1, 1, 1, 1, 1, 1});
    b.rolling.covered = 120;
    b.month.covered = 26 * 86400;
    ui::BudgetPanel panel;
    panel.resize(1200, 300);
    panel.setSnapshot(snapshot({}, {b}), kNow);
    const auto *rolling = panel.findChild<QLabel *>(QStringLiteral("uptime/rolling/coverage"));
    const auto *month = panel.findChild<QLabel *>(QStringLiteral("uptime/month/coverage"));
    QVERIFY(rolling && month);
    QVERIFY(rolling->isVisibleTo(&panel));
    QVERIFY2(rolling->text().contains(QStringLiteral("2 min 0 s of data out of 26 d 0 h")),
             qPrintable(rolling->text()));
    QVERIFY(rolling->text().contains(QStringLiteral("counted as going the same way")));
    QVERIFY(!month->isVisibleTo(&panel));
    QVERIFY(panel.findChild<QProgressBar *>(QStringLiteral("uptime/rolling/bar"))
                ->accessibleName()
                .contains(QStringLiteral("of data out of")));
    panel.grab().save(QStringLiteral("tst_panels_budget_coverage.png"));
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
