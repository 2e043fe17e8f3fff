#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QUrlQuery>
#include <functional>

class QSslSocket;

// A small HTTPS/1.1 server on 127.0.0.1 for the simulated Kubernetes and erlmcp admin APIs: one
// request per connection (Connection: close), bounded size and time, a Content-Length body. A
// handler may take the socket over instead of answering (the WebSocket upgrade of pods/exec).
class TlsHttpServer : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxRequestBytes = 256 * 1024;
    static constexpr int kRequestTimeoutMs = 10000;

    struct Request {
        QByteArray method;
        QByteArray path; // without the query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    // Returns true when it took the socket over (it then owns the connection's fate).
    using Upgrader = std::function<bool(const Request &, QSslSocket *)>;
    using Handler = std::function<Response(const Request &)>;

    TlsHttpServer(QString name, Handler handler, Upgrader upgrader = {}, QObject *parent = nullptr);

    // Loads the PEM certificate (chain) and key; binds 127.0.0.1:port (0: ephemeral).
    bool listen(quint16 port, const QString &certFile, const QString &keyFile, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }

    static QByteArray reasonPhrase(int status);
    static void writeResponse(QSslSocket *socket, const Response &response);

private:
    void onConnection();
    void onReadyRead(QSslSocket *socket);

    QString m_name;
    Handler m_handler;
    Upgrader m_upgrader;
    QSslServer m_server;
    QHash<QSslSocket *, QByteArray> m_buffers;
};
