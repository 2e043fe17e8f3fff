#include "actionstyle.h"

#include "statestyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>

namespace slaops::ui {

QColor ActionStyle::errorColour()
{
    return StateStyle::colour(sla::State::Breach).darker(130);
}

QColor ActionStyle::okColour()
{
    return StateStyle::colour(sla::State::Ok).darker(130);
}

QFont ActionStyle::monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QColor ActionStyle::bannerColour(const actions::Target &target)
{
    const QColor c(target.colour);
    if (!target.colour.isEmpty() && c.isValid())
        return c;
    return target.production ? StateStyle::colour(sla::State::Breach) : QColor();
}

QString ActionStyle::verdictText(actions::EffectVerdict v)
{
    switch (v) {
    case actions::EffectVerdict::Recovered:
        return tr("✔ Recovered");
    case actions::EffectVerdict::NotYet:
        return tr("▲ Not yet");
    case actions::EffectVerdict::Worse:
        return tr("✖ Worse");
    case actions::EffectVerdict::Unknown:
        return tr("? Unknown");
    case actions::EffectVerdict::Pending:
        break;
    }
    return tr("… Waiting for a refresh");
}

QColor ActionStyle::verdictColour(actions::EffectVerdict v)
{
    switch (v) {
    case actions::EffectVerdict::Recovered:
        return okColour();
    case actions::EffectVerdict::NotYet:
        return StateStyle::colour(sla::State::Warning).darker(140);
    case actions::EffectVerdict::Worse:
        return errorColour();
    case actions::EffectVerdict::Unknown:
    case actions::EffectVerdict::Pending:
        break;
    }
    return StateStyle::grey().darker(120);
}

void ActionStyle::setColouredText(QLabel *label, const QString &text, const QColor &colour)
{
    label->setText(text);
    label->setStyleSheet(colour.isValid()
                             ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour.name())
                             : QString());
}

QPushButton *ActionStyle::button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    b->setDefault(false);
    return b;
}

} // namespace slaops::ui
