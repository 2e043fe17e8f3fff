#pragma once

#include "report/report.h"
#include "reportflow.h"

#include <QCoreApplication>

namespace slaops::ui {

// The sections of the report, each laid into the flow in the order the pages show them.
class ReportSections {
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    // The frame of every page: the footer's text and, for an Unknown report, the banner.
    static ReportFlow::Frame frame(const report::Report &r);

    static void titlePage(ReportFlow &flow, const report::Report &r);
    static void summary(ReportFlow &flow, const report::Report &r);
    static void compliance(ReportFlow &flow, const report::Report &r);
    static void months(ReportFlow &flow, const report::Report &r);
    static void charts(ReportFlow &flow, const report::Report &r);
    static void violations(ReportFlow &flow, const report::Report &r);
    static void incidents(ReportFlow &flow, const report::Report &r);
    static void trends(ReportFlow &flow, const report::Report &r);
    static void recommendations(ReportFlow &flow, const report::Report &r);
    static void freeText(ReportFlow &flow, const report::Report &r);
    static void missing(ReportFlow &flow, const report::Report &r);
};

} // namespace slaops::ui
