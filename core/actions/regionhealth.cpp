#include "regionhealth.h"

#include "config/profile.h"
#include "engine/figureformat.h"
#include "engine/snapshot.h"

namespace slaops::actions {

QString RegionHealth::describe(const engine::Figure &f)
{
    if (!sla::isKnown(f.state))
        return tr("%1: %2").arg(f.name, sla::stateLabel(f.state));
    return tr("%1 %2 (%3)").arg(f.name, engine::FigureFormat::value(f), engine::FigureFormat::target(f));
}

QString RegionHealth::summary() const
{
    QStringList parts;
    if (figures == 0)
        return tr("%1: no figures in the snapshot").arg(region);
    if (!breaching.isEmpty())
        parts << tr("past target: %1").arg(breaching.join(QStringLiteral("; ")));
    if (!warning.isEmpty())
        parts << tr("past alert: %1").arg(warning.join(QStringLiteral("; ")));
    if (!unknown.isEmpty())
        parts << tr("unknown: %1").arg(unknown.join(QStringLiteral("; ")));
    if (parts.isEmpty())
        parts << tr("every figure within target");
    return tr("%1: %2").arg(region, parts.join(QStringLiteral(", ")));
}

RegionHealth RegionHealth::assess(const engine::Snapshot *snapshot, const config::Profile &profile,
                                  const QString &region)
{
    RegionHealth h;
    h.region = region;
    if (!snapshot)
        return h;
    int trafficFigures = 0;
    int trafficNoData = 0;
    bool knownElsewhere = false;
    for (const engine::Figure &f : snapshot->figures) {
        if (f.region != region) {
            knownElsewhere = knownElsewhere || sla::isKnown(f.state);
            continue;
        }
        ++h.figures;
        switch (f.state) {
        case sla::State::Breach:
            h.breaching << describe(f);
            break;
        case sla::State::Warning:
            h.warning << describe(f);
            break;
        case sla::State::Ok:
            h.ok << describe(f);
            break;
        case sla::State::NoData:
        case sla::State::Stale:
        case sla::State::Error:
            h.unknown << describe(f);
            break;
        }
        // Traffic figures: the region's share of a regional SLA other than the nodes' own uptime.
        if (const config::SlaSpec *spec = profile.sla(f.id); spec && spec->regional && !spec->regionUptime) {
            ++trafficFigures;
            trafficNoData += f.state == sla::State::NoData ? 1 : 0;
        }
    }
    h.withoutTraffic = trafficFigures > 0 && trafficNoData == trafficFigures && knownElsewhere;
    return h;
}

std::optional<RegionHealth> RegionHealth::worst(const engine::Snapshot *snapshot,
                                                const config::Profile &profile)
{
    std::optional<RegionHealth> worst;
    for (const config::RegionSpec &r : profile.regions) {
        RegionHealth h = assess(snapshot, profile, r.name);
        if (!h.inTrouble())
            continue;
        if (!worst || h.breaching.size() > worst->breaching.size() ||
            (h.breaching.size() == worst->breaching.size() && h.warning.size() > worst->warning.size()))
            worst = std::move(h);
    }
    return worst;
}

} // namespace slaops::actions
