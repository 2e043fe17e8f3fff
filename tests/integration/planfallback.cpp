// Until the planner (core/actions/plan.cpp, planner.cpp, verification.cpp on wip-plan) lands, the
// few of its functions the runner calls, so that tst_actionrunner builds and runs the runner with
// plans made by hand. CMake compiles this file only while core/actions/planner.cpp is absent.
#include "actions/plan.h"
#include "actions/planner.h"
#include "actions/verification.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace slaops::actions {

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::DivertTraffic:
        return QStringLiteral("divert-traffic");
    case ActionKind::RateLimit:
        return QStringLiteral("rate-limit");
    case ActionKind::MigrateSessions:
        return QStringLiteral("migrate-sessions");
    }
    return {};
}

QString Command::display() const
{
    if (type == Type::Http)
        return QString::fromLatin1(method) + QLatin1Char(' ') + url.toString() + QLatin1Char(' ') +
               QString::fromUtf8(body);
    return QStringLiteral("kubectl ") + args.join(QLatin1Char(' '));
}

QJsonObject Command::toJson() const
{
    return {{QStringLiteral("display"), display()}};
}

QJsonObject Plan::toJson() const
{
    return {{QStringLiteral("kind"), actionName(kind)},
            {QStringLiteral("title"), title},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("apply"), apply.toJson()},
            {QStringLiteral("stateBefore"), QString::fromUtf8(stateBefore)},
            {QStringLiteral("stateKey"), stateKey},
            {QStringLiteral("isRollback"), isRollback}};
}

QJsonObject Verification::toJson() const
{
    return {{QStringLiteral("refreshesSeen"), refreshesSeen}};
}

QString Planner::stateKey(const Plan &, const QByteArray &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state).object();
    const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    if (!meta.isEmpty())
        return meta.value(QStringLiteral("resourceVersion")).toString() + QLatin1Char('/') +
               meta.value(QStringLiteral("annotations"))
                   .toObject()
                   .value(QStringLiteral("erlmcp.io/regions"))
                   .toString();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Plan Planner::withState(Plan plan, const QByteArray &state)
{
    plan.stateBefore = state;
    plan.stateKey = stateKey(plan, state);
    return plan;
}

} // namespace slaops::actions
