#include "compliancetable.h"

#include "compliancemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPartialOrdering>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {

// Sorts on the model's raw SortRole values. Unknown values go last, and ties are always broken the
// same way (most severe first, then fleet before regions, then SLA name) whatever the direction, so
// that rows never shuffle between refreshes.
class SeveritySortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(ComplianceModel::SortRole);
        const QVariant r = right.data(ComplianceModel::SortRole);
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (l.isValid() != r.isValid()) // unknown last in either direction
            return ascending ? l.isValid() : r.isValid();
        if (l.isValid()) {
            const QPartialOrdering order = QVariant::compare(l, r);
            if (order == QPartialOrdering::Less)
                return true;
            if (order == QPartialOrdering::Greater)
                return false;
        }
        // A descending sort asks lessThan(right, left): swap back so that ties read the same way.
        return ascending ? tieLess(left, right) : tieLess(right, left);
    }

private:
    static bool tieLess(const QModelIndex &a, const QModelIndex &b)
    {
        const auto key = [](const QModelIndex &i) {
            const QModelIndex scope = i.siblingAtColumn(ComplianceModel::Scope);
            return std::make_tuple(-i.data(ComplianceModel::SeverityRole).toInt(),
                                   scope.data(ComplianceModel::SortRole).toInt(),
                                   i.siblingAtColumn(ComplianceModel::Sla).data().toString());
        };
        return key(a) < key(b);
    }
};

} // namespace

ComplianceTable::ComplianceTable(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComplianceModel(this))
    , m_proxy(new SeveritySortProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComplianceModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column: "eu-west", "Breach", "latency" all narrow the list
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Re-sort and re-filter as refreshes change states: a new breach must rise to the top by itself.
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QStringLiteral("complianceFilter"));
    m_filter->setPlaceholderText(tr("Filter by scope, SLA or state…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the SLA compliance table"));
    connect(m_filter, &QLineEdit::textChanged, this, &ComplianceTable::setFilterText);

    m_view->setObjectName(QStringLiteral("complianceView"));
    m_view->setAccessibleName(tr("SLA compliance summary"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ComplianceModel::Source, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &ComplianceTable::activate);
    // Down from the filter goes into the table: filter, then arrows, then Enter, no mouse needed.
    m_filter->installEventFilter(this);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    sortBySeverity();
}

void ComplianceTable::setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now)
{
    m_model->setSnapshot(snapshot, now);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void ComplianceTable::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
}

void ComplianceTable::sortBySeverity()
{
    m_view->sortByColumn(ComplianceModel::StateColumn, Qt::DescendingOrder);
}

void ComplianceTable::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    Q_EMIT figureActivated(source.data(ComplianceModel::IdRole).toString(),
                           source.data(ComplianceModel::RegionRole).toString());
}

bool ComplianceTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            activate(m_view->currentIndex());
            return true;
        }
        if (watched == m_filter && key == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_filter && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            // Enter in the filter explains the first match: type "breach", press Enter.
            activate(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace slaops::ui
