#include "expositionfamilybuilder.h"

#include "responseparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <span>

namespace slaops::prom {

namespace {

using prometheus::ClientMetric;
using prometheus::MetricFamily;
using prometheus::MetricType;

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-Inf" : "+Inf";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

// name{a="b",...}, escaped as in the exposition, to name a series in a message.
std::string describe(const std::string &name, const ClientMetric &metric)
{
    std::string out = name;
    if (!metric.label.empty()) {
        out += '{';
        bool first = true;
        for (const auto &label : metric.label) {
            if (!first)
                out += ',';
            first = false;
            out += label.name;
            out += "=\"";
            for (const char c : label.value) {
                if (c == '\\' || c == '"')
                    out += '\\';
                if (c == '\n')
                    out += "\\n";
                else
                    out += c;
            }
            out += '"';
        }
        out += '}';
    }
    if (out.size() > 200)
        out = out.substr(0, 200) + "...";
    return out;
}

// Bucket and _count values are written as floats but stand for event counts: anything that is not
// a whole, non-negative number that fits in uint64 would be silently changed by storing it.
bool toCount(double value, std::uint64_t &count)
{
    if (!(value >= 0.0 && value < 18446744073709551616.0) || std::floor(value) != value)
        return false;
    count = static_cast<std::uint64_t>(value);
    return true;
}

const ClientMetric::Label *findLabel(std::span<const ClientMetric::Label> labels, std::string_view name)
{
    for (const auto &label : labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

// How a sample line relates to its family.
enum class Role { Value, Bucket, Sum, Count, Quantile };

} // namespace

bool ExpositionFamilyBuilder::failAt(int line, const std::string &message)
{
    if (m_error.empty()) {
        m_errorLine = line;
        m_error = message;
    }
    return false;
}

std::size_t ExpositionFamilyBuilder::findFamily(std::string_view name) const
{
    const auto it = m_familyByName.find(name);
    return it == m_familyByName.end() ? std::string_view::npos : it->second;
}

std::size_t ExpositionFamilyBuilder::familyFor(std::string_view name)
{
    const std::size_t found = findFamily(name);
    if (found != std::string_view::npos)
        return found;
    MetricFamily family;
    family.name = std::string(name);
    family.type = MetricType::Untyped;
    m_families.push_back(std::move(family));
    m_states.emplace_back();
    m_familyByName.emplace(std::string(name), m_families.size() - 1);
    return m_families.size() - 1;
}

bool ExpositionFamilyBuilder::addHelp(int line, std::string_view name, std::string help)
{
    m_line = line;
    const std::size_t index = familyFor(name);
    FamilyState &state = m_states[index];
    if (state.helpLine != 0)
        return fail("second HELP line for " + std::string(name) + " (the first is on line " +
                    std::to_string(state.helpLine) + ")");
    state.helpLine = m_line;
    m_families[index].help = std::move(help);
    return true;
}

bool ExpositionFamilyBuilder::addType(int line, std::string_view name, MetricType type)
{
    m_line = line;
    const std::size_t index = familyFor(name);
    FamilyState &state = m_states[index];
    if (state.typeLine != 0)
        return fail("second TYPE line for " + std::string(name) + " (the first is on line " +
                    std::to_string(state.typeLine) + ")");
    if (state.firstSampleLine != 0)
        return fail("the TYPE line of " + std::string(name) + " comes after its samples (from line " +
                    std::to_string(state.firstSampleLine) + "); TYPE must come first");
    // Samples read before as untyped families of their own would now belong to this one.
    std::vector<std::string_view> suffixes;
    if (type == MetricType::Histogram)
        suffixes = {"_bucket", "_sum", "_count"};
    else if (type == MetricType::Summary)
        suffixes = {"_sum", "_count"};
    for (const std::string_view suffix : suffixes) {
        std::string partName = std::string(name) + std::string(suffix);
        const std::size_t part = findFamily(partName);
        if (part != std::string_view::npos && m_states[part].firstSampleLine != 0)
            return fail("the TYPE line of " + std::string(name) + " comes after samples of " + partName +
                        " (from line " + std::to_string(m_states[part].firstSampleLine) +
                        "); TYPE must come first");
    }
    state.typeLine = m_line;
    m_families[index].type = type;
    return true;
}

bool ExpositionFamilyBuilder::addSample(int line, const ExpositionLexer::Line &sample)
{
    m_line = line;
    const std::string_view name = sample.name;
    const std::string_view valueText = sample.valueText;
    const double value = sample.value;

    // Which family: a name of its own first, as Prometheus's parser does; else the histogram or
    // summary it is a part of; else a new untyped family.
    Role role = Role::Value;
    std::size_t index = findFamily(name);
    if (index == std::string_view::npos) {
        const auto partOf = [&](std::string_view suffix, bool summaryToo) {
            if (!endsWith(name, suffix))
                return false;
            const std::size_t base = findFamily(name.substr(0, name.size() - suffix.size()));
            if (base == std::string_view::npos)
                return false;
            const MetricType type = m_families[base].type;
            if (type != MetricType::Histogram && !(summaryToo && type == MetricType::Summary))
                return false;
            index = base;
            return true;
        };
        if (partOf("_bucket", false))
            role = Role::Bucket;
        else if (partOf("_sum", true))
            role = Role::Sum;
        else if (partOf("_count", true))
            role = Role::Count;
        else
            index = familyFor(name);
    }
    MetricFamily &family = m_families[index];
    FamilyState &familyState = m_states[index];
    if (role == Role::Value && family.type == MetricType::Histogram)
        return fail("the histogram " + family.name + " has a sample named " + family.name +
                    "; its samples are " + family.name + "_bucket, " + family.name + "_sum and " +
                    family.name + "_count");
    if (role == Role::Value && family.type == MetricType::Summary)
        role = Role::Quantile;

    // The label that tells the parts of one series apart is not part of the series' identity.
    std::string_view partLabel;
    if (role == Role::Bucket)
        partLabel = "le";
    else if (role == Role::Quantile)
        partLabel = "quantile";
    const std::string_view reserved = family.type == MetricType::Histogram ? "le"
                                      : family.type == MetricType::Summary ? "quantile"
                                                                           : "";
    const ClientMetric::Label *part = nullptr;
    if (!reserved.empty()) {
        part = findLabel(sample.labels, reserved);
        if (partLabel.empty() && part)
            return fail("the label " + std::string(reserved) + " is not allowed on " + std::string(name));
        if (!partLabel.empty() && !part)
            return fail(std::string(name) + " has no " + std::string(partLabel) + " label");
    }

    m_key.clear();
    for (const std::size_t i : sample.labelOrder) {
        const auto &label = sample.labels[i];
        if (&label == part)
            continue;
        // Length-prefixed, since a label value may hold any byte.
        const std::uint64_t sizes[2] = {label.name.size(), label.value.size()};
        m_key.append(reinterpret_cast<const char *>(sizes), sizeof sizes);
        m_key += label.name;
        m_key += label.value;
    }
    std::size_t seriesIndex = 0;
    if (const auto it = familyState.seriesByKey.find(std::string_view(m_key));
        it != familyState.seriesByKey.end()) {
        seriesIndex = it->second;
    } else {
        ClientMetric metric;
        metric.label.reserve(sample.labels.size());
        for (const auto &label : sample.labels) {
            if (&label != part)
                metric.label.push_back(label);
        }
        seriesIndex = family.metric.size();
        family.metric.push_back(std::move(metric));
        SeriesState state;
        state.line = m_line;
        familyState.series.push_back(std::move(state));
        familyState.seriesByKey.emplace(m_key, seriesIndex);
    }
    if (familyState.firstSampleLine == 0)
        familyState.firstSampleLine = m_line;
    ClientMetric &metric = family.metric[seriesIndex];
    SeriesState &state = familyState.series[seriesIndex];
    const auto duplicate = [&](int firstLine) {
        return fail("duplicate sample " + std::string(name) + " for " + describe(family.name, metric) +
                    " (the first is on line " + std::to_string(firstLine) + ")");
    };

    switch (role) {
    case Role::Value:
        if (state.hasValue)
            return duplicate(state.line);
        state.hasValue = true;
        if (family.type == MetricType::Counter)
            metric.counter.value = value;
        else if (family.type == MetricType::Gauge)
            metric.gauge.value = value;
        else
            metric.untyped.value = value;
        break;
    case Role::Bucket: {
        double upperBound = 0;
        if (!ResponseParser::parseSampleValue(part->value, upperBound) || std::isnan(upperBound))
            return fail("bad le " + ExpositionLexer::quoted(part->value) + " in " + std::string(name) +
                        "; expected a number or +Inf");
        Bucket bucket;
        bucket.upperBound = upperBound;
        bucket.line = m_line;
        if (!toCount(value, bucket.count))
            return fail("the bucket count " + ExpositionLexer::quoted(valueText) + " of " +
                        std::string(name) + " is not a whole number of observations");
        state.buckets.push_back(bucket);
        break;
    }
    case Role::Quantile: {
        double quantile = 0;
        if (!ResponseParser::parseSampleValue(part->value, quantile) || std::isnan(quantile))
            return fail("bad quantile " + ExpositionLexer::quoted(part->value) + " in " + std::string(name) +
                        "; expected a number");
        ClientMetric::Quantile entry;
        entry.quantile = quantile;
        entry.value = value;
        metric.summary.quantile.push_back(entry);
        state.quantileLines.push_back(m_line);
        break;
    }
    case Role::Sum:
        if (state.hasSum)
            return fail("duplicate sample " + std::string(name) + " for " + describe(family.name, metric));
        state.hasSum = true;
        if (family.type == MetricType::Histogram)
            metric.histogram.sample_sum = value;
        else
            metric.summary.sample_sum = value;
        break;
    case Role::Count: {
        if (state.hasCount)
            return duplicate(state.countLine);
        std::uint64_t count = 0;
        if (!toCount(value, count))
            return fail("the count " + ExpositionLexer::quoted(valueText) + " of " + std::string(name) +
                        " is not a whole number of observations");
        state.hasCount = true;
        state.countLine = m_line;
        if (family.type == MetricType::Histogram)
            metric.histogram.sample_count = count;
        else
            metric.summary.sample_count = count;
        break;
    }
    }
    if (sample.hasTimestamp)
        metric.timestamp_ms = sample.timestamp;
    return true;
}

bool ExpositionFamilyBuilder::finishHistogram(const MetricFamily &family, ClientMetric &metric,
                                              SeriesState &state)
{
    auto &buckets = state.buckets;
    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
    if (buckets.empty() || buckets.back().upperBound != Inf)
        return failAt(state.line, "the histogram " + describe(family.name, metric) +
                                      " has no le=\"+Inf\" bucket; every histogram needs one");
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        const Bucket &previous = buckets[i - 1];
        const Bucket &bucket = buckets[i];
        if (bucket.upperBound == previous.upperBound)
            return failAt(std::max(bucket.line, previous.line), "duplicate bucket le=\"" +
                                                                    formatNumber(bucket.upperBound) +
                                                                    "\" in " + describe(family.name, metric));
        if (bucket.count < previous.count)
            return failAt(bucket.line, "the buckets of " + describe(family.name, metric) +
                                           " are not cumulative: le=\"" + formatNumber(bucket.upperBound) +
                                           "\" counts " + std::to_string(bucket.count) + " but le=\"" +
                                           formatNumber(previous.upperBound) + "\" already counts " +
                                           std::to_string(previous.count));
    }
    metric.histogram.bucket.reserve(buckets.size());
    for (const Bucket &bucket : buckets) {
        ClientMetric::Bucket out;
        out.upper_bound = bucket.upperBound;
        out.cumulative_count = bucket.count;
        metric.histogram.bucket.push_back(out);
    }
    if (!state.hasCount)
        metric.histogram.sample_count = buckets.back().count;
    if (!state.hasSum)
        metric.histogram.sample_sum = NaN;
    return true;
}

bool ExpositionFamilyBuilder::finishSummary(const MetricFamily &family, ClientMetric &metric,
                                            SeriesState &state)
{
    if (!state.hasCount)
        return failAt(state.line, "the summary " + describe(family.name, metric) + " has no " + family.name +
                                      "_count sample");
    if (!state.hasSum)
        metric.summary.sample_sum = NaN;
    auto &quantiles = metric.summary.quantile;
    std::vector<std::size_t> order(quantiles.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return quantiles[a].quantile < quantiles[b].quantile;
    });
    std::vector<ClientMetric::Quantile> sorted;
    sorted.reserve(quantiles.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && quantiles[order[i]].quantile == quantiles[order[i - 1]].quantile)
            return failAt(std::max(state.quantileLines[order[i]], state.quantileLines[order[i - 1]]),
                          "duplicate quantile=\"" + formatNumber(quantiles[order[i]].quantile) + "\" in " +
                              describe(family.name, metric));
        sorted.push_back(quantiles[order[i]]);
    }
    quantiles = std::move(sorted);
    return true;
}

bool ExpositionFamilyBuilder::finish()
{
    for (std::size_t f = 0; f < m_families.size(); ++f) {
        MetricFamily &family = m_families[f];
        FamilyState &state = m_states[f];
        for (std::size_t s = 0; s < family.metric.size(); ++s) {
            if (family.type == MetricType::Histogram &&
                !finishHistogram(family, family.metric[s], state.series[s]))
                return false;
            if (family.type == MetricType::Summary &&
                !finishSummary(family, family.metric[s], state.series[s]))
                return false;
        }
    }
    return true;
}

} // namespace slaops::prom
