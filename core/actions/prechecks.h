#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace slaops::config {
struct Profile;
struct SlaSpec;
} // namespace slaops::config
namespace slaops::engine {
struct Figure;
struct Snapshot;
} // namespace slaops::engine

namespace slaops::actions {

struct RegionHealth;

// The pre-checks and effects the planner builds from the figures (pure). Each check carries the
// figures behind it in its detail; an unknown figure fails a check, never passes it.
class PreChecks {
    Q_DECLARE_TR_FUNCTIONS(PreChecks)

public:
    // The SLA holding a profile role (SlaSpec::capacity, ::sessionFailover), or null.
    static const config::SlaSpec *slaWithRole(const config::Profile &profile, bool config::SlaSpec::*role);
    // The fleet-wide figure of `spec` in the snapshot, or null.
    static const engine::Figure *fleetFigure(const engine::Snapshot *snapshot, const config::SlaSpec *spec);

    // "R is in trouble" (or, for a session migration, "... or without traffic").
    static PreCheck trouble(const RegionHealth &h, bool orDiverted);
    // `what` with %1 the region: "%1 is healthy", "%1 is healthy again".
    static PreCheck healthy(const RegionHealth &h, const QString &what);
    // The failing check when no region is in trouble (or there are no figures).
    static PreCheck noTrouble(const engine::Snapshot *snapshot);
    // The figures of `regions` and the fleet figure of `fleetSla` are neither Stale nor Error.
    static PreCheck fresh(const engine::Snapshot *snapshot, const QStringList &regions,
                          const config::SlaSpec *fleetSla);
    // `receivers` of the profile's regions carry the fleet's throughput (the capacity SLA's figure).
    static PreCheck capacity(const engine::Snapshot *snapshot, const config::Profile &profile,
                             qsizetype receivers);
    // The fleet figures of the SLAs `region` breaches or warns in now: what diverting it mends.
    static std::vector<Effect> fleetEffects(const engine::Snapshot *snapshot, const config::Profile &profile,
                                            const QString &region);
};

} // namespace slaops::actions
