#include "actioncheckspage.h"

#include "actionstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {
enum Column { StatusColumn, WhatColumn, DetailColumn, ColumnCount };
}

ActionChecksPage::ActionChecksPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checksPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("checksTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto *intro = new QLabel(tr("Each condition must hold before the action may run. They are checked "
                                "again on every refresh of the figures."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("checks"));
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("Check"), tr("Figures")});
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Pre-checks"));
    layout->addWidget(m_table, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("checksVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
}

QString ActionChecksPage::blockingReason(const actions::Plan &plan)
{
    if (!plan.error.isEmpty())
        return tr("No plan can be made: %1").arg(plan.error);
    if (plan.preChecks.empty())
        return {};
    QStringList failed;
    for (const actions::PreCheck &c : plan.preChecks)
        if (!c.passed)
            failed << c.what;
    if (failed.isEmpty())
        return {};
    return tr("Next is disabled while a check fails: %1").arg(failed.join(QStringLiteral("; ")));
}

void ActionChecksPage::setPlan(const actions::Plan &plan)
{
    m_title->setText(plan.isRollback ? tr("Rollback: %1").arg(plan.title) : plan.title);
    m_table->setRowCount(int(plan.preChecks.size()));
    int row = 0;
    for (const actions::PreCheck &c : plan.preChecks) {
        auto *status = new QTableWidgetItem(c.passed ? tr("✔ passes") : tr("✖ fails"));
        status->setForeground(c.passed ? ActionStyle::okColour() : ActionStyle::errorColour());
        QFont f = status->font();
        f.setBold(true);
        status->setFont(f);
        // A screen reader reads the row as one sentence.
        status->setData(Qt::AccessibleTextRole,
                        c.passed ? tr("Passes: %1").arg(c.what) : tr("Fails: %1").arg(c.what));
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, WhatColumn, new QTableWidgetItem(c.what));
        auto *detail = new QTableWidgetItem(c.detail);
        detail->setToolTip(c.detail);
        m_table->setItem(row, DetailColumn, detail);
        ++row;
    }
    m_table->resizeRowsToContents();
    m_reason = blockingReason(plan);
    if (m_reason.isEmpty())
        ActionStyle::setColouredText(m_verdict, tr("Every check passes."), QColor());
    else
        ActionStyle::setColouredText(m_verdict, m_reason, ActionStyle::errorColour());
    m_verdict->setAccessibleName(m_verdict->text());
}

} // namespace slaops::ui
