#pragma once

#include "alerts/alertbook.h"
#include "alerts/escalation.h"

#include <QColor>
#include <QString>

namespace slaops::ui {

// How alerts look, in one place for the triage view, the war room and the tray. Colours are the
// Okabe-Ito ones of StateStyle; nothing about an alert is ever painted green (a firing alert is never
// "fine"), and each colour comes with a glyph and a word.
class AlertStyle {
public:
    // critical 0, high 1, warning/medium 2, low 3, info 4, anything else 5: the book's order.
    static int severityRank(QStringView severity);
    static QString severityTitle(QStringView severity); // "Critical", "High", …; the label otherwise
    static QColor severityColour(QStringView severity);
    static QString statusWords(alerts::BookAlert::Status status); // "● Active", "🔕 Silenced", …
    // Countdown colour: overdue vermillion, counting orange or sky blue, the rest grey.
    static QColor countdownColour(const alerts::Countdown &c);
    static QString countdownGlyph(const alerts::Countdown &c);
    // "2 critical · 3 high · 1 medium" over the firing (not silenced) alerts; "no alert firing".
    static QString firingCounts(const alerts::AlertBook *book);
};

} // namespace slaops::ui
