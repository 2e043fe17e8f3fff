#pragma once

#include "budgetfigure.h"
#include "refreshplan.h"

#include <QCoreApplication>

namespace slaops::engine {

struct BudgetInputs {
    const BudgetSpec *spec = nullptr;
    double rollingSli = NAN;
    double monthSli = NAN;
    std::array<double, kBurnWindowCount> burnSli{NAN, NAN, NAN, NAN, NAN, NAN, NAN};
    QString error;                 // the first query failure, if any
    bool coverageMeasured = false; // coveredSeconds was measured in this refresh
    double coveredSeconds = NAN;
    QDateTime now;
    const BudgetFigure *previous = nullptr;
    std::chrono::milliseconds errorAfter{60000};
};

// Pure: one SLA's SLI values over the budget periods and burn windows, turned into its error budget
// with the sla:: formulas.
class BudgetCalculator {
    Q_DECLARE_TR_FUNCTIONS(BudgetCalculator)

public:
    static BudgetFigure compute(const BudgetInputs &in);
};

} // namespace slaops::engine
