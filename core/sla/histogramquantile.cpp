#include "histogramquantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

// A port of bucketQuantile from Prometheus 2.42 (promql/quantile.go). The floating point operations
// are kept in Go's order on purpose: a differential test compares us with a real Prometheus.

namespace slaops::sla {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

// Merges buckets with the same upper bound. The input must be sorted.
void coalesceBuckets(std::vector<Bucket> &buckets)
{
    Bucket last = buckets.front();
    std::size_t i = 0;
    for (std::size_t k = 1; k < buckets.size(); ++k) {
        const Bucket &b = buckets[k];
        if (b.upperBound == last.upperBound) {
            last.count += b.count;
        } else {
            buckets[i] = last;
            last = b;
            ++i;
        }
    }
    buckets[i] = last;
    buckets.resize(i + 1);
}

// The envelope of the counts: Prometheus' answer to buckets scraped or rated non-atomically.
bool ensureMonotonic(std::vector<Bucket> &buckets)
{
    bool forced = false;
    double max = buckets.front().count;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].count > max) {
            max = buckets[i].count;
        } else if (buckets[i].count < max) {
            buckets[i].count = max;
            forced = true;
        }
    }
    return forced;
}

// Go's sort.Search, literally: NaN counts make the predicate false, and we must fail the same way.
int searchFirstAtLeast(const std::vector<Bucket> &buckets, int n, double rank)
{
    int i = 0;
    int j = n;
    while (i < j) {
        const int h = static_cast<int>(static_cast<unsigned>(i + j) >> 1);
        if (!(buckets[static_cast<std::size_t>(h)].count >= rank))
            i = h + 1;
        else
            j = h;
    }
    return i;
}

// Notes are only formatted when asked for: histogramQuantile() runs over many series per refresh.
QuantileSteps compute(double q, std::vector<Bucket> buckets, bool explain)
{
    const auto stop = [explain](double value, auto &&note) {
        QuantileSteps s;
        s.value = value;
        if (explain)
            s.note = note();
        return s;
    };

    if (std::isnan(q))
        return stop(kNaN, [&] { return QString(QStringLiteral("q is NaN")); });
    if (q < 0)
        return stop(-kInf, [&] { return QString(QStringLiteral("q = %1 is below 0").arg(num(q))); });
    if (q > 1)
        return stop(kInf, [&] { return QString(QStringLiteral("q = %1 is above 1").arg(num(q))); });
    if (buckets.empty())
        return stop(kNaN, [&] { return QString(QStringLiteral("no buckets")); });
    if (std::any_of(buckets.begin(), buckets.end(), [](const Bucket &b) { return std::isnan(b.upperBound); }))
        return stop(kNaN, [&] { return QString(QStringLiteral("a bucket has a NaN upper bound")); });

    // Stable, so that merged counts are summed in input order (Go's sort is not stable either; the
    // order only matters for the last bit of a sum of three or more equal-bound buckets).
    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
    if (!(std::isinf(buckets.back().upperBound) && buckets.back().upperBound > 0))
        return stop(kNaN, [&] {
            return QString(
                QStringLiteral("the highest bucket is le=%1, not +Inf").arg(num(buckets.back().upperBound)));
        });

    const std::size_t before = buckets.size();
    coalesceBuckets(buckets);
    const bool merged = buckets.size() != before;
    const bool forced = ensureMonotonic(buckets);
    QString repairs;
    if (explain && merged)
        repairs += QStringLiteral("; buckets with equal upper bounds were merged");
    if (explain && forced)
        repairs += QStringLiteral("; counts were not monotonic and were raised to the running maximum");

    if (buckets.size() < 2)
        return stop(kNaN, [&] { return QString(QStringLiteral("fewer than 2 buckets") + repairs); });
    const int n = static_cast<int>(buckets.size());
    const double observations = buckets.back().count;
    if (observations == 0) {
        QuantileSteps s = stop(kNaN, [&] { return QString(QStringLiteral("no observations") + repairs); });
        s.observations = observations;
        return s;
    }

    QuantileSteps s;
    s.observations = observations;
    double rank = q * observations;
    s.rank = rank;
    const int b = searchFirstAtLeast(buckets, n - 1, rank);
    s.bucketIndex = b;
    const auto at = [&](int i) -> const Bucket & { return buckets[static_cast<std::size_t>(i)]; };

    if (b == n - 1) {
        s.inInfBucket = true;
        s.bucketStart = at(n - 2).upperBound;
        s.bucketEnd = kInf;
        s.countBelow = at(n - 2).count;
        s.countInBucket = observations - at(n - 2).count;
        s.value = at(n - 2).upperBound;
        if (explain)
            s.note =
                QStringLiteral("rank %1 of %2 falls into the +Inf bucket: the value is the highest finite "
                               "bound, a lower limit only")
                    .arg(num(rank), num(observations)) +
                repairs;
        return s;
    }
    if (b == 0 && at(0).upperBound <= 0) {
        s.bucketStart = at(0).upperBound;
        s.bucketEnd = at(0).upperBound;
        s.countInBucket = at(0).count;
        s.value = at(0).upperBound;
        if (explain)
            s.note =
                QStringLiteral("rank %1 of %2 falls into the lowest bucket, whose upper bound %3 is <= 0: "
                               "the value is that bound")
                    .arg(num(rank), num(observations), num(at(0).upperBound)) +
                repairs;
        return s;
    }

    double bucketStart = 0;
    const double bucketEnd = at(b).upperBound;
    double count = at(b).count;
    if (b > 0) {
        bucketStart = at(b - 1).upperBound;
        count -= at(b - 1).count;
        rank -= at(b - 1).count;
        s.countBelow = at(b - 1).count;
    }
    s.bucketStart = bucketStart;
    s.bucketEnd = bucketEnd;
    s.countInBucket = count;
    s.value = bucketStart + (bucketEnd - bucketStart) * (rank / count);
    if (explain)
        s.note = QStringLiteral("rank %1 of %2 falls into bucket (%3, %4] holding %5 observations; "
                                "linear interpolation: %3 + (%4 - %3) * (%6 / %5)")
                     .arg(num(s.rank), num(observations), num(bucketStart), num(bucketEnd), num(count),
                          num(rank)) +
                 repairs;
    return s;
}

} // namespace

QuantileSteps explainHistogramQuantile(double q, std::vector<Bucket> buckets)
{
    return compute(q, std::move(buckets), true);
}

double histogramQuantile(double q, std::vector<Bucket> buckets)
{
    return compute(q, std::move(buckets), false).value;
}

} // namespace slaops::sla
