#include "tlshttpserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

TlsHttpServer::TlsHttpServer(QString name, Handler handler, Upgrader upgrader, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_handler(std::move(handler))
    , m_upgrader(std::move(upgrader))
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsHttpServer::onConnection);
    // A client that fails the handshake (wrong CA, plain HTTP) just goes away.
    connect(&m_server, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
}

bool TlsHttpServer::listen(quint16 port, const QString &certFile, const QString &keyFile, QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_name, why);
        return false;
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty())
        return failed(QStringLiteral("no PEM certificate in %1").arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("cannot read %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return failed(QStringLiteral("no EC or RSA PEM private key in %1").arg(keyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with a bearer token
    // kubectl (Go) negotiates HTTP/2 by ALPN when offered; only http/1.1 is spoken here.
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_server.setSslConfiguration(config);
    m_server.setHandshakeTimeout(kRequestTimeoutMs);
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return failed(
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server.errorString()));
    return true;
}

void TlsHttpServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        m_buffers.insert(socket, {});
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // Bounded in time: a client that never finishes its request is dropped.
        QTimer::singleShot(kRequestTimeoutMs, socket, [this, socket] {
            if (m_buffers.contains(socket))
                socket->abort();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void TlsHttpServer::onReadyRead(QSslSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return; // taken over, or answered
    QByteArray &buf = it.value();
    buf += socket->readAll();
    auto refuse = [&](int status, const char *message) {
        m_buffers.remove(socket);
        writeResponse(socket, {status, QByteArray("{\"error\":\"") + message + "\"}\n"});
    };
    if (buf.size() > kMaxRequestBytes)
        return refuse(413, "request too large");
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request req;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return refuse(400, "malformed request line");
    req.method = first[0];
    const QByteArray target = first[1];
    const qsizetype q = target.indexOf('?');
    req.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    bool ok = true;
    const QByteArray lengthText = req.header("content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0)
        return refuse(400, "bad Content-Length");
    if (req.header("transfer-encoding").size() > 0)
        return refuse(411, "a Content-Length body is required");
    if (buf.size() - headerEnd - 4 < length)
        return; // more to come
    req.body = buf.mid(headerEnd + 4, length);
    m_buffers.remove(socket);
    if (m_upgrader && m_upgrader(req, socket))
        return;
    writeResponse(socket, m_handler(req));
}

QByteArray TlsHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    default:
        return "Error";
    }
}

void TlsHttpServer::writeResponse(QSslSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
                     "\r\nContent-Type: " + response.contentType +
                     "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                     "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost(); // after the bytes are written
}
