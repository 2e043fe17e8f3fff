#pragma once

#include "budgetfigure.h"
#include "figure.h"
#include "recordedrules.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <chrono>
#include <memory>
#include <vector>

namespace slaops::engine {

struct ScrapeRound;

// The health of one source (Prometheus) as seen by the refresh that made the snapshot.
struct SourceStatus {
    QString url;
    bool reachable = false;          // every query of the refresh got an HTTP answer
    QString error;                   // the first failure, in words
    bool credentialRejected = false; // it answered 401/403: the fix is the credential, named in error
    QDateTime lastSuccess;           // last refresh in which it answered
    QDateTime downSince;             // first failed refresh of the current outage; invalid while reachable
    // Whether the profile's generated recording rules are loaded there (and used), and why not.
    RecordedRules::Status rules = RecordedRules::Status::NotAsked;
    QString rulesWarning; // rules of another profile version: what is wrong and what to do
};

// One replica of a source as the refresh that made the snapshot saw it.
struct ReplicaStatus {
    QString url;
    bool reachable = true;  // its last request got an answer
    QString error;          // why its last request failed; empty while reachable
    QDateTime newestSample; // the time of its newest sample, from its last lag probe; invalid: unknown
    qint64 lagMs = -1;      // how far that is behind the freshest replica's; -1: unknown
    bool lagging = false;   // more than the source's max_lag behind: not preferred
    int answers = 0;        // answers of this refresh it gave
};

// One Prometheus source (the global one, or a region's own): its replicas and which one answered.
struct SourceState {
    QString name;           // "global", or the region's name
    std::size_t active = 0; // the replica that gave most of this refresh's answers (else the preferred one)
    SourceStatus status;    // the source as a whole; `url` is the active replica's
    std::vector<ReplicaStatus> replicas;
};

// An immutable, complete picture of one refresh (DESIGN.md §3). Shared read-only between threads.
struct Snapshot {
    quint64 generation = 0;
    QDateTime time;        // when the refresh started (UTC)
    qint64 refreshMs = -1; // wall time of the refresh, from the first query sent to the snapshot built
    QString profileName;
    SourceStatus prometheus;          // the global source, as sources.front().status
    std::vector<SourceState> sources; // the global source first, then each region's own
    // The freshness rule the snapshot was made under (DESIGN.md §3): a value not confirmed for
    // staleAfter is Stale, for errorAfter an Error. Carried here so that every reader (the console,
    // the war room, check) ages the snapshot by its own clock with the same bounds.
    std::chrono::milliseconds staleAfter{10000};
    std::chrono::milliseconds errorAfter{60000};
    std::vector<Figure> figures;

    std::vector<BudgetFigure> budgets;
    // The last direct scrape of the nodes, kept so that the next one can compute rates; null while
    // Prometheus answers.
    std::shared_ptr<const ScrapeRound> scrapeRound;

    // A fleet-wide figure by id, or a region's.
    const Figure *figure(QStringView id, QStringView region = {}) const
    {
        for (const Figure &f : figures)
            if (f.id == id && f.region == region)
                return &f;
        return nullptr;
    }
    const BudgetFigure *budget(QStringView slaId) const
    {
        for (const BudgetFigure &b : budgets)
            if (b.slaId == slaId)
                return &b;
        return nullptr;
    }
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace slaops::engine

Q_DECLARE_METATYPE(slaops::engine::SnapshotPtr)
