#include "verification.h"

#include "engine/figureformat.h"
#include "engine/snapshot.h"

#include <QJsonArray>
#include <algorithm>

namespace slaops::actions {

namespace {

// How far a value is past its target, in the figure's own direction: positive past it, 0 or less within.
double gap(double value, sla::Comparison cmp, double target)
{
    return cmp == sla::Comparison::AtMost ? value - target : target - value;
}

constexpr double kWorseTolerance = 0.01; // relative: noise between two refreshes is not "worse"

EffectVerdict judge(const EffectCheck &c)
{
    if (!sla::isKnown(c.stateNow) || !std::isfinite(c.now) || !std::isfinite(c.target))
        return EffectVerdict::Unknown;
    const double now = gap(c.now, c.comparison, c.target);
    if (now <= 0)
        return EffectVerdict::Recovered;
    if (!std::isfinite(c.before))
        return EffectVerdict::NotYet;
    const double before = std::max(0.0, gap(c.before, c.comparison, c.target));
    // Relative to the distance before, with a floor of the target's own scale for a figure that was
    // within its target before (distance 0).
    const double tolerance = kWorseTolerance * std::max(before, std::abs(c.target) * 1e-6);
    return now > before + tolerance ? EffectVerdict::Worse : EffectVerdict::NotYet;
}

int severity(EffectVerdict v)
{
    switch (v) {
    case EffectVerdict::Recovered:
        return 0;
    case EffectVerdict::NotYet:
        return 1;
    case EffectVerdict::Unknown:
        return 2;
    case EffectVerdict::Worse:
        return 3;
    case EffectVerdict::Pending:
        break;
    }
    return -1;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

QString verdictName(EffectVerdict v)
{
    switch (v) {
    case EffectVerdict::Pending:
        return QStringLiteral("pending");
    case EffectVerdict::Recovered:
        return QStringLiteral("recovered");
    case EffectVerdict::NotYet:
        return QStringLiteral("not-yet");
    case EffectVerdict::Worse:
        return QStringLiteral("worse");
    case EffectVerdict::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject Verification::toJson() const
{
    QJsonArray list;
    for (const EffectCheck &c : checks)
        list.append(QJsonObject{{QStringLiteral("sla"), c.effect.slaId},
                                {QStringLiteral("region"), c.effect.region},
                                {QStringLiteral("text"), c.effect.text},
                                {QStringLiteral("before"), number(c.before)},
                                {QStringLiteral("now"), number(c.now)},
                                {QStringLiteral("target"), number(c.target)},
                                {QStringLiteral("stateBefore"), sla::stateName(c.stateBefore)},
                                {QStringLiteral("stateNow"), sla::stateName(c.stateNow)},
                                {QStringLiteral("verdict"), verdictName(c.verdict)}});
    return QJsonObject{{QStringLiteral("refreshesSeen"), refreshesSeen},
                       {QStringLiteral("refreshesWanted"), refreshesWanted},
                       {QStringLiteral("overall"), verdictName(overall)},
                       {QStringLiteral("done"), done()},
                       {QStringLiteral("checks"), list}};
}

Verification Verifier::start(const Plan &plan, const engine::Snapshot *before, int refreshesWanted)
{
    Verification v;
    v.refreshesWanted = std::max(1, refreshesWanted);
    v.lastGeneration = before ? before->generation : 0;
    for (const Effect &e : plan.effects) {
        EffectCheck c;
        c.effect = e;
        if (const engine::Figure *f = before ? before->figure(e.slaId, e.region) : nullptr) {
            c.before = f->value;
            c.stateBefore = f->state;
            c.name = f->name;
            c.unit = f->unit;
            c.comparison = f->comparison;
            c.target = f->target;
        }
        v.checks.push_back(std::move(c));
    }
    return v;
}

Verification Verifier::update(Verification v, const engine::Snapshot &now, quint64 beforeGeneration)
{
    if (now.generation <= beforeGeneration || now.generation <= v.lastGeneration)
        return v;
    v.lastGeneration = now.generation;
    ++v.refreshesSeen;
    int worst = 0;
    for (EffectCheck &c : v.checks) {
        const engine::Figure *f = now.figure(c.effect.slaId, c.effect.region);
        c.now = f ? f->value : NAN;
        c.stateNow = f ? f->state : sla::State::NoData;
        if (f) {
            c.name = f->name;
            c.unit = f->unit;
            c.comparison = f->comparison;
            c.target = f->target;
        }
        c.verdict = judge(c);
        worst = std::max(worst, severity(c.verdict));
    }
    static constexpr EffectVerdict bySeverity[] = {EffectVerdict::Recovered, EffectVerdict::NotYet,
                                                   EffectVerdict::Unknown, EffectVerdict::Worse};
    v.overall = bySeverity[worst];
    return v;
}

QString Verifier::describe(const EffectCheck &c)
{
    const QString name = c.name.isEmpty() ? c.effect.text : c.name;
    const auto value = [&c](double x) { return engine::FigureFormat::value(x, c.unit); };
    const QString target =
        std::isfinite(c.target) ? engine::FigureFormat::threshold(c.target, c.unit) : tr("unknown");
    switch (c.verdict) {
    case EffectVerdict::Pending:
        return tr("Waiting for a refresh: %1").arg(c.effect.text);
    case EffectVerdict::Recovered:
        return tr("Recovered: %1 %2 (target %3)").arg(name, value(c.now), target);
    case EffectVerdict::NotYet:
        return tr("Not yet: %1 %2 (target %3), was %4").arg(name, value(c.now), target, value(c.before));
    case EffectVerdict::Worse:
        return tr("Worse: %1 %2 (target %3), was %4").arg(name, value(c.now), target, value(c.before));
    case EffectVerdict::Unknown:
        return tr("Unknown: %1 has no value to judge by (%2)").arg(name, sla::stateLabel(c.stateNow));
    }
    return {};
}

} // namespace slaops::actions
