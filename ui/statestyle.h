#pragma once

#include "sla/state.h"

#include <QColor>
#include <QString>

namespace slaops::ui {

// How a state looks. The colours are the Okabe-Ito palette, which people with the common forms of
// colour blindness tell apart; every state also has its own glyph and word, so colour is never the
// only cue.
class StateStyle {
public:
    static QColor colour(sla::State state);
    static QString glyph(sla::State state);
    // Glyph and word, as badges and descriptions write a state: "✔ OK".
    static QString words(sla::State state);
    // The same, with the state the kept value had when the figure is no longer current.
    static QString words(sla::State state, sla::State lastKnown);
    // Unknown or old data is drawn in grey, never in a state colour that might read as "fine".
    static bool isGreyed(sla::State state)
    {
        return state == sla::State::Stale || state == sla::State::Error;
    }
    static QColor grey() { return QColor(0x8a, 0x8f, 0x98); }
};

} // namespace slaops::ui
