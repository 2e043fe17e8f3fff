#pragma once

#include "snapshot.h"

#include <QCoreApplication>
#include <QStringList>

namespace slaops::engine {

// "Met, breach or unknown" for a whole snapshot: the one answer that `slaops check`'s exit code, the
// console's title and the war-room banner all give (they used to compute it three ways and disagree).
// Pure; judge an aged snapshot (Freshness::aged) so that old data is never judged current.
struct Verdict {
    enum class Kind { Met, Warning, Breach, Unknown };
    Kind kind = Kind::Unknown;

    int breaches = 0;        // figures and budgets past their SLA, by current data
    int staleBreaches = 0;   // figures and budgets whose last known value was past it, now not current
    int warnings = 0;        // past the alert threshold, within the SLA
    int unknown = 0;         // neither Ok, Warning nor Breach (no data, stale, error), breaches excluded
    int total = 0;           // figures and budgets judged
    QStringList breachNames; // "P95 response time · eu-west-1", "Uptime error budget", in snapshot order
    bool sourceDown = false;

    // Ok, Warning, Breach, or Stale for unknown (NoData when there is nothing to judge).
    sla::State state() const;
    // 0 every SLA met (warnings included), 1 a breach (also a last known one), 2 something unknown.
    int exitCode() const;
    // One translated line for people: "P95 response time in breach", "2 SLAs in breach: …",
    // "3 figures without a current value", "Every SLA met".
    QString text() const;

    static Verdict judge(const Snapshot &snapshot);

    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

} // namespace slaops::engine
