#pragma once

#include "actions/auditlog.h"

#include <QAbstractTableModel>
#include <vector>

namespace slaops::ui {

// The audit log's records as a table (DESIGN.md §8: a model that only takes value structs in).
class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Kind, Actor, Action, Target, Result, ColumnCount };
    enum Role { JsonRole = Qt::UserRole + 1 }; // the record pretty-printed

    explicit AuditModel(QObject *parent = nullptr);

    void setRecords(std::vector<actions::AuditLog::Record> records);
    // The 1-based line where the chain breaks (AuditLog::Verdict::firstBroken), 0 when intact: that row
    // is marked in the breach colour and says so, so the record is found without reading numbers.
    void setFirstBroken(int line);
    int brokenRow() const { return m_firstBroken - 1; }
    const actions::AuditLog::Record *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a cell says, from the record's JSON as the runner writes it (see the .cpp for the keys).
    static QString cellText(const actions::AuditLog::Record &r, Column c);

private:
    std::vector<actions::AuditLog::Record> m_records;
    int m_firstBroken = 0;
};

} // namespace slaops::ui
