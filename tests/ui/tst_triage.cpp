// The triage view, its model, its details pane and the acknowledge dialog, offscreen, from the
// erlmcp alerts of packaging/prometheus/rules: order, sections, keyboard, preview, refusals, stable
// selection across books, a down Alertmanager; each rendered to a PNG (SLAOPS_UI_SHOTS or the temp dir).
#include "acknowledgedialog.h"
#include "alertfixtures.h"
#include "alertsmodel.h"
#include "config/settings.h"
#include "mainwindow.h"
#include "pixels.h"
#include "shotpath.h"
#include "silencesmodel.h"
#include "silencesview.h"
#include "statestyle.h"
#include "triageview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace slaops;
using test::kAlertNow;
using M = ui::AlertsModel;
Q_DECLARE_METATYPE(slaops::alerts::SilenceRequest)

namespace {

using slaops::test::shotPath;

// The alert names of a section, in the model's order.
QStringList names(const M &m, int section)
{
    QStringList out;
    const QModelIndex s = m.index(section, 0);
    for (int r = 0; r < m.rowCount(s); ++r)
        out << m.alert(m.index(r, 0, s))->alert.name() + QLatin1Char('@') +
                   m.alert(m.index(r, 0, s))->alert.label(u"region");
    return out;
}

QStringList sectionTitles(const M &m)
{
    QStringList out;
    for (int s = 0; s < m.rowCount(); ++s)
        out << m.index(s, 0).data().toString();
    return out;
}

// Captures what QDesktopServices would open, instead of a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

struct Fixture {
    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    config::Settings settings{&qsettings};
    alerts::IncidentLog log{dir.filePath(QStringLiteral("incident-log.jsonl"))};
    ui::TriageView view;

    Fixture()
    {
        settings.setAlertAuthor(QStringLiteral("alice"));
        view.setProfile(test::defaultProfile());
        view.setSettings(&settings);
        view.setIncidentLog(&log);
        view.setClockForTesting(kAlertNow);
        view.setSnapshot(test::erlmcpSnapshot());
        view.setBook(test::erlmcpBook());
        view.resize(1520, 600);
    }
};

} // namespace

