#pragma once

#include <QString>

namespace slaops::sla {

// The state of one figure (DESIGN.md §3). Anything but Ok is never painted green.
enum class State {
    Ok,      // within the SLA and the alert threshold
    Warning, // past the alert threshold, still within the SLA
    Breach,  // past the SLA target
    NoData,  // the query answered with nothing (or NaN: no samples in the window)
    Stale,   // the source failed or the data is old; the last good value is kept, with its age
    Error,   // the query failed and there is no recent good value; the message says why
};

// Whether a bigger value is better (uptime) or worse (latency).
enum class Comparison { AtLeast, AtMost };

QString stateName(State state);  // stable, untranslated: for JSON and logs
QString stateLabel(State state); // translated, for people
bool isKnown(State state);       // Ok, Warning or Breach: a fresh, trustworthy value

// Pure classification of a fresh value against its target and alert threshold.
// The alert threshold may lie on either side of the target (P95: SLA 100 ms, alert 150 ms; throughput:
// capacity 50,000 RPS, alert at 40,000), so the target is checked first: past it is always a breach.
State classify(double value, Comparison cmp, double target, double alert);

} // namespace slaops::sla
