#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops report --period day|month|quarter --date YYYY-MM-DD|YYYY-MM|YYYY-Qn [--tz ZONE]
// [--resolution 1m] --format pdf|csv|json -o FILE [--profile F] [--prometheus URL] [--initiatives FILE]
// [--roadmap FILE] [--audit-log FILE]`: builds the period's report from Prometheus and writes it
// atomically. Exit 0 when every SLA was met, 1 on a violation, 2 when anything is unknown (a part that
// could not be fetched, an hour without data), when the report is refused (a period in the future or
// before the first sample) and on usage errors. `args` are the arguments after "report". Needs a
// QCoreApplication (a QGuiApplication for pdf: see needsGui()).
int runReportCommand(const QStringList &args);

// Whether these arguments (after "report") ask for a PDF, which is drawn with QtGui and so needs a
// QGuiApplication (on the offscreen platform where none is named: the command works over SSH).
bool reportNeedsGui(const QStringList &args);

} // namespace slaops::app
