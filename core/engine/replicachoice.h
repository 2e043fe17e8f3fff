#pragma once

#include "prom/rawresponse.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <vector>

namespace slaops::engine {

// What the engine knows of one replica of a source, from its last answers and lag probe.
struct ReplicaHealth {
    // Its last request got an answer. Unknown counts as up, so that the first refresh asks the
    // first replica, as the profile prefers.
    bool up = true;
    bool lagging = false; // its newest samples are more than max_lag behind the freshest replica's
    QString error;        // why its last request failed; empty while up
};

// The rules of replica choice, pure so that they are tested without servers.
class ReplicaChoice {
public:
    // The replica a query goes to first: the first, in the profile's order, that is up and not
    // lagging; else the first that is up (a lagging replica is still better than none); else the
    // first (every replica is tried in turn anyway).
    static std::size_t preferred(const std::vector<ReplicaHealth> &health);
    // The order in which a query tries the replicas: the preferred one, then the others that are
    // up, then those that are not, each group in the profile's order.
    static std::vector<std::size_t> order(const std::vector<ReplicaHealth> &health);
    // Whether a failed query goes on to the next replica at once: a connection refused or reset, a
    // request that timed out, a 5xx answer (a replica starting, overloaded or broken). Not a TLS
    // failure, a request the client refused, an answer too large or a 4xx (a bad query, a refused
    // credential): those would fail the same on every replica. Decided by kind and status, never text.
    static bool worthFailingOver(const prom::RawResponse &response);
    // The share of `left` an attempt gets when `untried` replicas (this one included) are still to
    // be tried: equal slices, so that a hung replica leaves the next as much time as it took.
    static std::chrono::milliseconds slice(std::chrono::milliseconds left, std::size_t untried);

    // The lag of each replica behind the freshest one, from the newest sample each has (invalid: it
    // has none, or its probe failed). -1 ms: not known.
    static std::vector<qint64> lagMs(const std::vector<QDateTime> &newest);
    // Whether a replica is lagging: more than maxLag behind the freshest, or without any sample while
    // another has some (its newest are older than Prometheus' 5-minute lookback).
    static std::vector<bool> lagging(const std::vector<QDateTime> &newest, const std::vector<bool> &probed,
                                     std::chrono::milliseconds maxLag);

    // The query that tells the time of a replica's newest sample: every Prometheus writes `up` for
    // each of its targets at every scrape, so the newest `up` is its last scrape round. It costs one
    // lookup per target, and exists on every server (a Thanos or Mimir front end as well).
    static QString lagQuery() { return QStringLiteral("max(timestamp(up))"); }
};

} // namespace slaops::engine
