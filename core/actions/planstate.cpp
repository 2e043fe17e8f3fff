#include "planstate.h"

#include "kubenames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace slaops::actions {

namespace {

// The JSON object `read` returned, or why it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &state, const QString &what, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(state, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            pe.error != QJsonParseError::NoError
                ? PlanState::tr("%1: not JSON (%2 at offset %3)").arg(what, pe.errorString()).arg(pe.offset)
                : PlanState::tr("%1: not a JSON object").arg(what);
        return std::nullopt;
    }
    return doc.object();
}

// A Kubernetes object of `kind`: its metadata, or why the JSON is not such an object.
std::optional<QJsonObject> kubeObject(const QByteArray &state, const QString &kind, QString *error)
{
    std::optional<QJsonObject> o = parseObject(state, kind, error);
    if (!o)
        return std::nullopt;
    if (o->value(QStringLiteral("kind")).toString() != kind) {
        *error = PlanState::tr("%1: the answer is a \"%2\", not a %1")
                     .arg(kind, o->value(QStringLiteral("kind")).toString());
        return std::nullopt;
    }
    if (!o->value(QStringLiteral("metadata")).isObject()) {
        *error = PlanState::tr("%1: the answer has no metadata").arg(kind);
        return std::nullopt;
    }
    return o;
}

struct Routing {
    QString resourceVersion;
    bool annotated = false;     // the annotation is there (as a string)
    bool hasAnnotations = true; // metadata.annotations is there
    QString value;              // the annotation as written
};

Routing routingOf(const QJsonObject &service)
{
    const QJsonObject meta = service.value(QStringLiteral("metadata")).toObject();
    Routing r;
    r.resourceVersion = meta.value(QStringLiteral("resourceVersion")).toString();
    r.hasAnnotations = meta.value(QStringLiteral("annotations")).isObject();
    const QJsonValue v =
        meta.value(QStringLiteral("annotations")).toObject().value(PlanState::regionsAnnotation());
    r.annotated = v.isString();
    r.value = v.toString();
    return r;
}

