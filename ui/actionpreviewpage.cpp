#include "actionpreviewpage.h"

#include "actionstyle.h"
#include "prom/servertext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {
// A diff beyond this is cut: a Service is a few dozen lines, and the page must stay responsive.
constexpr int kMaxDiffLines = 2000;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

ActionPreviewPage::ActionPreviewPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = heading(QString(), this);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *commandLabel = heading(tr("The command that will run:"), this);
    layout->addWidget(commandLabel);
    auto *commandRow = new QHBoxLayout;
    m_command = new QPlainTextEdit(this);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setReadOnly(true);
    m_command->setFont(ActionStyle::monospace());
    m_command->setTabChangesFocus(true);
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_command->setFixedHeight(m_command->fontMetrics().lineSpacing() * 4 + 12);
    m_command->setAccessibleName(tr("Command that will run"));
    commandLabel->setBuddy(m_command);
    commandRow->addWidget(m_command, 1);
    m_copy = ActionStyle::button(tr("&Copy"), QStringLiteral("copyCommand"), this);
    m_copy->setAccessibleName(tr("Copy the command"));
    commandRow->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(commandRow);
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });

    m_dryRunCommand = new QLabel(this);
    m_dryRunCommand->setObjectName(QStringLiteral("dryRunCommand"));
    m_dryRunCommand->setFont(ActionStyle::monospace());
    m_dryRunCommand->setWordWrap(true);
    m_dryRunCommand->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_dryRunCommand);

    m_dryRun = new QLabel(this);
    m_dryRun->setObjectName(QStringLiteral("dryRunResult"));
    m_dryRun->setWordWrap(true);
    m_dryRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_dryRun);

    auto *diffLabel = heading(tr("&What changes:"), this);
    layout->addWidget(diffLabel);
    m_diff = new QTextEdit(this);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(ActionStyle::monospace());
    m_diff->setTabChangesFocus(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_diff->setAccessibleName(tr("Difference between the object now and after the action"));
    diffLabel->setBuddy(m_diff);
    layout->addWidget(m_diff, 1);

    auto *effectsLabel = heading(tr("&Expected effect on the figures:"), this);
    layout->addWidget(effectsLabel);
    m_effects = new QListWidget(this);
    m_effects->setObjectName(QStringLiteral("effects"));
    m_effects->setAccessibleName(tr("Expected effects"));
    m_effects->setMaximumHeight(m_effects->fontMetrics().lineSpacing() * 4 + 8);
    effectsLabel->setBuddy(m_effects);
    layout->addWidget(m_effects);
}

void ActionPreviewPage::showCommand(const actions::Plan &plan)
{
    m_title->setText(plan.isRollback ? tr("Rollback: %1").arg(plan.title) : plan.title);
    m_command->setPlainText(plan.apply.isNull() ? tr("(the command is made from the object's current "
                                                     "state, read first)")
                                                : plan.apply.display());
    m_copy->setEnabled(!plan.apply.isNull());
    if (plan.dryRun.isNull()) {
        m_dryRunCommand->setText(tr("This action has no server dry run: the diff below shows the request "
                                    "and the state it replaces."));
        m_dryRunCommand->setFont(font());
    } else {
        m_dryRunCommand->setText(tr("Dry run: %1").arg(plan.dryRun.display()));
        m_dryRunCommand->setFont(ActionStyle::monospace());
    }
}

void ActionPreviewPage::showEffects(const actions::Plan &plan)
{
    m_effects->clear();
    for (const actions::Effect &e : plan.effects)
        m_effects->addItem(e.text);
    if (plan.effects.empty())
        m_effects->addItem(tr("(none named)"));
}

void ActionPreviewPage::setWaiting(const actions::Plan &plan)
{
    m_waiting = true;
    m_reason = tr("Waiting for the server's dry run…");
    showCommand(plan);
    showEffects(plan);
    ActionStyle::setColouredText(m_dryRun, m_reason, QColor());
    m_diff->clear();
}

QString ActionPreviewPage::blockingReason(const actions::Preview &p)
{
    if (!p.plan.dryRun.isNull() && !p.dryRun.ok())
        return tr("The server refused the dry run: %1")
            .arg(p.dryRun.error.isEmpty() ? p.error : p.dryRun.error);
    if (!p.error.isEmpty())
        return tr("It cannot be applied: %1").arg(p.error);
    if (!p.plan.ready())
        return tr("It cannot be applied: %1")
            .arg(p.plan.error.isEmpty() ? tr("the plan is incomplete") : p.plan.error);
    return {};
}

void ActionPreviewPage::setPreview(const actions::Preview &preview)
{
    m_waiting = false;
    showCommand(preview.plan);
    showEffects(preview.plan);
    m_reason = blockingReason(preview);
    if (m_reason.isEmpty()) {
        const QString text = preview.plan.dryRun.isNull()
                                 ? tr("✔ The current state was read (%1 ms).").arg(preview.read.ms)
                                 : tr("✔ The server accepted the dry run (%1 ms): nothing was changed.")
                                       .arg(preview.dryRun.ms);
        ActionStyle::setColouredText(m_dryRun, text, QColor());
    } else {
        // Server text is cleaned (control characters, length) before it is shown.
        ActionStyle::setColouredText(m_dryRun, QStringLiteral("✖ ") + prom::ServerText::clean(m_reason, 2000),
                                     ActionStyle::errorColour());
    }
    m_dryRun->setAccessibleName(m_dryRun->text());

    // The diff, + and - lines in the theme's state colours (and their sign, so colour is not the only cue).
    m_diff->clear();
    const QStringList lines = preview.diff.split(QLatin1Char('\n'));
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    int n = 0;
    for (const QString &line : lines) {
        if (++n > kMaxDiffLines) {
            html += tr("… %1 more lines").arg(lines.size() - kMaxDiffLines).toHtmlEscaped();
            break;
        }
        const QString esc = line.toHtmlEscaped();
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            html += QStringLiteral("<b>%1</b>\n").arg(esc);
        else if (line.startsWith(QLatin1Char('+')))
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                        .arg(ActionStyle::okColour().name(), esc);
        else if (line.startsWith(QLatin1Char('-')))
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                        .arg(ActionStyle::errorColour().name(), esc);
        else if (line.startsWith(QLatin1String("@@")))
            html += QStringLiteral("<i>%1</i>\n").arg(esc);
        else
            html += esc + QLatin1Char('\n');
    }
    html += QStringLiteral("</pre>");
    if (preview.diff.isEmpty())
        m_diff->setPlainText(tr("(no difference reported)"));
    else
        m_diff->setHtml(html);
}

QString ActionPreviewPage::commandText() const
{
    return m_command->toPlainText();
}

QString ActionPreviewPage::diffText() const
{
    return m_diff->toPlainText();
}

QString ActionPreviewPage::dryRunText() const
{
    return m_dryRun->text();
}

} // namespace slaops::ui
