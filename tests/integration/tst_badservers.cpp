// The engine against servers that misbehave the way real ones do: silent, huge, an HTML proxy page,
// truncated JSON, 5xx with and without a Prometheus body, a connection cut mid-answer. Each ends as a
// figure in Error (or NoData) with a message that says what happened; nothing crashes, nothing is 0.
// "Explain this number" meets the same servers and must say the same.
#include "badserver.h"
#include "engine/engine.h"
#include "engine/explainer.h"
#include "prom/client.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTranslator>
#include <QtTest>

using namespace slaops;
using sla::State;
using testing::BadServer;

namespace {

config::Profile profile(const QUrl &url)
{
    config::Profile p;
    p.name = QStringLiteral("bad");
    p.sources.prometheus = url;
    p.sources.timeout = std::chrono::milliseconds(1500);
    p.sources.retries = 1;
    p.refreshInterval = std::chrono::milliseconds(60000);
    config::SlaSpec s;
    s.id = QStringLiteral("p95");
    s.name = QStringLiteral("P95");
    s.query = QStringLiteral("histogram_quantile(0.95, x)");
    s.unit = config::Unit::Milliseconds;
    s.comparison = sla::Comparison::AtMost;
    s.target = 100;
    s.alert = 150;
    p.slas.push_back(s);
    return p;
}

// Two figures: one whose query names `which` ("slow", "huge"), one plain.
config::Profile twoFigures(const QUrl &url, const QString &which)
{
    config::Profile p = profile(url);
    config::SlaSpec s = p.slas.front();
    s.id = QStringLiteral("other");
    s.name = QStringLiteral("Other");
    s.query = QStringLiteral("sum(rate(%1_requests_total[5m]))").arg(which);
    p.slas.push_back(s);
    return p;
}

engine::SnapshotPtr oneRefresh(engine::Engine &eng)
{
    QSignalSpy published(&eng, &engine::Engine::snapshotReady);
    eng.start();
    if (!published.wait(20000))
        return {};
    return eng.current();
}

} // namespace

class TestBadServers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void figureSaysWhatWentWrong_data();
    void figureSaysWhatWentWrong();
    void explanationSaysWhatWentWrong_data() { figureSaysWhatWentWrong_data(); }
    void explanationSaysWhatWentWrong();
    void retriesByKindNotByText_data();
    void retriesByKindNotByText();
    void tricklingServerCannotHoldARefresh();
    void oneSlowQueryIsThatFiguresError();
    void oneHugeQueryIsThatFiguresError();
    void refusedCredentialIsOneErrorOfTheSource();
    void newSourcesTakeEffectWithoutARestart();
};

void TestBadServers::figureSaysWhatWentWrong_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("reachable");
    using M = BadServer::Mode;
    QTest::addRow("accepts and never answers")
        << int(M::Silent) << QStringLiteral("no complete answer within 1.5 s") << false;
    // Too large is that query's fault, not the server's: it answered.
    QTest::addRow("50 MB answer") << int(M::Huge) << QStringLiteral("larger than 32 MiB and was cut off")
                                  << true;
    QTest::addRow("trickles a byte every 200 ms")
        << int(M::Trickle) << QStringLiteral("no complete answer within 1.5 s") << false;
    QTest::addRow("HTML 502 from a proxy") << int(M::HtmlProxy) << QStringLiteral("HTTP 502") << true;
    QTest::addRow("truncated JSON") << int(M::Truncated) << QStringLiteral("stops after") << true;
    QTest::addRow("500 with a Prometheus error")
        << int(M::Json500) << QStringLiteral("something broke in the engine") << true;
    QTest::addRow("connection cut mid-body")
        << int(M::CutMidBody) << QStringLiteral("the connection failed after") << false;
    QTest::addRow("a good answer, for contrast") << int(M::Ok) << QString() << true;
}

void TestBadServers::figureSaysWhatWentWrong()
{
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QFETCH(bool, reachable);
    BadServer server{BadServer::Mode(mode)};
    engine::Engine eng(profile(server.url()));
    QSignalSpy published(&eng, &engine::Engine::snapshotReady);
    eng.start();
    QVERIFY(published.wait(20000));
    const auto s = eng.current();
    const engine::Figure &f = s->figures.front();
    if (BadServer::Mode(mode) == BadServer::Mode::Ok) {
        QCOMPARE(f.state, State::Ok);
        QCOMPARE(f.value, 42.0);
        return;
    }
    QCOMPARE(f.state, State::Error);
    QVERIFY(!f.hasValue()); // never a silent zero
    QVERIFY(!f.message.isEmpty());
    QVERIFY2(expected.isEmpty() || f.message.contains(expected), qPrintable(f.message));
    QCOMPARE(s->prometheus.reachable, reachable);
}

