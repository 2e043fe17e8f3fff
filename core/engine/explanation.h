#pragma once

#include "figure.h"
#include "prom/queryresult.h"
#include "sla/histogramquantile.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <cmath>
#include <vector>

namespace slaops::engine {

// One bucket of the histogram behind a quantile, as Prometheus returned it for the figure's time.
struct ExplainedBucket {
    QString le;        // the label as Prometheus spelled it ("0.1", "+Inf")
    double upperBound; // le as a number
    double cumulative; // observations <= upperBound (a rate when the query takes rate())
};

// What is behind one figure: the query, where and how fast it was answered, and the data it was
// computed from, re-read at the figure's sample time. A value: copied to the dialog that shows it.
struct Explanation {
    enum class Kind {
        Plain,    // the raw series of the query itself
        Quantile, // histogram_quantile(q, inner): the buckets and the interpolation
        Ratio,    // A / B or c - A / B: the two sides
    };

    Figure figure;
    Kind kind = Kind::Plain;
    // The PromQL explained: the figure's query, or for a figure read from a recorded series its rule's
    // expression (figure.rule), evaluated at the time the rule wrote the sample (recordedAt).
    QString expression;
    QDateTime recordedAt;
    QDateTime evaluatedAt; // the time the queries below were evaluated at (the figure's sample time)
    // Why something behind the number could not be fetched or read; empty when everything arrived.
    QString error;
    // Our own findings, translated, most important first: +Inf bucket, a bucket wider than the
    // margin to the target, an answer that no longer reproduces the figure.
    QStringList warnings;
    // Warnings Prometheus sent with the answers to the explaining queries (the figure keeps its own).
    QStringList promWarnings;
    qint64 explainLatencyMs = -1; // the slowest of the explaining queries

    // Quantile
    double quantile = NAN;
    QString innerQuery;
    std::vector<ExplainedBucket> buckets; // sorted by upper bound, equal bounds merged: steps index this
    sla::QuantileSteps steps;

    // Ratio: value = constant - numerator / denominator when complement, else numerator / denominator.
    QString numeratorQuery;
    QString denominatorQuery;
    bool complement = false;
    double constant = 0;
    double numerator = NAN;
    double denominator = NAN;

    // Plain (and the sides of a ratio that did not reduce to one number each)
    std::vector<prom::Series> series;

    // The value recomputed from the data above, and whether it equals the figure's value.
    double recomputed = NAN;
    bool reproduced = false;

    bool ok() const { return error.isEmpty(); }
};

} // namespace slaops::engine

Q_DECLARE_METATYPE(slaops::engine::Explanation)
