#pragma once

#include "report.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace slaops::report {

// One row per day and SLA (and region), RFC 4180: CRLF line ends, fields quoted when they hold a
// comma, quote or line break, quotes doubled. Header:
// date,start_utc,end_utc,sla,name,region,unit,comparison,target,value,status,coverage
// value in the query's scale (a ratio for percent), empty when unknown; dates are the period's local
// dates, start/end the day's UTC instants (ISO 8601).
QByteArray toCsv(const Report &report);

struct CsvRow {
    QString date, startUtc, endUtc, sla, name, region, unit, comparison;
    double target = NAN;
    double value = NAN;
    QString status;
    double coverage = NAN;
};
// Reads what toCsv wrote (and any RFC 4180 file with that header): nullopt with the line of the first
// problem.
std::optional<std::vector<CsvRow>> parseCsv(const QByteArray &csv, QString *error);

} // namespace slaops::report
