#pragma once

#include "config/profile.h"
#include "prom/rawresponse.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <vector>

namespace slaops::engine {

// Everything one refresh needs to become a snapshot, copied so that a worker thread owns it.
struct BuildInput {
    quint64 generation = 0;
    QDateTime startedAt;
    QDateTime now;
    config::Profile profile;
    std::vector<QString> queries;             // expanded PromQL, one per profile SLA
    std::vector<prom::RawResponse> responses; // one per profile SLA, same order
    SnapshotPtr previous;                     // may be null
};

// Pure: parses the answers and turns them into figures. No I/O, no event loop; runs on a worker.
class SnapshotBuilder {
    Q_DECLARE_TR_FUNCTIONS(SnapshotBuilder)

public:
    static Snapshot build(const BuildInput &in);
};

} // namespace slaops::engine
