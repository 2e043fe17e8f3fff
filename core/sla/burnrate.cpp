#include "burnrate.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

namespace slaops::sla {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString num(double v)
{
    return QString::number(v, 'g', 6);
}

// One rule of the verdict: both rates above the threshold. Decided as soon as one known rate is at or
// below it, whatever the other; undecided only when that cannot be shown.
enum class Rule { Fires, Quiet, Undecided };

struct RuleCheck {
    Rule rule;
    QString text;
};

RuleCheck check(const char *longName, double longRate, const char *shortName, double shortRate,
                double threshold)
{
    const QString text = QStringLiteral("burn %1 = %2, %3 = %4 (threshold %5)")
                             .arg(QLatin1String(longName), num(longRate), QLatin1String(shortName),
                                  num(shortRate), num(threshold));
    const bool longKnown = !std::isnan(longRate);
    const bool shortKnown = !std::isnan(shortRate);
    if ((longKnown && !(longRate > threshold)) || (shortKnown && !(shortRate > threshold)))
        return {Rule::Quiet, text};
    if (longKnown && shortKnown)
        return {Rule::Fires, text};
    return {Rule::Undecided, text};
}

} // namespace

double budgetFraction(Comparison cmp, double target)
{
    if (!(target >= 0 && target <= 1))
        return kNaN;
    return cmp == Comparison::AtLeast ? 1 - target : target;
}

double badFraction(double sliValue, Comparison cmp)
{
    if (std::isnan(sliValue))
        return kNaN;
    const double bad = cmp == Comparison::AtLeast ? 1 - sliValue : sliValue;
    return std::clamp(bad, 0.0, 1.0);
}

double burnRate(double sliValue, Comparison cmp, double target, QString *whyNaN)
{
    const auto fail = [whyNaN](QString why) {
        if (whyNaN)
            *whyNaN = std::move(why);
        return kNaN;
    };
    const double budget = budgetFraction(cmp, target);
    if (std::isnan(budget))
        return fail(QStringLiteral("target %1 is not a fraction between 0 and 1").arg(num(target)));
    if (budget <= 0)
        return fail(QStringLiteral("target %1 leaves no error budget").arg(QString::number(target, 'g', 17)));
    if (std::isnan(sliValue))
        return fail(QStringLiteral("no SLI value (no traffic in the window?)"));
    if (whyNaN)
        whyNaN->clear();
    return badFraction(sliValue, cmp) / budget;
}

double budgetSpent(double burn, std::chrono::seconds window, std::chrono::seconds period)
{
    if (period.count() <= 0)
        return kNaN;
    return burn * static_cast<double>(window.count()) / static_cast<double>(period.count());
}

BurnThresholds burnThresholds(std::chrono::seconds period)
{
    using namespace std::chrono_literals;
    const auto factor = [period](double share, std::chrono::seconds longWindow) {
        return share * static_cast<double>(period.count()) / static_cast<double>(longWindow.count());
    };
    return {factor(0.02, 1h), factor(0.05, 6h), factor(0.10, 24h), factor(0.10, 72h)};
}

VerdictResult multiWindowVerdict(const BurnRates &r, std::chrono::seconds period)
{
    const BurnThresholds t = burnThresholds(period);
    const RuleCheck page[] = {check("1h", r.h1, "5m", r.m5, t.page1h),
                              check("6h", r.h6, "30m", r.m30, t.page6h)};
    const RuleCheck ticket[] = {check("1d", r.d1, "2h", r.h2, t.ticket1d),
                                check("3d", r.d3, "6h", r.h6, t.ticket3d)};

    for (const RuleCheck &c : page) {
        if (c.rule == Rule::Fires)
            return {Verdict::Page, Verdict::Page, QStringLiteral("page: ") + c.text};
    }
    QStringList undecided;
    for (const RuleCheck &c : page) {
        if (c.rule == Rule::Undecided)
            undecided << QStringLiteral("page rule unknown: ") + c.text;
    }
    for (const RuleCheck &c : ticket) {
        if (c.rule != Rule::Fires)
            continue;
        if (undecided.isEmpty())
            return {Verdict::Ticket, Verdict::Ticket, QStringLiteral("ticket: ") + c.text};
        undecided.prepend(QStringLiteral("at least a ticket: ") + c.text);
        return {Verdict::Unknown, Verdict::Ticket, undecided.join(QStringLiteral("; "))};
    }
    for (const RuleCheck &c : ticket) {
        if (c.rule == Rule::Undecided)
            undecided << QStringLiteral("ticket rule unknown: ") + c.text;
    }
    if (!undecided.isEmpty())
        return {Verdict::Unknown, Verdict::None, undecided.join(QStringLiteral("; "))};
    return {Verdict::None, Verdict::None,
            QStringLiteral("no rule fired: burn 1h %1, 6h %2, 1d %3, 3d %4 (thresholds %5, %6, %7, %8)")
                .arg(num(r.h1), num(r.h6), num(r.d1), num(r.d3), num(t.page1h), num(t.page6h),
                     num(t.ticket1d), num(t.ticket3d))};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::Ticket:
        return QStringLiteral("ticket");
    case Verdict::Page:
        return QStringLiteral("page");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace slaops::sla
