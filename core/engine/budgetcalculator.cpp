#include "budgetcalculator.h"

#include "sla/burnrate.h"
#include "sla/errorbudget.h"

namespace slaops::engine {

static BudgetPeriod period(const QString &label, std::chrono::seconds length, std::chrono::seconds elapsed,
                           double sli, const BudgetSpec &spec, double burn1h)
{
    BudgetPeriod p;
    p.label = label;
    p.length = length;
    p.elapsed = elapsed;
    p.sli = sli;
    const sla::ErrorBudget b = sla::errorBudget(sli, spec.comparison, spec.target, length, elapsed, burn1h);
    p.budgetFraction = b.budgetFraction;
    p.consumed = b.consumed;
    p.remaining = b.remaining;
    p.allowanceSeconds = b.remainingAllowanceSeconds;
    p.secondsToExhaustion = b.secondsToExhaustion;
    return p;
}

BudgetFigure BudgetCalculator::compute(const BudgetInputs &in)
{
    const BudgetSpec &spec = *in.spec;
    BudgetFigure f;
    f.slaId = spec.slaId;
    f.name = spec.name;
    f.comparison = spec.comparison;
    f.target = spec.target;
    f.recorded = spec.recorded;

    if (!in.error.isEmpty()) {
        // Keep the last computed budget visible, marked, as figures do.
        if (in.previous && in.previous->confirmedAt.isValid()) {
            f = *in.previous;
            f.lastKnown = sla::isKnown(in.previous->state) ? in.previous->state : in.previous->lastKnown;
            const auto age = std::chrono::milliseconds(in.previous->confirmedAt.msecsTo(in.now));
            f.state = age <= in.errorAfter ? sla::State::Stale : sla::State::Error;
        } else {
            f.state = sla::State::Error;
        }
        f.message = in.error;
        return f;
    }

    for (std::size_t w = 0; w < kBurnWindowCount; ++w)
        f.burnRates[w] = sla::burnRate(in.burnSli[w], spec.comparison, spec.target);
    const double burn1h = f.burnRates[2];
    f.rolling = period(tr("%1 rolling").arg(config::formatDuration(spec.period)), spec.period, spec.period,
                       in.rollingSli, spec, burn1h);
    f.month = period(spec.monthLabel, spec.monthLength, spec.monthElapsed, in.monthSli, spec, burn1h);

    if (in.coverageMeasured) {
        f.coveredSeconds = in.coveredSeconds;
        f.coverageMeasuredAt = in.now;
    } else if (in.previous && in.previous->coverageMeasuredAt.isValid()) {
        f.coveredSeconds = in.previous->coveredSeconds;
        f.coverageMeasuredAt = in.previous->coverageMeasuredAt;
    }
    // This refresh confirmed the data up to now: what was covered then is covered still, and the time
    // since has been covered too.
    const double covered =
        f.coveredSeconds + double(std::max<qint64>(0, f.coverageMeasuredAt.secsTo(in.now)));
    f.rolling.covered = std::min(covered, double(f.rolling.elapsed.count()));
    f.month.covered = std::min(covered, double(f.month.elapsed.count()));

    const sla::VerdictResult v =
        sla::multiWindowVerdict({f.burnRates[0], f.burnRates[1], f.burnRates[2], f.burnRates[3],
                                 f.burnRates[4], f.burnRates[5], f.burnRates[6]},
                                spec.period);
    switch (v.verdict) {
    case sla::Verdict::None:
        f.verdict = BurnVerdict::None;
        break;
    case sla::Verdict::Ticket:
        f.verdict = BurnVerdict::Ticket;
        break;
    case sla::Verdict::Page:
        f.verdict = BurnVerdict::Page;
        break;
    case sla::Verdict::Unknown:
        f.verdict = BurnVerdict::Unknown;
        break;
    }
    f.verdictReason = v.reason;

    if (std::isnan(f.rolling.remaining)) {
        f.state = sla::State::NoData;
        f.message = tr("no traffic in the budget period: the budget cannot be computed");
    } else if (f.rolling.remaining <= 0) {
        f.state = sla::State::Breach;
    } else if (f.verdict == BurnVerdict::Unknown) {
        // The budget is known but whether it burns too fast is not: never shown as fine.
        f.state = sla::State::NoData;
        f.message = v.reason;
    } else if (f.verdict == BurnVerdict::Page || f.verdict == BurnVerdict::Ticket) {
        f.state = sla::State::Warning;
    } else {
        f.state = sla::State::Ok;
    }
    f.confirmedAt = in.now;
    return f;
}

} // namespace slaops::engine
