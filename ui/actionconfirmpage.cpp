#include "actionconfirmpage.h"

#include "actionstyle.h"
#include "theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace slaops::ui {

ActionConfirmPage::ActionConfirmPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confirmPage"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(12);
    layout->addWidget(m_banner);

    m_command = new QLabel(this);
    m_command->setObjectName(QStringLiteral("confirmCommand"));
    m_command->setFont(ActionStyle::monospace());
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_command);

    m_typeLabel = new QLabel(this);
    m_typeLabel->setObjectName(QStringLiteral("typeLabel"));
    m_typeLabel->setWordWrap(true);
    layout->addWidget(m_typeLabel);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("typedName"));
    m_typed->setFont(ActionStyle::monospace());
    // Pasting is allowed: the point is reading the name, and a pasted wrong name still fails.
    m_typeLabel->setBuddy(m_typed);
    layout->addWidget(m_typed);
    m_check = new QCheckBox(this);
    m_check->setObjectName(QStringLiteral("confirmCheck"));
    layout->addWidget(m_check);
    layout->addStretch(1);

    connect(m_typed, &QLineEdit::textChanged, this, [this]() { Q_EMIT confirmationChanged(confirmed()); });
    connect(m_check, &QCheckBox::toggled, this, [this]() { Q_EMIT confirmationChanged(confirmed()); });
}

void ActionConfirmPage::setPlan(const actions::Plan &plan)
{
    const actions::Target &t = plan.target;
    m_production = t.production;
    m_word = t.confirmationWord();
    m_colour = ActionStyle::bannerColour(t);

    QStringList lines;
    lines << (t.production ? tr("PRODUCTION") : tr("Not production"));
    lines << (plan.isRollback ? tr("Rollback: %1").arg(plan.title) : plan.title);
    lines << tr("Context: %1").arg(t.context);
    if (!t.nameSpace.isEmpty())
        lines << tr("Namespace: %1").arg(t.nameSpace);
    lines << tr("%1: %2").arg(t.kind, t.name);
    QString html;
    for (int i = 0; i < lines.size(); ++i)
        html += (i < 2 ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1")).arg(lines[i].toHtmlEscaped()) +
                (i + 1 < lines.size() ? QStringLiteral("<br>") : QString());
    m_banner->setText(html);
    m_banner->setAccessibleName(lines.join(QStringLiteral(", ")));
    if (m_colour.isValid()) {
        const QColor text = Theme::textOn(m_colour);
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; }")
                                    .arg(m_colour.name(), text.name()));
    } else {
        m_banner->setStyleSheet(
            QStringLiteral("QLabel { border: 2px solid palette(mid); border-radius: 4px; }"));
    }
    m_command->setText(plan.apply.display());

    {
        const QSignalBlocker b1(m_typed), b2(m_check);
        m_typed->clear();
        m_check->setChecked(false);
    }
    m_typeLabel->setVisible(m_production);
    m_typed->setVisible(m_production);
    m_check->setVisible(!m_production);
    m_typeLabel->setText(tr("This is production. Type <b>%1</b> to confirm:").arg(m_word.toHtmlEscaped()));
    m_typed->setPlaceholderText(tr("Type %1 to confirm").arg(m_word));
    m_typed->setAccessibleName(tr("Type %1 to confirm").arg(m_word));
    m_check->setText(tr("I have checked the context, namespace and name: &apply to %1").arg(t.context));
    Q_EMIT confirmationChanged(confirmed());
}

bool ActionConfirmPage::confirmed() const
{
    if (m_word.isEmpty())
        return false;
    return m_production ? m_typed->text() == m_word : m_check->isChecked();
}

QString ActionConfirmPage::bannerText() const
{
    return m_banner->accessibleName();
}

QWidget *ActionConfirmPage::focusTarget() const
{
    return m_production ? static_cast<QWidget *>(m_typed) : static_cast<QWidget *>(m_check);
}

} // namespace slaops::ui
