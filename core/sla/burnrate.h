#pragma once

#include "sla/state.h"

#include <QString>
#include <chrono>

namespace slaops::sla {

// Ratio SLAs. A good-ratio SLI (uptime, consistency) has an AtLeast target such as 0.99999; a
// bad-ratio SLI (error rate) has an AtMost target such as 0.0001. Targets and values are fractions
// (0.99999), never percentages (99.999).

// The share of events allowed to be bad: 1 - target for AtLeast, target for AtMost; NaN for a target
// outside [0, 1] (not a fraction: probably a percentage).
double budgetFraction(Comparison cmp, double target);

// The share of events that were bad: 1 - v for AtLeast, v for AtMost, clamped to [0, 1] because
// rate() extrapolation can push a ratio a hair past its bound and a negative burn means nothing.
// NaN stays NaN.
double badFraction(double sliValue, Comparison cmp);

// How fast the budget burns: badFraction / budgetFraction. 1 spends exactly the budget over the
// period; 14.4 spends a 30-day budget in 50 hours. NaN when the value is NaN (no traffic) or the
// target leaves no budget (AtLeast 1.0, AtMost 0) or is not a fraction; *whyNaN then says which.
double burnRate(double sliValue, Comparison cmp, double target, QString *whyNaN = nullptr);

// The share of a period's budget that a burn rate held for a window spends: burn * window / period.
// 14.4 for 1 h of a 30-day period spends 2 %.
double budgetSpent(double burn, std::chrono::seconds window, std::chrono::seconds period);

// Multi-window, multi-burn-rate alerting (Google SRE workbook, ch. 5). A long window proves the
// burn is significant, its short window (1/12 of it) proves it is still happening.
struct BurnRates {
    double m5, m30, h1, h2, h6, d1, d3;
};

enum class Verdict { None, Ticket, Page, Unknown };

// The thresholds for a period: share of the budget spent * period / long window, with shares 2 % (1h),
// 5 % (6h), 10 % (1d), 10 % (3d). 30 days: 14.4, 6, 3, 1. 7 days: 3.36, 1.4, 0.7, 0.2333.
struct BurnThresholds {
    double page1h;   // page if burn1h and burn5m exceed it
    double page6h;   // page if burn6h and burn30m exceed it
    double ticket1d; // ticket if burn1d and burn2h exceed it
    double ticket3d; // ticket if burn3d and burn6h exceed it
};
BurnThresholds burnThresholds(std::chrono::seconds period);

struct VerdictResult {
    Verdict verdict = Verdict::Unknown;
    // When verdict is Unknown: the strongest verdict already proven (a ticket rule may have fired while
    // a page rule could not be evaluated). Otherwise equal to verdict.
    Verdict atLeast = Verdict::None;
    QString reason; // which rule fired (or could not be evaluated), with the numbers; English
};

// Page if (1h > f1 and 5m > f1) or (6h > f6 and 30m > f6); else ticket if (1d > f1d and 2h > f1d) or
// (3d > f3d and 6h > f3d); else none. A rule that cannot be decided because a rate it needs is NaN
// (and its other rate does not already rule it out) turns a would-be None or Ticket into Unknown:
// missing data never reads as "all quiet".
VerdictResult multiWindowVerdict(const BurnRates &rates, std::chrono::seconds period);

QString verdictName(Verdict verdict); // stable, untranslated: "none", "ticket", "page", "unknown"

} // namespace slaops::sla
