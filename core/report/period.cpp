#include "period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace slaops::report {

QString periodKindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Day:
        return QStringLiteral("day");
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Quarter:
        return QStringLiteral("quarter");
    }
    return QStringLiteral("day");
}

std::optional<PeriodKind> periodKindFromName(QStringView name)
{
    for (PeriodKind k : {PeriodKind::Day, PeriodKind::Month, PeriodKind::Quarter})
        if (name == periodKindName(k))
            return k;
    return std::nullopt;
}

namespace {

// Local midnight of `date`. Where a zone skips midnight (some change their clocks at 00:00), the day
// begins at the first instant that exists.
QDateTime startOfDay(QDate date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toUTC();
}

Interval intervalOf(QDate first, QDate endExclusive, const QTimeZone &zone)
{
    return Interval{first, startOfDay(first, zone), startOfDay(endExclusive, zone)};
}

} // namespace

std::optional<Period> Period::make(PeriodKind kind, QDate date, const QTimeZone &zone, QString *error)
{
    if (!date.isValid()) {
        if (error)
            *error = QCoreApplication::translate("slaops::report", "not a valid date");
        return std::nullopt;
    }
    if (!zone.isValid()) {
        if (error)
            *error = QCoreApplication::translate("slaops::report", "not a time zone this system knows");
        return std::nullopt;
    }
    QDate first = date;
    QDate end;
    switch (kind) {
    case PeriodKind::Day:
        end = first.addDays(1);
        break;
    case PeriodKind::Month:
        first = QDate(date.year(), date.month(), 1);
        end = first.addMonths(1);
        break;
    case PeriodKind::Quarter:
        first = QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        end = first.addMonths(3);
        break;
    }
    Period p;
    p.kind = kind;
    p.zone = zone;
    p.whole = intervalOf(first, end, zone);
    for (QDate d = first; d < end; d = d.addDays(1))
        p.days.push_back(intervalOf(d, d.addDays(1), zone));
    for (QDate m = QDate(first.year(), first.month(), 1); m < end; m = m.addMonths(1))
        p.months.push_back(intervalOf(m < first ? first : m, std::min(m.addMonths(1), end), zone));
    return p;
}

QString Period::label() const
{
    const QDate d = whole.date;
    switch (kind) {
    case PeriodKind::Day:
        return d.toString(Qt::ISODate);
    case PeriodKind::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    case PeriodKind::Quarter:
        return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    }
    return d.toString(Qt::ISODate);
}

std::optional<QDate> Period::parseDate(const QString &text, PeriodKind kind)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    if (const auto m = day.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (kind == PeriodKind::Day)
        return std::nullopt;
    if (const auto m = month.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (kind == PeriodKind::Month)
        return std::nullopt;
    if (const auto m = quarter.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
    return std::nullopt;
}

std::optional<std::pair<PeriodKind, QDate>> Period::parseLabel(const QString &text)
{
    const int dashes = int(text.count(QLatin1Char('-')));
    const PeriodKind kind = text.contains(QLatin1Char('Q')) ? PeriodKind::Quarter
                            : dashes == 2                   ? PeriodKind::Day
                                                            : PeriodKind::Month;
    const std::optional<QDate> d = parseDate(text, kind);
    if (!d)
        return std::nullopt;
    return std::pair{kind, *d};
}

QString Period::title() const
{
    const QLocale locale;
    const QDate d = whole.date;
    switch (kind) {
    case PeriodKind::Day:
        return locale.toString(d, QLocale::LongFormat);
    case PeriodKind::Month:
        return locale.toString(d, QStringLiteral("MMMM yyyy"));
    case PeriodKind::Quarter:
        return QCoreApplication::translate("slaops::report", "Q%1 %2")
            .arg((d.month() - 1) / 3 + 1)
            .arg(d.year());
    }
    return label();
}

} // namespace slaops::report
