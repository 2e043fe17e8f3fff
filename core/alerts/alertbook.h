#pragma once

#include "alert.h"

#include <QDateTime>
#include <memory>
#include <vector>

namespace slaops::alerts {

// The alerts of every Alertmanager of the profile, merged: one entry per fingerprint, whatever the
// number of instances that hold it. A value, like engine::Snapshot: built on a worker, published as
// std::shared_ptr<const AlertBook>, only read by views and commands.
struct BookAlert {
    enum class Status { Active, Silenced, Inhibited }; // silenced wins over inhibited, as in the AM UI

    Alert alert;                // the copy with the newest updatedAt
    std::vector<int> instances; // indices into AlertBook::instances that hold it, ascending
    Status status = Status::Active;
    // Held only by instances that are down now: the last state they reported, kept so the count
    // does not drop when one Alertmanager is unreachable (their InstanceHealth says since when).
    bool stale = false;
};

// The same silence under another id on other instances.
struct SilenceCopy {
    QString id;
    std::vector<int> instances;
};

struct BookSilence {
    Silence silence;
    std::vector<int> instances; // the instances that know it (HA peers gossip silences)
    int matchingAlerts = 0;     // alerts of this book its matchers select now, whatever their state
    // One acknowledgement makes a silence on each HA cluster and each standalone instance, each with
    // its own id: the others, which the book shows as one silence and which expire and extend with
    // it. Same matchers, author, comment and state, times within a minute, on disjoint instances.
    std::vector<SilenceCopy> twins;

    bool hasId(const QString &id) const
    {
        if (silence.id == id)
            return true;
        for (const SilenceCopy &t : twins)
            if (t.id == id)
                return true;
        return false;
    }
    // Every id with the instances that know it, this one first.
    std::vector<SilenceCopy> copies() const
    {
        std::vector<SilenceCopy> all{{silence.id, instances}};
        all.insert(all.end(), twins.begin(), twins.end());
        return all;
    }
};

// Two peers of one HA cluster whose alert sets differ, and since when. Flagged once they have
// differed for longer than two refresh intervals: they gossip silences, not alerts, so a short
// difference is normal.
struct PeerDisagreement {
    QString cluster;
    std::vector<int> instances;
    QDateTime since;
    int differing = 0; // fingerprints held by some peers of the cluster but not all
    // Differing for longer than two refresh intervals: worth showing. Shorter differences are kept
    // in the book only so that the next build carries `since` forward.
    bool flagged = false;
};

struct AlertBook {
    QDateTime at; // when the poll that produced it ended
    std::vector<InstanceHealth> instances;
    // Stable order, independent of the order the instances answered in: severity (critical, high,
    // warning/medium, low, info, other), then startsAt, then fingerprint.
    std::vector<BookAlert> alerts;
    std::vector<BookSilence> silences; // by id, merged across instances
    std::vector<PeerDisagreement> disagreements;
    // The instances grouped by HA cluster (recognised from /api/v2/status peers): one group per
    // cluster and one per standalone instance, each ascending, in the order of their first instance.
    // A silence is created once per group (peers gossip it).
    std::vector<std::vector<int>> clusters;

    bool allInstancesUp() const
    {
        for (const InstanceHealth &i : instances)
            if (!i.up)
                return false;
        return !instances.empty();
    }
};

using AlertBookPtr = std::shared_ptr<const AlertBook>;

} // namespace slaops::alerts
