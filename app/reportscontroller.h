#pragma once

#include "config/profile.h"
#include "report/reportbuilder.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace slaops::prom {
class Client;
}
namespace slaops::ui {
class ReportsView;
}

namespace slaops::app {

// The console's reports: the Reports view (ui/) asks, report::ReportBuilder builds off the GUI thread
// from the profile's Prometheus, and the view previews the result; exports go through core's writers
// (JSON, CSV) and ui::ReportPdf, through ReportExport as `slaops report` does.
class ReportsController : public QObject {
    Q_OBJECT
public:
    ReportsController(const config::Profile &profile, prom::Client *client, ui::ReportsView *view,
                      QString auditLogPath, QObject *parent = nullptr);
    ~ReportsController() override;

    report::ReportBuilder *builder() const { return m_builder; }

private:
    report::ReportBuilder *m_builder;
    QPointer<ui::ReportsView> m_view;
    QString m_auditLogPath;
};

} // namespace slaops::app
