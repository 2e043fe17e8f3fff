#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the simulated fleet is doing right now. A plain value: the fleet validates the target
// (a group of nodes, i.e. a region or a zone, or a node name) because only it knows which names
// exist, and its service model says which kinds it simulates.
class Scenario {
public:
    enum class Kind {
        Steady,
        LatencySpike,   // target: group
        ErrorBurst,     // target: group
        NodeDown,       // target: node
        RegionOutage,   // target: group (erlmcp)
        ReplicationLag, // target: group (erlmcp)
        SlowFailover,   // target: group (erlmcp)
        ZoneOutage,     // target: group (ledger)
        SettlementLag,  // target: group (ledger)
    };
    enum class TargetKind { None, Group, Node };

    Scenario() = default;
    Scenario(Kind kind, QString target)
        : m_kind(kind)
        , m_target(std::move(target))
    {
    }

    static std::optional<Kind> kindFromName(const QString &name);
    static QString nameOf(Kind kind);
    static TargetKind targetKindOf(Kind kind);
    // Every kind in table order, whatever the service; a service model picks its own.
    static QList<Kind> kinds();

    Kind kind() const { return m_kind; }
    QString name() const { return nameOf(m_kind); }
    const QString &target() const { return m_target; }
    TargetKind targetKind() const { return targetKindOf(m_kind); }

    // True when the scenario affects the given group as a whole (not for node-down).
    bool hitsGroup(Kind kind, const QString &group) const { return m_kind == kind && m_target == group; }

    QJsonObject toJson() const;

private:
    Kind m_kind = Kind::Steady;
    QString m_target;
};
