#pragma once

#include "config/profile.h"

#include <QString>
#include <chrono>

namespace slaops::rules {

// A Prometheus rule file for a profile (`slaops rules generate`, docs/rules.md): recording rules for
// every SLA figure (fleet and per region), the 5m numerator and denominator of every ratio SLA, the
// bad-event ratio of every percentage SLA over each burn-rate window (kRecordedWindows), and the
// multi-window, multi-burn-rate page and ticket alerts. Every series carries the labels of
// rulenames.h, so the engine can find them and tell whether they were made for this profile version.
// Pure: no I/O, the same text for the same profile.
class RuleGenerator {
public:
    enum class Scope {
        All,    // every rule: one Prometheus sees the whole fleet
        Fleet,  // the fleet's records and the alerts: a global Prometheus fed by the regions' ones
        Region, // one region's records only: what that region's own Prometheus evaluates
    };
    struct Options {
        std::chrono::seconds interval{0}; // the groups' evaluation interval; 0: Prometheus' global one
        Scope scope = Scope::All;
        QString region; // with Scope::Region: the region's name (no rules when the profile has none)
    };

    static QString generate(const config::Profile &profile, const Options &options);
    static QString generate(const config::Profile &profile) { return generate(profile, Options{}); }

    // The group names: "slaops:<profile>:sla" (recording) and "slaops:<profile>:burn-alerts".
    static QString recordingGroup(const config::Profile &profile);
    static QString alertingGroup(const config::Profile &profile);
    // The severities the alerts carry: the profile's burn_alerts, else "page" and "ticket" (a profile
    // built without an escalation matrix).
    static QString pageSeverity(const config::Profile &profile);
    static QString ticketSeverity(const config::Profile &profile);
};

} // namespace slaops::rules
