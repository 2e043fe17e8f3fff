#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QLabel;

namespace slaops::ui {

// How the regional and budget panels style the labels of their cards, in one place.
class CardStyle {
public:
    // A state badge: the colour behind black text. Black reads on every Okabe-Ito colour (contrast
    // 4.3:1 or better), where white does not on orange or sky blue.
    static QString badge(const QColor &background);
    // The label's text colour; an invalid colour restores its parent's.
    static void setTextColour(QLabel *label, const QColor &colour);
    // The font scaled by factor, in points or pixels, whichever it is set in.
    static QFont scaled(QFont font, double factor, bool bold = false);
};

} // namespace slaops::ui
