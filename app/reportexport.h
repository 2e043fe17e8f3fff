#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QString>

namespace slaops::app {

// A report written to a file as "pdf" (ui::ReportPdf), "csv" or "json" (core's writers), whole or not
// at all: a reader never finds half a report. "-" writes csv or json to stdout. The one writer of
// `slaops report` and the console's Reports view.
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    static bool write(const report::Report &report, const QString &format, const QString &path,
                      QString *error);
};

} // namespace slaops::app