void TestBadServers::explanationSaysWhatWentWrong()
{
    QFETCH(int, mode);
    QFETCH(QString, expected);
    BadServer server{BadServer::Mode(mode)};
    prom::Client client(server.url());
    client.setTimeout(std::chrono::milliseconds(1500));
    engine::Explainer explainer(&client);
    QSignalSpy ready(&explainer, &engine::Explainer::ready);
    engine::Figure f;
    f.id = QStringLiteral("error_rate");
    f.query = QStringLiteral("sum(rate(errors[5m])) / sum(rate(requests[5m]))");
    f.value = 42;
    explainer.explain(f);
    QVERIFY(ready.wait(20000));
    const auto e = ready.takeFirst().at(0).value<engine::Explanation>();
    QCOMPARE(e.kind, engine::Explanation::Kind::Ratio);
    if (BadServer::Mode(mode) == BadServer::Mode::Ok) {
        // Both sides answer 42: the ratio is 1, which does not reproduce the figure's 42, and says so.
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.numerator, 42.0);
        QCOMPARE(e.recomputed, 1.0);
        QVERIFY(!e.reproduced);
        return;
    }
    QVERIFY(!e.ok());
    QVERIFY(!e.reproduced);
    QVERIFY2(e.error.contains(expected), qPrintable(e.error));
    QVERIFY2(e.error.startsWith(QStringLiteral("numerator")) ||
                 e.error.startsWith(QStringLiteral("denominator")),
             qPrintable(e.error));
}

void TestBadServers::retriesByKindNotByText_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("requests");
    using M = BadServer::Mode;
    // retries: 1 in profile(): a retried query is sent twice, another once.
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("de")}) {
        const QByteArray l = lang.toLatin1();
        QTest::addRow("%s: 500 is retried", l.constData()) << int(M::Json500) << lang << 2;
        QTest::addRow("%s: 502 from a proxy is retried", l.constData()) << int(M::HtmlProxy) << lang << 2;
        QTest::addRow("%s: a cut connection is retried", l.constData()) << int(M::CutMidBody) << lang << 2;
        QTest::addRow("%s: a too-large answer is not", l.constData()) << int(M::Huge) << lang << 1;
        QTest::addRow("%s: a timeout is not", l.constData()) << int(M::Silent) << lang << 1;
        QTest::addRow("%s: a refused credential is not", l.constData()) << int(M::Unauthorized) << lang << 1;
        QTest::addRow("%s: a good answer is not", l.constData()) << int(M::Ok) << lang << 1;
    }
}

void TestBadServers::retriesByKindNotByText()
{
    QFETCH(int, mode);
    QFETCH(QString, language);
    QFETCH(int, requests);
    // The German catalogue changes every message; what is retried must not change with it.
    QTranslator german;
    if (language == QLatin1String("de")) {
        QVERIFY2(german.load(QStringLiteral(SLAOPS_QM_DIR "/slaops_de.qm")), SLAOPS_QM_DIR "/slaops_de.qm");
        QCoreApplication::installTranslator(&german);
    }
    BadServer server{BadServer::Mode(mode)};
    engine::Engine eng(profile(server.url()));
    // Counted are the query's own sends: the request for the recording rules is another request.
    eng.setUseRecordedRules(false);
    const auto s = oneRefresh(eng);
    QCoreApplication::removeTranslator(&german);
    QVERIFY(s);
    if (language == QLatin1String("de") && BadServer::Mode(mode) == BadServer::Mode::Huge)
        QVERIFY2(!s->figures.front().message.contains(QStringLiteral("larger than")),
                 qPrintable(s->figures.front().message));
    QCOMPARE(server.requests(), requests);
}

