#include "prechecks.h"

#include "config/profile.h"
#include "engine/figureformat.h"
#include "engine/snapshot.h"
#include "regionhealth.h"

namespace slaops::actions {

const config::SlaSpec *PreChecks::slaWithRole(const config::Profile &profile, bool config::SlaSpec::*role)
{
    for (const config::SlaSpec &s : profile.slas)
        if (s.*role)
            return &s;
    return nullptr;
}

const engine::Figure *PreChecks::fleetFigure(const engine::Snapshot *snapshot, const config::SlaSpec *spec)
{
    return snapshot && spec ? snapshot->figure(spec->id) : nullptr;
}

PreCheck PreChecks::trouble(const RegionHealth &h, bool orDiverted)
{
    PreCheck c;
    c.what = orDiverted ? tr("%1 is in trouble or without traffic").arg(h.region)
                        : tr("%1 is in trouble").arg(h.region);
    c.passed = h.inTrouble() || (orDiverted && h.withoutTraffic);
    c.detail = h.summary();
    if (orDiverted && h.withoutTraffic)
        c.detail += tr("; its traffic figures have no data: no traffic is routed to it");
    return c;
}

PreCheck PreChecks::healthy(const RegionHealth &h, const QString &what)
{
    return PreCheck{what.arg(h.region), h.healthy(), h.summary()};
}

PreCheck PreChecks::noTrouble(const engine::Snapshot *snapshot)
{
    return PreCheck{tr("A region is in trouble"), false,
                    snapshot ? tr("no region has a figure past its target or alert") : tr("no live figures")};
}

// The live figures the plan relies on are current: a plan from old figures is a plan for a past outage.
PreCheck PreChecks::fresh(const engine::Snapshot *snapshot, const QStringList &regions,
                          const config::SlaSpec *fleetSla)
{
    PreCheck c{tr("Live figures are fresh"), false, {}};
    if (!snapshot) {
        c.detail = tr("no live figures");
        return c;
    }
    QStringList old;
    for (const engine::Figure &f : snapshot->figures) {
        const bool used = (!f.region.isEmpty() && regions.contains(f.region)) ||
                          (fleetSla && f.region.isEmpty() && f.id == fleetSla->id);
        if (used && (f.state == sla::State::Stale || f.state == sla::State::Error))
            old << (f.region.isEmpty() ? RegionHealth::describe(f)
                                       : tr("%1 in %2").arg(RegionHealth::describe(f), f.region));
    }
    c.passed = old.isEmpty();
    c.detail =
        c.passed ? tr("snapshot %1 of %2").arg(snapshot->generation).arg(snapshot->time.toString(Qt::ISODate))
                 : tr("not confirmed: %1").arg(old.join(QStringLiteral("; ")));
    return c;
}

// The receiving regions carry the fleet's throughput within their share of the capacity.
PreCheck PreChecks::capacity(const engine::Snapshot *snapshot, const config::Profile &profile,
                             qsizetype receivers)
{
    PreCheck c{tr("The receiving regions have the capacity"), false, {}};
    const config::SlaSpec *cap = PreChecks::slaWithRole(profile, &config::SlaSpec::capacity);
    if (!cap) {
        c.detail = tr("the profile names no SLA with the capacity role");
        return c;
    }
    const engine::Figure *f = PreChecks::fleetFigure(snapshot, cap);
    if (!f || !sla::isKnown(f->state)) {
        c.detail = f ? RegionHealth::describe(*f) : tr("%1: no live figure").arg(cap->name);
        return c;
    }
    const qsizetype all = std::max<qsizetype>(1, profile.regions.size());
    const double share = double(receivers) / double(all);
    // The capacity is the SLA's target; its alert is where the fleet is near it. Past the target
    // share the regions left cannot carry the load: the check fails. Past the alert share they can,
    // but the detail says they will be near their limit.
    const double atTarget = cap->target * share;
    const double atAlert = cap->alert * share;
    const bool within =
        cap->comparison == sla::Comparison::AtMost ? f->value <= atTarget : f->value >= atTarget;
    c.passed = within;
    const auto fmt = [cap](double v) { return engine::FigureFormat::value(v, cap->unit); };
    c.detail = tr("%1 %2 against %3 × %4/%5 = %6 (alert share %7 × %4/%5 = %8)")
                   .arg(cap->name, fmt(f->value), fmt(cap->target))
                   .arg(receivers)
                   .arg(all)
                   .arg(fmt(atTarget), fmt(cap->alert), fmt(atAlert));
    if (within && f->value > atAlert && cap->comparison == sla::Comparison::AtMost)
        c.detail += tr("; past the alert share: the regions left run near their capacity");
    return c;
}

// The fleet figures of the SLAs a region pulls past target or alert now: what diverting it mends.
std::vector<Effect> PreChecks::fleetEffects(const engine::Snapshot *snapshot, const config::Profile &profile,
                                            const QString &region)
{
    std::vector<Effect> out;
    if (!snapshot)
        return out;
    for (const engine::Figure &f : snapshot->figures) {
        if (f.region != region || (f.state != sla::State::Breach && f.state != sla::State::Warning))
            continue;
        const config::SlaSpec *spec = profile.sla(f.id);
        const engine::Figure *fleet = snapshot->figure(f.id);
        if (!spec || !fleet)
            continue;
        out.push_back(
            {spec->id,
             {},
             tr("%1 back within target (%2)").arg(spec->name, engine::FigureFormat::target(*fleet))});
    }
    return out;
}

} // namespace slaops::actions
