#include "cardstyle.h"

#include <QLabel>

namespace slaops::ui {

QString CardStyle::badge(const QColor &background)
{
    return QStringLiteral("QLabel { background-color: %1; color: #000000; border-radius: 3px; "
                          "padding: 1px 6px; font-weight: bold; }")
        .arg(background.name());
}

void CardStyle::setTextColour(QLabel *label, const QColor &colour)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText,
                 colour.isValid() ? colour : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(pal);
}

QFont CardStyle::scaled(QFont font, double factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

} // namespace slaops::ui
