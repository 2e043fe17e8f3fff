#pragma once

#include "config/profile.h"
#include "sla/state.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <cmath>

namespace slaops::engine {

// What views do with a figure, from the profile's roles (views never name SLA ids).
struct FigureRoles {
    bool trend = false;      // its gauge carries a sparkline
    bool regionMain = false; // one of a region's own figures, at the head of its card
    bool regionCard = false; // also shown on the region's card, below its own figures
};

// One figure of a snapshot: everything a widget needs to paint it and a person needs to trust it.
struct Figure {
    QString id;
    QString name;
    QString region; // empty: the whole fleet
    config::Unit unit = config::Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = NAN;
    double alert = NAN;
    FigureRoles roles;

    sla::State state = sla::State::NoData;
    // For a Stale or Error figure that still shows a value: the state that value had when it was
    // current ("Stale, was Breach"). NoData when there is no such value.
    sla::State lastKnown = sla::State::NoData;
    // The value to show. Fresh when the state is Ok, Warning or Breach; the last good value when Stale
    // or Error (shown greyed, with its age); NaN when there never was one.
    double value = NAN;
    QDateTime sampleTime;  // time of the newest sample behind `value` (UTC)
    QDateTime confirmedAt; // when the source last answered with `value`
    QString source;        // the Prometheus URL
    QString query;         // the PromQL as sent
    QString rule;          // read from a recorded series: the recording rule's expression; else empty
    QString message;       // why the state is not Ok/Warning/Breach, or a note; empty otherwise
    QStringList warnings;  // warnings Prometheus sent with the answer
    qint64 queryLatencyMs = -1;
    bool direct = false;       // computed from a direct scrape of the nodes while Prometheus was down
    bool windowCovered = true; // false: the SLA's window reaches back before the data (message says)

    bool hasValue() const { return std::isfinite(value); }
    qint64 ageSeconds(const QDateTime &now) const
    {
        return sampleTime.isValid() ? sampleTime.secsTo(now) : -1;
    }
};

} // namespace slaops::engine
