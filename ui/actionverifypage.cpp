#include "actionverifypage.h"

#include "actionstyle.h"
#include "config/profile.h"
#include "engine/figureformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slaops::ui {

ActionVerifyPage::ActionVerifyPage(const config::Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("verifyPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("verifyTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_refreshes = new QLabel(this);
    m_refreshes->setObjectName(QStringLiteral("refreshes"));
    layout->addWidget(m_refreshes);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("verification"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Before → now"), tr("Verdict")});
    m_table->horizontalHeader()->setSectionResizeMode(FigureColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValuesColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Affected figures"));
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
}

QString ActionVerifyPage::figureName(const actions::Effect &e) const
{
    const config::SlaSpec *spec = m_profile.sla(e.slaId);
    const QString name = spec ? spec->name : e.slaId;
    return e.region.isEmpty() ? tr("%1 (fleet)").arg(name) : tr("%1 in %2").arg(name, e.region);
}

QString ActionVerifyPage::valueText(const actions::Effect &e, double v) const
{
    const config::SlaSpec *spec = m_profile.sla(e.slaId);
    if (!std::isfinite(v))
        return QStringLiteral("—");
    return spec ? engine::FigureFormat::value(v, spec->unit) : QString::number(v);
}

void ActionVerifyPage::start(const actions::Plan &plan, int refreshesWanted)
{
    actions::Verification v;
    v.refreshesWanted = refreshesWanted;
    for (const actions::Effect &e : plan.effects) {
        actions::EffectCheck c;
        c.effect = e;
        v.checks.push_back(c);
    }
    m_title->setText(plan.isRollback ? tr("Watching the figures after the rollback: %1").arg(plan.title)
                                     : tr("Watching the figures after: %1").arg(plan.title));
    setVerification(v);
}

QString ActionVerifyPage::summary(const actions::Verification &v)
{
    if (!v.done())
        return {};
    int recovered = 0;
    for (const actions::EffectCheck &c : v.checks)
        if (c.verdict == actions::EffectVerdict::Recovered)
            ++recovered;
    switch (v.overall) {
    case actions::EffectVerdict::Recovered:
        return tr("Every affected figure is back within its target.");
    case actions::EffectVerdict::Worse:
        return tr("At least one figure is worse than before the action (%1 of %2 recovered). Consider "
                  "rolling back.")
            .arg(recovered)
            .arg(v.checks.size());
    case actions::EffectVerdict::Unknown:
        return tr("Some figures cannot be judged: they have no current value (%1 of %2 recovered).")
            .arg(recovered)
            .arg(v.checks.size());
    case actions::EffectVerdict::NotYet:
        return tr("After %n refresh(es), %1 of %2 figures are back within their targets.", nullptr,
                  v.refreshesSeen)
            .arg(recovered)
            .arg(v.checks.size());
    case actions::EffectVerdict::Pending:
        break;
    }
    return tr("No refresh was seen since the action.");
}

void ActionVerifyPage::setVerification(const actions::Verification &v)
{
    m_refreshes->setText(
        tr("Refresh %1 of %2").arg(std::min(v.refreshesSeen, v.refreshesWanted)).arg(v.refreshesWanted));
    m_table->setRowCount(int(v.checks.size()));
    int row = 0;
    for (const actions::EffectCheck &c : v.checks) {
        auto *figure = new QTableWidgetItem(figureName(c.effect));
        figure->setToolTip(c.effect.text);
        m_table->setItem(row, FigureColumn, figure);
        m_table->setItem(row, ValuesColumn,
                         new QTableWidgetItem(
                             tr("%1 → %2").arg(valueText(c.effect, c.before), valueText(c.effect, c.now))));
        auto *verdict = new QTableWidgetItem(ActionStyle::verdictText(c.verdict));
        verdict->setForeground(ActionStyle::verdictColour(c.verdict));
        QFont f = verdict->font();
        f.setBold(true);
        verdict->setFont(f);
        verdict->setToolTip(c.effect.text);
        m_table->setItem(row, VerdictColumn, verdict);
        ++row;
    }
    const QString s = summary(v);
    if (s.isEmpty())
        ActionStyle::setColouredText(m_summary, tr("Watching: each refresh of the figures updates this."),
                                     QColor());
    else
        ActionStyle::setColouredText(m_summary, s, ActionStyle::verdictColour(v.overall));
    m_summary->setAccessibleName(m_summary->text());
}

int ActionVerifyPage::rowCount() const
{
    return m_table->rowCount();
}

QString ActionVerifyPage::cellText(int row, int column) const
{
    const QTableWidgetItem *i = m_table->item(row, column);
    return i ? i->text() : QString();
}

QColor ActionVerifyPage::verdictColour(int row) const
{
    const QTableWidgetItem *i = m_table->item(row, VerdictColumn);
    return i ? i->foreground().color() : QColor();
}

QString ActionVerifyPage::refreshText() const
{
    return m_refreshes->text();
}

QString ActionVerifyPage::summaryText() const
{
    return m_summary->text();
}

} // namespace slaops::ui
