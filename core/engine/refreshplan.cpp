#include "refreshplan.h"

#include "sla/errorbudget.h"

#include <QCoreApplication>

namespace slaops::engine {

std::vector<QString> RefreshPlan::queries() const
{
    std::vector<QString> q;
    q.reserve(figures.size() + budgets.size() * queriesPerBudget());
    for (const FigureSpec &f : figures)
        q.push_back(f.query);
    for (const BudgetSpec &b : budgets) {
        q.push_back(b.rollingQuery);
        q.push_back(b.monthQuery);
        q.insert(q.end(), b.burnQueries.begin(), b.burnQueries.end());
    }
    return q;
}

static FigureSpec fromSla(const config::SlaSpec &s, const QString &region, const QString &selector)
{
    return {s.id, s.name, region, s.unit, s.comparison, s.target, s.alert, s.expandedQuery(selector)};
}

RefreshPlan RefreshPlan::make(const config::Profile &profile, const QDateTime &nowUtc, const QString &region)
{
    using namespace std::chrono;
    RefreshPlan plan;
    if (region.isEmpty())
        for (const config::SlaSpec &s : profile.slas)
            plan.figures.push_back(fromSla(s, {}, {}));

    for (const config::RegionSpec &r : profile.regions) {
        if (!region.isEmpty() && r.name != region)
            continue;
        for (const config::SlaSpec &s : profile.slas) {
            if (!s.regional)
                continue;
            FigureSpec f = fromSla(s, r.name, r.selector);
            // The uptime SLA is the one figure whose target a region sets for itself.
            if (s.id == QLatin1String("uptime") && !std::isnan(r.uptime)) {
                f.target = r.uptime;
                f.alert = std::min(f.alert, r.uptime);
            }
            plan.figures.push_back(f);
        }
        auto add = [&](const char *id, const char *name, const QString &query, config::Unit unit,
                       double target) {
            if (query.isEmpty() || std::isnan(target))
                return;
            plan.figures.push_back({QString::fromLatin1(id),
                                    QCoreApplication::translate("slaops::engine::RefreshPlan", name), r.name,
                                    unit, sla::Comparison::AtMost, target, NAN,
                                    config::expandQuery(query, {}, r.selector)});
        };
        add("rto", QT_TRANSLATE_NOOP("slaops::engine::RefreshPlan", "RTO"), profile.regionQueries.rto,
            config::Unit::Seconds, r.rto);
        add("rpo", QT_TRANSLATE_NOOP("slaops::engine::RefreshPlan", "RPO"), profile.regionQueries.rpo,
            config::Unit::Seconds, r.rpo);
        add("network_latency", QT_TRANSLATE_NOOP("slaops::engine::RefreshPlan", "Network latency"),
            profile.regionQueries.latency, config::Unit::Milliseconds, r.latency);
    }

    if (!region.isEmpty())
        return plan;
    const QDateTime monthStart = sla::monthStart(nowUtc);
    // At least a second: PromQL has no empty range, and the first second of a month is a month too.
    const auto monthElapsed = std::max(seconds(1), sla::monthToDate(nowUtc));
    const auto monthLength = sla::monthLength(nowUtc);
    for (const config::SlaSpec &s : profile.slas) {
        if (!s.hasBudget())
            continue;
        BudgetSpec b;
        b.slaId = s.id;
        b.name = s.name;
        b.comparison = s.comparison;
        b.target = s.target;
        b.period = profile.budgetPeriod;
        b.monthLength = monthLength;
        b.monthElapsed = monthElapsed;
        b.monthLabel = monthStart.toString(QStringLiteral("yyyy-MM"));
        b.rollingQuery = config::expandQuery(s.query, profile.budgetPeriod, {});
        b.monthQuery = config::expandQuery(s.query, monthElapsed, {});
        for (seconds w : kBurnWindows)
            b.burnQueries.push_back(config::expandQuery(s.query, w, {}));
        plan.budgets.push_back(std::move(b));
    }
    return plan;
}

} // namespace slaops::engine
