#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

class Fleet;
class QTcpSocket;

// The simulator's control endpoint: a deliberately tiny HTTP/1.1 server on loopback.
//   GET /healthz, GET /scenario, POST /scenario {"scenario":..,"target":..}, GET /targets
// One request per connection (Connection: close), bounded size and time, JSON everywhere.
class ControlServer : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxRequestBytes = 16 * 1024;
    static constexpr int kRequestTimeoutMs = 5000;

    explicit ControlServer(Fleet *fleet, QObject *parent = nullptr);

    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;

private:
    struct Response {
        int status = 200;
        QByteArray body;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    Response handle(const QByteArray &method, const QByteArray &path, const QByteArray &body);
    Response postScenario(const QByteArray &body);
    static Response jsonError(int status, const QString &message);
    static void reply(QTcpSocket *socket, const Response &response);

    Fleet *m_fleet;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
