// The desktop notification's decisions, offscreen (where no tray exists: the decisions are the same):
// each new critical or high alert once, never a silenced one, the count, and the setting.
#include "alertfixtures.h"
#include "alertnotifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace slaops;

class TestAlertNotifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newCriticalAndHighOnce()
    {
        ui::AlertNotifier n;
        QCOMPARE(n.hasTray(), QSystemTrayIcon::isSystemTrayAvailable());
        QSignalSpy spy(&n, &ui::AlertNotifier::notified);
        n.setBook(test::erlmcpBook());
        // Two critical, two high (one silenced: not announced), one medium (not announced).
        QStringList titles;
        for (const QList<QVariant> &args : spy)
            titles << args.at(1).toString();
        QCOMPARE(titles, (QStringList{QStringLiteral("Critical: SLAUptimeBreach in eu-west-1"),
                                      QStringLiteral("Critical: SLADataConsistencyBreach in us-east-1"),
                                      QStringLiteral("High: SLAResponseTimeBreach in eu-west-1"),
                                      QStringLiteral("High: SLAResponseTimeBreach in ap-southeast-1")}));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("Uptime below 99.99% in eu-west-1"));
        QCOMPARE(n.firingCount(), 5);
        QCOMPARE(n.toolTip(), QStringLiteral("slaops: 5 alerts firing"));
        // The same book again, and again: never twice.
        n.setBook(test::erlmcpBook());
        n.setBook(test::erlmcpBook(false));
        QCOMPARE(spy.count(), 4);
        // One new high alert: one message.
        auto more = std::make_shared<alerts::AlertBook>(*test::erlmcpBook());
        more->alerts.push_back(test::bookAlert(2, QStringLiteral("us-east-1"), 5));
        n.setBook(more);
        QCOMPARE(spy.count(), 5);
        QCOMPARE(spy.last().at(1).toString(), QStringLiteral("High: SLAErrorRateBreach in us-east-1"));
        QCOMPARE(spy.last().at(0).toString(), more->alerts.back().alert.fingerprint);
    }

    void offAnnouncesNothingAndDoesNotReplay()
    {
        ui::AlertNotifier n;
        QSignalSpy spy(&n, &ui::AlertNotifier::notified);
        n.setEnabled(false);
        n.setBook(test::erlmcpBook());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(n.firingCount(), 5); // still counted
        n.setEnabled(true);
        n.setBook(test::erlmcpBook());
        QCOMPARE(spy.count(), 0); // what fired while it was off is not replayed
    }

    void forgottenAfterADayIsNewAgain()
    {
        ui::AlertNotifier n;
        QSignalSpy spy(&n, &ui::AlertNotifier::notified);
        auto one = std::make_shared<alerts::AlertBook>();
        one->at = test::kAlertNow;
        one->alerts = {test::bookAlert(0, QStringLiteral("eu-west-1"), 10)};
        n.setBook(one);
        QCOMPARE(spy.count(), 1);
        auto none = std::make_shared<alerts::AlertBook>();
        none->at = test::kAlertNow.addSecs(ui::AlertNotifier::ForgetAfterSeconds + 1);
        n.setBook(none);
        QCOMPARE(n.toolTip(), QStringLiteral("slaops: no alert firing"));
        auto again = std::make_shared<alerts::AlertBook>(*one);
        again->at = none->at.addSecs(5);
        n.setBook(again);
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
