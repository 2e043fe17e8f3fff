#pragma once

#include "tlshttpserver.h"

#include <QJsonObject>
#include <QObject>

class ErlmcpModel;
class Fleet;

// The part of the Kubernetes API that kubectl needs for get, patch and exec on the simulated
// erlmcp deployment (packaging/prometheus/README.md, "Containment APIs"): /version, discovery,
// Service erlmcp-service (GET, PATCH with dryRun, resourceVersion conflicts) and Pod
// erlmcp-session-manager (GET, pods/exec over WebSocket) in namespace erlmcp. The Service's
// annotation erlmcp.io/regions says which regions receive traffic; patching it moves the load.
class KubeApi : public QObject {
    Q_OBJECT
public:
    static constexpr auto kNamespace = "erlmcp";
    static constexpr auto kService = "erlmcp-service";
    static constexpr auto kPod = "erlmcp-session-manager";
    static constexpr auto kRegionsAnnotation = "erlmcp.io/regions";

    KubeApi(Fleet *fleet, ErlmcpModel *model, QByteArray token, QObject *parent = nullptr);

    bool listen(quint16 port, const QString &certFile, const QString &keyFile, QString *error);
    QString url() const { return m_server.url(); }

private:
    using Request = TlsHttpServer::Request;
    using Response = TlsHttpServer::Response;

    Response handle(const Request &req);
    bool upgrade(const Request &req, QSslSocket *socket);
    Response patchService(const Request &req);
    // Runs the exec'd command: its stdout, stderr and exit code.
    struct ExecResult {
        QByteArray out;
        QByteArray err;
        int exitCode = 0;
    };
    ExecResult runCommand(const QStringList &argv);
    QJsonObject serviceObject() const;
    QString authProblem(const Request &req, int *status) const;

    Fleet *m_fleet;
    ErlmcpModel *m_model;
    QByteArray m_token;
    QJsonObject m_service; // the stored object; its annotation drives the model
    QJsonObject m_pod;
    qint64 m_resourceVersion = 1;
    TlsHttpServer m_server;
};
