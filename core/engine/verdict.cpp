#include "verdict.h"

namespace slaops::engine {
namespace {

QString figureName(const Figure &f)
{
    return f.region.isEmpty() ? f.name : f.name + QStringLiteral(" · ") + f.region;
}

} // namespace

Verdict Verdict::judge(const Snapshot &s)
{
    Verdict v;
    v.sourceDown = !s.prometheus.reachable;
    const auto count = [&v](sla::State state, sla::State lastKnown, const QString &name) {
        ++v.total;
        if (state == sla::State::Breach) {
            ++v.breaches;
            v.breachNames << name;
        } else if (!sla::isKnown(state) && lastKnown == sla::State::Breach) {
            // Prometheus died in the middle of an incident: what we last knew is a breach, and that
            // is what the person must keep seeing, not "n figures without a current value".
            ++v.staleBreaches;
            v.breachNames << name;
        } else if (state == sla::State::Warning) {
            ++v.warnings;
        } else if (!sla::isKnown(state)) {
            ++v.unknown;
        }
    };
    for (const Figure &f : s.figures)
        count(f.state, f.lastKnown, figureName(f));
    for (const BudgetFigure &b : s.budgets)
        count(b.state, b.lastKnown, tr("%1 error budget").arg(b.name));

    if (v.breaches + v.staleBreaches > 0)
        v.kind = Kind::Breach;
    else if (v.total == 0 || v.unknown > 0 || v.sourceDown)
        v.kind = Kind::Unknown;
    else if (v.warnings > 0)
        v.kind = Kind::Warning;
    else
        v.kind = Kind::Met;
    return v;
}

sla::State Verdict::state() const
{
    switch (kind) {
    case Kind::Met:
        return sla::State::Ok;
    case Kind::Warning:
        return sla::State::Warning;
    case Kind::Breach:
        return sla::State::Breach;
    case Kind::Unknown:
        return total == 0 ? sla::State::NoData : sla::State::Stale;
    }
    return sla::State::NoData;
}

int Verdict::exitCode() const
{
    switch (kind) {
    case Kind::Met:
    case Kind::Warning:
        return 0;
    case Kind::Breach:
        return 1;
    case Kind::Unknown:
        return 2;
    }
    return 2;
}

QString Verdict::text() const
{
    switch (kind) {
    case Kind::Breach: {
        const int n = breaches + staleBreaches;
        QString t;
        if (n == 1) {
            t = tr("%1 in breach").arg(breachNames.value(0));
        } else {
            // The first few names say where to look; the count says how wide it is.
            constexpr int kNamed = 3;
            QStringList named = breachNames.mid(0, kNamed);
            if (n > kNamed)
                named << tr("%n more", nullptr, n - kNamed);
            t = tr("%n SLAs in breach: %1", nullptr, n).arg(named.join(QStringLiteral(", ")));
        }
        if (staleBreaches > 0)
            t += QStringLiteral(" · ") +
                 (breaches == 0 ? tr("last known") : tr("%n last known", nullptr, staleBreaches));
        return t;
    }
    case Kind::Unknown:
        if (total == 0)
            return tr("No figures to judge");
        if (unknown == 0)
            return tr("Data not current: the source is unreachable");
        return tr("%n figure(s) without a current value", nullptr, unknown);
    case Kind::Warning:
        return tr("Every SLA met, %n warning(s)", nullptr, warnings);
    case Kind::Met:
        return tr("Every SLA met");
    }
    return {};
}

} // namespace slaops::engine
