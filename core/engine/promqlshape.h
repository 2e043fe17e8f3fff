#pragma once

#include <QString>
#include <QStringView>
#include <cmath>
#include <optional>
#include <vector>

namespace slaops::engine {

// The top-level structure of a PromQL expression, as far as "explain this number" needs it: whether
// it is a histogram_quantile() or a ratio, and its parts. Not a PromQL parser: it knows brackets,
// strings, comments and the binary operators, which is all that telling those shapes apart takes.
class PromqlShape {
public:
    struct QuantileParts {
        double q = NAN;
        QString inner;
    };
    struct RatioParts {
        QString numerator;
        QString denominator;
        QString matching; // "on (x) group_left" between the operator and the denominator, if any
        bool complement = false;
        double constant = 0; // the c of "c - A / B"
    };
    // histogram_quantile(q, inner) with a number literal q, the whole expression (outer parentheses
    // allowed); nullopt otherwise.
    static std::optional<QuantileParts> splitHistogramQuantile(QStringView promql);
    // A / B or c - A / B (c a number literal), the division at the top level; nullopt otherwise.
    static std::optional<RatioParts> splitRatio(QStringView promql);
    // The binary operators outside any parentheses, brackets, braces, strings and comments, in order,
    // with their positions: "/", "-", "and", "==", ... Unary signs and exponents are not operators.
    struct Operator {
        qsizetype pos;
        QString op;
    };
    static std::optional<std::vector<Operator>> topLevelOperators(QStringView promql);
    // The expression without comments, surrounding whitespace and fully enclosing parentheses;
    // nullopt when its parentheses, brackets, braces or quotes are unbalanced.
    static std::optional<QString> stripOuter(QStringView promql);
};

} // namespace slaops::engine
