#include "auditview.h"

#include "actionstyle.h"
#include "auditmodel.h"
#include "statestyle.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace slaops::ui {

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditView"));
    setAccessibleName(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("chainVerdict"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter: any text of a record's row (who, action, target, result)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the records"));
    layout->addWidget(m_filter);

    m_model = new AuditModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit records"));
    m_details = new QPlainTextEdit(split);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(ActionStyle::monospace());
    m_details->setTabChangesFocus(true);
    m_details->setAccessibleName(tr("The selected record in full"));
    m_details->setPlaceholderText(tr("Select a record to see it in full."));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditView::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_details->setPlainText(current.isValid() ? current.data(AuditModel::JsonRole).toString()
                                                          : QString());
            });
}

void AuditView::setRecords(std::vector<actions::AuditLog::Record> records,
                           const actions::AuditLog::Verdict &verdict)
{
    m_model->setRecords(std::move(records));
    m_model->setFirstBroken(verdict.intact ? 0 : verdict.firstBroken);
    m_broken = !verdict.intact;
    QString text;
    if (verdict.intact)
        text = verdict.records == 1
                   ? tr("✔ Chain intact: 1 record.")
                   : tr("✔ Chain intact: %1 records, each following the one before.").arg(verdict.records);
    else if (verdict.firstBroken > 0)
        text = tr("✖ Chain broken at %1").arg(verdict.reason); // the reason starts "record N: …"
    else
        text = tr("✖ The log cannot be verified: %1").arg(verdict.reason);
    m_banner->setText(text);
    m_banner->setAccessibleName(text);
    if (m_broken) {
        const QColor c = StateStyle::colour(sla::State::Breach);
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; }")
                                    .arg(c.name(), Theme::textOn(c).name()));
    } else {
        m_banner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); }"));
    }
    m_table->resizeColumnsToContents();
    m_details->clear();
    // Straight to the record where the chain breaks, with its JSON in the details.
    if (const int row = m_model->brokenRow(); row >= 0 && row < m_model->rowCount()) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
        if (at.isValid()) {
            m_table->setCurrentIndex(at);
            m_table->scrollTo(at);
        }
    }
}

void AuditView::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
}

QString AuditView::bannerText() const
{
    return m_banner->text();
}

int AuditView::visibleRows() const
{
    return m_proxy->rowCount();
}

QString AuditView::detailsText() const
{
    return m_details->toPlainText();
}

void AuditView::selectRow(int row)
{
    m_table->setCurrentIndex(m_proxy->index(row, 0));
}

} // namespace slaops::ui
