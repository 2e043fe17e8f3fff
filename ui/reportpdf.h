#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPagedPaintDevice>
#include <QString>

namespace slaops::ui {

// The report drawn with QPainter (DESIGN.md §2: the PDF is drawn in ui/, from core's Report value):
// a title page (period, zone, profile, Prometheus, when it was made, the overall status), an
// executive summary written from the figures, the compliance table (per SLA and region: achieved,
// target, status, the source document's share of compliant days beside it, labelled as such, budget
// used), a chart per SLA with its target line, the violations, the incidents (quarter), the trends
// and recommendations, the free-text sections (quarter), and "page N of M" on every page. An Unknown
// report says so on every page, with what is missing. One layout serves the PDF and the preview, so
// the two cannot differ.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // A4 portrait, fonts embedded (QPdfWriter embeds the fonts it uses). False with a message when
    // the file cannot be written; nothing is left half-written (written to a temporary, then renamed).
    static bool write(const report::Report &report, const QString &path, QString *error);
    // The pages as images at `dpi`, for the console's preview and the tests.
    static QList<QImage> renderPages(const report::Report &report, int dpi = 72);
    // How many pages the report takes.
    static int pageCount(const report::Report &report);
};

} // namespace slaops::ui
