// The silences view and model, offscreen: order, matched alerts (also none), the ten-minute warning,
// expire and extend as signals, a refusal shown; rendered to a PNG (SLAOPS_UI_SHOTS or the temp dir).
#include "alertfixtures.h"
#include "config/settings.h"
#include "pixels.h"
#include "shotpath.h"
#include "silencesmodel.h"
#include "silencesview.h"
#include "statestyle.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace slaops;
using test::kAlertNow;
using SM = ui::SilencesModel;
Q_DECLARE_METATYPE(slaops::alerts::SilenceRequest)

namespace {

using slaops::test::shotPath;

const QString kAlice = QStringLiteral("5f1c2a90-3b7e-4d21-9a0e-1c2d3e4f5a6b");
const QString kBob = QStringLiteral("0b7d6c11-aa42-4f0e-8e37-77a1f0c4d9e2");
const QString kCarol = QStringLiteral("c3e9a1f4-5d6b-4c7a-8e9f-0a1b2c3d4e5f");
const QString kDave = QStringLiteral("9a8b7c6d-1e2f-4a3b-9c8d-7e6f5a4b3c2d");

} // namespace

class TestSilences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qputenv("TZ", "UTC");
    }

    void modelUnderTester()
    {
        SM model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kAlertNow);
        model.setBook(test::erlmcpBook());
        model.setNow(kAlertNow.addSecs(30));
        model.setNow(kAlertNow.addSecs(3600)); // far enough to rebuild
        model.setBook({});
        QCOMPARE(model.rowCount(), 0);
    }

    void orderAndMatches()
    {
        SM model;
        model.setNow(kAlertNow);
        model.setBook(test::erlmcpBook());
        QCOMPARE(model.rowCount(), 4);
        // Active ending soonest first, then pending, then expired.
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(SM::IdRole).toString();
        QCOMPARE(ids, (QStringList{kAlice, kBob, kCarol, kDave}));
        QCOMPARE(model.index(0, SM::Matches).data().toString(),
                 QStringLiteral("1: SLAErrorRateBreach · ap-southeast-1"));
        QCOMPARE(model.index(0, SM::CreatedBy).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(0, SM::TimeLeft).data().toString(), QStringLiteral("7:00"));
        QCOMPARE(model.index(0, SM::Matchers).data().toString(),
                 QStringLiteral("{alertname=\"SLAErrorRateBreach\", region=\"ap-southeast-1\"}"));
        // A silence that matches nothing now is listed, and says so.
        QCOMPARE(model.index(1, SM::Matches).data().toString(), QStringLiteral("none now"));
        // A regex one, pending.
        QCOMPARE(model.index(2, SM::Matches).data().toString(),
                 QStringLiteral("1: SLASessionFailoverBreach · eu-west-1"));
        QCOMPARE(model.index(2, SM::TimeLeft).data().toString(), QStringLiteral("starts in 30 min 0 s"));
        QCOMPARE(model.index(3, SM::TimeLeft).data().toString(), QStringLiteral("ended 23 h 0 min ago"));
        // Expired six days ago: beyond what is shown.
        model.setNow(kAlertNow.addDays(5));
        QCOMPARE(model.rowOf(kDave), -1);
    }

    void tenMinuteWarning()
    {
        SM model;
        model.setNow(kAlertNow.addSecs(-300)); // alice's silence ends in 12 min
        model.setBook(test::erlmcpBook());
        QCOMPARE(model.warningCount(), 0);
        model.setNow(kAlertNow); // 7 min
        QCOMPARE(model.warningCount(), 1);
        QVERIFY(model.index(model.rowOf(kAlice), 0).data(SM::WarningRole).toBool());
        QCOMPARE(model.warnings(),
                 QStringList{QStringLiteral(
                     "⚠ Silence by alice (Rollback of 3.4.1 under way, INC-2291) ends in 7:00 while "
                     "1 alert it matches still fires")});
        // Bob's ends in two hours and matches nothing: never a warning.
        QVERIFY(!model.index(model.rowOf(kBob), 0).data(SM::WarningRole).toBool());
        // When the alert resolves, the warning goes.
        auto resolved = std::make_shared<alerts::AlertBook>(*test::erlmcpBook());
        resolved->alerts.erase(resolved->alerts.begin() + 3);
        model.setBook(resolved);
        QCOMPARE(model.warningCount(), 0);
    }

    void viewWarnsExpiresExtends()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        config::Settings settings(&qs);
        settings.setAlertAuthor(QStringLiteral("erin"));
        ui::SilencesView view;
        view.setSettings(&settings);
        view.setClockForTesting(kAlertNow);
        view.setBook(test::erlmcpBook());
        view.resize(1400, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.warningText().contains(QStringLiteral("ends in 7:00")));
        QSignalSpy expire(&view, &ui::SilencesView::expireRequested);
        QSignalSpy extend(&view, &ui::SilencesView::silenceRequested);

        QVERIFY(view.selectSilence(kAlice));
        view.findChild<QPushButton *>(QStringLiteral("expire"))->click();
        QCOMPARE(expire.count(), 1);
        QCOMPARE(expire.at(0).at(0).toString(), kAlice);

        view.findChild<QPushButton *>(QStringLiteral("extend"))->click();
        QCOMPARE(extend.count(), 1);
        const auto r = extend.at(0).at(0).value<alerts::SilenceRequest>();
        QCOMPARE(r.id, kAlice);
        QCOMPARE(r.endsAt, kAlertNow.addSecs(420 + 3600));
        QCOMPARE(r.createdBy, QStringLiteral("erin"));
        QCOMPARE(r.matchers.size(), std::size_t(2));

        // An expired one can be neither.
        QVERIFY(view.selectSilence(kDave));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("expire"))->isEnabled());
        view.expireCurrent();
        QCOMPARE(expire.count(), 1);

        // --read-only: a live one can be neither either.
        view.setReadOnly(true);
        QVERIFY(view.selectSilence(kAlice));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("expire"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("extend"))->isEnabled());
        view.expireCurrent();
        view.extendCurrent();
        QCOMPARE(expire.count(), 1);
        QCOMPARE(extend.count(), 1);
        view.setReadOnly(false);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("expire"))->isEnabled());

        view.silenceResult(false, QStringLiteral("silence 5f1c not found"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("result"))->text(),
                 QStringLiteral("⚠ Alertmanager refused: silence 5f1c not found"));

        // The selection survives a new book.
        QVERIFY(view.selectSilence(kBob));
        view.setBook(test::erlmcpBook());
        QCOMPARE(view.table()->currentIndex().data(SM::IdRole).toString(), kBob);

        const QImage img = view.grab().toImage();
        QVERIFY(img.save(shotPath(QStringLiteral("silences"))));
        QVERIFY(test::distinctColours(img, 4) > 20);
        // The warning is painted: the orange of its banner and cells.
        QVERIFY(test::share(img, ui::StateStyle::colour(sla::State::Warning), 12, 2) > 0.01);
    }
};

QTEST_MAIN(TestSilences)
#include "tst_silences.moc"
