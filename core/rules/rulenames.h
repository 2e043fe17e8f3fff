#pragma once

#include "config/profile.h"

#include <QString>
#include <chrono>

// The contract between the rules slaops generates (`slaops rules generate`) and the engine that reads
// them back: record names, label names and the profile version. Written once here so that the
// generator, the engine and the tests cannot drift apart.
namespace slaops::rules {

// Labels every generated recording and alerting rule carries.
inline constexpr char kProfileLabel[] = "slaops_profile";         // the profile's name
inline constexpr char kVersionLabel[] = "slaops_profile_version"; // profileVersion() of it
inline constexpr char kSlaLabel[] = "slaops_sla";                 // an SLA id, or rto / rpo / network_latency
inline constexpr char kRegionLabel[] = "slaops_region";           // a region's name; absent for the fleet

// Record names (Prometheus' level:metric:operations).
// The figure the console shows, over the SLA's own window: every SLA for the fleet and, when regional,
// for each region; and each region's own figures (rto, rpo, network_latency).
inline constexpr char kValueRecord[] = "slaops:sla:value";
// A percentage SLA whose query is a ratio of two sums (PromqlShape::splitRatio: A / B or c - A / B):
// A and B with $window = 5m, from which every longer window is built (sum_over_time(A) / sum_over_time(B)
// is the ratio of events over the long window, never an average of 5-minute ratios).
inline constexpr char kNumeratorRecord[] = "slaops:sla_numerator:rate5m";
inline constexpr char kDenominatorRecord[] = "slaops:sla_denominator:rate5m";
// The share of bad events (sla::badFraction's meaning, not clamped) of a percentage SLA over a burn-rate
// window: "slaops:sla_error_ratio:rate5m" ... "slaops:sla_error_ratio:rate3d".
QString errorRatioRecord(std::chrono::seconds window);

// The burn-rate windows the rules record, shortest first: 5m, 30m, 1h, 2h, 6h, 1d, 3d (the engine's
// kBurnWindows).
inline constexpr std::chrono::seconds kRecordedWindows[] = {
    std::chrono::minutes(5), std::chrono::minutes(30), std::chrono::hours(1), std::chrono::hours(2),
    std::chrono::hours(6),   std::chrono::hours(24),   std::chrono::hours(72)};
// The window the long ones are built from.
inline constexpr std::chrono::seconds kBaseWindow = std::chrono::minutes(5);

// Alert names of the multi-window, multi-burn-rate alerts (one of each per percentage SLA, fleet-wide).
inline constexpr char kPageAlert[] = "SlaopsErrorBudgetBurnPage";
inline constexpr char kTicketAlert[] = "SlaopsErrorBudgetBurnTicket";

// A short hash (12 hex digits) of everything in the profile that the generated rules compute or
// compare with: each SLA's id, query, unit, comparison, target, alert threshold, window and regional
// flag; each region's name, selector and targets; the region queries; the budget period; the burn
// alerts' severities. Rules loaded for a profile whose version differs are not used.
QString profileVersion(const config::Profile &profile);

// The PromQL selector of one recorded series of this profile: `record{slaops_profile="p",
// slaops_profile_version="v",slaops_sla="id",slaops_region="r"}`; the fleet's has slaops_region="" (the
// label is absent there). Label values are escaped as PromQL strings.
QString recordedSelector(const config::Profile &profile, const QString &record, const QString &slaId,
                         const QString &region);
// The same with the version already known (it is a hash of the whole profile: a refresh plan that
// writes dozens of selectors computes it once).
QString recordedSelector(const QString &profileName, const QString &version, const QString &record,
                         const QString &slaId, const QString &region);

} // namespace slaops::rules
