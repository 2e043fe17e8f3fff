#pragma once

#include "actions/plan.h"
#include "actions/verification.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QString>

class QLabel;
class QPushButton;

namespace slaops::ui {

// How the action wizard's pages look, in one place: the colours come from StateStyle (the console's
// state colours), so that a refusal looks like an error everywhere and only a recovery is ever green.
class ActionStyle {
    Q_DECLARE_TR_FUNCTIONS(ActionStyle)

public:
    // Readable on the light and dark themes' bases: the state colour a shade darker, as the
    // acknowledge dialog writes its refusals.
    static QColor errorColour();
    static QColor okColour();
    static QFont monospace();
    // The banner of a confirmation: the profile's colour for the context; a production context with
    // none gets the breach colour (a wrong cluster costs an outage), any other the window's own.
    static QColor bannerColour(const actions::Target &target);
    // "✔ Recovered", "Not yet", "✖ Worse", "? Unknown", "… Waiting for a refresh".
    static QString verdictText(actions::EffectVerdict v);
    // Only Recovered is green; Unknown and Pending are grey, never a colour that reads as fine.
    static QColor verdictColour(actions::EffectVerdict v);
    // A label written in a colour, bold (refusals, verdicts), keeping the text readable.
    static void setColouredText(QLabel *label, const QString &text, const QColor &colour);
    // Buttons of the wizard never act on Enter: a confirmation is a deliberate click or Space.
    static QPushButton *button(const QString &text, const QString &objectName, QWidget *parent);
};

} // namespace slaops::ui
