#pragma once

#include "sla/state.h"

#include <QDateTime>
#include <QString>
#include <array>
#include <chrono>
#include <cmath>

namespace slaops::engine {

// The error budget of one percentage SLA over one period, as a snapshot shows it.
struct BudgetPeriod {
    QString label; // "30d rolling", "2026-11"
    std::chrono::seconds length{0};
    std::chrono::seconds elapsed{0};
    double sli = NAN;                 // the SLI over the period (so far)
    double budgetFraction = NAN;      // share of events (or time) the SLA allows to be bad
    double consumed = NAN;            // share of the budget used; above 1 when overspent
    double remaining = NAN;           // 1 - consumed; negative when overspent
    double allowanceSeconds = NAN;    // remaining budget as full-outage time
    double secondsToExhaustion = NAN; // at the current (1h) burn rate; +inf when not burning
};

enum class BurnVerdict { None, Ticket, Page, Unknown };

struct BudgetFigure {
    QString slaId;
    QString name;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN;
    BudgetPeriod rolling;
    BudgetPeriod month;
    std::array<double, 7> burnRates{NAN, NAN, NAN, NAN, NAN, NAN, NAN}; // 5m 30m 1h 2h 6h 1d 3d
    BurnVerdict verdict = BurnVerdict::Unknown;
    QString verdictReason;
    sla::State state =
        sla::State::NoData; // Ok while budget remains, Breach when spent, Error/Stale when unknown
    // For a Stale or Error budget: the state its last computed figures had ("Stale, was Breach").
    sla::State lastKnown = sla::State::NoData;
    QString message;
    QDateTime confirmedAt;
};

} // namespace slaops::engine
