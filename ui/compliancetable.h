#pragma once

#include "engine/snapshot.h"

#include <QDateTime>
#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace slaops::ui {

class ComplianceModel;

// The SLA compliance summary as a sortable, filterable table. Worst first by default (state severity,
// then fleet before regions); the filter matches any column's text. Enter or a double click on a row
// asks for that figure to be explained.
class ComplianceTable : public QWidget {
    Q_OBJECT
public:
    explicit ComplianceTable(QWidget *parent = nullptr);

    void setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now);

    ComplianceModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    void setFilterText(const QString &text);
    // Back to the default order: most severe first, then by scope.
    void sortBySeverity();

Q_SIGNALS:
    // The figure of a row was activated (Enter, Return or double click): "explain this number".
    void figureActivated(const QString &id, const QString &region);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &proxyIndex);

    ComplianceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace slaops::ui
