#pragma once

#include "config/profile.h"
#include "period.h"
#include "sla/state.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <cmath>
#include <vector>

namespace slaops::report {

// What a figure over a stretch of time (a day, a month, the period) came to.
enum class Status {
    Met,         // known over the whole stretch, within the SLA target
    Violated,    // known, past the SLA target
    Unknown,     // no data, or an hour of the stretch without data, or a query that failed
    NotInEffect, // the SLA did not exist then (the profile's since/until): neither met nor unknown
};
QString statusName(Status status);  // "met", "violated", "unknown", "not_in_effect": stable, for JSON/CSV
QString statusLabel(Status status); // translated, for people
// Two parts of one figure together: Violated if either is (a known breach is certain), else
// Unknown if either is, else Met if either is, else NotInEffect.
Status combine(Status a, Status b);

// One figure over one stretch.
struct Value {
    double value = NAN; // in the SLA's query scale (a ratio for percent); NaN when unknown
    Status status = Status::Unknown;
    // Share of the stretch's hours that had data (0..1). Below 1 the status is Unknown, but a value
    // computed from the hours that had data is still given, for people to judge.
    double coverage = 0;
};

struct Point {
    qint64 t = 0;       // Unix seconds
    double value = NAN; // NaN: no data at t (a gap in a chart)
};

enum class TrendDirection { Improving, Degrading, Stable, Unknown };
QString trendDirectionName(TrendDirection d); // "improving", "degrading", "stable", "unknown"

// sla::theilSen over the daily figures (weekly for a quarter), read with the SLA's comparison.
struct Trend {
    TrendDirection direction = TrendDirection::Unknown;
    double slopePerDay = NAN; // in the query's scale per day
    double slopeLow = NAN;    // the slope's confidence interval (95 %)
    double slopeHigh = NAN;
    int points = 0; // how many days (or weeks) went into it
};

// One SLA over the period, for the whole fleet (region empty) or for one region.
struct SlaRow {
    QString slaId;
    QString name;
    QString region; // empty: the fleet
    config::Unit unit = config::Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN; // the region's own uptime target for the region_uptime SLA
    double alert = NAN;
    QString query;             // the PromQL template it was computed from
    std::vector<Value> days;   // one per Period::days, computed on that day's own counters
    std::vector<Value> months; // one per Period::months, on that month's own counters
    Value overall;             // over the whole period, on its own counters
    // The source document's view, labelled as such wherever shown: the share of the known days
    // that were Met (NaN when no day is known). Not the achievement: `overall` is.
    double compliantDayShare = NAN;
    // Percent SLAs: share of the period's error budget used, (1 - achieved) / (1 - target) for
    // at_least, achieved / target for at_most; 1 = all of it, above 1 = overspent. NaN otherwise.
    double budgetConsumed = NAN;
    // The figure over its own window at the report's resolution, for charts: the worst of each bucket
    // of grid points (at most ReportPlan::kChartPoints), NaN where a bucket has none.
    std::vector<Point> series;
    // The violation series and chart were read from the recorded figure (slaops:sla:value of the
    // generated rules), with the raw query only where the rules recorded nothing.
    bool recorded = false;
    Trend trend;
};

// A stretch of consecutive points past the SLA target at the report's resolution.
struct Violation {
    QString slaId;
    QString name;
    QString region;          // empty: the fleet
    QDateTime start;         // UTC, the first point past the target
    qint64 durationSecs = 0; // points past the target times the resolution
    double worst = NAN;      // the value furthest past the target
    double target = NAN;
    config::Unit unit = config::Unit::Percent;
    QString severity; // "critical" when the worst value is also past an alert threshold that lies beyond
                      // the target, "high" otherwise (the profile's escalation names)
};

// A major incident for the business review: an alert that fired (Prometheus' ALERTS series) or a
// containment action from the audit log, within the period.
struct Incident {
    enum class Source { Alert, Action };
    Source source = Source::Alert;
    QDateTime start;         // UTC
    qint64 durationSecs = 0; // 0 for an action
    QString title;           // alert name, or action kind and target
    QString severity;
    QString region;
    QString detail; // labels, or the action's outcome and actor
};

struct Recommendation {
    QString slaId;
    QString region;
    QString text;      // what to look at (the profile's `advice:` for the SLA, or a general one)
    QString rationale; // the figures behind it: the trend, its rate and interval, violations
};

struct Report {
    Period period;
    QString profileName;
    QString profileFile;
    QUrl prometheus;
    QDateTime generatedAt; // UTC
    std::chrono::seconds resolution{60};
    std::vector<SlaRow> rows;          // each SLA for the fleet, then for each region (regional ones)
    std::vector<Violation> violations; // in time order
    std::vector<Incident> incidents;   // in time order (quarter and month)
    std::vector<Recommendation> recommendations;
    // Quarter: the business review's free-text sections, kept with the report.
    QString initiatives;
    QString roadmap;
    // What could not be fetched or computed, one line each, fit for people ("Error rate, eu-west-1,
    // 3–4 February: Prometheus answered 503"). Non-empty: the report is Unknown, and says so on
    // every page; never a half-report that looks complete.
    QStringList missing;
    QStringList warnings; // Prometheus' own warnings and ours (a query split to stay under the point limit)

    // Unknown when anything is missing (a part could not be fetched: never a half-report that looks
    // complete); else Violated when a row's overall is; else Unknown when a row's overall is Unknown
    // (a period with hours that have no data is not met); else Met.
    Status status() const;
    // slaops report's exit code: 0 Met, 1 Violated, 2 Unknown.
    int exitCode() const;
};

} // namespace slaops::report
