#pragma once

#include "report.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace slaops::report {

// The report as JSON (docs/report.schema.json, "schema": "slaops-report/1"): every figure with its
// status, coverage, the days and months, violations, incidents, trends, recommendations, missing
// parts. Numbers keep full precision; unknown values are null, never 0.
QByteArray toJson(const Report &report);
// The inverse, for round trips and for tools that read our reports: nullopt with a message (the
// JSON path of the first problem) on anything that is not a report of this schema.
std::optional<Report> fromJson(const QByteArray &json, QString *error);

} // namespace slaops::report
