#pragma once

#include "config/profile.h"
#include "figure.h"
#include "recordedrules.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <vector>

namespace slaops::engine {

// What one figure is and how to get it: the profile resolved for one scope (the fleet or a region).
struct FigureSpec {
    QString id;
    QString name;
    QString region; // empty: the whole fleet
    config::Unit unit = config::Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN;
    double alert = NAN;
    QString query; // expanded PromQL
    FigureRoles roles;
    config::DirectFormula direct; // how a direct scrape computes it; unset: it cannot
    QString selector;             // the scope's label matchers (a region's), for the direct scrape
    int coverage = -1;            // index into RefreshPlan::coverage of the SLA's window check; -1: none
    int source = 0;               // index into Profile::prometheusSources(): 0 global, i a region's own
    // Read from a recorded series of the generated rules: the recording rule's own expression (what
    // `query` would be without them). Empty: `query` is the raw PromQL.
    QString rule;

    // A figure of this spec with nothing measured yet: what it is, not what it is worth.
    Figure blankFigure(const QString &source) const
    {
        Figure f;
        f.id = id;
        f.name = name;
        f.region = region;
        f.unit = unit;
        f.comparison = comparison;
        f.target = target;
        f.alert = alert;
        f.query = query;
        f.roles = roles;
        f.rule = rule;
        f.source = source;
        return f;
    }
};

// Burn-rate windows of the multi-window, multi-burn-rate method.
inline constexpr std::chrono::seconds kBurnWindows[] = {
    std::chrono::minutes(5), std::chrono::minutes(30), std::chrono::hours(1), std::chrono::hours(2),
    std::chrono::hours(6),   std::chrono::hours(24),   std::chrono::hours(72)};
inline constexpr std::size_t kBurnWindowCount = std::size(kBurnWindows);

// The error budget of one percentage SLA, fleet-wide: its SLI over the rolling period and over the
// calendar month so far, and over each burn-rate window.
struct BudgetSpec {
    QString slaId;
    QString name;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN;
    std::chrono::seconds period{0};       // rolling period (budget_period)
    std::chrono::seconds monthLength{0};  // length of the current calendar month
    std::chrono::seconds monthElapsed{0}; // time since the month began
    QString monthLabel;                   // "2026-11"
    QString rollingQuery;
    QString monthQuery;
    std::vector<QString> burnQueries; // one per kBurnWindows entry
    // How much of the rolling period the SLI's data covers, in seconds (steps with data times the
    // step: gaps count as uncovered). Empty when this refresh does not measure it (it is costly over a
    // large fleet and changes slowly: the engine measures it every few minutes) or the SLA's query
    // names no series over its window.
    QString coverageQuery;
    int source = 0; // index into Profile::prometheusSources(); budgets are fleet-wide: the global one
    // The queries above read the generated rules' recorded series (the 5-minute numerator and
    // denominator, or error ratio, summed over the long windows; the recorded error ratios).
    bool recorded = false;
};

// Whether an SLA's window is covered by data: the share of the series there are now that were there a
// window ago (a Prometheus just restarted, new targets). Below 1, a rate over the window is
// under-counted. One per SLA whose unit is a rate per second, fleet-wide; the regional figures share it.
struct CoverageSpec {
    QString slaId;
    std::chrono::seconds window{0};
    QString query;
    int source = 0; // fleet-wide: the global source
};

// Every query of one refresh, in a fixed order: the figures first, then for each budget its rolling
// query, its month query, its burn-rate queries and its coverage query when it has one, then the
// window checks. Pure: the same profile and
// time give the same plan.
struct RefreshPlan {
    std::vector<FigureSpec> figures;
    std::vector<BudgetSpec> budgets;
    std::vector<CoverageSpec> coverage;

    std::vector<QString> queries() const;
    // The source of each of queries(), same order: an index into Profile::prometheusSources().
    std::vector<int> sources() const;
    // Rolling, month, the burn windows and, when measured, the coverage.
    static constexpr std::size_t queriesPerBudget() { return 3 + kBurnWindowCount; }

    // region: empty for everything; a region name to plan only that region's figures (and none of
    // the fleet's), as `slaops check --region` asks.
    // budgetCoverage: whether the budgets' coverage is measured in this refresh.
    // recorded: what each source (Profile::prometheusSources() order) says of the profile's generated
    // rules; the figures and budgets they record are read from them (DESIGN.md §3, push work to the
    // server), the others by raw queries. Missing entries: raw queries.
    static RefreshPlan make(const config::Profile &profile, const QDateTime &nowUtc,
                            const QString &region = {}, bool budgetCoverage = true,
                            const std::vector<RecordedRules> &recorded = {});
    // The coverage query of a budget over `period` of the series `selector` (expanded, no $window).
    // The recorded series' selector of a query the plan wrote for a recorded figure (see figure.rule).
    static QString recordedSelectorOf(const QString &query);
    static QString budgetCoverageQuery(const QString &selector, std::chrono::seconds period);
};

} // namespace slaops::engine
