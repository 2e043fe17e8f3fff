#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>
#include <utility>
#include <vector>

namespace slaops::report {

enum class PeriodKind { Day, Month, Quarter };

QString periodKindName(PeriodKind kind); // "day", "month", "quarter": stable, for JSON and the CLI
std::optional<PeriodKind> periodKindFromName(QStringView name);

// One local calendar day or month, as the half-open UTC interval [start, end). A day is 23, 24 or
// 25 hours long where the zone changes its clock; a month is 28 to 31 of those days.
struct Interval {
    QDate date;      // the local date of its first day (for a month: the 1st)
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive
    qint64 seconds() const { return start.secsTo(end); }
};

// The period a report covers: a local day, a calendar month or a calendar quarter (Jan, Apr, Jul,
// Oct) in a time zone (UTC unless the user chooses one). Pure: no clock is read here.
struct Period {
    PeriodKind kind = PeriodKind::Day;
    QTimeZone zone = QTimeZone::utc();
    Interval whole;
    std::vector<Interval> days;   // every local day of the period, in order
    std::vector<Interval> months; // every calendar month it touches (one for a day or a month)

    // The period of `kind` that holds `date` (a month's or quarter's first day is found from any of
    // its days). Invalid date or zone: nullopt with a message.
    static std::optional<Period> make(PeriodKind kind, QDate date, const QTimeZone &zone, QString *error);
    // "2024-06-03", "2024-02", "2024-Q1": also what --date accepts (YYYY-MM-DD, YYYY-MM, YYYY-Qn).
    QString label() const;
    // --date as a period kind reads it: a day needs YYYY-MM-DD; a month YYYY-MM (or any of its days); a
    // quarter YYYY-Qn (or any of its months or days). nullopt when it is none of those.
    static std::optional<QDate> parseDate(const QString &text, PeriodKind kind);
    // A label as label() writes it, its kind read from its form. nullopt when it is none.
    static std::optional<std::pair<PeriodKind, QDate>> parseLabel(const QString &text);
    // A title for people, in the user's language ("February 2024", "Q1 2024", "3 June 2024").
    QString title() const;
};

} // namespace slaops::report