void TestBadServers::tricklingServerCannotHoldARefresh()
{
    // A server that sends a byte every 200 ms never trips an inactivity timeout; the deadline is total.
    BadServer server{BadServer::Mode::Trickle};
    config::Profile p = profile(server.url());
    p.sources.timeout = std::chrono::milliseconds(1000);
    p.refreshInterval = std::chrono::milliseconds(1000);
    p.errorAfter = std::chrono::seconds(5);
    engine::Engine eng(p);
    QSignalSpy published(&eng, &engine::Engine::snapshotReady);
    QElapsedTimer clock;
    clock.start();
    eng.start();
    // Refreshes keep coming, each ended by its deadline, instead of one that never completes.
    QTRY_VERIFY_WITH_TIMEOUT(published.size() >= 3, 20000);
    const auto s = eng.current();
    QCOMPARE(s->figures.front().state, State::Error);
    QVERIFY2(s->figures.front().message.contains(QStringLiteral("no complete answer within 1 s")),
             qPrintable(s->figures.front().message));
    QVERIFY(!s->prometheus.reachable);
    QVERIFY(server.requests() >= 3);
}

void TestBadServers::oneSlowQueryIsThatFiguresError()
{
    BadServer server{BadServer::Mode::SlowQuery};
    engine::Engine eng(twoFigures(server.url(), QStringLiteral("slow")));
    const auto s = oneRefresh(eng);
    QVERIFY(s);
    QCOMPARE(s->figures.size(), std::size_t(2));
    QCOMPARE(s->figures[0].state, State::Ok);
    QCOMPARE(s->figures[1].state, State::Error);
    QVERIFY2(s->figures[1].message.contains(QStringLiteral("no complete answer")),
             qPrintable(s->figures[1].message));
    // The server answered the rest: it is reachable, no DISCONNECTED banner, no direct scraping.
    QVERIFY2(s->prometheus.reachable, qPrintable(s->prometheus.error));
}

void TestBadServers::oneHugeQueryIsThatFiguresError()
{
    BadServer server{BadServer::Mode::HugeQuery};
    engine::Engine eng(twoFigures(server.url(), QStringLiteral("huge")));
    const auto s = oneRefresh(eng);
    QVERIFY(s);
    QCOMPARE(s->figures[0].state, State::Ok);
    QCOMPARE(s->figures[1].state, State::Error);
    QVERIFY(s->figures[1].message.contains(QStringLiteral("larger than")));
    QVERIFY(s->prometheus.reachable);
}

void TestBadServers::refusedCredentialIsOneErrorOfTheSource()
{
    BadServer server{BadServer::Mode::Unauthorized};
    engine::Engine eng(twoFigures(server.url(), QStringLiteral("plain")));
    eng.setUseRecordedRules(false); // counted are the queries' sends, not the rules request's
    const auto s = oneRefresh(eng);
    QVERIFY(s);
    QVERIFY(!s->prometheus.reachable);
    QVERIFY(s->prometheus.credentialRejected);
    QVERIFY2(s->prometheus.error.contains(QStringLiteral("HTTP 401")), qPrintable(s->prometheus.error));
    QVERIFY2(s->prometheus.error.contains(QStringLiteral("auth:")), qPrintable(s->prometheus.error));
    for (const engine::Figure &f : s->figures) {
        QCOMPARE(f.state, State::Error);
        QCOMPARE(f.message, QStringLiteral("the source refused the credential (HTTP 401)"));
    }
    QCOMPARE(server.requests(), 2); // once per query, never retried
}

void TestBadServers::newSourcesTakeEffectWithoutARestart()
{
    // Settings saved while the console runs: the engine moves to the new Prometheus and interval.
    BadServer broken{BadServer::Mode::Json500};
    BadServer good{BadServer::Mode::Ok};
    engine::Engine eng(profile(broken.url()));
    QSignalSpy published(&eng, &engine::Engine::snapshotReady);
    eng.start();
    QVERIFY(published.wait(20000));
    QCOMPARE(eng.current()->figures.front().state, State::Error);
    const int brokenRequests = broken.requests();
    eng.setSources(good.url(), std::chrono::milliseconds(300));
    QTRY_VERIFY_WITH_TIMEOUT(eng.current()->figures.front().state == State::Ok, 20000);
    QCOMPARE(eng.current()->prometheus.url, good.url().toString());
    QCOMPARE(eng.current()->figures.front().value, 42.0);
    // The new interval: more refreshes follow within a few of them, all to the new server.
    const int before = good.requests();
    QTRY_VERIFY_WITH_TIMEOUT(good.requests() >= before + 3, 20000);
    QCOMPARE(broken.requests(), brokenRequests);
}

QTEST_GUILESS_MAIN(TestBadServers)
#include "tst_badservers.moc"
