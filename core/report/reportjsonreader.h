#pragma once

#include "report.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

// The parts of the report JSON that the writer (reportjson.cpp) and the reader share: the schema id,
// how numbers, times and names are spelled, and the reader itself (its checks name the JSON path of
// the first problem, so it lives apart from the writer to keep both small).
namespace slaops::report::json {

inline constexpr char Schema[] = "slaops-report/1";

// NaN as null; infinities (a quantile in the +Inf bucket) as the strings "+Inf" / "-Inf", as
// `slaops check --json` writes them, since JSON has none.
QJsonValue number(double v);
// ISO 8601 in UTC with milliseconds and a Z; an invalid time is null.
QJsonValue time(const QDateTime &t);
QString comparisonName(sla::Comparison c);      // "at_least", "at_most", as the profile writes them
QString incidentSourceName(Incident::Source s); // "alert", "action"

std::optional<Report> readReport(const QByteArray &json, QString *error);

} // namespace slaops::report::json
