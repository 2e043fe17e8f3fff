#pragma once

#include <QByteArrayView>
#include <QString>
#include <prometheus/metric_family.h>
#include <vector>

namespace slaops::prom {

// What ExpositionParser::parse returns: either ok with the families, or not ok with one message
// ("line 12: ...") and no families, so a half-read scrape is never mistaken for a whole one.
struct ExpositionResult {
    bool ok = false;
    QString error;
    std::vector<prometheus::MetricFamily> families;
};

// Reads the Prometheus text exposition format 0.0.4 (what a node's /metrics/sla serves) into
// prometheus-cpp's own data model, for the direct scrape used while Prometheus is down.
// Pure and thread-safe: it runs on the worker pool over a copied body.
//
// Families come out in the order their first line (HELP, TYPE or sample) appears; samples of one
// family need not be contiguous. Histogram and summary samples (_bucket, _sum, _count, quantile)
// are gathered into one ClientMetric per label set, buckets sorted by upper bound. A histogram
// or summary without a _sum gets NaN there (unknown, not zero); a histogram without a _count takes
// the +Inf bucket's count, which is the same number by definition. Labels keep the order they
// are written in; {a,b} and {b,a} are the same series.
// Families announced by HELP or TYPE but without samples are kept, with no metrics.
// Anything it cannot read exactly is an error: it never guesses and never fills in a zero.
class ExpositionParser {
public:
    // A node's /metrics/sla is a few hundred kB at most; far more means a misconfigured target
    // (a whole-process /metrics, a file server), which is refused before spending memory on it.
    static constexpr qsizetype DefaultMaxBytes = 16 * 1024 * 1024;

    static ExpositionResult parse(QByteArrayView text, qsizetype maxBytes = DefaultMaxBytes);
};

} // namespace slaops::prom
