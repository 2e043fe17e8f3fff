#include "kubeapi.h"

#include "erlmcpmodel.h"
#include "fleet.h"
#include "jsonpatch.h"
#include "kubestatus.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>

namespace {

const QString kNs = QLatin1String(KubeApi::kNamespace);

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TlsHttpServer::Response status(int code, const char *reason, const QString &message)
{
    return {code, kubeStatus(code, reason, message)};
}

TlsHttpServer::Response notFound(const QString &what)
{
    return status(404, "NotFound", QStringLiteral("%1 not found").arg(what));
}

QJsonObject resource(const char *name, const char *kind, const QStringList &verbs)
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("singularName"), QString()},
            {QStringLiteral("namespaced"), true},
            {QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("verbs"), QJsonArray::fromStringList(verbs)}};
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    // Constant time in the token's length: a timing probe learns nothing about its prefix.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// One server-to-client WebSocket frame (RFC 6455, never masked), FIN set.
QByteArray wsFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray f;
    f.append(static_cast<char>(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(static_cast<char>(n));
    } else if (n < 65536) {
        f.append(static_cast<char>(126));
        f.append(static_cast<char>((n >> 8) & 0xff));
        f.append(static_cast<char>(n & 0xff));
    } else {
        f.append(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            f.append(static_cast<char>((static_cast<quint64>(n) >> shift) & 0xff));
    }
    return f + payload;
}

QByteArray channel(char ch, const QByteArray &data)
{
    return wsFrame(0x2, QByteArray(1, ch) + data);
}

} // namespace

KubeApi::KubeApi(Fleet *fleet, ErlmcpModel *model, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_model(model)
    , m_token(std::move(token))
    , m_server(
          QStringLiteral("Kubernetes API"), [this](const Request &r) { return handle(r); },
          [this](const Request &r, QSslSocket *s) { return upgrade(r, s); })
{
    const QString created = QStringLiteral("2024-06-01T00:00:00Z");
    m_service = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Service")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), QLatin1String(kService)},
             {QStringLiteral("namespace"), kNs},
             {QStringLiteral("uid"), QStringLiteral("5a1b0e2c-0000-4000-8000-00000000e41c")},
             {QStringLiteral("creationTimestamp"), created},
             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("erlmcp")}}},
             {QStringLiteral("annotations"),
              QJsonObject{{QLatin1String(kRegionsAnnotation), m_model->groups().join(QLatin1Char(','))}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("ClusterIP")},
             {QStringLiteral("clusterIP"), QStringLiteral("10.96.0.42")},
             {QStringLiteral("selector"), QJsonObject{{QStringLiteral("app"), QStringLiteral("erlmcp")}}},
             {QStringLiteral("ports"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http")},
                                     {QStringLiteral("protocol"), QStringLiteral("TCP")},
                                     {QStringLiteral("port"), 8080},
                                     {QStringLiteral("targetPort"), 8080}}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("loadBalancer"), QJsonObject{}}}}};
    m_pod = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QLatin1String(kPod)},
                     {QStringLiteral("namespace"), kNs},
                     {QStringLiteral("uid"), QStringLiteral("5a1b0e2c-0000-4000-8000-00000000e42d")},
                     {QStringLiteral("resourceVersion"), QStringLiteral("1")},
                     {QStringLiteral("creationTimestamp"), created},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("app"), QStringLiteral("erlmcp-session-manager")}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("containers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("session-manager")},
                                             {QStringLiteral("image"),
                                              QStringLiteral("erlmcp/session-manager:3 (simulated)")}}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                                               {QStringLiteral("podIP"), QStringLiteral("10.244.0.7")}}}};
}

bool KubeApi::listen(quint16 port, const QString &certFile, const QString &keyFile, QString *error)
{
    return m_server.listen(port, certFile, keyFile, error);
}

QString KubeApi::authProblem(const Request &req, int *code) const
{
    const QByteArray auth = req.header("authorization");
    if (!auth.startsWith("Bearer ")) {
        *code = 401;
        return QStringLiteral("Unauthorized");
    }
    if (!sameToken(auth.mid(7).trimmed(), m_token)) {
        // A token the API server does not know: the request is not authorised for anything.
        *code = 403;
        return QStringLiteral("forbidden: the bearer token is not valid for this cluster");
    }
    return {};
}

QJsonObject KubeApi::serviceObject() const
{
    QJsonObject o = m_service;
    QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("resourceVersion"), QString::number(m_resourceVersion));
    o.insert(QStringLiteral("metadata"), meta);
    return o;
}

