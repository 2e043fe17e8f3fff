#pragma once

#include "alertbook.h"

#include <QDateTime>
#include <chrono>
#include <vector>

namespace slaops::alerts {

// What one Alertmanager gave in one poll. `health` needs url, up, and when down the error fields;
// the builder fills lastSuccess, downSince and (for a down instance) the last known cluster.
struct InstancePoll {
    InstanceHealth health;
    std::vector<Alert> alerts;
    std::vector<Silence> silences;
};

struct BookInput {
    QDateTime now;
    std::chrono::milliseconds refreshInterval{5000};
    std::vector<InstancePoll> instances; // in the profile's order; that order is the book's
    AlertBookPtr previous;               // the last book published, or null
};

// Builds the merged AlertBook (pure: no I/O, no Qt event loop; runs on the worker pool).
// - Alerts merge by fingerprint. The copy with the newest updatedAt stands for the alert (ties: the
//   first instance); silencedBy and inhibitedBy are the union of all copies. The status is Silenced
//   when every copy is silenced, Inhibited when every copy is suppressed and not all silenced, else
//   Active: an alert a standalone Alertmanager still notifies about is not acknowledged.
// - An instance that is down contributes what it held in the previous book (stale).
// - Silences merge by id (newest updatedAt); matchingAlerts counts the book's alerts each selects.
// - Peers of one HA cluster whose alert sets differ get a PeerDisagreement whose `since` carries
//   over from the previous book; it is flagged after two refresh intervals.
class AlertBookBuilder {
public:
    static AlertBook build(const BookInput &in);

    // Severity rank of the book's order: critical, high, warning/medium, low, info, anything else.
    static int severityRank(QStringView severity);
    // The instance groups of `instances` by HA cluster (see AlertBook::clusters).
    static std::vector<std::vector<int>> clusters(const std::vector<InstanceHealth> &instances);
    // The indices of the book's alerts that `matchers` select now (a silence's preview).
    static std::vector<int> matching(const AlertBook &book, const std::vector<Matcher> &matchers);
};

} // namespace slaops::alerts