class TestTriage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qputenv("TZ", "UTC");
        QStandardPaths::setTestModeEnabled(true);
    }

    void modelUnderTester()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(test::defaultProfile());
        model.setSnapshot(test::erlmcpSnapshot());
        model.setBook(test::erlmcpBook());
        model.setNow(kAlertNow.addSecs(5));
        model.setGrouping(M::Grouping::Sla);
        model.setGrouping(M::Grouping::Region);
        model.setBook(test::wideBook(300));
        model.setBook(test::erlmcpBook(false));
        model.setBook({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sectionsAndOrder()
    {
        M model;
        model.setProfile(test::defaultProfile());
        model.setSnapshot(test::erlmcpSnapshot());
        model.setNow(kAlertNow);
        model.setBook(test::erlmcpBook());
        QCOMPARE(model.alertCount(), 6);
        QCOMPARE(sectionTitles(model),
                 (QStringList{QStringLiteral("Critical — 2"), QStringLiteral("High — 2"),
                              QStringLiteral("Medium — 1"), QStringLiteral("Acknowledged (silenced) — 1")}));
        // Uptime's budget runs out within the hour, consistency's in two days: uptime first, although
        // consistency has fired longer.
        QCOMPARE(names(model, 0), (QStringList{QStringLiteral("SLAUptimeBreach@eu-west-1"),
                                               QStringLiteral("SLADataConsistencyBreach@us-east-1")}));
        // Same severity and no budget: the one firing longer first.
        QCOMPARE(names(model, 1), (QStringList{QStringLiteral("SLAResponseTimeBreach@eu-west-1"),
                                               QStringLiteral("SLAResponseTimeBreach@ap-southeast-1")}));
        QCOMPARE(names(model, 3), QStringList{QStringLiteral("SLAErrorRateBreach@ap-southeast-1")});
        // The rules' sla label names the profile's SLA: the region's P95 against its target.
        QCOMPARE(model.index(0, M::Value, model.index(1, 0)).data().toString(),
                 QStringLiteral("212.4 ms · SLA ≤ 100 ms"));

        const QModelIndex uptime = model.index(0, 0, model.index(0, 0));
        QCOMPARE(uptime.siblingAtColumn(M::Value).data().toString(),
                 QStringLiteral("99.9050 % · SLA ≥ 99.999 %"));
        QCOMPARE(uptime.siblingAtColumn(M::Region).data().toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(uptime.siblingAtColumn(M::Firing).data().toString(), QStringLiteral("3 min 28 s"));
        QCOMPARE(uptime.siblingAtColumn(M::Escalation).data().toString(),
                 QStringLiteral("◔ acknowledge within 15 min: 11:32 left"));
        QCOMPARE(uptime.data(M::RunbookRole).toUrl(),
                 QUrl(QStringLiteral("https://runbooks.erlmcp.example/sla/uptime")));
        const QModelIndex consistency = model.index(1, 0, model.index(0, 0));
        QCOMPARE(consistency.siblingAtColumn(M::Escalation).data().toString(),
                 QStringLiteral("⚠ acknowledge within 15 min: OVERDUE by 3:05"));
        // Overdue in colour too: the vermillion behind it.
        QCOMPARE(consistency.siblingAtColumn(M::Escalation).data(Qt::BackgroundRole).value<QColor>(),
                 ui::StateStyle::colour(sla::State::Breach));
        const QModelIndex silenced = model.index(0, 0, model.index(3, 0));
        QCOMPARE(silenced.siblingAtColumn(M::SilencedBy).data().toString(),
                 QStringLiteral("alice: Rollback of 3.4.1 under way, INC-2291"));
        QCOMPARE(silenced.siblingAtColumn(M::Escalation).data().toString(),
                 QStringLiteral("◌ acknowledged: countdown stopped"));
        // The alert only the down Alertmanager holds is its last known state.
        const QModelIndex onDown = model.index(1, 0, model.index(1, 0));
        QVERIFY(onDown.data(M::LastKnownRole).toBool());
        QVERIFY(onDown.siblingAtColumn(M::State).data().toString().contains(QStringLiteral("last known")));
        QVERIFY(!uptime.data(M::LastKnownRole).toBool());
        // Nothing about a firing alert is green.
        for (int s = 0; s < model.rowCount(); ++s)
            for (int r = 0; r < model.rowCount(model.index(s, 0)); ++r)
                for (int c = 0; c < M::ColumnCount; ++c)
                    for (int role :
                         {int(Qt::DecorationRole), int(Qt::BackgroundRole), int(Qt::ForegroundRole)})
                        QVERIFY(model.index(r, c, model.index(s, 0)).data(role).value<QColor>() !=
                                ui::StateStyle::colour(sla::State::Ok));
    }

    void groupingBySlaAndRegion()
    {
        M model;
        model.setProfile(test::defaultProfile());
        model.setSnapshot(test::erlmcpSnapshot());
        model.setBook(test::erlmcpBook());
        model.setGrouping(M::Grouping::Region);
        QCOMPARE(sectionTitles(model),
                 (QStringList{QStringLiteral("eu-west-1 — 3"), QStringLiteral("us-east-1 — 1"),
                              QStringLiteral("ap-southeast-1 — 1"),
                              QStringLiteral("Acknowledged (silenced) — 1")}));
        model.setGrouping(M::Grouping::Sla);
        const QStringList titles = sectionTitles(model);
        QCOMPARE(titles.size(), 5);
        // Both critical: uptime's budget runs out first.
        QCOMPARE(titles[1], test::defaultProfile().sla(u"data_consistency")->name + QStringLiteral(" — 1"));
        QCOMPARE(titles.first(), test::defaultProfile().sla(u"uptime")->name + QStringLiteral(" — 1"));
        QCOMPARE(titles.last(), QStringLiteral("Acknowledged (silenced) — 1"));
    }

    void groupingIsRemembered()
    {
        Fixture f;
        auto *combo = f.view.findChild<QComboBox *>(QStringLiteral("grouping"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("region")));
        QCOMPARE(f.settings.alertGrouping(), QStringLiteral("region"));
        QCOMPARE(f.view.model()->grouping(), M::Grouping::Region);
        ui::TriageView again;
        again.setSettings(&f.settings);
        QCOMPARE(again.model()->grouping(), M::Grouping::Region);
    }

    void keyboard()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTreeView *tree = f.view.tree();
        tree->setFocus();
        tree->setCurrentIndex(f.view.model()->index(0, 0)); // the Critical section
        QTest::keyClick(tree, Qt::Key_Down);
        const QString uptime =
            f.view.model()->index(0, 0, f.view.model()->index(0, 0)).data(M::FingerprintRole).toString();
        QCOMPARE(f.view.currentFingerprint(), uptime);
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(f.view.currentFingerprint() != uptime);
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(f.view.currentFingerprint(), uptime);

        // Enter: details, with labels, annotations, holders, countdown and checklist.
        QVERIFY(!f.view.detailsVisible());
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(f.view.detailsVisible());
        const QString details = f.view.detailsText();
        QVERIFY(details.contains(QStringLiteral("acknowledge within 15 min: 11:32 left")));
        QVERIFY(details.contains(QStringLiteral("Engineering Director → CTO")));
        QVERIFY(details.contains(QStringLiteral("runbook_url")));
        QVERIFY(details.contains(QStringLiteral("http://127.0.0.1:9093")));
        QCOMPARE(f.view.checklistBoxes().size(), std::size_t(6));
        QImage pane = f.view.grab().toImage();
        pane.save(shotPath(QStringLiteral("triage_details")));
        QVERIFY(test::distinctColours(pane, 4) > 20);

        // C: the message, as text and Markdown.
        QTest::keyClick(tree, Qt::Key_C);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY2(mime->text().startsWith(QStringLiteral("SLA ALERT: SLAUptimeBreach [CRITICAL]")),
                 qPrintable(mime->text()));
        QVERIFY(mime->text().contains(QStringLiteral("Current value: 99.9050 %")));
        QVERIFY(QString::fromUtf8(mime->data(QStringLiteral("text/markdown")))
                    .contains(QStringLiteral("**SLA ALERT:")));

        // R: the runbook, through QDesktopServices.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QTest::keyClick(tree, Qt::Key_R);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls,
                 QList<QUrl>{QUrl(QStringLiteral("https://runbooks.erlmcp.example/sla/uptime"))});

        // A: the acknowledge dialog, for that alert.
        QVERIFY(!f.view.acknowledgeDialog());
        QTest::keyClick(tree, Qt::Key_A);
        QVERIFY(f.view.acknowledgeDialog());
        QCOMPARE(f.view.acknowledgeDialog()->previewCount(), 1);
        f.view.acknowledgeDialog()->reject();

        // Esc closes the details.
        QTest::keyClick(tree, Qt::Key_Escape);
        QVERIFY(!f.view.detailsVisible());
    }

    // --read-only (a shared screen): A and the details' button open nothing, and say why; copying
    // and reading stay.
    void readOnlyAcknowledgesNothing()
    {
        Fixture f;
        f.view.setReadOnly(true);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTreeView *tree = f.view.tree();
        tree->setFocus();
        tree->setCurrentIndex(f.view.model()->index(0, 0, f.view.model()->index(0, 0)));
        QTest::keyClick(tree, Qt::Key_A);
        QVERIFY(!f.view.acknowledgeDialog());
        auto *result = f.view.findChild<QLabel *>(QStringLiteral("result"));
        QVERIFY(result && result->text().contains(QStringLiteral("--read-only")));
        QTest::keyClick(tree, Qt::Key_Return);
        auto *button = f.view.findChild<QPushButton *>(QStringLiteral("acknowledge"));
        QVERIFY(button && !button->isEnabled());
        f.view.setReadOnly(false);
        QVERIFY(button->isEnabled());
        QTest::keyClick(tree, Qt::Key_A);
        QVERIFY(f.view.acknowledgeDialog());
        f.view.acknowledgeDialog()->reject();
    }

    // Containment from an alert: K and the details' button, only where the console may act, with the
    // alert's region (the first alert is eu-west-1's uptime).
    void containFromAnAlert()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy contain(&f.view, &ui::TriageView::containRequested);
        QTreeView *tree = f.view.tree();
        tree->setFocus();
        tree->setCurrentIndex(f.view.model()->index(0, 0, f.view.model()->index(0, 0)));
        QTest::keyClick(tree, Qt::Key_K); // actions off (the default, and any read-only console)
        QCOMPARE(contain.count(), 0);
        QTest::keyClick(tree, Qt::Key_Return);
        auto *button = f.view.findChild<QPushButton *>(QStringLiteral("contain"));
        QVERIFY(button && !button->isVisibleTo(&f.view));

        f.view.setActionsEnabled(true);
        QVERIFY(button->isVisibleTo(&f.view));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_K);
        QCOMPARE(contain.count(), 1);
        QCOMPARE(contain.at(0).at(0).toString(), QStringLiteral("eu-west-1"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(contain.count(), 2);
        QVERIFY(f.view.grab().save(shotPath(QStringLiteral("triage_contain"))));

        f.view.setActionsEnabled(false);
        QVERIFY(!button->isVisibleTo(&f.view));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_K);
        QCOMPARE(contain.count(), 2);
    }

    void checklistTicksAreLogged()
    {
        Fixture f;
        const QString fp =
            f.view.model()->index(0, 0, f.view.model()->index(0, 0)).data(M::FingerprintRole).toString();
        QVERIFY(f.view.selectFingerprint(fp));
        f.view.showDetails();
        std::vector<QCheckBox *> boxes = f.view.checklistBoxes();
        QCOMPARE(boxes.size(), std::size_t(6));
        boxes[0]->click();
        QVERIFY(f.log.state(fp).isTicked(QStringLiteral("notification")));
        QCOMPARE(f.log.state(fp).step(QStringLiteral("notification")).by, QStringLiteral("alice"));
        QVERIFY(f.view.checklistBoxes()[0]->text().contains(QStringLiteral("done 03:00:00 by alice")));
        // Read back by a new log (a restart): the same state.
        alerts::IncidentLog again(f.log.path());
        QCOMPARE(again.load().entries, 1);
        QVERIFY(again.state(fp).isTicked(QStringLiteral("notification")));
    }

    void acknowledgeDialog()
    {
        const alerts::AlertBookPtr book = test::erlmcpBook();
        const alerts::BookAlert &uptime = book->alerts[0];
        ui::AcknowledgeDialog d(uptime, book, QStringLiteral("alice"), kAlertNow);
        QSignalSpy spy(&d, &ui::AcknowledgeDialog::silenceRequested);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        // Exactly that alert, by default: all its labels.
        QCOMPARE(d.matchers().size(), uptime.alert.labels.size());
        QCOMPARE(d.previewCount(), 1);
        QCOMPARE(d.previewNames(), QStringList{QStringLiteral("SLAUptimeBreach · eu-west-1")});
        QCOMPARE(d.request().endsAt, kAlertNow.addSecs(3600)); // critical: 1 h

        // An empty comment is refused: nothing emitted, the dialog stays, it says why.
        d.accept();
        QCOMPARE(spy.count(), 0);
        QVERIFY(d.isVisible());
        QVERIFY(d.errorText().contains(QStringLiteral("comment is required")));
        d.findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(QStringLiteral("   "));
        d.accept();
        QCOMPARE(spy.count(), 0);

        // Widened by hand to the region, with a regex: the preview follows.
        d.setMatchers({test::eq(QStringLiteral("region"), QStringLiteral("eu-west-1"))});
        QCOMPARE(d.previewCount(), 3);
        d.setMatchers(
            {{QStringLiteral("alertname"), QStringLiteral("SLA(Uptime|ResponseTime)Breach"), true, true}});
        QCOMPARE(d.previewCount(), 3);
        d.setMatchers({{QStringLiteral("alertname"), QStringLiteral("SLA(Uptime"), true, true}});
        QCOMPARE(d.previewCount(), 0);
        QVERIFY(
            d.validate().join(QLatin1Char(' ')).contains(QStringLiteral("not a valid regular expression")));
        d.setMatchers({{QStringLiteral("alertname"), QStringLiteral(".*"), true, true}});
        QVERIFY(d.validate().join(QLatin1Char(' ')).contains(QStringLiteral("silence every alert")));

        d.setMatchers({test::eq(QStringLiteral("alertname"), QStringLiteral("SLAUptimeBreach")),
                       test::eq(QStringLiteral("region"), QStringLiteral("eu-west-1"))});
        QTest::keyClicks(d.findChild<QPlainTextEdit *>(QStringLiteral("comment")),
                         QStringLiteral("Looking at it, INC-2301"));
        d.grab().save(shotPath(QStringLiteral("acknowledge_dialog")));
        d.accept();
        QCOMPARE(spy.count(), 1);
        const auto r = spy.at(0).at(0).value<alerts::SilenceRequest>();
        QCOMPARE(r.createdBy, QStringLiteral("alice"));
        QCOMPARE(r.comment, QStringLiteral("Looking at it, INC-2301"));
        QCOMPARE(r.matchers.size(), std::size_t(2));
        QVERIFY(r.id.isEmpty());
        QCOMPARE(r.startsAt, kAlertNow);
        QVERIFY(!d.isVisible());
    }

    void defaultDurations_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<int>("minutes");
        QTest::addRow("critical") << QStringLiteral("critical") << 60;
        QTest::addRow("high") << QStringLiteral("high") << 120;
        QTest::addRow("medium") << QStringLiteral("medium") << 240;
        QTest::addRow("warning") << QStringLiteral("warning") << 240;
        QTest::addRow("low") << QStringLiteral("low") << 480;
        QTest::addRow("unknown") << QStringLiteral("page") << 60;
    }

    void defaultDurations()
    {
        QFETCH(QString, severity);
        QFETCH(int, minutes);
        QCOMPARE(int(ui::AcknowledgeDialog::defaultDuration(severity).count()), minutes);
    }

    void requestAndRefusal()
    {
        Fixture f;
        QSignalSpy spy(&f.view, &ui::TriageView::silenceRequested);
        QVERIFY(f.view.selectFingerprint(test::erlmcpBook()->alerts[0].alert.fingerprint));
        f.view.acknowledgeCurrent();
        ui::AcknowledgeDialog *d = f.view.acknowledgeDialog();
        QVERIFY(d);
        QCOMPARE(d->request().createdBy, QStringLiteral("alice")); // from Settings
        d->findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(QStringLiteral("on it"));
        d->accept();
        QCOMPARE(spy.count(), 1);
        f.view.silenceResult(false, QStringLiteral("bad request: silence invalid: invalid label matcher 0"));
        QCOMPARE(
            f.view.resultText(),
            QStringLiteral(
                "⚠ Alertmanager refused the silence: bad request: silence invalid: invalid label matcher 0"));
        f.view.silenceResult(true, QStringLiteral("5f1c2a90"));
        QVERIFY(f.view.resultText().contains(QStringLiteral("Silence created: 5f1c2a90")));
    }

    void downInstanceBanner()
    {
        Fixture f;
        QVERIFY(f.view.bannerText().contains(
            QStringLiteral("Alertmanager http://127.0.0.1:9095 down since 02:57:00: Connection refused")));
        QVERIFY(f.view.bannerText().contains(QStringLiteral("last known")));
        f.view.setBook(test::erlmcpBook(false));
        QVERIFY(f.view.bannerText().isEmpty());
        QCOMPARE(f.view.countsText(), QStringLiteral("2 critical · 2 high · 1 medium · 1 acknowledged"));
    }

    void selectionAndScrollSurviveNewBooks()
    {
        ui::TriageView view;
        view.setProfile(test::defaultProfile());
        view.setClockForTesting(kAlertNow);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        alerts::AlertBookPtr book = test::wideBook(600);
        view.setBook(book);
        QTreeView *tree = view.tree();
        // Somewhere in the middle.
        const QModelIndex middle = view.model()->index(40, 0, view.model()->index(1, 0));
        const QString fp = middle.data(M::FingerprintRole).toString();
        tree->setCurrentIndex(middle);
        tree->scrollTo(middle, QAbstractItemView::PositionAtTop);
        const QString topBefore = tree->indexAt(QPoint(1, 1)).data(M::FingerprintRole).toString();
        QVERIFY(!topBefore.isEmpty());
        QVERIFY(tree->verticalScrollBar()->value() > 0);

        // The same alerts again, refreshed: no reset, nothing moves.
        QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
        view.setBook(test::wideBook(600));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(view.currentFingerprint(), fp);
        QCOMPARE(tree->indexAt(QPoint(1, 1)).data(M::FingerprintRole).toString(), topBefore);

        // New alerts above it, some resolved: it stays current, the top row stays on top.
        auto changed = std::make_shared<alerts::AlertBook>(*book);
        changed->alerts.erase(changed->alerts.begin() + 5, changed->alerts.begin() + 20);
        for (int i = 0; i < 10; ++i)
            changed->alerts.push_back(test::bookAlert(0, QStringLiteral("us-east-1"), 3599, {0, 1},
                                                      QStringLiteral("new-%1").arg(i)));
        view.setBook(changed);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(view.currentFingerprint(), fp);
        QCOMPARE(tree->indexAt(QPoint(1, 1)).data(M::FingerprintRole).toString(), topBefore);
    }

    void mainWindowBringsAlertsForwardOnce()
    {
        ui::MainWindow w;
        QVERIFY(w.viewNames().contains(QStringLiteral("alerts")));
        QVERIFY(w.viewNames().contains(QStringLiteral("silences")));
        QCOMPARE(w.tabs()->count(), int(w.viewNames().size()));
        w.triageView()->setProfile(test::defaultProfile());
        w.setClockForTesting(kAlertNow);
        QCOMPARE(w.tabs()->currentIndex(), 0);
        // Only acknowledged alerts: nothing fires, nothing moves.
        auto quiet = std::make_shared<alerts::AlertBook>(*test::erlmcpBook());
        quiet->alerts.erase(std::remove_if(quiet->alerts.begin(), quiet->alerts.end(),
                                           [](const alerts::BookAlert &a) {
                                               return a.status != alerts::BookAlert::Status::Silenced;
                                           }),
                            quiet->alerts.end());
        w.setAlertBook(quiet);
        QCOMPARE(w.tabs()->currentIndex(), 0);
        w.setAlertBook(test::erlmcpBook());
        QCOMPARE(w.tabs()->currentWidget(), w.triageView());
        // The user goes elsewhere; later books leave the choice alone.
        QVERIFY(w.showView(QStringLiteral("budgets")));
        w.setAlertBook(test::erlmcpBook());
        QCOMPARE(w.tabs()->currentIndex(), int(w.viewNames().indexOf(QStringLiteral("budgets"))));
        QCOMPARE(w.silencesView()->model()->rowCount(), 4);

        // The views' requests come out of the window; the answer goes back in.
        QSignalSpy silence(&w, &ui::MainWindow::silenceRequested);
        QSignalSpy expire(&w, &ui::MainWindow::expireRequested);
        QVERIFY(w.silencesView()->selectSilence(QStringLiteral("5f1c2a90-3b7e-4d21-9a0e-1c2d3e4f5a6b")));
        w.silencesView()->expireCurrent();
        w.silencesView()->extendCurrent();
        QCOMPARE(expire.count(), 1);
        QCOMPARE(silence.count(), 1);
        w.silenceResult(false, QStringLiteral("no permission"));
        QVERIFY(w.triageView()->resultText().contains(QStringLiteral("no permission")));
    }

    void screenshot()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QVERIFY(f.view.selectFingerprint(test::erlmcpBook()->alerts[0].alert.fingerprint));
        const QImage img = f.view.grab().toImage();
        QVERIFY(img.save(shotPath(QStringLiteral("triage"))));
        QVERIFY(test::distinctColours(img, 4) > 20);
        // The overdue countdown and the critical swatches are painted, not only described.
        QVERIFY(test::share(img, ui::StateStyle::colour(sla::State::Breach), 12, 2) > 0.002);
        QCOMPARE(test::share(img, ui::StateStyle::colour(sla::State::Ok), 6, 2), 0.0);
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
