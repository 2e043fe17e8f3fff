// The alert poller against Alertmanagers that misbehave the way real servers do (the same servers
// as tst_badservers): silent, 50 MB, an HTML proxy page, truncated JSON, 5xx, a connection cut
// mid-answer, trickling. Each ends as that instance down, by kind, with a message that says what
// happened; the others and the last good alerts stay; retries are decided by kind, not by text.
#include "alerts/alertpoller.h"
#include "badserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace slaops;
using namespace slaops::alerts;
using testing::BadServer;

namespace {

config::Profile profile(const std::vector<QUrl> &urls)
{
    config::Profile p;
    p.name = QStringLiteral("bad");
    p.sources.alertmanagers = urls;
    p.sources.timeout = std::chrono::milliseconds(1500);
    p.sources.retries = 1;
    p.refreshInterval = std::chrono::minutes(10);
    return p;
}

AlertBookPtr onePoll(AlertPoller &poller)
{
    QSignalSpy ready(&poller, &AlertPoller::bookReady);
    poller.pollNow();
    if (!ready.wait(20000))
        return {};
    return poller.current();
}

} // namespace

class TestBadAlertmanagers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void instanceSaysWhatWentWrong_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("transport");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("requests"); // retries: 1, three endpoints
        using M = BadServer::Mode;
        using T = prom::TransportError;
        QTest::addRow("accepts and never answers")
            << int(M::Silent) << int(T::Timeout) << int(AnswerError::None)
            << QStringLiteral("no complete answer within 1.5 s") << 3;
        QTest::addRow("trickles a byte every 200 ms")
            << int(M::Trickle) << int(T::Timeout) << int(AnswerError::None)
            << QStringLiteral("no complete answer within 1.5 s") << 3;
        QTest::addRow("50 MB answer") << int(M::Huge) << int(T::TooLarge) << int(AnswerError::None)
                                      << QStringLiteral("larger than 32 MiB and was cut off") << 3;
        QTest::addRow("HTML 502 from a proxy") << int(M::HtmlProxy) << int(T::None) << int(AnswerError::Http)
                                               << QStringLiteral("HTTP 502: 502 Bad Gateway") << 6;
        QTest::addRow("truncated JSON") << int(M::Truncated) << int(T::None) << int(AnswerError::Truncated)
                                        << QStringLiteral("stops after") << 3;
        QTest::addRow("500 with a JSON error")
            << int(M::Json500) << int(T::None) << int(AnswerError::Http)
            << QStringLiteral("HTTP 500: something broke in the engine") << 6;
        QTest::addRow("connection cut mid-body")
            << int(M::CutMidBody) << int(T::Truncated) << int(AnswerError::None)
            << QStringLiteral("the connection failed after") << 6;
        QTest::addRow("401 from an auth proxy")
            << int(M::Unauthorized) << int(T::None) << int(AnswerError::Http)
            << QStringLiteral("HTTP 401: Unauthorized") << 3;
        QTest::addRow("a Prometheus, not an Alertmanager")
            << int(M::Ok) << int(T::None) << int(AnswerError::BadShape) << QStringLiteral("expected an array")
            << 3;
    }
    void instanceSaysWhatWentWrong()
    {
        QFETCH(int, mode);
        QFETCH(int, transport);
        QFETCH(int, answer);
        QFETCH(QString, expected);
        QFETCH(int, requests);
        BadServer bad{BadServer::Mode(mode)};
        BadServer good{BadServer::Mode::Alertmanager};
        AlertPoller poller(profile({good.url(), bad.url()}));
        const AlertBookPtr b = onePoll(poller);
        QVERIFY(b);
        QCOMPARE(b->instances.size(), std::size_t(2));
        QVERIFY(b->instances[0].up);
        const InstanceHealth &h = b->instances[1];
        QVERIFY(!h.up);
        QCOMPARE(int(h.error), transport);
        QCOMPARE(int(h.answerError), answer);
        QVERIFY2(h.message.contains(expected), qPrintable(h.message));
        QVERIFY(h.downSince.isValid());
        QVERIFY(!h.lastSuccess.isValid());
        // The good one's alert is there, held by it alone.
        QCOMPARE(b->alerts.size(), std::size_t(1));
        QCOMPARE(b->alerts[0].instances, std::vector<int>{0});
        QVERIFY(!b->alerts[0].stale);
        QTRY_COMPARE_WITH_TIMEOUT(bad.requests(), requests, 5000);
    }

    // Fine, then broken: its last alerts stay, stale, with the time it last answered.
    void lastGoodAlertsStay()
    {
        BadServer am{BadServer::Mode::Alertmanager};
        AlertPoller poller(profile({am.url()}));
        const AlertBookPtr first = onePoll(poller);
        QVERIFY(first && first->allInstancesUp());
        QCOMPARE(first->alerts.size(), std::size_t(1));
        am.setMode(BadServer::Mode::HtmlProxy);
        const AlertBookPtr second = onePoll(poller);
        QVERIFY(second);
        QVERIFY(!second->instances[0].up);
        QCOMPARE(second->instances[0].lastSuccess, first->instances[0].lastSuccess);
        QCOMPARE(second->alerts.size(), std::size_t(1));
        QVERIFY(second->alerts[0].stale);
        am.setMode(BadServer::Mode::Alertmanager);
        const AlertBookPtr third = onePoll(poller);
        QVERIFY(third && third->allInstancesUp());
        QVERIFY(!third->alerts[0].stale);
    }

    // A silence action against a server that never answers ends within its deadline, with the reason.
    void silenceActionAgainstSilentServer()
    {
        BadServer am{BadServer::Mode::Alertmanager};
        AlertPoller poller(profile({am.url()}));
        QVERIFY(onePoll(poller));
        am.setMode(BadServer::Mode::Silent);
        SilenceRequest r;
        r.matchers = {{QStringLiteral("alertname"), QStringLiteral("Up")}};
        r.endsAt = QDateTime::currentDateTimeUtc().addSecs(600);
        r.createdBy = QStringLiteral("t");
        r.comment = QStringLiteral("c");
        std::optional<AlertPoller::ActionResult> result;
        poller.createSilence(r, this, [&result](AlertPoller::ActionResult a) { result = std::move(a); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok);
        QVERIFY(result->sent);
        QVERIFY2(result->error.contains(QStringLiteral("no complete answer within 1.5 s")),
                 qPrintable(result->error));
    }
};

QTEST_GUILESS_MAIN(TestBadAlertmanagers)
#include "tst_badalertmanagers.moc"
