// ReportsView offscreen: the request the picker builds (kind and any day -> the period, zone,
// resolution, the quarter's free text), Build and Cancel with their signals, progress, a report's
// pages in the preview with export enabled, failures and cancellations in words, export through the
// file chooser, and every control reachable by keyboard with an accessible name. The view with the
// sample month is saved as report-view.png (SLAOPS_UI_SHOTS, default the temp dir).
#include "reportpdf.h"
#include "reportstyle.h"
#include "reportsview.h"
#include "samplereport.h"
#include "shotpath.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QtTest>

using namespace slaops;

Q_DECLARE_METATYPE(slaops::report::ReportRequest)

namespace {

template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qWarning("no %s", name);
    return c;
}

void chooseZone(QComboBox *zone, const QByteArray &id)
{
    const int i = zone->findData(id);
    QVERIFY2(i >= 0, id.constData());
    zone->setCurrentIndex(i);
}

} // namespace

class TestReportsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestFollowsThePicker_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("firstDaySecs");
        QTest::addRow("a month from a day inside it")
            << int(report::PeriodKind::Month) << QDate(2024, 2, 14) << QByteArray("UTC") << 0
            << QStringLiteral("2024-02") << 29 << qint64(86400);
        QTest::addRow("a quarter from its last day")
            << int(report::PeriodKind::Quarter) << QDate(2024, 6, 30) << QByteArray("UTC") << 300
            << QStringLiteral("2024-Q2") << 91 << qint64(86400);
        QTest::addRow("Auckland's 25-hour day")
            << int(report::PeriodKind::Day) << QDate(2024, 4, 7) << QByteArray("Pacific/Auckland") << 60
            << QStringLiteral("2024-04-07") << 1 << qint64(90000);
    }
    void requestFollowsThePicker()
    {
        QFETCH(int, kind);
        QFETCH(QDate, date);
        QFETCH(QByteArray, zone);
        QFETCH(int, resolution);
        ui::ReportsView view;
        auto *kindBox = child<QComboBox>(view, "reportKind");
        kindBox->setCurrentIndex(kindBox->findData(kind));
        child<QDateEdit>(view, "reportDate")->setDate(date);
        chooseZone(child<QComboBox>(view, "reportZone"), zone);
        auto *res = child<QComboBox>(view, "reportResolution");
        res->setCurrentIndex(res->findData(resolution));

        const report::ReportRequest rq = view.request();
        QString error;
        const auto expected = report::Period::make(report::PeriodKind(kind), date, QTimeZone(zone), &error);
        QVERIFY(expected);
        QCOMPARE(int(rq.period.kind), kind);
        QCOMPARE(rq.period.label(), expected->label());
        QTEST(rq.period.label(), "label");
        QCOMPARE(rq.period.zone.id(), zone);
        QCOMPARE(rq.period.whole.start, expected->whole.start);
        QCOMPARE(rq.period.whole.end, expected->whole.end);
        QTEST(int(rq.period.days.size()), "days");
        QTEST(rq.period.days.front().seconds(), "firstDaySecs");
        QCOMPARE(qint64(rq.resolution.count()), qint64(resolution));
        // The picker says which period it means.
        QVERIFY(child<QLabel>(view, "reportPeriod")->text().contains(expected->title()));
    }

    void freeTextOnlyForAQuarter()
    {
        ui::ReportsView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *kind = child<QComboBox>(view, "reportKind");
        auto *initiatives = child<QPlainTextEdit>(view, "reportInitiatives");
        initiatives->setPlainText(QStringLiteral("Canary deployments"));
        child<QPlainTextEdit>(view, "reportRoadmap")->setPlainText(QStringLiteral("Q3: budgets"));
        kind->setCurrentIndex(kind->findData(int(report::PeriodKind::Month)));
        QVERIFY(!initiatives->isVisible());
        QVERIFY(view.request().initiatives.isEmpty());
        kind->setCurrentIndex(kind->findData(int(report::PeriodKind::Quarter)));
        QVERIFY(initiatives->isVisible());
        QCOMPARE(view.request().initiatives, QStringLiteral("Canary deployments"));
        QCOMPARE(view.request().roadmap, QStringLiteral("Q3: budgets"));
    }

    void buildProgressAndReport()
    {
        ui::ReportsView view;
        view.resize(1280, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy build(&view, &ui::ReportsView::buildRequested);
        QSignalSpy cancel(&view, &ui::ReportsView::cancelRequested);
        auto *buildButton = child<QPushButton>(view, "reportBuild");
        auto *cancelButton = child<QPushButton>(view, "reportCancel");
        auto *progress = child<QProgressBar>(view, "reportProgress");
        auto *exportPdf = child<QPushButton>(view, "exportPdf");
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(!exportPdf->isEnabled());
        child<QDateEdit>(view, "reportDate")->setDate(QDate(2024, 2, 10));

        QTest::mouseClick(buildButton, Qt::LeftButton);
        QCOMPARE(build.size(), 1);
        const auto rq = build.first().first().value<report::ReportRequest>();
        QCOMPARE(rq.period.label(), QStringLiteral("2024-02"));
        QVERIFY(view.isBuilding());
        QVERIFY(!buildButton->isEnabled());
        QVERIFY(cancelButton->isEnabled());
        QVERIFY(progress->isVisible());

        view.setProgress(3, 12);
        QCOMPARE(progress->maximum(), 12);
        QCOMPARE(progress->value(), 3);
        QVERIFY2(view.statusText().contains(QStringLiteral("3 of 12")), qPrintable(view.statusText()));

        // Cancel asks; the view waits for the builder's word.
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        QVERIFY(view.isBuilding());
        view.setCancelled();
        QVERIFY(!view.isBuilding());
        QVERIFY(!progress->isVisible());
        QVERIFY(view.statusText().contains(QStringLiteral("Cancelled")));
        QVERIFY(buildButton->isEnabled());

        // Built again, and this time a report comes.
        QTest::mouseClick(buildButton, Qt::LeftButton);
        QCOMPARE(build.size(), 2);
        auto month = std::make_shared<const report::Report>(test::sampleReport(test::SampleKind::Month));
        view.setReport(month);
        QVERIFY(!view.isBuilding());
        QCOMPARE(view.report(), month);
        QCOMPARE(view.previewPageCount(), ui::ReportPdf::pageCount(*month));
        QVERIFY(exportPdf->isEnabled());
        QVERIFY(child<QPushButton>(view, "exportCsv")->isEnabled());
        QVERIFY(child<QPushButton>(view, "exportJson")->isEnabled());
        QVERIFY2(view.statusText().contains(month->period.title()), qPrintable(view.statusText()));
        QVERIFY(view.statusText().contains(report::statusLabel(month->status())));

        // Zoomed to the width of the preview.
        const auto pages = view.findChildren<QLabel *>(QStringLiteral("reportPage"));
        QCOMPARE(pages.size(), view.previewPageCount());
        const int viewport = child<QScrollArea>(view, "reportPreview")->viewport()->width();
        QVERIFY2(std::abs(pages.first()->pixmap().width() - (viewport - 24)) < 12,
                 qPrintable(QStringLiteral("%1 in %2").arg(pages.first()->pixmap().width()).arg(viewport)));
        QCOMPARE(pages.first()->accessibleName(), QStringLiteral("Page 1 of %1").arg(pages.size()));
        // The status's colour beside its words: the breach colour for a violated month.
        auto *bar = child<QWidget>(view, "reportStatusColour");
        QVERIFY(bar->isVisibleTo(&view));
        QCOMPARE(bar->palette().color(QPalette::Window), ui::ReportStyle::colour(month->status()));
        QTRY_VERIFY(pages.first()->isVisible()); // new children are shown from the event loop
        // One page under the other, none squeezed.
        for (qsizetype i = 1; i < pages.size(); ++i)
            QVERIFY(pages[i]->geometry().top() > pages[i - 1]->geometry().bottom());
        const QImage shot = view.grab().toImage();
        QVERIFY(shot.save(test::shotPath(QStringLiteral("report-view"))));

        // A failure says what happened and that the shown report is the earlier one.
        QTest::mouseClick(buildButton, Qt::LeftButton);
        view.setFailed(QStringLiteral("the period 2031-01 has not begun"));
        QVERIFY(!view.isBuilding());
        QVERIFY(view.statusText().contains(QStringLiteral("the period 2031-01 has not begun")));
        QVERIFY(view.statusText().contains(month->period.title()));
        QVERIFY(exportPdf->isEnabled());
    }

    void exportAsksForAFile()
    {
        ui::ReportsView view;
        QSignalSpy exported(&view, &ui::ReportsView::exportRequested);
        QStringList asked;
        QString answer = QStringLiteral("/tmp/out.pdf");
        view.setFileChooser([&](const QString &format, const QString &suggested) {
            asked << format + QLatin1Char(':') + suggested;
            return answer;
        });
        view.setReport(std::make_shared<const report::Report>(test::sampleReport(test::SampleKind::Month)));
        child<QPushButton>(view, "exportPdf")->click();
        QCOMPARE(asked, QStringList{QStringLiteral("pdf:slaops-report-2024-02.pdf")});
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported[0][0].toString(), QStringLiteral("pdf"));
        QCOMPARE(exported[0][1].toString(), answer);
        answer = QStringLiteral("/tmp/out.json");
        child<QPushButton>(view, "exportJson")->click();
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported[1][0].toString(), QStringLiteral("json"));
        // The user cancels the dialog: nothing is exported.
        answer.clear();
        child<QPushButton>(view, "exportCsv")->click();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(exported.size(), 2);
    }

    void quarterTextEditsGoIntoTheShownReport()
    {
        ui::ReportsView view;
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *kind = child<QComboBox>(view, "reportKind");
        kind->setCurrentIndex(kind->findData(int(report::PeriodKind::Quarter)));
        const auto quarter =
            std::make_shared<const report::Report>(test::sampleReport(test::SampleKind::Quarter));
        view.setReport(quarter);
        auto *roadmap = child<QPlainTextEdit>(view, "reportRoadmap");
        QCOMPARE(roadmap->toPlainText(), quarter->roadmap);
        roadmap->setPlainText(QStringLiteral("Q2: one store for sessions."));
        QTRY_COMPARE_WITH_TIMEOUT(view.report()->roadmap, QStringLiteral("Q2: one store for sessions."),
                                  5000);
        QCOMPARE(view.report()->rows.size(), quarter->rows.size());
        QCOMPARE(quarter->roadmap,
                 test::sampleReport(test::SampleKind::Quarter).roadmap); // the original is untouched
    }

    void keyboardAndAccessibleNames()
    {
        ui::ReportsView view;
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setReport(std::make_shared<const report::Report>(test::sampleReport(test::SampleKind::Month)));
        auto *kind = child<QComboBox>(view, "reportKind");
        kind->setFocus();
        QTRY_VERIFY(kind->hasFocus());
        // Tab through the view as a person would (bounded): every control on the way, the preview included,
        // and each control that takes the focus has a name for screen readers.
        QSet<QString> reached;
        for (int i = 0; i < 60; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            // A date edit's or combo box's inner line edit stands for its owner.
            QWidget *owner = focus;
            while (owner && owner->objectName().isEmpty())
                owner = owner->parentWidget();
            if (owner && owner->objectName().startsWith(QLatin1String("qt_")))
                owner = owner->parentWidget();
            QVERIFY(owner);
            reached << owner->objectName();
            QVERIFY2(!owner->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(owner),
                     qPrintable(owner->objectName()));
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == kind)
                break;
        }
        for (const char *name : {"reportKind", "reportDate", "reportZone", "reportResolution", "reportBuild",
                                 "exportPdf", "exportCsv", "exportJson", "reportPreview"})
            QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
        for (const char *name : {"reportKind", "reportDate", "reportZone", "reportResolution", "reportBuild",
                                 "reportCancel", "exportPdf", "exportCsv", "exportJson", "reportPreview",
                                 "reportInitiatives", "reportRoadmap", "reportProgress", "reportStatus"})
            QVERIFY2(!view.findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
        // UTC is the first zone offered.
        QCOMPARE(child<QComboBox>(view, "reportZone")->itemData(0).toByteArray(), QByteArray("UTC"));
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
