#pragma once

#include "report/report.h"
#include "report/reportbuilder.h"

#include <QWidget>
#include <memory>

namespace slaops::ui {

// The console's Reports view: a period picker (day, month, quarter; date; time zone; resolution),
// Build, a progress bar with Cancel while the app builds it off the GUI thread, a preview of the PDF's
// pages (ReportPdf::renderPages), the quarter's free-text sections (initiatives, roadmap), and export
// to PDF, CSV and JSON. It does no I/O of its own beyond what the user asks to save: the app wires
// buildRequested() to a report::ReportBuilder and the export signals to the writers.
class ReportsView : public QWidget {
    Q_OBJECT
public:
    explicit ReportsView(QWidget *parent = nullptr);

    // The request the picker describes now (the free-text sections included).
    report::ReportRequest request() const;
    std::shared_ptr<const report::Report> report() const;

public Q_SLOTS:
    void setProgress(int done, int total);
    void setReport(std::shared_ptr<const slaops::report::Report> report);
    void setFailed(const QString &message);
    void setCancelled();

Q_SIGNALS:
    void buildRequested(const slaops::report::ReportRequest &request);
    void cancelRequested();
    // The user chose a file to export the shown report to, in "pdf", "csv" or "json".
    void exportRequested(const QString &format, const QString &path);
};

} // namespace slaops::ui
