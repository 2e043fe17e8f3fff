// Where the console offers containment (issue 9): the Actions menu and "Contain…" on a region's card
// in trouble, only when actions are enabled (never in a read-only console), each preset from where it
// was asked for.
#include "actionfixtures.h"
#include "mainwindow.h"
#include "regionpanel.h"

#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace slaops;

Q_DECLARE_METATYPE(slaops::actions::ActionRequest)

class TestMainWindowActions : public QObject {
    Q_OBJECT

    config::Profile m_profile = test::defaultProfile();

    static QPushButton *containButton(ui::MainWindow &w, const QString &region)
    {
        return w.regionPanel()->findChild<QPushButton *>(region + QStringLiteral("/contain"));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<actions::ActionRequest>(); }

    void offeredOnlyWhereActionsAreEnabled()
    {
        ui::MainWindow w;
        w.setClockForTesting(test::kActionNow);
        w.setSnapshot(test::errorBurst(m_profile));
        w.showView(QStringLiteral("regions"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Off by default, as in a read-only console: no menu, no button.
        QVERIFY(!w.actionsEnabled());
        QVERIFY(!w.actionsMenu()->menuAction()->isVisible());
        for (QAction *a : w.actionsMenu()->actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!w.regionPanel()->containOffered(QStringLiteral("eu-west-1")));
        QVERIFY(containButton(w, QStringLiteral("eu-west-1")));
        QVERIFY(!containButton(w, QStringLiteral("eu-west-1"))->isVisibleTo(&w));

        w.setActionsEnabled(true);
        QVERIFY(w.actionsMenu()->menuAction()->isVisible());
        QCOMPARE(w.actionsMenu()->actions().size(), 3);
        // On the region in trouble only.
        QVERIFY(w.regionPanel()->containOffered(QStringLiteral("eu-west-1")));
        QVERIFY(!w.regionPanel()->containOffered(QStringLiteral("us-east-1")));
        QVERIFY(!w.regionPanel()->containOffered(QStringLiteral("ap-southeast-1")));

        const QString shot = QDir::temp().filePath(QStringLiteral("tst_mainwindow_contain.png"));
        QVERIFY(w.grab().save(shot));
        qInfo("rendered %s", qPrintable(shot));

        QSignalSpy asked(&w, &ui::MainWindow::actionRequested);
        QTest::mouseClick(containButton(w, QStringLiteral("eu-west-1")), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        const auto r = asked.at(0).at(0).value<actions::ActionRequest>();
        QCOMPARE(r.kind, actions::ActionKind::DivertTraffic);
        QCOMPARE(r.from, QStringLiteral("eu-west-1"));

        // The menu's entries, each its own action, not preset to a region.
        const QStringList names{QStringLiteral("divert-traffic"), QStringLiteral("rate-limit"),
                                QStringLiteral("migrate-sessions")};
        for (int i = 0; i < names.size(); ++i) {
            QAction *a = w.actionsMenu()->findChild<QAction *>(names[i]);
            QVERIFY2(a, qPrintable(names[i]));
            a->trigger();
            QCOMPARE(asked.count(), 2 + i);
            const auto m = asked.last().at(0).value<actions::ActionRequest>();
            QCOMPARE(actions::actionName(m.kind), names[i]);
            QVERIFY(m.from.isEmpty());
        }

        // Off again: nothing reachable, a click on a stale button pointer included.
        w.setActionsEnabled(false);
        QVERIFY(!w.actionsMenu()->menuAction()->isVisible());
        QVERIFY(!w.regionPanel()->containOffered(QStringLiteral("eu-west-1")));
        const int before = int(asked.count());
        Q_EMIT w.regionPanel()->containRequested(QStringLiteral("eu-west-1"));
        QCOMPARE(int(asked.count()), before);
    }

    // Reading the audit log is not acting: it stays in the Tools menu of a read-only console.
    void auditLogStaysReadable()
    {
        ui::MainWindow w;
        QSignalSpy audit(&w, &ui::MainWindow::auditLogRequested);
        QAction *a = w.menuBar()->findChild<QAction *>(QStringLiteral("auditLog"));
        QVERIFY(a);
        QVERIFY(a->isEnabled());
        a->trigger();
        QCOMPARE(audit.count(), 1);
    }
};

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
