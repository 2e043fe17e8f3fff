#pragma once

#include "config/profile.h"
#include "directscrape.h"
#include "prom/rawresponse.h"
#include "refreshplan.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <vector>

namespace slaops::engine {

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
    RecordedRules::Status rules = RecordedRules::Status::NotAsked;
    QString rulesWarning;
    std::vector<prom::RawResponse> responses; // one per plan.queries(), same order
    SnapshotPtr previous;                     // may be null
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
