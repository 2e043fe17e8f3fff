// TEMPORARY, until the planner (core/actions/plan.cpp, planner.cpp, verification.cpp on wip-plan)
// lands: the functions the runner and `slaops action` call, so that the binaries link and the runner
// is tested with plans made by hand. sources.cmake compiles this file only while one of those files
// is missing, and each part only while its own file is (SLAOPS_HAVE_*). Delete it once they landed.
#include "actions/plan.h"
#include "actions/planner.h"
#include "actions/verification.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace slaops::actions {

#ifndef SLAOPS_HAVE_PLAN_CPP

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

std::optional<ActionKind> actionFromName(const QString &name)
{
    for (ActionKind k : {ActionKind::DivertTraffic, ActionKind::RateLimit, ActionKind::MigrateSessions})
        if (actionName(k) == name)
            return k;
    return std::nullopt;
}

std::optional<Plan> Plan::fromJson(const QJsonObject &)
{
    return std::nullopt;
}
#endif

#ifndef SLAOPS_HAVE_VERIFICATION_CPP
QJsonObject Verification::toJson() const
{
    return {{QStringLiteral("refreshesSeen"), refreshesSeen}};
}

QString verdictName(EffectVerdict)
{
    return QStringLiteral("unknown");
}

Verification Verifier::start(const Plan &, const engine::Snapshot *, int refreshesWanted)
{
    Verification v;
    v.refreshesWanted = refreshesWanted;
    return v;
}

Verification Verifier::update(Verification v, const engine::Snapshot &, quint64)
{
    ++v.refreshesSeen;
    v.overall = EffectVerdict::Unknown;
    return v;
}

QString Verifier::describe(const EffectCheck &c)
{
    return c.effect.text;
}
#endif

#ifndef SLAOPS_HAVE_PLANNER_CPP
Plan Planner::plan(const ActionRequest &request, const engine::Snapshot *, const config::Profile &)
{
    Plan p;
    p.kind = request.kind;
    p.error = QStringLiteral("the planner has not landed in this build");
    return p;
}

Plan Planner::rollback(const Plan &applied, const engine::Snapshot *, const config::Profile &)
{
    Plan p = applied;
    p.error = QStringLiteral("the planner has not landed in this build");
    return p;
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
#endif

} // namespace slaops::actions
