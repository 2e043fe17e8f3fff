#pragma once

#include "explanation.h"
#include "prom/rawresponse.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringView>
#include <functional>
#include <optional>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

// Gathers what is behind a figure ("explain this number"): re-evaluates the parts of its query at
// the figure's sample time, so that the buckets of a quantile or the two rates of a ratio are the very
// data the number was computed from, and says when they no longer reproduce it.
// Lives on the thread of its client; never blocks: the answers are small and read in the callbacks.
class Explainer : public QObject {
    Q_OBJECT
public:
    // The client is not owned; it must outlive this object or be the parent of it.
    explicit Explainer(prom::Client *client, QObject *parent = nullptr);

    // Starts explaining `figure`; ready() follows (always asynchronously, also on failure). A second
    // call before the first is done supersedes it: only the newest explanation is emitted.
    void explain(const Figure &figure);

    // --- The top-level structure of a PromQL expression (public for the unit tests) ---
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

Q_SIGNALS:
    void ready(const slaops::engine::Explanation &explanation);

private:
    void explainQuantile(quint64 generation, const QuantileParts &parts);
    void explainRatio(quint64 generation, const RatioParts &parts);
    void explainPlain(quint64 generation);
    void finish(quint64 generation);
    // Recomputes the figure from what arrived and says whether it matches.
    void conclude();
    // A parsed answer, or why there is none (also stored as the explanation's error).
    std::optional<prom::QueryResult> read(const prom::RawResponse &raw, const QString &what);
    // Called with the figure's time; drops answers that belong to a superseded explanation.
    void query(quint64 generation, const QString &promql,
               std::function<void(const prom::RawResponse &)> done);

    prom::Client *m_client;
    quint64 m_generation = 0;
    Explanation m_current;
    int m_pending = 0;
};

} // namespace slaops::engine
