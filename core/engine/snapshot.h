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

// An immutable, complete picture of one refresh (DESIGN.md §3). Shared read-only between threads.
struct Snapshot {
    quint64 generation = 0;
    QDateTime time;        // when the refresh started (UTC)
    qint64 refreshMs = -1; // wall time of the refresh, from the first query sent to the snapshot built
    QString profileName;
    SourceStatus prometheus;
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
