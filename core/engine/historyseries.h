#pragma once

#include "sla/lttb.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <chrono>
#include <vector>

namespace slaops::engine {

// The time ranges a chart offers.
enum class HistoryRange { Hour, SixHours, Day, Week, Month };

inline constexpr HistoryRange kHistoryRanges[] = {HistoryRange::Hour, HistoryRange::SixHours,
                                                  HistoryRange::Day, HistoryRange::Week, HistoryRange::Month};

inline std::chrono::seconds historyRangeDuration(HistoryRange range)
{
    using namespace std::chrono;
    switch (range) {
    case HistoryRange::Hour:
        return hours(1);
    case HistoryRange::SixHours:
        return hours(6);
    case HistoryRange::Day:
        return hours(24);
    case HistoryRange::Week:
        return hours(24 * 7);
    case HistoryRange::Month:
        return hours(24 * 30);
    }
    return hours(1);
}

// "1h", "6h", "24h", "7d", "30d": the same in every language, as Grafana writes them.
inline QString historyRangeLabel(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Hour:
        return QStringLiteral("1h");
    case HistoryRange::SixHours:
        return QStringLiteral("6h");
    case HistoryRange::Day:
        return QStringLiteral("24h");
    case HistoryRange::Week:
        return QStringLiteral("7d");
    case HistoryRange::Month:
        return QStringLiteral("30d");
    }
    return {};
}

// One figure over a time range, ready to draw: a value, handed from the fetcher to a chart.
struct HistorySeries {
    QString id;
    QString region; // empty: the whole fleet
    HistoryRange range = HistoryRange::Hour;
    QDateTime start; // UTC, the range asked for
    QDateTime end;
    std::chrono::seconds step{0}; // the query_range step
    // x: milliseconds since the Unix epoch (what QDateTimeAxis reads); y: the value in the query's own
    // scale (a ratio for percent figures). A NaN y is a gap (Prometheus had no sample for a while).
    std::vector<sla::Point> points;
    std::size_t rawPoints = 0; // samples Prometheus sent, before downsampling
    QString error;             // why there is no series (Prometheus down, a bad answer); empty when ok
    QStringList warnings;      // warnings Prometheus sent with the answer
    qint64 queryLatencyMs = -1;

    bool ok() const { return error.isEmpty(); }
    // No error, yet nothing to draw: the chart says so instead of showing an empty, calm plot.
    bool noData() const { return ok() && points.empty(); }
};

} // namespace slaops::engine

Q_DECLARE_METATYPE(slaops::engine::HistorySeries)
