#pragma once

#include "config/profile.h"
#include "period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <chrono>
#include <vector>

namespace slaops::engine {
struct RecordedRules;
}

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
    // Stretch: a figure over a day, month or period. Series: the raw query over the SLA's own window at
    // the resolution. Digest: the same read from the recorded figure, as only the points past the
    // target and the grid points without a recorded sample. Chart: the recorded figure's worst per
    // chart bucket. Fill: the raw query over grid points the rules did not record. Alerts: ALERTS.
    enum class Kind { Stretch, Series, Alerts, Digest, Chart, Fill };
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
    std::vector<int> seriesQueries; // in time order (Series, or Digest when recorded)
    // Not empty: the violation series is read from this recorded series (issue 11's rules, loaded at
    // this profile's version and evaluated at least once per resolution step), not evaluated raw.
    QString recorded;
    std::vector<int> chartQueries; // recorded: the worst per chart bucket
    std::vector<int> fillQueries;  // recorded: the raw query over the runs the rules left out
};

// The label that marks, in a Digest answer, the series of grid points without a recorded sample.
inline constexpr char kMissingLabel[] = "slaops_missing";

// The chart of a row's violation series: buckets of k grid points, each drawn at its end with the
// worst value in (end - width, end]; every bucket has the same width but the last, which stops at the
// series' last grid point. At most ReportPlan::kChartPoints buckets.
struct ChartBucket {
    qint64 end = 0;
    qint64 width = 0;
};
std::vector<ChartBucket> chartBuckets(qint64 firstGrid, qint64 lastGrid, qint64 step);

// Every query a report needs, in a fixed order (for each row its stretches, then its series; then the
// alerts). Pure: the same profile, period, resolution and time give the same plan.
struct ReportPlan {
    Q_DECLARE_TR_FUNCTIONS(ReportPlan)

public:
    // Prometheus refuses a range query of more than 11,000 points per series.
    static constexpr qint64 kMaxPoints = 11000;
    // The most points a row's chart holds.
    static constexpr qint64 kChartPoints = 1500;

    std::vector<RowSpec> rows;
    std::vector<RowPlan> rowPlans;
    std::vector<PlannedQuery> queries;
    std::vector<int> alertQueries;
    std::chrono::seconds resolution{60};
    qint64 start = 0; // the period's start
    qint64 end = 0;   // the period's end, or `now` (aligned down to the resolution) when it has not ended
    bool toDate = false;
    QTimeZone zone; // the period's, for the queries' descriptions

    // `now` before the period's start: an empty plan (rows() empty, end <= start). resolution must be
    // between 1 s and 1 h (every hour then has points to count for the coverage). With `recorded`
    // loaded for this profile's version and evaluated at least every resolution step, the rows it
    // records read their violation series from it (Digest and Chart instead of Series).
    static ReportPlan make(const config::Profile &profile, const Period &period,
                           std::chrono::seconds resolution, const QDateTime &now,
                           const engine::RecordedRules *recorded = nullptr);

    // The row's first and last grid points of its violation series; first > last when it has none.
    std::pair<qint64, qint64> seriesGrid(const RowPlan &row) const;
    // Plans the raw query of a recorded row over [from, to) runs of its grid (in time order) that the
    // rules did not record, as Fill queries of at most kMaxPoints points.
    void addFill(int row, const std::vector<std::pair<qint64, qint64>> &runs);
};

// [start, end] every step (start on the step grid) as consecutive ranges of at most maxPoints points.
struct RangeChunk {
    qint64 start = 0;
    qint64 end = 0;
};
std::vector<RangeChunk> splitRange(qint64 start, qint64 end, qint64 step,
                                   qint64 maxPoints = ReportPlan::kMaxPoints);

} // namespace slaops::report
