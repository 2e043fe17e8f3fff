#pragma once

// A loopback HTTP server that misbehaves the way real ones do, for tst_badservers (Prometheus) and
// tst_badalertmanagers (Alertmanager).
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <cmath>

namespace slaops::testing {

// A loopback HTTP server that answers every request with the same canned behaviour.
class BadServer : public QObject {
public:
    enum class Mode {
        Silent,
        Huge,
        HtmlProxy,
        Truncated,
        Json500,
        CutMidBody,
        Ok,
        Trickle,      // headers, then one byte every 200 ms for ever: defeats an inactivity timeout
        Unauthorized, // 401, as Prometheus behind an auth proxy answers a wrong token
        SlowQuery,    // queries that mention "slow" trickle, the others answer at once
        HugeQuery,    // queries that mention "huge" get 50 MB, the others answer at once
        Alertmanager, // a healthy Alertmanager 0.25: one alert, no silence, clustering disabled
        Empty,        // 200 with an empty body, as a misconfigured proxy answers
    };

    explicit BadServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s]() {
                    const QByteArray request = s->property("request").toByteArray() + s->readAll();
                    s->setProperty("request", request);
                    if (!request.contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    ++m_requests;
                    answer(s, request);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Requests answered so far: proves retries happen (or not) as designed.
    int requests() const { return m_requests; }
    // Another behaviour for later requests (a server that was fine and breaks).
    void setMode(Mode mode) { m_mode = mode; }
    // In Ok mode, what a query that mentions "timestamp" (the engine's lag probe) answers: the time of
    // the newest sample, in seconds since the epoch. NaN (the default): the canned answer.
    void setNewestSample(double seconds) { m_newest = seconds; }
    // Stops listening: later connections are refused, as by a server that is down.
    void stop() { m_server.close(); }

private:
    static QByteArray response(const QByteArray &status, const QByteArray &type, const QByteArray &body,
                               qint64 length = -1)
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(length < 0 ? body.size() : length) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    static void trickle(QTcpSocket *s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *t = new QTimer(s);
        QObject::connect(t, &QTimer::timeout, s, [s]() { s->write(" "); });
        t->start(200);
    }

    static void huge(QTcpSocket *s)
    {
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
    }

    static QByteArray alertmanagerAnswer(const QByteArray &firstLine)
    {
        if (firstLine.contains("/api/v2/alerts"))
            return R"([{"annotations":{"summary":"down"},"endsAt":"2026-12-01T08:47:14.171Z","fingerprint":"1e5b368f15f54883",)"
                   R"("receivers":[{"name":"default"}],"startsAt":"2026-12-01T08:42:14.171Z","status":{"inhibitedBy":[],)"
                   R"("silencedBy":[],"state":"active"},"updatedAt":"2026-12-01T08:42:14.171Z","labels":{"alertname":"Up",)"
                   R"("severity":"critical"}}])";
        if (firstLine.contains("/api/v2/silences"))
            return "[]";
        return R"({"cluster":{"peers":[],"status":"disabled"},"config":{"original":""},"uptime":"2026-12-01T08:42:02.576Z",)"
               R"("versionInfo":{"branch":"b","buildDate":"d","buildUser":"u","goVersion":"go","revision":"r","version":"0.25.0"}})";
    }

    void answer(QTcpSocket *s, const QByteArray &request)
    {
        const QByteArray ok =
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795748400,"42"]}]}})";
        const QByteArray firstLine = request.left(request.indexOf("\r\n"));
        switch (m_mode) {
        case Mode::Trickle:
            trickle(s);
            return;
        case Mode::SlowQuery:
            if (firstLine.contains("slow")) {
                trickle(s);
                return;
            }
            s->write(response("200 OK", "application/json", ok));
            break;
        case Mode::HugeQuery:
            if (firstLine.contains("huge")) {
                huge(s);
                return;
            }
            s->write(response("200 OK", "application/json", ok));
            break;
        case Mode::Unauthorized:
            s->write(response("401 Unauthorized", "text/plain", "Unauthorized\n"));
            break;
        case Mode::Silent:
            return; // accepts, reads, never answers
        case Mode::Huge:
            huge(s);
            return;
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
            if (firstLine.contains("timestamp") && !std::isnan(m_newest)) {
                const QByteArray t = QByteArray::number(m_newest, 'f', 3);
                s->write(response(
                    "200 OK", "application/json",
                    R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[)" +
                        t + ",\"" + t + "\"]}]}}"));
                break;
            }
            s->write(response("200 OK", "application/json", ok));
            break;
        case Mode::Alertmanager:
            s->write(response("200 OK", "application/json", alertmanagerAnswer(firstLine)));
            break;
        case Mode::Empty:
            s->write(response("200 OK", "application/json", {}));
            break;
        }
        s->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    int m_requests = 0;
    double m_newest = NAN;
};

} // namespace slaops::testing
