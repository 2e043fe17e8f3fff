// The war room's alerts page and its header count, offscreen: read-only, large, counts by severity,
// the countdown moving with the wall's clock; rendered to a PNG (SLAOPS_UI_SHOTS or the temp dir).
#include "alertfixtures.h"
#include "alertsmodel.h"
#include "pixels.h"
#include "shotpath.h"
#include "statestyle.h"
#include "warroomalertspage.h"
#include "warroomview.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QTreeView>
#include <QtTest>

using namespace slaops;
using test::kAlertNow;

namespace {
using slaops::test::shotPath;
} // namespace

class TestWarRoomAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qputenv("TZ", "UTC");
    }

    void pageOnTheWall()
    {
        ui::WarRoomView wall;
        wall.setClockForTesting(kAlertNow);
        auto *page = new ui::WarRoomAlertsPage;
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setProfile(test::defaultProfile());
        wall.addPage(QStringLiteral("Alerts"), page,
                     [page](const engine::SnapshotPtr &s, const QDateTime &t) { page->update(s, t); });
        QVERIFY(wall.alertCountsText().isEmpty()); // no book yet: no count, and certainly no "all clear"
        wall.setSnapshot(test::erlmcpSnapshot());
        const alerts::AlertBookPtr book = test::erlmcpBook();
        page->setBook(book);
        wall.setAlertBook(book);
        QCOMPARE(wall.alertCountsText(), QStringLiteral("2 critical · 2 high · 1 medium ⚠"));
        QVERIFY(page->headlineText().contains(QStringLiteral("Alertmanager is down")));

        // Read-only: nothing on the page takes the focus, no key opens anything.
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        while (wall.currentTitle() != QLatin1String("Alerts"))
            wall.showNextPage();
        for (QWidget *w : page->findChildren<QWidget *>())
            QCOMPARE(w->focusPolicy(), Qt::NoFocus);
        QTest::keyClick(&wall, Qt::Key_A);
        QTest::keyClick(&wall, Qt::Key_Return);
        QVERIFY(wall.findChildren<QDialog *>().isEmpty());
        QCOMPARE(wall.currentTitle(), QStringLiteral("Alerts"));

        // Large type: rows well over 30 pixels on a 1080-pixel wall.
        auto *tree = page->findChild<QTreeView *>(QStringLiteral("warRoomAlertsTree"));
        QVERIFY(tree);
        QVERIFY(tree->visualRect(page->model()->index(0, 0, page->model()->index(0, 0))).height() > 30);

        const QImage img = wall.grab().toImage();
        QVERIFY(img.save(shotPath(QStringLiteral("warroom_alerts"))));
        QVERIFY(test::share(img, ui::StateStyle::colour(sla::State::Breach), 12, 2) > 0.005);
        QCOMPARE(test::share(img, ui::StateStyle::colour(sla::State::Ok), 6, 2), 0.0);

        // The wall's clock drives the countdown.
        const QModelIndex uptime =
            page->model()->index(0, ui::AlertsModel::Escalation, page->model()->index(0, 0));
        QVERIFY(uptime.data().toString().contains(QStringLiteral("11:32 left")));
        wall.setClockForTesting(kAlertNow.addSecs(60));
        QVERIFY2(uptime.data().toString().contains(QStringLiteral("10:32 left")),
                 qPrintable(uptime.data().toString()));

        // Everything acknowledged: the count says so.
        auto quiet = std::make_shared<alerts::AlertBook>(*book);
        for (alerts::BookAlert &a : quiet->alerts)
            test::silenceAlert(a, QStringLiteral("x"));
        wall.setAlertBook(quiet);
        page->setBook(test::erlmcpBook(false));
        QVERIFY(page->headlineText().isEmpty());
        QVERIFY(wall.alertCountsText().startsWith(QStringLiteral("no alert firing")));
    }
};

QTEST_MAIN(TestWarRoomAlerts)
#include "tst_warroomalerts.moc"
