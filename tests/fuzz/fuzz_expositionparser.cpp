#include "prom/expositionparser.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

using prometheus::ClientMetric;
using prometheus::MetricFamily;
using prometheus::MetricType;
using slaops::prom::ExpositionParser;
using slaops::prom::ExpositionResult;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool same(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

// The promises the data model cannot express, checked on every result.
void checkInvariants(const ExpositionResult &result)
{
    require(result.ok == result.error.isEmpty());
    if (!result.ok) {
        require(result.families.empty());
        require(result.error.startsWith(QLatin1String("line ")) ||
                result.error.contains(QLatin1String("limit")));
        return;
    }
    for (const MetricFamily &family : result.families) {
        require(!family.name.empty());
        for (const ClientMetric &metric : family.metric) {
            if (family.type == MetricType::Histogram) {
                const auto &buckets = metric.histogram.bucket;
                require(!buckets.empty() && std::isinf(buckets.back().upper_bound) &&
                        buckets.back().upper_bound > 0);
                for (std::size_t i = 1; i < buckets.size(); ++i) {
                    require(buckets[i - 1].upper_bound < buckets[i].upper_bound);
                    require(buckets[i - 1].cumulative_count <= buckets[i].cumulative_count);
                }
            }
            if (family.type == MetricType::Summary) {
                const auto &quantiles = metric.summary.quantile;
                for (std::size_t i = 1; i < quantiles.size(); ++i)
                    require(quantiles[i - 1].quantile < quantiles[i].quantile);
            }
        }
    }
}

std::string number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-Inf" : "+Inf";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void appendEscaped(std::string &out, const std::string &text, bool quotes)
{
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (quotes && c == '"')
            out += "\\\"";
        else
            out += c;
    }
}

void appendSample(std::string &out, const std::string &name, const ClientMetric &metric,
                  const char *extraName, const std::string &extraValue, const std::string &value)
{
    out += name;
    out += '{';
    for (const auto &label : metric.label) {
        out += label.name + "=\"";
        appendEscaped(out, label.value, true);
        out += "\",";
    }
    if (extraName) {
        out += std::string(extraName) + "=\"" + extraValue + "\"";
    }
    out += "} " + value;
    if (metric.timestamp_ms != 0)
        out += ' ' + std::to_string(metric.timestamp_ms);
    out += '\n';
}

// Writes families back exactly (shortest round-trip numbers, every escape), unlike prometheus-cpp's
// TextSerializer, which rounds to 16 digits and does not escape HELP.
std::string write(const std::vector<MetricFamily> &families)
{
    std::string out;
    for (const MetricFamily &family : families) {
        if (!family.help.empty()) {
            out += "# HELP " + family.name + ' ';
            appendEscaped(out, family.help, false);
            out += '\n';
        }
        static const char *const types[] = {"counter", "gauge", "summary", "untyped", "histogram"};
        out += "# TYPE " + family.name + ' ' + types[int(family.type)] + '\n';
        for (const ClientMetric &metric : family.metric) {
            switch (family.type) {
            case MetricType::Counter:
                appendSample(out, family.name, metric, nullptr, {}, number(metric.counter.value));
                break;
            case MetricType::Gauge:
                appendSample(out, family.name, metric, nullptr, {}, number(metric.gauge.value));
                break;
            case MetricType::Untyped:
                appendSample(out, family.name, metric, nullptr, {}, number(metric.untyped.value));
                break;
            case MetricType::Histogram:
                for (const auto &bucket : metric.histogram.bucket)
                    appendSample(out, family.name + "_bucket", metric, "le", number(bucket.upper_bound),
                                 std::to_string(bucket.cumulative_count));
                appendSample(out, family.name + "_sum", metric, nullptr, {},
                             number(metric.histogram.sample_sum));
                appendSample(out, family.name + "_count", metric, nullptr, {},
                             std::to_string(metric.histogram.sample_count));
                break;
            case MetricType::Summary:
                for (const auto &quantile : metric.summary.quantile)
                    appendSample(out, family.name, metric, "quantile", number(quantile.quantile),
                                 number(quantile.value));
                appendSample(out, family.name + "_sum", metric, nullptr, {},
                             number(metric.summary.sample_sum));
                appendSample(out, family.name + "_count", metric, nullptr, {},
                             std::to_string(metric.summary.sample_count));
                break;
            }
        }
    }
    return out;
}

// A family named like a part of another (x_count next to histogram x) is read by position, so
// writing the families in another order may legitimately read differently: no round trip then.
bool ambiguous(const std::vector<MetricFamily> &families)
{
    std::unordered_set<std::string> names;
    for (const MetricFamily &family : families)
        names.insert(family.name);
    for (const MetricFamily &family : families) {
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            if (names.count(family.name + suffix))
                return true;
        }
    }
    return false;
}

void requireEqual(const std::vector<MetricFamily> &a, const std::vector<MetricFamily> &b)
{
    require(a.size() == b.size());
    for (std::size_t f = 0; f < a.size(); ++f) {
        require(a[f].name == b[f].name && a[f].help == b[f].help && a[f].type == b[f].type);
        require(a[f].metric.size() == b[f].metric.size());
        for (std::size_t m = 0; m < a[f].metric.size(); ++m) {
            const ClientMetric &x = a[f].metric[m];
            const ClientMetric &y = b[f].metric[m];
            require(x.label == y.label && x.timestamp_ms == y.timestamp_ms);
            require(same(x.counter.value, y.counter.value) && same(x.gauge.value, y.gauge.value) &&
                    same(x.untyped.value, y.untyped.value));
            require(x.histogram.sample_count == y.histogram.sample_count &&
                    same(x.histogram.sample_sum, y.histogram.sample_sum));
            require(x.histogram.bucket.size() == y.histogram.bucket.size());
            for (std::size_t i = 0; i < x.histogram.bucket.size(); ++i)
                require(x.histogram.bucket[i].cumulative_count == y.histogram.bucket[i].cumulative_count &&
                        same(x.histogram.bucket[i].upper_bound, y.histogram.bucket[i].upper_bound));
            require(x.summary.sample_count == y.summary.sample_count &&
                    same(x.summary.sample_sum, y.summary.sample_sum));
            require(x.summary.quantile.size() == y.summary.quantile.size());
            for (std::size_t i = 0; i < x.summary.quantile.size(); ++i)
                require(same(x.summary.quantile[i].quantile, y.summary.quantile[i].quantile) &&
                        same(x.summary.quantile[i].value, y.summary.quantile[i].value));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExpositionResult result = ExpositionParser::parse(text);
    checkInvariants(result);
    // A small limit exercises the size check on ordinary inputs too.
    checkInvariants(ExpositionParser::parse(text, 64));

    // Whatever was read, written back exactly, reads the same: escapes, numbers and grouping agree.
    if (result.ok && !ambiguous(result.families)) {
        const std::string written = write(result.families);
        const ExpositionResult again =
            ExpositionParser::parse(QByteArrayView(written.data(), qsizetype(written.size())));
        require(again.ok);
        requireEqual(again.families, result.families);
    }
    return 0;
}
