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
    // How much of `elapsed` the SLI's data covers (a Prometheus younger than the period, or one that
    // keeps 15 days under a 30-day budget); NaN: unknown. The SLI is over the covered part, and the
    // rest is counted as going the same way: consumed extrapolates, it does not assume a perfect rest.
    double covered = NAN;

    bool partlyCovered() const { return std::isfinite(covered) && covered < 0.99 * double(elapsed.count()); }
};

enum class BurnVerdict { None, Ticket, Page, Unknown };

struct BudgetFigure {
    QString slaId;
    QString name;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN;
    bool recorded = false; // computed from the generated rules' recorded series, not raw queries
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
    // The last measurement of the data's coverage of the rolling period (seconds), and when it was
    // made; between measurements the covered time grows with each confirmed refresh.
    double coveredSeconds = NAN;
    QDateTime coverageMeasuredAt;
};

} // namespace slaops::engine
