#pragma once

#include "config/profile.h"
#include "period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <vector>

namespace slaops::report {

// One row of a report: an SLA for the fleet (region empty) or for one region, resolved as the engine
// resolves it (the region_uptime SLA takes the region's own uptime target).
struct RowSpec {
    QString slaId;
    QString name;
    QString region;
    QString selector; // the region's label matchers; empty for the fleet
    config::Unit unit = config::Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN;
    double alert = NAN;
    QString query; // the template, with $window and $selector
    std::chrono::seconds window{300};
    QDateTime since; // invalid: always
    QDateTime until;
};

// Every SLA for the fleet, then, region by region, the regional ones.
std::vector<RowSpec> reportRows(const config::Profile &profile);

// One query_range call (an evaluation at one instant is one with start == end).
struct PlannedQuery {
    enum class Kind { Stretch, Series, Alerts };
    Kind kind = Kind::Stretch;
    int row = -1; // index into ReportPlan::rows; -1 for the alerts
    QString promql;
    qint64 start = 0; // Unix seconds; start and end are both evaluated
    qint64 end = 0;
    qint64 step = 1;
    QString what; // what it is for, for people ("Error rate, eu-west-1, 2024-06-03")

    qint64 points() const { return (end - start) / step + 1; }
};

// Where one stretch's figure (a day, a month, the whole period) comes from.
struct StretchRef {
    bool inEffect = true; // false: the SLA did not exist then (since/until): NotInEffect, no query
    int query = -1;       // the query whose point at `to` is the figure; -1 when in effect but not begun
    qint64 from = 0;      // the part of the stretch the figure covers, [from, to), Unix seconds
    qint64 to = 0;
};

struct RowPlan {
    std::vector<StretchRef> days;   // one per Period::days
    std::vector<StretchRef> months; // one per Period::months
    StretchRef whole;
    // The violation series: points every resolution step in [seriesFrom, seriesTo), the query over the
    // SLA's own window; empty when the SLA is not in effect in the period.
    qint64 seriesFrom = 0;
    qint64 seriesTo = 0;
    std::vector<int> seriesQueries; // in time order
};

// Every query a report needs, in a fixed order (for each row its stretches, then its series; then the
// alerts). Pure: the same profile, period, resolution and time give the same plan.
struct ReportPlan {
    Q_DECLARE_TR_FUNCTIONS(ReportPlan)

public:
    // Prometheus refuses a range query of more than 11,000 points per series.
    static constexpr qint64 kMaxPoints = 11000;

    std::vector<RowSpec> rows;
    std::vector<RowPlan> rowPlans;
    std::vector<PlannedQuery> queries;
    std::vector<int> alertQueries;
    std::chrono::seconds resolution{60};
    qint64 start = 0; // the period's start
    qint64 end = 0;   // the period's end, or `now` (aligned down to the resolution) when it has not ended
    bool toDate = false;

    // `now` before the period's start: an empty plan (rows() empty, end <= start). resolution must be
    // between 1 s and 1 h (every hour then has points to count for the coverage).
    static ReportPlan make(const config::Profile &profile, const Period &period,
                           std::chrono::seconds resolution, const QDateTime &now);
};

// [start, end] every step (start on the step grid) as consecutive ranges of at most maxPoints points.
struct RangeChunk {
    qint64 start = 0;
    qint64 end = 0;
};
std::vector<RangeChunk> splitRange(qint64 start, qint64 end, qint64 step,
                                   qint64 maxPoints = ReportPlan::kMaxPoints);

} // namespace slaops::report
