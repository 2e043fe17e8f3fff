#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace slaops::actions {

// The second step of a plan (Planner::withState): what `read` returned becomes `apply`, `dryRun`,
// `stateBefore` and `stateKey`. Pure; kept apart from the planner's first step, which works from
// the figures, because this one works from the objects' own JSON.
class PlanState {
    Q_DECLARE_TR_FUNCTIONS(PlanState)

public:
    // Each completes `plan` from `state` and returns an empty string, or why the state cannot be used.
    static QString completeDivert(Plan &plan, const QByteArray &state);
    static QString completeRateLimit(Plan &plan, const QByteArray &state);
    static QString completeMigrate(Plan &plan, const QByteArray &state);

    // Plan::stateKey of a state; empty when the state is not what `kind` reads.
    static QString key(ActionKind kind, const QJsonObject &parameters, const QByteArray &state);
    static QStringList routedRegions(const QByteArray &serviceJson);

    // The Service annotation that routes traffic, and its JSON-patch path (RFC 6901: '/' is "~1").
    static QString regionsAnnotation() { return QStringLiteral("erlmcp.io/regions"); }
    static QString regionsPath() { return QStringLiteral("/metadata/annotations/erlmcp.io~1regions"); }
};

} // namespace slaops::actions
