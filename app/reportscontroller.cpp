#include "reportscontroller.h"

#include "reportexport.h"
#include "reportsview.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReportsController, "slaops.reports", QtInfoMsg)

namespace slaops::app {

ReportsController::ReportsController(const config::Profile &profile, prom::Client *client,
                                     ui::ReportsView *view, QString auditLogPath, QObject *parent)
    : QObject(parent)
    , m_builder(new report::ReportBuilder(profile, client, this))
    , m_view(view)
    , m_auditLogPath(std::move(auditLogPath))
{
    connect(view, &ui::ReportsView::buildRequested, this, [this](report::ReportRequest request) {
        request.auditLogPath = m_auditLogPath;
        m_builder->start(request);
    });
    connect(view, &ui::ReportsView::cancelRequested, m_builder, &report::ReportBuilder::cancel);
    connect(m_builder, &report::ReportBuilder::progress, view, &ui::ReportsView::setProgress);
    connect(m_builder, &report::ReportBuilder::finished, view, &ui::ReportsView::setReport);
    connect(m_builder, &report::ReportBuilder::failed, view, &ui::ReportsView::setFailed);
    connect(m_builder, &report::ReportBuilder::cancelled, view, &ui::ReportsView::setCancelled);
    connect(view, &ui::ReportsView::exportRequested, this,
            [this](const QString &format, const QString &path) {
                if (!m_view || !m_view->report())
                    return;
                QString error;
                const bool ok = ReportExport::write(*m_view->report(), format, path, &error);
                if (!ok)
                    qCWarning(lcReportsController) << "export to" << path << "failed:" << error;
                m_view->setExportResult(ok, ok ? tr("Saved %1").arg(path) : error);
            });
}

ReportsController::~ReportsController() = default;

} // namespace slaops::app
