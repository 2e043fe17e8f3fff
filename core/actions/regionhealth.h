#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace slaops::config {
struct Profile;
}
namespace slaops::engine {
struct Figure;
struct Snapshot;
} // namespace slaops::engine

namespace slaops::actions {

// What one region's own figures say, for the planner's choices and pre-checks (pure). A region's
// figures are those of the snapshot with its name as region: its share of each regional SLA and the
// figures only regions have (RTO, RPO, network latency).
struct RegionHealth {
    Q_DECLARE_TR_FUNCTIONS(RegionHealth)

public:
    QString region;
    int figures = 0;
    QStringList breaching; // "Error rate 2.30 % (SLA ≤ 0.01 %)"
    QStringList warning;
    QStringList ok;
    QStringList unknown; // NoData, Stale or Error: "P95 response time: Stale"
    // The region's traffic figures all have no data while the rest of the snapshot has: nothing is
    // routed to it (a region without traffic has no error rate or latency, only its nodes' uptime).
    bool withoutTraffic = false;

    bool inTrouble() const { return !breaching.isEmpty() || !warning.isEmpty(); }
    // Unknown figures never make a region healthy: every figure known and none past its target.
    bool healthy() const { return figures > 0 && breaching.isEmpty() && unknown.isEmpty(); }
    // Everything the figures say, for a pre-check's detail.
    QString summary() const;

    static RegionHealth assess(const engine::Snapshot *snapshot, const config::Profile &profile,
                               const QString &region);
    // The region in the worst trouble: the most breaching figures, then the most warnings (profile
    // order breaks ties); none when no region is in trouble.
    static std::optional<RegionHealth> worst(const engine::Snapshot *snapshot,
                                             const config::Profile &profile);
    // "Error rate 2.30 % (SLA ≤ 0.01 %)", or "Error rate: No data" for an unknown figure.
    static QString describe(const engine::Figure &figure);
};

} // namespace slaops::actions
