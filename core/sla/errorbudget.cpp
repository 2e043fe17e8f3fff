#include "errorbudget.h"

#include "burnrate.h"

#include <cmath>
#include <limits>

namespace slaops::sla {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

ErrorBudget errorBudget(const ErrorBudgetInput &in)
{
    ErrorBudget b;
    const double period = static_cast<double>(in.period.count());
    const double elapsed = static_cast<double>(in.elapsed.count());
    b.budgetFraction = budgetFraction(in.comparison, in.target);
    b.budgetSeconds = b.budgetFraction * period;

    const auto unknown = [&b](QString why) {
        b.consumed = b.remaining = b.remainingAllowanceSeconds = b.secondsToExhaustion = kNaN;
        b.reason = std::move(why);
        return b;
    };
    if (std::isnan(b.budgetFraction))
        return unknown(QStringLiteral("target %1 is not a fraction between 0 and 1").arg(in.target));
    if (b.budgetFraction <= 0)
        return unknown(QStringLiteral("a target of %1 leaves no error budget").arg(in.target, 0, 'g', 17));
    if (period <= 0)
        return unknown(QStringLiteral("the period is empty"));
    if (std::isnan(in.sliValue))
        return unknown(QStringLiteral("no SLI value for the period (no traffic?)"));

    b.consumed = badFraction(in.sliValue, in.comparison) * elapsed / (b.budgetFraction * period);
    b.remaining = 1 - b.consumed;
    b.remainingAllowanceSeconds = b.remaining * b.budgetFraction * period;
    if (b.remaining <= 0) {
        b.secondsToExhaustion = 0;
    } else if (std::isnan(in.burnRate1h)) {
        b.secondsToExhaustion = kNaN;
        b.reason = QStringLiteral("no current burn rate");
    } else if (in.burnRate1h <= 0) {
        b.secondsToExhaustion = kInf;
    } else {
        b.secondsToExhaustion = b.remaining * period / in.burnRate1h;
    }
    return b;
}

ErrorBudget errorBudget(double sliValue, Comparison cmp, double target, std::chrono::seconds period,
                        std::chrono::seconds elapsed, double burnRate1h)
{
    ErrorBudgetInput in;
    in.sliValue = sliValue;
    in.comparison = cmp;
    in.target = target;
    in.period = period;
    in.elapsed = elapsed;
    in.burnRate1h = burnRate1h;
    return errorBudget(in);
}

int daysInMonth(int year, int month)
{
    if (month < 1 || month > 12)
        return 0;
    return QDate(year, month, 1).daysInMonth();
}

QDateTime monthStart(const QDateTime &now)
{
    if (!now.isValid())
        return {};
    const QDate d = now.toUTC().date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
}

std::chrono::seconds monthToDate(const QDateTime &nowUtc)
{
    if (!nowUtc.isValid())
        return std::chrono::seconds{0};
    return std::chrono::seconds{monthStart(nowUtc).secsTo(nowUtc)};
}

std::chrono::seconds monthLength(const QDateTime &nowUtc)
{
    if (!nowUtc.isValid())
        return std::chrono::seconds{0};
    const QDate d = nowUtc.toUTC().date();
    return std::chrono::seconds{qint64{daysInMonth(d.year(), d.month())} * 86400};
}

} // namespace slaops::sla
