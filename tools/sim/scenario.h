#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// What the simulated fleet is doing right now. A plain value: the fleet validates the target
// (region or node name) because only it knows which names exist.
class Scenario {
public:
    enum class Kind {
        Steady,
        LatencySpike,   // target: region
        ErrorBurst,     // target: region
        NodeDown,       // target: node
        RegionOutage,   // target: region
        ReplicationLag, // target: region
        SlowFailover,   // target: region
    };
    enum class TargetKind { None, Region, Node };

    Scenario() = default;
    Scenario(Kind kind, QString target)
        : m_kind(kind)
        , m_target(std::move(target))
    {
    }

    static std::optional<Kind> kindFromName(const QString &name);
    static QString nameOf(Kind kind);
    static TargetKind targetKindOf(Kind kind);
    static QStringList names();

    Kind kind() const { return m_kind; }
    QString name() const { return nameOf(m_kind); }
    const QString &target() const { return m_target; }
    TargetKind targetKind() const { return targetKindOf(m_kind); }

    // True when the scenario affects the given region as a whole (not for node-down).
    bool hitsRegion(Kind kind, const QString &region) const { return m_kind == kind && m_target == region; }

    QJsonObject toJson() const;

private:
    Kind m_kind = Kind::Steady;
    QString m_target;
};
