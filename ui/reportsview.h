#pragma once

#include "report/report.h"
#include "report/reportbuilder.h"

#include <QList>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

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
    // The report shown (with the free-text sections as edited since it was built), or null.
    std::shared_ptr<const report::Report> report() const;
    bool isBuilding() const { return m_building; }

    // Asks for the file to export to: (format, suggested file name) -> path, empty to cancel. The
    // default is a QFileDialog; tests put their own.
    using FileChooser = std::function<QString(const QString &format, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // The preview's page images as shown now (for tests and screenshots).
    int previewPageCount() const;
    QString statusText() const;

public Q_SLOTS:
    void setProgress(int done, int total);
    void setReport(std::shared_ptr<const slaops::report::Report> report);
    void setFailed(const QString &message);
    void setCancelled();
    // What became of an export: the saved file's path, or why it could not be written.
    void setExportResult(bool ok, const QString &message);
    // The zone the picker starts on (the user's setting); an invalid or unknown one leaves UTC.
    void setTimeZone(const QTimeZone &zone);
    // The period the picker shows (a day, or any day of the month or quarter).
    void setPeriod(report::PeriodKind kind, QDate date);
    // Build, as the button does (for `--view reports --screenshot`).
    void build();

Q_SIGNALS:
    void buildRequested(const slaops::report::ReportRequest &request);
    void cancelRequested();
    // The user chose a file to export the shown report to, in "pdf", "csv" or "json".
    void exportRequested(const QString &format, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePeriod();
    void setBuilding(bool building);
    void setStatus(const QString &text, const QColor &edge = {});
    void renderPreview();
    void applyFreeText();
    void exportAs(const QString &format);

    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_resolution = nullptr;
    QLabel *m_periodLabel = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_statusBar = nullptr;
    QScrollArea *m_preview = nullptr;
    QVBoxLayout *m_pages = nullptr;
    QList<QLabel *> m_pageLabels;
    QGroupBox *m_freeText = nullptr;
    QPlainTextEdit *m_initiatives = nullptr;
    QPlainTextEdit *m_roadmap = nullptr;
    QList<QPushButton *> m_exports;
    QTimer m_zoomTimer;
    QTimer m_textTimer;
    std::shared_ptr<const report::Report> m_report;
    int m_renderedWidth = 0;
    bool m_building = false;
    FileChooser m_chooser;
};

} // namespace slaops::ui
