#pragma once

#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>

namespace slaops::engine {

// Ages a snapshot by the reader's own clock (DESIGN.md §3). A snapshot says what was true when it
// was built; if no newer one arrives (a refresh that hangs, an engine that stopped), its figures
// must not go on looking current. Every reader shows aged(snapshot, now), never the raw snapshot.
class Freshness {
    Q_DECLARE_TR_FUNCTIONS(Freshness)

public:
    // A figure (or budget) confirmed longer ago than the snapshot's staleAfter turns Stale, longer
    // ago than errorAfter an Error; either way it keeps its value and, in lastKnown, the state it
    // had ("Stale, was Breach"). Returns `snapshot` itself when nothing needs to change.
    static SnapshotPtr aged(const SnapshotPtr &snapshot, const QDateTime &now);

    // The same rule for one figure; true when it changed.
    static bool age(Figure &figure, const QDateTime &now, std::chrono::milliseconds staleAfter,
                    std::chrono::milliseconds errorAfter);
    static bool age(BudgetFigure &budget, const QDateTime &now, std::chrono::milliseconds staleAfter,
                    std::chrono::milliseconds errorAfter);
};

} // namespace slaops::engine
