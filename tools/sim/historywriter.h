#pragma once

#include "scenario.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>

// `slaops-sim --history-openmetrics FILE`: the fleet's metrics over a past period as OpenMetrics
// text, for `promtool tsdb create-blocks-from openmetrics` (issue 10: reports are tested against a
// real Prometheus holding a known history). The values come from the live model itself (the same
// Fleet, ServiceModel and SimRandom, ticked once per step), so a history and a live run cannot
// disagree on what a scenario does. Labels are those Prometheus stores for a live scrape: the
// page's region/node (and type, le), job="erlmcp-sla", and instance=<node> (a history has no
// ports); `up` is written per node, 1 while it serves and 0 while a scenario has it down, when
// its other series have no sample (Prometheus' own staleness markers cannot be written as text).
class HistoryWriter {
public:
    struct Event {
        Scenario scenario;
        qint64 startSecs = 0; // Unix seconds, UTC
        qint64 durationSecs = 0;
    };
    struct Options {
        QString path;
        qint64 fromSecs = 0; // first sample, inclusive
        qint64 toSecs = 0;   // last sample at or before it
        qint64 stepSecs = 15;
        std::uint64_t seed = 20240601;
        int nodesPerRegion = 3;
        QList<Event> events;
    };

    static constexpr qint64 kMaxPeriodSecs = 100LL * 86400;
    static constexpr qint64 kMaxSamples = 50'000'000;

    // "KIND:TARGET:ISO-START:DURATION", e.g. error-burst:eu-west-1:2024-06-03T10:00:00Z:2h (the ISO
    // time has colons of its own: the kind and target are the first two fields, the duration the last).
    static bool parseEvent(const QString &text, Event *event, QString *error);
    // 15s, 1m, 2h, 1d; whole seconds only. -1 when the text is not such a duration.
    static qint64 parseDuration(const QString &text);
    // An ISO 8601 date-time with a zone (Z or +hh:mm); -1 when it is not one.
    static qint64 parseIsoSecs(const QString &text);

    explicit HistoryWriter(Options options);
    // Validates (period, bounds, events against the fleet's names, no overlaps), simulates and writes
    // the file atomically. False with a message on any problem; nothing is left half-written.
    bool run(QString *error);
    qint64 samplesWritten() const { return m_samples; }

private:
    const Event *activeAt(qint64 t) const;

    Options m_options;
    qint64 m_samples = 0;
};
