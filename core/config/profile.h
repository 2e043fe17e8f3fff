#pragma once

#include "sla/state.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <vector>

namespace slaops::config {

// How a figure's raw value is shown and how its targets are written in the profile.
enum class Unit {
    Percent,      // the query returns a ratio 0..1; targets are written "99.999%"
    Milliseconds, // targets "100ms"
    Seconds,      // targets "10s"
    RequestsPerSecond,
};

QString unitName(Unit unit);   // as written in the profile
QString unitSymbol(Unit unit); // as shown next to a value ("%", "ms", "s", "RPS")

struct SlaSpec {
    QString id;    // stable key, [a-z0-9_]+
    QString name;  // shown to people
    QString query; // PromQL; "{{window}}" is replaced by the window
    Unit unit = Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = 0; // in the query's own scale (a ratio for Percent)
    double alert = 0;  // alert threshold, same scale
    std::chrono::seconds window{300};

    QString expandedQuery() const;
};

struct Sources {
    QUrl prometheus;
    std::vector<QUrl> alertmanagers;
    std::chrono::milliseconds timeout{10000};
};

struct Profile {
    QString name;
    QString file; // where it was loaded from, for messages
    std::chrono::milliseconds refreshInterval{5000};
    // A figure whose query fails stays Stale (last value kept, greyed) until its last good value is
    // this old; after that it is an Error. Stale from the first failure: a value we cannot confirm
    // is never shown as Ok.
    std::chrono::milliseconds errorAfter{60000};
    Sources sources;
    std::vector<SlaSpec> slas;
};

QString formatDuration(std::chrono::seconds d); // "5m", "1h30m", as PromQL writes it

} // namespace slaops::config
