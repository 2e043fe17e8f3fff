#pragma once

#include "config/settings.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace slaops::ui {

// The console's palettes. Light, dark and high contrast are drawn by the Fusion style, which honours
// every palette role (platform styles may not); "system" restores what the platform gave at start.
// Text meets WCAG AA (4.5:1) in every theme and AAA (7:1) in high contrast. State colours are never
// themed: they stay the Okabe-Ito ones of StateStyle, with textOn() choosing readable text on them.
class Theme {
public:
    using Kind = config::Settings::Theme;

    static QPalette palette(Kind kind);
    // Extra rules a palette cannot express (high contrast: visible field edges); empty for the others.
    static QString styleSheet(Kind kind);
    // Applies a theme to the whole application: palette, style and style sheet.
    static void apply(Kind kind);
    // Applies a theme to one window only (the war room is always high contrast, whatever the console).
    static void applyTo(QWidget *widget, Kind kind);

    // WCAG 2.x relative luminance and contrast ratio (1..21).
    static double luminance(const QColor &c);
    static double contrast(const QColor &a, const QColor &b);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
};

} // namespace slaops::ui
