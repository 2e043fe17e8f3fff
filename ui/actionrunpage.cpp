#include "actionrunpage.h"

#include "actionstyle.h"
#include "prom/servertext.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {
// The output pane keeps this many lines: kubectl says little, but a misbehaving one must not eat memory.
constexpr int kMaxOutputLines = 5000;
} // namespace

ActionRunPage::ActionRunPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setFont(ActionStyle::monospace());
    m_output->setMaximumBlockCount(kMaxOutputLines);
    m_output->setTabChangesFocus(true);
    m_output->setAccessibleName(tr("Output of the command"));
    layout->addWidget(m_output, 1);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
}

void ActionRunPage::start(const actions::Plan &plan)
{
    m_title->setText(plan.isRollback ? tr("Rolling back: %1").arg(plan.title)
                                     : tr("Running: %1").arg(plan.title));
    m_progress->setText(tr("Starting…"));
    m_output->clear();
    m_outcome->clear();
    m_outcome->setStyleSheet(QString());
}

void ActionRunPage::showProgress(const QString &step)
{
    m_progress->setText(step);
    m_progress->setAccessibleName(step);
}

void ActionRunPage::appendOutput(const QString &text, bool isStderr)
{
    // Chunks arrive as the process writes them, not in whole lines: inserted at the end as they come.
    QTextCursor c(m_output->document());
    c.movePosition(QTextCursor::End);
    QTextCharFormat fmt;
    if (isStderr)
        fmt.setForeground(ActionStyle::errorColour());
    c.insertText(text, fmt); // plain text: nothing in it is interpreted
    QScrollBar *bar = m_output->verticalScrollBar();
    bar->setValue(bar->maximum());
}

QString ActionRunPage::outcomeText(const actions::Outcome &o)
{
    if (o.applied)
        return tr("✔ Applied in %1 ms. The figures are watched next.").arg(o.ms);
    if (o.changedSincePreview)
        return tr("The object or its context changed since the preview: nothing was applied. %1")
            .arg(o.error)
            .trimmed();
    return tr("✖ Refused, nothing was applied: %1").arg(o.error.isEmpty() ? o.result.error : o.error);
}

void ActionRunPage::showOutcome(const actions::Outcome &o)
{
    m_progress->setText(o.applied ? tr("Done.") : tr("Stopped."));
    ActionStyle::setColouredText(m_outcome, prom::ServerText::clean(outcomeText(o), 2000),
                                 o.applied ? QColor() : ActionStyle::errorColour());
    m_outcome->setAccessibleName(m_outcome->text());
}

QString ActionRunPage::outputText() const
{
    return m_output->toPlainText();
}

QString ActionRunPage::outcomeText() const
{
    return m_outcome->text();
}

QString ActionRunPage::progressText() const
{
    return m_progress->text();
}

} // namespace slaops::ui
