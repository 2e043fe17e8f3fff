#pragma once

#include "config/profile.h"
#include "plan.h"
#include "sla/state.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cmath>
#include <vector>

namespace slaops::engine {
struct Snapshot;
}

namespace slaops::actions {

// After an action: is each affected figure back within its target (DESIGN.md §3: pure)?
enum class EffectVerdict {
    Pending,   // no refresh since the action yet
    Recovered, // back within its target (Ok or Warning: the SLA holds)
    NotYet,    // still past its target, no further from it than before the action
    Worse,     // further from its target than before the action
    Unknown,   // no value to judge by: NoData, Stale or Error now (never counted as recovered)
};
QString verdictName(EffectVerdict v); // "recovered", "not-yet", "worse", "unknown", "pending"

struct EffectCheck {
    Effect effect;
    double before = NAN; // the figure when the action was applied
    double now = NAN;
    sla::State stateBefore = sla::State::NoData;
    sla::State stateNow = sla::State::NoData;
    EffectVerdict verdict = EffectVerdict::Pending;
    // The figure's own terms, from the snapshots, for describe(): name, unit, comparison and target.
    QString name;
    config::Unit unit = config::Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtMost;
    double target = NAN;
};

struct Verification {
    int refreshesSeen = 0;      // refreshes since the action
    int refreshesWanted = 6;    // Containment::verifyRefreshes
    quint64 lastGeneration = 0; // the newest snapshot seen: the same refresh given twice counts once
    std::vector<EffectCheck> checks;
    // Worst of the checks: Worse > Unknown > NotYet > Recovered; Pending until a refresh was seen.
    EffectVerdict overall = EffectVerdict::Pending;
    bool done() const { return refreshesSeen >= refreshesWanted || overall == EffectVerdict::Recovered; }
    QJsonObject toJson() const; // for the audit log
};

class Verifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    // `before`: the snapshot current when the action was applied; `now`: the newest one. Snapshots
    // older than or equal to `before` (by generation) do not count as a refresh seen.
    static Verification start(const Plan &plan, const engine::Snapshot *before, int refreshesWanted);
    static Verification update(Verification v, const engine::Snapshot &now, quint64 beforeGeneration);
    // For people: "Recovered: error rate 0.004 % (target 0.01 %)".
    static QString describe(const EffectCheck &c);
};

} // namespace slaops::actions
