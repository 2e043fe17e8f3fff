#include "controlserver.h"

#include "fleet.h"
#include "scenario.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    default:
        return "Error";
    }
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

ControlServer::ControlServer(Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ControlServer::onNewConnection);
}

bool ControlServer::listen(quint16 port, QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = QStringLiteral("control endpoint: cannot listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(m_server.errorString());
    return false;
}

QString ControlServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ControlServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A client that never finishes its request must not hold a socket forever.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void ControlServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    QByteArray &buffer = it.value();
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        reply(socket, jsonError(413, QStringLiteral("request larger than %1 bytes").arg(kMaxRequestBytes)));
        m_buffers.erase(it);
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        reply(socket, jsonError(400, QStringLiteral("malformed request line")));
        m_buffers.erase(it);
        return;
    }
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            contentLength = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || contentLength < 0) {
                reply(socket, jsonError(400, QStringLiteral("bad Content-Length")));
                m_buffers.erase(it);
                return;
            }
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (bodyStart + contentLength > kMaxRequestBytes) {
        reply(socket, jsonError(413, QStringLiteral("request larger than %1 bytes").arg(kMaxRequestBytes)));
        m_buffers.erase(it);
        return;
    }
    if (buffer.size() < bodyStart + contentLength)
        return; // wait for the rest of the body

    QByteArray path = requestLine[1];
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    const Response response = handle(requestLine[0], path, buffer.mid(bodyStart, contentLength));
    m_buffers.erase(it);
    reply(socket, response);
}

ControlServer::Response ControlServer::handle(const QByteArray &method, const QByteArray &path,
                                              const QByteArray &body)
{
    if (path == "/healthz") {
        if (method != "GET")
            return jsonError(405, QStringLiteral("use GET"));
        return {200, toJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}})};
    }
    if (path == "/scenario") {
        if (method == "GET")
            return {200, toJson(m_fleet->scenario().toJson())};
        if (method == "POST")
            return postScenario(body);
        return jsonError(405, QStringLiteral("use GET or POST"));
    }
    if (path == "/targets") {
        if (method != "GET")
            return jsonError(405, QStringLiteral("use GET"));
        return {200, QJsonDocument(m_fleet->targetsJson()).toJson(QJsonDocument::Compact) + '\n'};
    }
    return jsonError(404, QStringLiteral("no such endpoint; try /healthz, /scenario, /targets"));
}

ControlServer::Response ControlServer::postScenario(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return jsonError(400, QStringLiteral("body must be a JSON object like "
                                             "{\"scenario\":\"latency-spike\",\"target\":\"eu-west-1\"}"));
    const QJsonObject o = doc.object();
    const QString name = o.value(QStringLiteral("scenario")).toString();
    const auto kind = Scenario::kindFromName(name);
    if (!kind)
        return jsonError(400, QStringLiteral("unknown scenario \"%1\"; known: %2")
                                  .arg(name, m_fleet->model().scenarioNames().join(QStringLiteral(", "))));
    QString error;
    if (!m_fleet->setScenario(Scenario(*kind, o.value(QStringLiteral("target")).toString()), &error))
        return jsonError(400, error);
    return {200, toJson(m_fleet->scenario().toJson())};
}

ControlServer::Response ControlServer::jsonError(int status, const QString &message)
{
    return {status, toJson(QJsonObject{{QStringLiteral("error"), message}})};
}

void ControlServer::reply(QTcpSocket *socket, const Response &response)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) +
        "\r\nConnection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