QStringList splitRegions(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

// The kubectl arguments every command of the plan starts with, and the object's name: the read
// command has both (--context C --namespace N get KIND -o json -- NAME), validated when planned.
// --context and --namespace of the target the confirmation names; empty when either is not a valid
// name (a plan may come back from the audit log, so they are checked again here).
QStringList baseOf(const Plan &plan, QString *error)
{
    if (QString why = KubeNames::context(plan.target.context, QStringLiteral("--context")); !why.isEmpty())
        *error = why;
    else if (QString why2 = KubeNames::label(plan.target.nameSpace, QStringLiteral("--namespace"));
             !why2.isEmpty())
        *error = why2;
    else
        return {QStringLiteral("--context"), plan.target.context, QStringLiteral("--namespace"),
                plan.target.nameSpace};
    return {};
}

QJsonObject op(const char *name, const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject o{{QStringLiteral("op"), QLatin1String(name)}, {QStringLiteral("path"), path}};
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

std::optional<QJsonValue> scopeLimit(const QJsonObject &limits, const QString &region, QString *error)
{
    const QJsonValue fleet = limits.value(QStringLiteral("limit"));
    if (!fleet.isNull() && !fleet.isDouble()) {
        *error = PlanState::tr("rate limit: the answer has no \"limit\" (a number or null)");
        return std::nullopt;
    }
    if (region.isEmpty())
        return fleet;
    const QJsonValue v = limits.value(QStringLiteral("regions")).toObject().value(region);
    if (v.isUndefined() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (!v.isDouble()) {
        *error = PlanState::tr("rate limit: the limit of %1 is not a number").arg(region);
        return std::nullopt;
    }
    return v;
}

QString limitText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : QStringLiteral("null");
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList PlanState::routedRegions(const QByteArray &serviceJson)
{
    QString error;
    const std::optional<QJsonObject> o = parseObject(serviceJson, QStringLiteral("Service"), &error);
    return o ? splitRegions(routingOf(*o).value) : QStringList();
}

QString PlanState::completeDivert(Plan &plan, const QByteArray &state)
{
    QString error;
    const std::optional<QJsonObject> service = kubeObject(state, QStringLiteral("Service"), &error);
    if (!service)
        return error;
    const Routing routing = routingOf(*service);
    const QJsonObject &p = plan.parameters;
    const QStringList routed =
        routing.annotated ? splitRegions(routing.value) : stringList(p.value(QStringLiteral("regions")));
    const QString path = regionsPath();

    QJsonArray patch;
    QJsonValue after;
    if (const QJsonObject undo = p.value(QStringLiteral("undo")).toObject(); !undo.isEmpty()) {
        // A rollback restores the state before the action, and only over the value the action set.
        const QString expect = undo.value(QStringLiteral("expect")).toString();
        if (!routing.annotated || routing.value != expect)
            return tr("the Service changed since the action: it routes to %1, the action set %2")
                .arg(routing.annotated ? routing.value : tr("every region (no annotation)"), expect);
        after = undo.value(QStringLiteral("restore"));
        patch.append(op("test", path, routing.value));
        patch.append(after.isString() ? op("replace", path, after) : op("remove", path));
    } else {
        const QString from = p.value(QStringLiteral("from")).toString();
        if (from.isEmpty())
            return tr("no region in trouble to divert traffic from");
        if (!routed.contains(from))
            return tr("%1 is already diverted: the Service routes to %2")
                .arg(from, routed.join(QStringLiteral(",")));
        QStringList next = routed;
        next.removeAll(from);
        if (p.value(QStringLiteral("toGiven")).toBool())
            next = stringList(p.value(QStringLiteral("to")));
        if (next.isEmpty())
            return tr("no region would keep traffic");
        for (const QString &r : next)
            if (QString why = KubeNames::label(r, tr("region")); !why.isEmpty())
                return why;
        after = next.join(QLatin1Char(','));
        if (routing.annotated) {
            patch.append(op("test", path, routing.value));
            patch.append(op("replace", path, after));
        } else {
            // No value to test: the resourceVersion stands for it, so a changed object is refused.
            if (!routing.resourceVersion.isEmpty())
                patch.append(
                    op("test", QStringLiteral("/metadata/resourceVersion"), routing.resourceVersion));
            if (routing.hasAnnotations)
                patch.append(op("add", path, after));
            else
                patch.append(op("add", QStringLiteral("/metadata/annotations"),
                                QJsonObject{{regionsAnnotation(), after}}));
        }
    }
    const QString patchText = compact(patch);
    // The object the confirmation names, checked again: a plan may come back from the audit log.
    const QString name = plan.target.name;
    if (QString why = KubeNames::serviceName(name, tr("service")); !why.isEmpty())
        return why;
    QString baseError;
    const QStringList base = baseOf(plan, &baseError);
    if (!baseError.isEmpty())
        return baseError;
    const QStringList patchArgs{QStringLiteral("patch"), QStringLiteral("service"),
                                QStringLiteral("--type=json"), QStringLiteral("-p=") + patchText};
    const QStringList tail{QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--"), name};
    plan.apply =
        Command{Command::Type::Kubectl, base + patchArgs + tail, {}, {}, {}, tr("patch the Service")};
    plan.dryRun = Command{Command::Type::Kubectl,
                          base + patchArgs + QStringList{QStringLiteral("--dry-run=server")} + tail,
                          {},
                          {},
                          {},
                          tr("server dry run of the patch")};
    plan.stateBefore = state;
    plan.stateKey = routing.resourceVersion + QLatin1Char('|') + routing.value;
    plan.parameters.insert(QStringLiteral("before"),
                           routing.annotated ? QJsonValue(routing.value) : QJsonValue());
    plan.parameters.insert(QStringLiteral("after"), after);
    return {};
}

QString PlanState::completeRateLimit(Plan &plan, const QByteArray &state)
{
    QString error;
    const std::optional<QJsonObject> limits = parseObject(state, tr("rate limit"), &error);
    if (!limits)
        return error;
    const QString region = plan.parameters.value(QStringLiteral("region")).toString();
    const std::optional<QJsonValue> current = scopeLimit(*limits, region, &error);
    if (!current)
        return error;
    if (const QJsonObject undo = plan.parameters.value(QStringLiteral("undo")).toObject(); !undo.isEmpty()) {
        const QJsonValue expect = undo.value(QStringLiteral("expect"));
        if (limitText(*current) != limitText(expect))
            return tr("the rate limit changed since the action: it is %1, the action set %2")
                .arg(limitText(*current), limitText(expect));
    }
    QJsonObject body{{QStringLiteral("limit"), plan.parameters.value(QStringLiteral("limit"))}};
    if (!region.isEmpty())
        body.insert(QStringLiteral("region"), region);
    plan.apply = Command{Command::Type::Http,
                         {},
                         "POST",
                         plan.read.url,
                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                         tr("set the rate limit")};
    plan.dryRun = Command{};
    plan.dryRun.purpose =
        tr("the admin API has no dry run: the preview shows the request and the limit it replaces");
    plan.stateBefore = state;
    plan.stateKey = limitText(*current);
    plan.parameters.insert(QStringLiteral("before"), *current);
    return {};
}

QString PlanState::completeMigrate(Plan &plan, const QByteArray &state)
{
    QString error;
    const std::optional<QJsonObject> pod = kubeObject(state, QStringLiteral("Pod"), &error);
    if (!pod)
        return error;
    const QString phase =
        pod->value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString();
    if (phase != QLatin1String("Running"))
        return tr("the session manager Pod is not Running (phase: %1)")
            .arg(phase.isEmpty() ? tr("none") : phase);
    const QString from = plan.parameters.value(QStringLiteral("from")).toString();
    const QString to = plan.parameters.value(QStringLiteral("to")).toString();
    if (from.isEmpty() || to.isEmpty() || from == to)
        return tr("no pair of regions to migrate sessions between");
    for (const QString &r : {from, to})
        if (QString why = KubeNames::label(r, tr("region")); !why.isEmpty())
            return why;
    const QString name = plan.target.name;
    if (QString why = KubeNames::subdomain(name, tr("session manager pod")); !why.isEmpty())
        return why;
    QString baseError;
    const QStringList base = baseOf(plan, &baseError);
    if (!baseError.isEmpty())
        return baseError;
    const QStringList exec =
        base + QStringList{QStringLiteral("exec"),     name,
                           QStringLiteral("--"),       QStringLiteral("migrate-sessions"),
                           QStringLiteral("--target"), to,
                           QStringLiteral("--from"),   from};
    plan.apply = Command{Command::Type::Kubectl, exec, {}, {}, {}, tr("migrate the sessions")};
    plan.dryRun =
        Command{Command::Type::Kubectl,        exec + QStringList{QStringLiteral("--dry-run")}, {}, {}, {},
                tr("dry run of the migration")};
    plan.stateBefore = state;
    plan.stateKey =
        pod->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
    return {};
}

QString PlanState::key(ActionKind kind, const QJsonObject &parameters, const QByteArray &state)
{
    QString error;
    switch (kind) {
    case ActionKind::DivertTraffic:
        if (const std::optional<QJsonObject> s = kubeObject(state, QStringLiteral("Service"), &error)) {
            const Routing r = routingOf(*s);
            return r.resourceVersion + QLatin1Char('|') + r.value;
        }
        return {};
    case ActionKind::RateLimit:
        if (const std::optional<QJsonObject> s = parseObject(state, {}, &error))
            if (const std::optional<QJsonValue> v =
                    scopeLimit(*s, parameters.value(QStringLiteral("region")).toString(), &error))
                return limitText(*v);
        return {};
    case ActionKind::MigrateSessions:
        if (const std::optional<QJsonObject> s = kubeObject(state, QStringLiteral("Pod"), &error))
            return s->value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("resourceVersion"))
                .toString();
        return {};
    }
    return {};
}

} // namespace slaops::actions
