#pragma once

#include "config/profile.h"
#include "directscrape.h"
#include "prom/rawresponse.h"
#include "refreshplan.h"
#include "replicachoice.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <vector>

namespace slaops::engine {

// One Prometheus source of the refresh, as the engine's ReplicaSet knew it when the refresh ended.
struct SourceInput {
    QString name; // "global", or the region's
    std::vector<QString> urls;
    std::vector<ReplicaHealth> health;
    std::vector<prom::RawResponse> probes; // the last lag probe answer of each replica; none when not asked
    std::chrono::milliseconds maxLag{60000};
    QString secretRef; // the keychain entry of its credential; empty when it needs none
    std::size_t preferred = 0;
};

// Everything one refresh needs to become a snapshot, copied so that a worker thread owns it.
struct BuildInput {
    quint64 generation = 0;
    QDateTime startedAt;
    QDateTime now;
    QString profileName;
    QString source;    // the Prometheus URL
    QString secretRef; // the keychain entry of its credential; empty when it needs none
    std::chrono::milliseconds staleAfter{10000};
    std::chrono::milliseconds errorAfter{60000};
    RefreshPlan plan;
    // Per source (Profile::prometheusSources() order): whether its generated rules were read, and the
    // warning when another profile version's are loaded.
    std::vector<std::pair<RecordedRules::Status, QString>> rules;
    std::vector<prom::RawResponse> responses; // one per plan.queries(), same order
    // Per response, the replica of its source (plan.sources()) that gave it; missing or -1: unknown.
    std::vector<int> answeredBy;
    // Index by plan.sources(); empty: one source, `source` with `secretRef`.
    std::vector<SourceInput> sources;
    SnapshotPtr previous; // may be null
    // Direct scrape of the nodes, done while Prometheus is down: one answer per URL, same order.
    std::vector<config::ScrapeTarget> scrapeTargets;
    std::vector<prom::RawResponse> scrapes;
};

// Pure: parses the answers and turns them into figures and budgets. No I/O, no event loop; runs on
// a worker thread.
class SnapshotBuilder {
    Q_DECLARE_TR_FUNCTIONS(SnapshotBuilder)

public:
    static Snapshot build(const BuildInput &in);
};

} // namespace slaops::engine
