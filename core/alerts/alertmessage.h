#pragma once

#include "alert.h"
#include "config/profile.h"
#include "engine/snapshot.h"

#include <QCoreApplication>
#include <QString>

namespace slaops::alerts {

// The engine's figure behind an alert: the profile SLA its `sla` label names, in its `region` when
// the snapshot has that region's figure, else the fleet's. Null when the label names no SLA of the
// profile or the snapshot has no such figure.
const engine::Figure *alertFigure(const Alert &alert, const config::Profile &profile,
                                  const engine::Snapshot *snapshot);

// "Copy as message": an alert written in the source document's incident template (name, severity,
// metric, current value, target, timestamp, region, impact, recommended action), for a chat or a
// ticket, as plain text or Markdown. Every field is filled, saying "unknown" rather than leaving a gap.
struct AlertMessage {
    Q_DECLARE_TR_FUNCTIONS(AlertMessage)

public:
    QString name;
    QString severity;
    QString metric;
    QString value;     // the engine's current figure, with its state when it is not fresh
    QString target;    // "SLA ≥ 99.999 %"
    QString timestamp; // startsAt in UTC: a message is read in every time zone
    QString region;
    QString summary;
    QString impact;
    QString action;
    QString runbook;   // credentials redacted
    QString dashboard; // dashboard_url, else the generator URL; credentials redacted

    // Values from the alert's labels and annotations and, when its `sla` label names an SLA of the
    // profile, the snapshot's figure and the SLA's target. `snapshot` may be null.
    static AlertMessage build(const Alert &alert, const config::Profile &profile,
                              const engine::Snapshot *snapshot);

    QString plainText() const;
    QString markdown() const;

    // Label text made inert in Markdown: punctuation that means something is backslash-escaped and
    // line breaks become spaces (a label must not start a heading or a list item of its own).
    static QString escapeMarkdown(const QString &text);
};

} // namespace slaops::alerts
