#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QStringList>

namespace slaops::ui {

// The executive summary, written from the figures alone: how many SLAs were met, which were violated
// where, on how many days and for how long, what could not be judged, the budgets, the trends, the
// incidents. Plain sentences, one paragraph each; numbers as FigureFormat writes them.
class ReportSummary {
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)

public:
    static QStringList paragraphs(const report::Report &report);
};

} // namespace slaops::ui
