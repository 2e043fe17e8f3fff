#pragma once

#include "actions/auditlog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace slaops::ui {

class AuditModel;

// The containment audit log for people: the chain's verdict as a banner (intact, or broken at a
// record, in the breach colour), the records as a table with a filter, and the selected record's
// JSON in full. It shows what it is given; the app reads the log (AuditLog::read and verify).
class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void setRecords(std::vector<actions::AuditLog::Record> records,
                    const actions::AuditLog::Verdict &verdict);
    void setFilter(const QString &text);

    QString bannerText() const;
    bool bannerIsBroken() const { return m_broken; }
    int visibleRows() const;
    QString detailsText() const;
    void selectRow(int row); // among the visible rows
    AuditModel *model() const { return m_model; }

private:
    AuditModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    bool m_broken = false;
};

} // namespace slaops::ui
