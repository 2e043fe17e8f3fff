#include "figureformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace slaops::engine {
namespace {

QString comparator(sla::Comparison c)
{
    return c == sla::Comparison::AtLeast ? QStringLiteral("≥") : QStringLiteral("≤");
}
} // namespace

QString FigureFormat::number(double v, config::Unit unit)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const QLocale loc;
    switch (unit) {
    case config::Unit::Percent: {
        // Enough decimals to tell 99.999 % from 99.99 %, and small error rates from zero.
        const double pct = v * 100.0;
        const double mag = std::fabs(pct);
        int decimals = 2;
        if (mag >= 99.0)
            decimals = 4;
        else if (mag > 0 && mag < 0.01)
            decimals = 5;
        else if (mag > 0 && mag < 1)
            decimals = 4;
        return loc.toString(pct, 'f', decimals);
    }
    case config::Unit::Milliseconds:
        return loc.toString(v, 'f', std::fabs(v) < 10 ? 2 : 1);
    case config::Unit::Seconds:
        return loc.toString(v, 'f', 2);
    case config::Unit::RequestsPerSecond:
        return loc.toString(v, 'f', 0);
    }
    return loc.toString(v);
}

QString FigureFormat::value(double v, config::Unit unit)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    return number(v, unit) + QLatin1Char(' ') + config::unitSymbol(unit);
}

QString FigureFormat::value(const Figure &f)
{
    return value(f.value, f.unit);
}

QString FigureFormat::threshold(double v, config::Unit unit)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    // Thresholds are written as people set them: 99.999 %, 100 ms, 50,000 RPS; no padding zeros.
    const double shown = unit == config::Unit::Percent ? v * 100.0 : v;
    const QLocale loc;
    QString s = loc.toString(shown, 'f', unit == config::Unit::RequestsPerSecond ? 0 : 6);
    const QString dot = loc.decimalPoint();
    if (s.contains(dot)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dot))
            s.chop(dot.size());
    }
    return s + QLatin1Char(' ') + config::unitSymbol(unit);
}

QString FigureFormat::target(const Figure &f)
{
    return FigureFormat::tr("SLA %1 %2").arg(comparator(f.comparison), threshold(f.target, f.unit));
}

QString FigureFormat::alert(const Figure &f)
{
    return FigureFormat::tr("alert %1 %2")
        .arg(f.comparison == sla::Comparison::AtLeast ? QStringLiteral("<") : QStringLiteral(">"),
             threshold(f.alert, f.unit));
}

QString FigureFormat::age(qint64 seconds)
{
    if (seconds < 0)
        return FigureFormat::tr("unknown");
    if (seconds < 60)
        return FigureFormat::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return FigureFormat::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return FigureFormat::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return FigureFormat::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

} // namespace slaops::engine
