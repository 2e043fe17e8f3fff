#include "selftestsupport.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTextStream>

namespace selftest {

void Checker::expect(bool ok, const QString &what)
{
    QTextStream(stdout) << (ok ? "ok   " : "FAIL ") << what << Qt::endl;
    failures += ok ? 0 : 1;
}

QByteArray httpGet(int port, const QByteArray &path, bool *connected)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    *connected = socket.waitForConnected(2000);
    if (!*connected)
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000))
        data += socket.readAll();
    return data + socket.readAll();
}

int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

} // namespace selftest
