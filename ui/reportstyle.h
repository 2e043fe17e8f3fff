#pragma once

#include "config/profile.h"
#include "report/report.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QString>
#include <QTimeZone>

namespace slaops::ui {

// How the report's pages write and colour things. Statuses take the console's state colours
// (StateStyle): Met is the OK green, Violated the breach vermillion, Unknown the stale grey, so a
// report never reads as green unless it was met; each also has a glyph and a word.
class ReportStyle {
    Q_DECLARE_TR_FUNCTIONS(ReportStyle)

public:
    // The pages are laid out in dots of this resolution (A4 is 2480 x 3508 of them) and scaled to
    // the device, so the PDF and the preview share one layout.
    static constexpr double kDpi = 300;
    static double pt(double points) { return points * kDpi / 72.0; }
    static double mm(double millimetres) { return millimetres * kDpi / 25.4; }

    // DejaVu Sans (every font it draws is embedded in the PDF), sized in points of the page.
    static QFont font(double points, bool bold = false);

    static QColor colour(report::Status status);
    static QString glyph(report::Status status);
    // "✔ Met", "✖ Violated", "? Unknown", "– Not in effect"
    static QString words(report::Status status);
    // A sentence for the title page: what the overall status means.
    static QString meaning(report::Status status);

    static QColor ink() { return QColor(0x1a, 0x1c, 0x1f); }
    static QColor muted() { return QColor(0x55, 0x5b, 0x65); }
    static QColor rule() { return QColor(0xa0, 0xa6, 0xb0); }
    static QColor headerFill() { return QColor(0xe6, 0xe8, 0xec); }
    static QColor stripeFill() { return QColor(0xf3, 0xf4, 0xf6); }

    // "≥ 99.999 %", "≤ 100 ms" (with no-break spaces)
    static QString target(double target, config::Unit unit, sla::Comparison comparison);
    // "2 h 0 min", "20 min", "45 min 12 s", "1 d 2 h"
    static QString duration(qint64 seconds);
    // A resolution: "1 min", "5 min", "1 h", "30 s"
    static QString step(qint64 seconds);
    // "96.6 %" for a share 0..1; "—" when not a number.
    static QString share(double share, int decimals = 1);
    // A trend's slope per day in the SLA's unit: "+0.41 ms a day", "−0.00012 % a day"
    static QString rate(double perDay, config::Unit unit);
    // A confidence interval of a rate: "−0.00006 to +0.000078 % a day"
    static QString rateInterval(double low, double high, config::Unit unit);
    // A figure as FigureFormat writes it, its number and unit kept together on a line.
    static QString figure(double value, config::Unit unit);
    // The fleet's rows have no region: "fleet"
    static QString region(const QString &region);
    // An instant in the report's zone, "2024-02-14 10:00"
    static QString dateTime(const QDateTime &utc, const QTimeZone &zone);
    // A local date as people read it: "14 Feb 2024"
    static QString date(const QDate &date);
    // The SLA's figures in the chart's scale (percent shown as percent).
    static double shown(double value, config::Unit unit)
    {
        return unit == config::Unit::Percent ? value * 100.0 : value;
    }
};

} // namespace slaops::ui
