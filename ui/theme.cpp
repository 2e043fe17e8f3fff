#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <cmath>

namespace slaops::ui {

namespace {

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText,
        placeholder, light, midlight, mid, dark, shadow, link, linkVisited, toolTipBase, toolTipText,
        disabledText;
};

QPalette build(const Colours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, c.windowText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    // Disabled text is still text someone may need to read: it stays above 4.5:1 as well.
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

// What the platform gave before any theme was applied, for "system".
QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}
QString &systemStyle()
{
    static QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

} // namespace

QPalette Theme::palette(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return build({.window = QColor(0xf3, 0xf4, 0xf6),
                      .windowText = QColor(0x1a, 0x1c, 0x1f),
                      .base = QColor(0xff, 0xff, 0xff),
                      .alternateBase = QColor(0xf0, 0xf2, 0xf5),
                      .text = QColor(0x1a, 0x1c, 0x1f),
                      .button = QColor(0xe6, 0xe8, 0xec),
                      .buttonText = QColor(0x1a, 0x1c, 0x1f),
                      .highlight = QColor(0x1f, 0x5f, 0xbf),
                      .highlightedText = QColor(0xff, 0xff, 0xff),
                      .placeholder = QColor(0x55, 0x5b, 0x65),
                      .light = QColor(0xff, 0xff, 0xff),
                      .midlight = QColor(0xdc, 0xdf, 0xe4),
                      .mid = QColor(0xa0, 0xa6, 0xb0),
                      .dark = QColor(0x70, 0x76, 0x80),
                      .shadow = QColor(0x30, 0x30, 0x30),
                      .link = QColor(0x0b, 0x57, 0xb0),
                      .linkVisited = QColor(0x6a, 0x2f, 0x9a),
                      .toolTipBase = QColor(0xff, 0xff, 0xe8),
                      .toolTipText = QColor(0x1a, 0x1c, 0x1f),
                      .disabledText = QColor(0x5f, 0x65, 0x6e)});
    case Kind::Dark:
        return build({.window = QColor(0x1e, 0x20, 0x24),
                      .windowText = QColor(0xe8, 0xea, 0xed),
                      .base = QColor(0x26, 0x29, 0x2e),
                      .alternateBase = QColor(0x2c, 0x30, 0x36),
                      .text = QColor(0xe8, 0xea, 0xed),
                      .button = QColor(0x33, 0x37, 0x3d),
                      .buttonText = QColor(0xe8, 0xea, 0xed),
                      .highlight = QColor(0x2f, 0x6f, 0xca),
                      .highlightedText = QColor(0xff, 0xff, 0xff),
                      .placeholder = QColor(0xa9, 0xaf, 0xb8),
                      .light = QColor(0x4a, 0x4f, 0x57),
                      .midlight = QColor(0x3a, 0x3e, 0x45),
                      .mid = QColor(0x5a, 0x60, 0x69),
                      .dark = QColor(0x12, 0x13, 0x16),
                      .shadow = QColor(0x00, 0x00, 0x00),
                      .link = QColor(0x8a, 0xb4, 0xf8),
                      .linkVisited = QColor(0xc5, 0x8a, 0xf9),
                      .toolTipBase = QColor(0x33, 0x37, 0x3d),
                      .toolTipText = QColor(0xe8, 0xea, 0xed),
                      .disabledText = QColor(0x9a, 0xa0, 0xa8)});
    case Kind::HighContrast:
        // Pure black and white with a yellow focus and selection, as Windows' high-contrast themes do.
        return build({.window = QColor(0x00, 0x00, 0x00),
                      .windowText = QColor(0xff, 0xff, 0xff),
                      .base = QColor(0x00, 0x00, 0x00),
                      .alternateBase = QColor(0x1a, 0x1a, 0x1a),
                      .text = QColor(0xff, 0xff, 0xff),
                      .button = QColor(0x00, 0x00, 0x00),
                      .buttonText = QColor(0xff, 0xff, 0xff),
                      .highlight = QColor(0xff, 0xff, 0x00),
                      .highlightedText = QColor(0x00, 0x00, 0x00),
                      .placeholder = QColor(0xd0, 0xd0, 0xd0),
                      .light = QColor(0xff, 0xff, 0xff),
                      .midlight = QColor(0x40, 0x40, 0x40),
                      .mid = QColor(0xc0, 0xc0, 0xc0),
                      .dark = QColor(0x80, 0x80, 0x80),
                      .shadow = QColor(0xff, 0xff, 0xff),
                      .link = QColor(0x00, 0xff, 0xff),
                      .linkVisited = QColor(0xff, 0x80, 0xff),
                      .toolTipBase = QColor(0x00, 0x00, 0x00),
                      .toolTipText = QColor(0xff, 0xff, 0xff),
                      .disabledText = QColor(0xb0, 0xb0, 0xb0)});
    case Kind::System:
        return systemPalette();
    }
    return systemPalette();
}

void Theme::apply(Kind kind)
{
    // Remember the platform's look before the first change, so that "system" can go back to it.
    (void)systemPalette();
    (void)systemStyle();
    if (kind == Kind::System) {
        if (!systemStyle().isEmpty())
            QApplication::setStyle(QStyleFactory::create(systemStyle()));
        QApplication::setPalette(systemPalette());
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            app->setStyleSheet(QString());
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(kind));
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        app->setStyleSheet(styleSheet(kind));
}

QString Theme::styleSheet(Kind kind)
{
    if (kind != Kind::HighContrast)
        return {};
    // Fusion draws field frames a little darker than the window: on black, that is black, and fields
    // lose their edges. WCAG asks 3:1 for the boundary of a control; these are white on black.
    return QStringLiteral("QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QListView, "
                          "QTreeView, QTableView { border: 1px solid #ffffff; }"
                          "QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus "
                          "{ border: 2px solid #ffff00; }"
                          "QPushButton { border: 1px solid #ffffff; padding: 4px 12px; }"
                          "QPushButton:focus, QPushButton:default { border: 2px solid #ffff00; }"
                          "QPushButton:disabled, QAbstractSpinBox:disabled, QLineEdit:disabled "
                          "{ border: 1px dashed #b0b0b0; }");
}

void Theme::applyTo(QWidget *widget, Kind kind)
{
    widget->setPalette(palette(kind));
    widget->setAutoFillBackground(true);
}

double Theme::luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::textOn(const QColor &background)
{
    const QColor black(Qt::black), white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

} // namespace slaops::ui
