#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace slaops::config {
struct Profile;
}
namespace slaops::engine {
struct Snapshot;
}

namespace slaops::actions {

// What a person (the wizard, the CLI) asks for. Empty fields are chosen by the planner from the figures.
struct ActionRequest {
    ActionKind kind = ActionKind::DivertTraffic;
    QString from;                // divert-traffic, migrate-sessions: the region in trouble
    QStringList to;              // divert-traffic: the regions that keep traffic; migrate-sessions: one
    std::optional<qint64> limit; // rate-limit: requests per second; empty: from the capacity alert
    bool clearLimit = false;     // rate-limit: remove the limit (the rollback of a first limit)
    QString region;              // rate-limit: one region's limit; empty: the fleet's
    // Overrides of the profile for one run (--context, --api).
    QString context;
    QUrl api;
};

// Pure functions from the live snapshot and the profile to plans (DESIGN.md §3). No I/O, no event loop.
class Planner {
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    // Every name that reaches an argument list is validated (KubeNames); an invalid one gives a plan
    // with `error` set and no commands. A null snapshot gives pre-checks that fail ("no live figures").
    static Plan plan(const ActionRequest &request, const engine::Snapshot *snapshot,
                     const config::Profile &profile);

    // Completes `plan` from the output of its `read` command (Service JSON, the rate limit's JSON, the
    // session manager's status). A state that cannot be read as expected sets `error`.
    static Plan withState(Plan plan, const QByteArray &state);

    // The state key of a state read (see Plan::stateKey), to compare a second read with the first.
    static QString stateKey(const Plan &plan, const QByteArray &state);

    // The rollback of an applied plan: a plan of the same kind that restores plan.stateBefore, to be
    // completed by withState from a fresh read like any other (so it too refuses a changed object).
    static Plan rollback(const Plan &applied, const engine::Snapshot *snapshot,
                         const config::Profile &profile);

    // The regions that receive traffic according to a Service's JSON (annotation erlmcp.io/regions);
    // empty when it has none.
    static QStringList routedRegions(const QByteArray &serviceJson);
};

} // namespace slaops::actions
