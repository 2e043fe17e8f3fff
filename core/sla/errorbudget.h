#pragma once

#include "sla/state.h"

#include <QDateTime>
#include <QString>
#include <chrono>

namespace slaops::sla {

// The error budget of a ratio SLA over one period: rolling (30 days) or a calendar month to date.
// Traffic is assumed even over the period, so that a share of events is also a share of time: this is
// what turns "0.001 % of requests may fail" into "25.92 s of full outage per 30 days".
struct ErrorBudgetInput {
    double sliValue = 0; // the SLI over the elapsed part of the period (NaN: no traffic)
    Comparison comparison = Comparison::AtLeast;
    double target = 0;              // a fraction: 0.99999 (AtLeast) or 0.0001 (AtMost)
    std::chrono::seconds period{};  // 30 days rolling, or the length of the current month
    std::chrono::seconds elapsed{}; // calendar: time since the month began; rolling: min(period, data)
    double burnRate1h = 0;          // the current burn rate, for the time to exhaustion
};

struct ErrorBudget {
    // budgetFraction = 1 - target (AtLeast) or target (AtMost): the share of events allowed to be bad.
    double budgetFraction = 0;
    // budgetSeconds = budgetFraction * period: the same budget as time of full outage.
    double budgetSeconds = 0;
    // consumed = badFraction * elapsed / (budgetFraction * period): the bad events so far against the
    // allowance of the whole period. May exceed 1 (over budget).
    double consumed = 0;
    // remaining = 1 - consumed: the share of the budget left; negative when overspent, and shown so.
    double remaining = 0;
    // remainingAllowanceSeconds = remaining * budgetFraction * period: the outage still allowed (negative:
    // owed).
    double remainingAllowanceSeconds = 0;
    // secondsToExhaustion = remaining * period / burnRate1h: how long the current burn takes to spend
    // what is left. +Inf when nothing burns, 0 when already exhausted, NaN when the burn is unknown.
    // It is not capped at the end of the period (a calendar month resets before then).
    double secondsToExhaustion = 0;
    QString reason; // why figures are NaN; empty when all are known. English.
};

ErrorBudget errorBudget(const ErrorBudgetInput &in);
// The same, with the inputs spelled out. elapsed is required on purpose: for a calendar month it is the
// time since the month began, and leaving it out would overstate what a young month has consumed.
ErrorBudget errorBudget(double sliValue, Comparison cmp, double target, std::chrono::seconds period,
                        std::chrono::seconds elapsed, double burnRate1h);

// Calendar months, in UTC. Months have 28 to 31 days: never assume 31.
QDateTime monthStart(const QDateTime &now);                // 00:00:00 UTC on the 1st of now's month
std::chrono::seconds monthToDate(const QDateTime &nowUtc); // now - monthStart(now); 0 if invalid
std::chrono::seconds monthLength(const QDateTime &nowUtc); // days in now's month * 86400; 0 if invalid
int daysInMonth(int year, int month);                      // 1..12; 0 for an invalid month

} // namespace slaops::sla
