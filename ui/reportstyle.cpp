#include "reportstyle.h"

#include "engine/figureformat.h"
#include "statestyle.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace slaops::ui {

QFont ReportStyle::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // Pixel sizes in the page's dots: the same on every device the page is painted on.
    f.setPixelSize(std::max(1, int(std::lround(pt(points)))));
    // Unhinted outlines measure the same for the layout, the PDF and the preview.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setBold(bold);
    // Any letter spacing turns ligatures off in Qt's shaping: "fi" stays two letters, so the PDF's
    // text is searched and copied as written. 3/64 of a dot is no visible spacing.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 3.0 / 64.0);
    return f;
}

QColor ReportStyle::colour(report::Status status)
{
    switch (status) {
    case report::Status::Met:
        return StateStyle::colour(sla::State::Ok);
    case report::Status::Violated:
        return StateStyle::colour(sla::State::Breach);
    case report::Status::Unknown:
        return StateStyle::grey();
    case report::Status::NotInEffect:
        return QColor(0xc8, 0xcc, 0xd2);
    }
    return StateStyle::grey();
}

QString ReportStyle::glyph(report::Status status)
{
    switch (status) {
    case report::Status::Met:
        return StateStyle::glyph(sla::State::Ok);
    case report::Status::Violated:
        return StateStyle::glyph(sla::State::Breach);
    case report::Status::Unknown:
        return QStringLiteral("?");
    case report::Status::NotInEffect:
        return QStringLiteral("–");
    }
    return QStringLiteral("?");
}

QString ReportStyle::words(report::Status status)
{
    return glyph(status) + QLatin1Char(' ') + report::statusLabel(status);
}

QString ReportStyle::meaning(report::Status status)
{
    switch (status) {
    case report::Status::Met:
        return tr("Every SLA was met over the whole period.");
    case report::Status::Violated:
        return tr("At least one SLA was violated.");
    case report::Status::Unknown:
        return tr("Part of the period could not be judged: this report is not a statement of compliance.");
    case report::Status::NotInEffect:
        return tr("No SLA was in effect over the period.");
    }
    return {};
}

QString ReportStyle::target(double target, config::Unit unit, sla::Comparison comparison)
{
    const QString cmp = comparison == sla::Comparison::AtLeast ? QStringLiteral("≥") : QStringLiteral("≤");
    // No-break spaces: "≤ 50,000 RPS" is one thing, not to be split over lines.
    QString s = cmp + QLatin1Char(' ') + engine::FigureFormat::threshold(target, unit);
    return s.replace(QLatin1Char(' '), QChar(0xa0));
}

QString ReportStyle::duration(qint64 seconds)
{
    // Violations are whole multiples of the resolution: "20 min", not "20 min 0 s".
    if (seconds > 0 && seconds < 3600 && seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return engine::FigureFormat::age(seconds);
}

QString ReportStyle::step(qint64 seconds)
{
    if (seconds > 0 && seconds % 3600 == 0)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

QString ReportStyle::share(double share, int decimals)
{
    if (!std::isfinite(share))
        return QStringLiteral("—");
    // A no-break space: the sign stays with its number when a cell wraps.
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral("\u00a0%");
}

namespace {

// Three significant digits, without padding zeros: slopes span many orders of magnitude (ms a day,
// millionths of uptime a day).
QString significant(double v)
{
    const double mag = std::fabs(v);
    const int decimals = mag > 0 ? std::clamp(2 - int(std::floor(std::log10(mag))), 0, 12) : 0;
    QString s = QLocale().toString(mag, 'f', decimals);
    const QString dot = QLocale().decimalPoint();
    if (s.contains(dot)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dot))
            s.chop(dot.size());
    }
    const QString sign = v > 0 ? QStringLiteral("+") : (v < 0 ? QStringLiteral("−") : QString());
    return sign + s;
}

} // namespace

QString ReportStyle::rate(double perDay, config::Unit unit)
{
    if (!std::isfinite(perDay))
        return QStringLiteral("—");
    // The number keeps its unit on its line; "a day" may wrap.
    return tr("%1 a day").arg(significant(shown(perDay, unit)) + QChar(0xa0) + config::unitSymbol(unit));
}

QString ReportStyle::rateInterval(double low, double high, config::Unit unit)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return QStringLiteral("—");
    return tr("%1 to %2").arg(significant(shown(low, unit)), rate(high, unit));
}

QString ReportStyle::figure(double value, config::Unit unit)
{
    return engine::FigureFormat::value(value, unit).replace(QLatin1Char(' '), QChar(0xa0));
}

QString ReportStyle::region(const QString &region)
{
    return region.isEmpty() ? tr("fleet") : region;
}

QString ReportStyle::dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportStyle::date(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace slaops::ui
