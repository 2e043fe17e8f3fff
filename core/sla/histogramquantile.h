#pragma once

#include <QString>
#include <vector>

namespace slaops::sla {

// One classic histogram bucket: the cumulative count of observations <= upperBound (Prometheus "le").
struct Bucket {
    double upperBound;
    double count;
};

// histogram_quantile() exactly as Prometheus 2.42 computes it for classic histograms
// (promql/quantile.go, bucketQuantile), so that the console, Grafana and the alert rules agree on
// every figure to the last bit. In order:
//   q is NaN -> NaN; q < 0 -> -Inf; q > 1 -> +Inf;
//   no buckets -> NaN (Prometheus never asks; an empty group yields no series there);
//   a NaN upper bound -> NaN (Prometheus sorts it in an unspecified place; we refuse to guess);
//   buckets are sorted by upper bound; the highest must be +Inf, else NaN;
//   buckets with equal upper bounds ("1" and "1.0") are merged by summing their counts;
//   counts are made monotonic by carrying the maximum forward (partial scrapes, rate() noise);
//   fewer than 2 buckets -> NaN; observations (the +Inf count) == 0 -> NaN;
//   rank = q * observations; the bucket is the first whose count >= rank (binary search over all
//   but the +Inf bucket); in the +Inf bucket -> the upper bound of the second-highest bucket;
//   in the first bucket with an upper bound <= 0 -> that upper bound;
//   else linear interpolation start + (end - start) * (rank' / countInBucket), where start is the
//   previous bound (0 for the first bucket) and rank' is the rank less the count below.
double histogramQuantile(double q, std::vector<Bucket> buckets);

// The same computation, keeping its intermediate figures, for "explain this number".
// bucketIndex refers to the sorted, merged buckets; it is -1 when the computation stopped before
// choosing a bucket. The note is English, technical and untranslated (logs, JSON, the explain panel).
struct QuantileSteps {
    double rank = 0;          // q * observations (before subtracting countBelow)
    double observations = 0;  // count of the +Inf bucket after merging and monotonic repair
    int bucketIndex = -1;     // in the sorted, merged bucket list
    double bucketStart = 0;   // lower edge used for interpolation
    double bucketEnd = 0;     // upper bound of the chosen bucket
    double countBelow = 0;    // cumulative count of the bucket before the chosen one
    double countInBucket = 0; // observations inside the chosen bucket
    bool inInfBucket = false; // the rank fell into the +Inf bucket: the value is a lower bound only
    double value = 0;         // identical to histogramQuantile()
    QString note;
};
QuantileSteps explainHistogramQuantile(double q, std::vector<Bucket> buckets);

} // namespace slaops::sla
