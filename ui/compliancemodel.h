#pragma once

#include "engine/snapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace slaops::ui {

// The SLA compliance summary: one row per figure of a snapshot (fleet and regions), one column per
// fact an SRE checks before trusting it. The model only reads snapshots; rows keep their order while
// the set of figures stays the same, so that a refresh never moves the current row under the user.
class ComplianceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scope, Sla, Value, Target, Alert, StateColumn, Age, Source, ColumnCount };
    enum Role {
        // The raw value behind a cell, for sorting: numbers stay numbers, the state is its severity,
        // the scope its rank (fleet first, then regions in the profile's order). Invalid when unknown.
        SortRole = Qt::UserRole + 1,
        StateRole,    // int(sla::State) of the row
        SeverityRole, // severity(state) of the row
        IdRole,       // the figure's id
        RegionRole,   // the figure's region ("" for the fleet)
    };

    explicit ComplianceModel(QObject *parent = nullptr);

    // Takes the figures of a snapshot; `now` is the wall clock the ages are written against. Emits
    // dataChanged when the same figures come back (the usual refresh), a reset only when the set changes.
    void setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now);
    engine::SnapshotPtr snapshot() const { return m_snapshot; }

    // The figure shown in a row; rows are valid while the snapshot is.
    const engine::Figure &figure(int row) const;
    // The row of a figure, or -1.
    int rowOf(const QString &id, const QString &region) const;

    // Breach 5 > Error 4 > Stale 3 > NoData 2 > Warning 1 > Ok 0: the order in which problems need eyes.
    static int severity(sla::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const engine::Figure &f, int column) const;
    QString toolTip(const engine::Figure &f) const;
    int scopeRank(const QString &region) const;

    engine::SnapshotPtr m_snapshot;
    QDateTime m_now;
    // Row -> index into m_snapshot->figures. Kept in the first order seen while the set is unchanged.
    std::vector<std::size_t> m_rows;
    QStringList m_regions; // regions in the order they first appear: the scope rank
};

} // namespace slaops::ui
