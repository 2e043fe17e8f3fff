#include "scenario.h"

#include <array>
#include <utility>

namespace {

struct Entry {
    Scenario::Kind kind;
    const char *name;
    Scenario::TargetKind target;
};

// One table, so names, parsing and --help cannot drift apart.
constexpr std::array<Entry, 9> kScenarios{{
    {Scenario::Kind::Steady, "steady", Scenario::TargetKind::None},
    {Scenario::Kind::LatencySpike, "latency-spike", Scenario::TargetKind::Group},
    {Scenario::Kind::ErrorBurst, "error-burst", Scenario::TargetKind::Group},
    {Scenario::Kind::NodeDown, "node-down", Scenario::TargetKind::Node},
    {Scenario::Kind::RegionOutage, "region-outage", Scenario::TargetKind::Group},
    {Scenario::Kind::ReplicationLag, "replication-lag", Scenario::TargetKind::Group},
    {Scenario::Kind::SlowFailover, "slow-failover", Scenario::TargetKind::Group},
    {Scenario::Kind::ZoneOutage, "zone-outage", Scenario::TargetKind::Group},
    {Scenario::Kind::SettlementLag, "settlement-lag", Scenario::TargetKind::Group},
}};

} // namespace

std::optional<Scenario::Kind> Scenario::kindFromName(const QString &name)
{
    for (const Entry &e : kScenarios) {
        if (name == QLatin1StringView(e.name))
            return e.kind;
    }
    return std::nullopt;
}

QString Scenario::nameOf(Kind kind)
{
    for (const Entry &e : kScenarios) {
        if (e.kind == kind)
            return QString::fromLatin1(e.name);
    }
    return {};
}

Scenario::TargetKind Scenario::targetKindOf(Kind kind)
{
    for (const Entry &e : kScenarios) {
        if (e.kind == kind)
            return e.target;
    }
    return TargetKind::None;
}

QList<Scenario::Kind> Scenario::kinds()
{
    QList<Kind> out;
    for (const Entry &e : kScenarios)
        out << e.kind;
    return out;
}

QJsonObject Scenario::toJson() const
{
    return QJsonObject{{QStringLiteral("scenario"), name()}, {QStringLiteral("target"), m_target}};
}
