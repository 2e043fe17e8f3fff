// The engine against servers that misbehave the way real ones do: silent, huge, an HTML proxy page,
// truncated JSON, 5xx with and without a Prometheus body, a connection cut mid-answer. Each ends as a
// figure in Error (or NoData) with a message that says what happened; nothing crashes, nothing is 0.
// "Explain this number" meets the same servers and must say the same.
#include "engine/engine.h"
#include "engine/explainer.h"
#include "prom/client.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace slaops;
using sla::State;

namespace {

// A loopback HTTP server that answers every request with the same canned behaviour.
class BadServer : public QObject {
public:
    enum class Mode { Silent, Huge, HtmlProxy, Truncated, Json500, CutMidBody, Ok };

    explicit BadServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s]() {
                    if (!s->readAll().contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    answer(s);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    static QByteArray response(const QByteArray &status, const QByteArray &type, const QByteArray &body,
                               qint64 length = -1)
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(length < 0 ? body.size() : length) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    void answer(QTcpSocket *s)
    {
        const QByteArray ok =
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795748400,"42"]}]}})";
        switch (m_mode) {
        case Mode::Silent:
            return; // accepts, reads, never answers
        case Mode::Huge: {
            const qint64 size = 50LL * 1024 * 1024;
            s->write(response("200 OK", "application/json", {}, size));
            // Stream the body in chunks as the client reads it; stop when the client hangs up.
            auto *sent = new qint64(0);
            auto pump = [s, sent, size]() {
                const QByteArray chunk(256 * 1024, ' ');
                while (*sent < size && s->bytesToWrite() < 4 * chunk.size()) {
                    s->write(chunk);
                    *sent += chunk.size();
                }
            };
            QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
            QObject::connect(s, &QObject::destroyed, [sent]() { delete sent; });
            pump();
            return;
        }
        case Mode::HtmlProxy:
            s->write(response(
                "502 Bad Gateway", "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                "</center><hr><center>nginx</center></body></html>"));
            break;
        case Mode::Truncated:
            s->write(response("200 OK", "application/json", ok.left(ok.size() / 2)));
            break;
        case Mode::Json500:
            s->write(response(
                "500 Internal Server Error", "application/json",
                R"({"status":"error","errorType":"internal","error":"something broke in the engine"})"));
            break;
        case Mode::CutMidBody:
            s->write(response("200 OK", "application/json", ok.left(20), ok.size()));
            s->flush();
            s->abort();
            return;
        case Mode::Ok:
            s->write(response("200 OK", "application/json", ok));
            break;
        }
        s->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
};

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

} // namespace

class TestBadServers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void figureSaysWhatWentWrong_data();
    void figureSaysWhatWentWrong();
    void explanationSaysWhatWentWrong_data() { figureSaysWhatWentWrong_data(); }
    void explanationSaysWhatWentWrong();
};

void TestBadServers::figureSaysWhatWentWrong_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("reachable");
    using M = BadServer::Mode;
    QTest::addRow("accepts and never answers")
        << int(M::Silent) << QStringLiteral("no answer within 1.5 s") << false;
    QTest::addRow("50 MB answer") << int(M::Huge) << QStringLiteral("larger than 32 MiB and was cut off")
                                  << false;
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
    QVERIFY2(e.error.startsWith(QStringLiteral("numerator")) || e.error.startsWith(QStringLiteral("denominator")),
             qPrintable(e.error));
}

QTEST_GUILESS_MAIN(TestBadServers)
#include "tst_badservers.moc"