KubeApi::Response KubeApi::handle(const Request &req)
{
    int code = 0;
    if (const QString problem = authProblem(req, &code); !problem.isEmpty())
        return status(code, code == 401 ? "Unauthorized" : "Forbidden", problem);
    const QByteArray &p = req.path;
    const bool get = req.method == "GET";
    if (p == "/version" && get)
        return {200, toJson({{QStringLiteral("major"), QStringLiteral("1")},
                             {QStringLiteral("minor"), QStringLiteral("32")},
                             {QStringLiteral("gitVersion"), QStringLiteral("v1.32.0-slaops-sim")},
                             {QStringLiteral("platform"), QStringLiteral("linux/amd64")}})};
    // Always the plain discovery documents: kubectl asks for the aggregated format first and,
    // seeing plain application/json come back, reads these.
    if (p == "/api" && get)
        return {200,
                toJson({{QStringLiteral("kind"), QStringLiteral("APIVersions")},
                        {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
                        {QStringLiteral("serverAddressByClientCIDRs"),
                         QJsonArray{QJsonObject{{QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                                                {QStringLiteral("serverAddress"),
                                                 QStringLiteral("127.0.0.1:%1").arg(m_server.port())}}}}})};
    if (p == "/apis" && get)
        return {200, toJson({{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                             {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                             {QStringLiteral("groups"), QJsonArray{}}})};
    if (p == "/api/v1" && get)
        return {200,
                toJson({{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                        {QStringLiteral("groupVersion"), QStringLiteral("v1")},
                        {QStringLiteral("resources"),
                         QJsonArray{resource("services", "Service",
                                             {QStringLiteral("get"), QStringLiteral("list"),
                                              QStringLiteral("patch")}),
                                    resource("pods", "Pod", {QStringLiteral("get"), QStringLiteral("list")}),
                                    resource("pods/exec", "PodExecOptions",
                                             {QStringLiteral("create"), QStringLiteral("get")})}}})};
    const QByteArray nsPrefix = "/api/v1/namespaces/";
    if (!p.startsWith(nsPrefix))
        return notFound(
            QStringLiteral("the server could not find the requested resource; %1").arg(QString::fromUtf8(p)));
    const QList<QByteArray> parts = p.mid(nsPrefix.size()).split('/');
    const QString ns = QString::fromUtf8(parts.value(0));
    const QByteArray kind = parts.value(1);
    const QString name = QString::fromUtf8(parts.value(2));
    if (parts.size() < 3 || parts.size() > 4 || name.isEmpty())
        return notFound(QStringLiteral("the server could not find the requested resource"));
    const bool isService = kind == "services" && name == QLatin1String(kService);
    const bool isPod = kind == "pods" && name == QLatin1String(kPod);
    if (ns != kNs || (!isService && !isPod) || (parts.size() == 4 && !(isPod && parts[3] == "exec")))
        return notFound(QStringLiteral("%1 \"%2\"").arg(QString::fromUtf8(kind), name));
    if (parts.size() == 4)
        return status(400, "BadRequest",
                      QStringLiteral("exec needs a WebSocket upgrade with the v5.channel.k8s.io "
                                     "or v4.channel.k8s.io subprotocol"));
    if (isService && get)
        return {200, toJson(serviceObject())};
    if (isService && req.method == "PATCH")
        return patchService(req);
    if (isPod && get)
        return {200, toJson(m_pod)};
    return status(405, "MethodNotAllowed",
                  QStringLiteral("%1 is not supported on %2")
                      .arg(QString::fromUtf8(req.method), QString::fromUtf8(kind)));
}

KubeApi::Response KubeApi::patchService(const Request &req)
{
    const QByteArray type = req.header("content-type").split(';').value(0).trimmed();
    QJsonParseError parseError;
    const QJsonDocument patchDoc = QJsonDocument::fromJson(req.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return status(400, "BadRequest",
                      QStringLiteral("the patch is not JSON: %1").arg(parseError.errorString()));
    const QJsonObject current = serviceObject();
    QJsonValue patched = current;
    if (type == "application/json-patch+json") {
        QString why;
        const QJsonValue ops =
            patchDoc.isArray() ? QJsonValue(patchDoc.array()) : QJsonValue(patchDoc.object());
        if (!jsonpatch::applyJsonPatch(patched, ops, &why))
            return status(422, "Invalid", QStringLiteral("the JSON patch cannot be applied: %1").arg(why));
    } else if (type == "application/merge-patch+json" || type == "application/strategic-merge-patch+json") {
        if (!patchDoc.isObject())
            return status(400, "BadRequest", QStringLiteral("a merge patch is a JSON object"));
        patched = jsonpatch::applyMergePatch(current, patchDoc.object());
    } else {
        return status(
            415, "UnsupportedMediaType",
            QStringLiteral("the body of the request was in an unknown format - accepted media types "
                           "include: application/json-patch+json, application/merge-patch+json, "
                           "application/strategic-merge-patch+json"));
    }
    QJsonObject next = patched.toObject();
    const QJsonObject meta = next.value(QStringLiteral("metadata")).toObject();
    const QString rv = meta.value(QStringLiteral("resourceVersion")).toString();
    if (rv != QString::number(m_resourceVersion))
        return status(
            409, "Conflict",
            QStringLiteral("Operation cannot be fulfilled on services \"%1\": the object has been modified; "
                           "please apply your changes to the latest version and try again")
                .arg(QLatin1String(kService)));
    if (next.value(QStringLiteral("kind")) != current.value(QStringLiteral("kind")) ||
        meta.value(QStringLiteral("name")) != QLatin1String(kService) ||
        meta.value(QStringLiteral("namespace")) != kNs ||
        next.value(QStringLiteral("spec")).toObject().value(QStringLiteral("clusterIP")) !=
            current.value(QStringLiteral("spec")).toObject().value(QStringLiteral("clusterIP")))
        return status(
            422, "Invalid",
            QStringLiteral("kind, metadata.name, metadata.namespace and spec.clusterIP are immutable"));
    // The regions that receive traffic: a comma-separated list of known regions, at least one.
    const QStringList groups = m_model->groups();
    const QString list = meta.value(QStringLiteral("annotations"))
                             .toObject()
                             .value(QLatin1String(kRegionsAnnotation))
                             .toString();
    std::vector<bool> traffic(static_cast<std::size_t>(groups.size()), false);
    const QStringList named = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &r : named) {
        const qsizetype i = groups.indexOf(r.trimmed());
        if (i < 0 || traffic[static_cast<std::size_t>(i)])
            return status(
                422, "Invalid",
                QStringLiteral("Service \"%1\" is invalid: metadata.annotations[%2]: \"%3\" is not a region "
                               "or is named twice (regions: %4)")
                    .arg(QLatin1String(kService), QLatin1String(kRegionsAnnotation), r,
                         groups.join(QStringLiteral(", "))));
        traffic[static_cast<std::size_t>(i)] = true;
    }
    if (named.isEmpty())
        return status(422, "Invalid",
                      QStringLiteral(
                          "Service \"%1\" is invalid: metadata.annotations[%2] must name at least one region")
                          .arg(QLatin1String(kService), QLatin1String(kRegionsAnnotation)));
    const bool dryRun = req.query.queryItemValue(QStringLiteral("dryRun")) == QLatin1String("All");
    if (dryRun || next == current)
        return {200, toJson(next)}; // the would-be object; nothing stored
    ++m_resourceVersion;
    QJsonObject stored = next;
    QJsonObject storedMeta = meta;
    storedMeta.remove(QStringLiteral("resourceVersion"));
    stored.insert(QStringLiteral("metadata"), storedMeta);
    m_service = stored;
    m_model->setTrafficRegions(std::move(traffic));
    return {200, toJson(serviceObject())};
}

bool KubeApi::upgrade(const Request &req, QSslSocket *socket)
{
    if (!req.header("upgrade").toLower().contains("websocket"))
        return false;
    int code = 0;
    auto refuse = [socket](const Response &r) {
        TlsHttpServer::writeResponse(socket, r);
        return true;
    };
    if (const QString problem = authProblem(req, &code); !problem.isEmpty())
        return refuse(status(code, code == 401 ? "Unauthorized" : "Forbidden", problem));
    if (req.path != QByteArray("/api/v1/namespaces/") + kNamespace + "/pods/" + kPod + "/exec")
        return refuse(notFound(QStringLiteral("the exec target %1").arg(QString::fromUtf8(req.path))));
    const QList<QByteArray> offered = req.header("sec-websocket-protocol").split(',');
    QByteArray protocol;
    for (const char *wanted : {"v5.channel.k8s.io", "v4.channel.k8s.io"}) {
        for (const QByteArray &o : offered) {
            if (protocol.isEmpty() && o.trimmed() == wanted)
                protocol = wanted;
        }
    }
    const QByteArray key = req.header("sec-websocket-key");
    if (protocol.isEmpty() || key.isEmpty())
        return refuse(
            status(400, "BadRequest", QStringLiteral("exec speaks v5.channel.k8s.io or v4.channel.k8s.io")));
    QStringList argv;
    for (const QString &c : req.query.allQueryItemValues(QStringLiteral("command"), QUrl::FullyDecoded))
        argv << c;
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Accept: " +
                     accept + "\r\nSec-WebSocket-Protocol: " + protocol + "\r\n\r\n";
    const ExecResult r = runCommand(argv);
    if (!r.out.isEmpty())
        out += channel(1, r.out);
    if (!r.err.isEmpty())
        out += channel(2, r.err);
    QJsonObject st{{QStringLiteral("metadata"), QJsonObject{}}};
    if (r.exitCode == 0) {
        st.insert(QStringLiteral("status"), QStringLiteral("Success"));
    } else {
        st.insert(QStringLiteral("status"), QStringLiteral("Failure"));
        st.insert(
            QStringLiteral("message"),
            QStringLiteral("command terminated with non-zero exit code: exit status %1").arg(r.exitCode));
        st.insert(QStringLiteral("reason"), QStringLiteral("NonZeroExitCode"));
        st.insert(
            QStringLiteral("details"),
            QJsonObject{{QStringLiteral("causes"),
                         QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("ExitCode")},
                                                {QStringLiteral("message"), QString::number(r.exitCode)}}}}});
    }
    out += channel(3, toJson(st));
    out += wsFrame(0x8, QByteArray("\x03\xe8", 2)); // close, 1000 normal
    // Whatever the client sends now (its close, pings) is read and dropped.
    connect(socket, &QSslSocket::readyRead, socket, [socket] { socket->readAll(); });
    socket->write(out);
    socket->disconnectFromHost();
    return true;
}

KubeApi::ExecResult KubeApi::runCommand(const QStringList &argv)
{
    ExecResult r;
    const QStringList groups = m_model->groups();
    if (argv.value(0) != QLatin1String("migrate-sessions")) {
        r.err =
            "sh: " + argv.value(0).toUtf8() + ": not found (the simulated pod runs only migrate-sessions)\n";
        r.exitCode = 127;
        return r;
    }
    QString target;
    QString from;
    bool dryRun = false;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv[i];
        if ((a == QLatin1String("--target") || a == QLatin1String("--from")) && i + 1 < argv.size())
            (a == QLatin1String("--target") ? target : from) = argv[++i];
        else if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else {
            r.err = "migrate-sessions: unexpected argument \"" + a.toUtf8() +
                    "\"\nusage: migrate-sessions --target REGION [--from REGION] [--dry-run]\n";
            r.exitCode = 2;
            return r;
        }
    }
    const qsizetype to = groups.indexOf(target);
    if (to < 0) {
        r.err = "migrate-sessions: --target must be one of " + groups.join(QStringLiteral(", ")).toUtf8() +
                ", got \"" + target.toUtf8() + "\"\n";
        r.exitCode = 2;
        return r;
    }
    const std::vector<bool> &traffic = m_model->trafficRegions();
    if (!traffic[static_cast<std::size_t>(to)]) {
        r.err = "migrate-sessions: " + target.toUtf8() +
                " receives no traffic (diverted in the Service); refusing\n";
        r.exitCode = 1;
        return r;
    }
    // Without --from: every region the Service no longer sends traffic to.
    std::vector<qsizetype> sources;
    if (!from.isEmpty()) {
        const qsizetype f = groups.indexOf(from);
        if (f < 0 || f == to) {
            r.err = "migrate-sessions: --from must be a region other than the target, got \"" +
                    from.toUtf8() + "\"\n";
            r.exitCode = 2;
            return r;
        }
        sources.push_back(f);
    } else {
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (!traffic[static_cast<std::size_t>(i)])
                sources.push_back(i);
        }
        if (sources.empty()) {
            r.err = "migrate-sessions: every region receives traffic; name the source with --from\n";
            r.exitCode = 1;
            return r;
        }
    }
    if (dryRun) {
        // What a real run would move, and nothing moved: the preview of the action. Nothing to move
        // is a failure, as it would make the action pointless.
        double total = 0.0;
        for (const qsizetype f : sources) {
            const double n = m_model->sessions(static_cast<std::size_t>(f));
            total += n;
            r.out += QStringLiteral("would migrate %1 sessions from %2 to %3 (dry run, nothing moved)\n")
                         .arg(static_cast<qint64>(n))
                         .arg(groups[f], target)
                         .toUtf8();
        }
        if (total < 1.0) {
            r.err += "migrate-sessions: no sessions to move to " + target.toUtf8() + "\n";
            r.exitCode = 1;
        }
        return r;
    }
    for (const qsizetype f : sources) {
        const ErlmcpModel::Migration m = m_model->migrateSessions(
            static_cast<std::size_t>(f), static_cast<std::size_t>(to), m_fleet->random());
        r.out += QStringLiteral("migrated %1 sessions from %2 to %3 (median failover %4 s)\n")
                     .arg(static_cast<qint64>(m.sessions))
                     .arg(groups[f], target)
                     .arg(m.medianSeconds, 0, 'f', 1)
                     .toUtf8();
    }
    return r;
}
