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
    QString rulesWarning; // the generated rules are loaded at another version of the profile: raw
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
    static Assembly assemble(const AssemblyInput &in);
    // What one row's answers hold, for tests and the assembly: its grid points with a value (a
    // recorded row's: those past the target with theirs, the others NaN, and the Fill queries' points).
    static std::vector<Point> seriesPoints(const AssemblyInput &in, const RowPlan &row, QString *error);
    // A recorded row's grid points without a recorded sample, as [from, to) runs in time order (runs
    // fewer than kFillJoinPoints apart joined): what the Fill queries ask raw.
    static std::vector<std::pair<qint64, qint64>>
    recordedGaps(const ReportPlan &plan, const std::vector<QueryAnswer> &answers, int row);
    static constexpr qint64 kFillJoinPoints = 60;
};

} // namespace slaops::report
