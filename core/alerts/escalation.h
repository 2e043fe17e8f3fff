#pragma once

#include "alert.h"
#include "config/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <chrono>
#include <optional>
#include <vector>

namespace slaops::alerts {

// Where an alert stands against the profile's escalation matrix (DESIGN.md §4) at one moment.
struct Countdown {
    enum class Status {
        Counting,     // within the response time: `left` is what remains
        Overdue,      // past it: `over` is by how much
        Acknowledged, // silenced: the clock stopped
        NoLevel,      // the matrix has no level for the alert's severity: nobody is expected to answer
        NoStart,      // the alert has no valid startsAt: nothing to count from
    };
    Status status = Status::NoLevel;
    QString severity;                             // as the alert's label spells it
    std::optional<config::EscalationLevel> level; // the matrix's level, when there is one
    QDateTime deadline;                           // startsAt + response time (UTC); null without a level
    std::chrono::seconds left{0};                 // Counting: time left; 0 otherwise
    std::chrono::seconds over{0};                 // Overdue: time past the deadline; 0 otherwise

    // Whether somebody still has to act now: counting or overdue. Acknowledged, NoLevel and NoStart
    // are not "fine" either, but there is no clock to show.
    bool running() const { return status == Status::Counting || status == Status::Overdue; }
};

// The countdown of "acknowledge within 15 min" for each alert, from the profile's matrix.
class Escalation {
    Q_DECLARE_TR_FUNCTIONS(Escalation)

public:
    // The level for a severity, matched without regard to case. Alertmanager setups often say
    // "warning" where the matrix says "medium" (the book already ranks them together), so "warning"
    // falls back to "medium" when the matrix has no level of its own for it. Null when none.
    static const config::EscalationLevel *level(const std::vector<config::EscalationLevel> &matrix,
                                                QStringView severity);

    // The countdown at `now`. An acknowledged (silenced) alert stops counting. Both times may be in any
    // time zone or offset: the arithmetic is on instants, never on wall-clock fields.
    static Countdown countdown(const std::vector<config::EscalationLevel> &matrix, const Alert &alert,
                               bool acknowledged, const QDateTime &now);

    // "acknowledge within 15 min: 11:32 left", "acknowledge within 15 min: OVERDUE by 3:05",
    // "acknowledged: countdown stopped", "no escalation level for severity “page”".
    static QString text(const Countdown &c);
    // "due 03:15 CET" in the given zone (the reader's local one by default), dated when it falls on
    // another local day than `now`; empty without a deadline.
    static QString deadlineText(const Countdown &c, const QDateTime &now,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());
    // "Engineering Director → CTO" and "PagerDuty, phone, SMS"; empty without a level.
    static QString pathText(const Countdown &c);
    static QString channelsText(const Countdown &c);
    // A response time as people say it: "15 min", "1 h", "1 h 30 min", "45 s".
    static QString responseText(std::chrono::seconds response);
    // A countdown clock: "11:32", "1:02:03"; never negative.
    static QString clock(std::chrono::seconds d);
};

} // namespace slaops::alerts
