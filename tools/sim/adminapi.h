#pragma once

#include "tlshttpserver.h"

#include <QObject>

class ErlmcpModel;

// The simulated erlmcp admin REST API (packaging/prometheus/README.md, "Containment APIs"):
//   GET  /api/rate-limit                      {"limit": N|null, "regions": {"eu-west-1": N|null, ...}}
//   POST /api/rate-limit {"limit": N[, "region": R]}  N > 0 sets, null clears; answers the new state
// Bearer token required (401 without or with a wrong one), JSON errors (400 bad JSON or limit).
class AdminApi : public QObject {
    Q_OBJECT
public:
    static constexpr double kMaxLimit = 1e7;

    AdminApi(ErlmcpModel *model, QByteArray token, QObject *parent = nullptr);
    bool listen(quint16 port, const QString &certFile, const QString &keyFile, QString *error);
    QString url() const { return m_server.url(); }

private:
    TlsHttpServer::Response handle(const TlsHttpServer::Request &req);
    TlsHttpServer::Response state() const;

    ErlmcpModel *m_model;
    QByteArray m_token;
    TlsHttpServer m_server;
};
