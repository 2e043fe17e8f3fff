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
    const actions::AuditLog::Record *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a cell says, from the record's JSON as the runner writes it (see the .cpp for the keys).
    static QString cellText(const actions::AuditLog::Record &r, Column c);

private:
    std::vector<actions::AuditLog::Record> m_records;
};

} // namespace slaops::ui
