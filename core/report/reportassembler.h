#pragma once

#include "actions/auditlog.h"
#include "prom/queryresult.h"
#include "report.h"
#include "reportplan.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <vector>

namespace slaops::report {

// The answer to one planned query: a parsed result, or why there is none (what Prometheus or the
// network said, for people).
struct QueryAnswer {
    bool ok = false;
    QString error;
    prom::QueryResult result;
};

struct AssemblyInput {
    config::Profile profile; // for the recommendations' advice
    Period period;
    ReportPlan plan;
    std::vector<QueryAnswer> answers; // one per plan.queries, in order
    std::vector<actions::AuditLog::Record> audit;
    QString auditError; // the audit log could not be read (its incidents are then missing)
    QString profileName;
    QString profileFile;
    QUrl prometheus;
    QDateTime generatedAt;
    QString initiatives;
    QString roadmap;
};

struct Assembly {
    Report report;
    bool anyData = false; // some row had a point of its violation series or a stretch figure
};

// Turns the answers into a Report (the figures as report-common.md defines them). Pure: runs on the
// builder's pool over its own copy of the answers.
class ReportAssembler {
    Q_DECLARE_TR_FUNCTIONS(ReportAssembler)

public:
    static constexpr std::size_t kChartPoints = 1500;
    static Assembly assemble(const AssemblyInput &in);
    // What one row's answers hold, for tests and the assembly.
    static std::vector<Point> seriesPoints(const AssemblyInput &in, const RowPlan &row, QString *error);
};

} // namespace slaops::report
