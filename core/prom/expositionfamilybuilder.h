#pragma once

#include "expositionlexer.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <prometheus/client_metric.h>
#include <prometheus/metric_family.h>
#include <prometheus/metric_type.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace slaops::prom {

// Gathers the lines ExpositionLexer read into prometheus-cpp's MetricFamily model: which family a
// sample belongs to (histogram and summary parts included), one ClientMetric per label set, and at
// the end the checks that need a series whole (buckets cumulative, a +Inf bucket, no repeats).
// Internal to ExpositionParser, which feeds it line by line and reports its errors.
class ExpositionFamilyBuilder {
public:
    // Each takes the number of the line it is given; on false, errorLine() and error() say where and
    // what went wrong, and nothing more should be added.
    bool addHelp(int line, std::string_view name, std::string help);
    bool addType(int line, std::string_view name, prometheus::MetricType type);
    bool addSample(int line, const ExpositionLexer::Line &sample);
    // The checks on each series that need all of its samples; call once after the last line.
    bool finish();

    std::vector<prometheus::MetricFamily> takeFamilies() { return std::move(m_families); }
    int errorLine() const { return m_errorLine; }
    const std::string &error() const { return m_error; }

private:
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    using Index = std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>>;

    struct Bucket {
        double upperBound = 0;
        std::uint64_t count = 0;
        int line = 0;
    };

    // What the builder remembers about one ClientMetric beyond what the data model can hold.
    struct SeriesState {
        int line = 0; // its first sample, for errors about the series as a whole
        bool hasValue = false;
        bool hasSum = false;
        bool hasCount = false;
        int countLine = 0;
        std::vector<Bucket> buckets;
        std::vector<int> quantileLines; // parallel to ClientMetric::summary.quantile
    };

    struct FamilyState {
        int helpLine = 0; // 0: none yet
        int typeLine = 0;
        int firstSampleLine = 0;
        Index seriesByKey;
        std::vector<SeriesState> series; // parallel to MetricFamily::metric
    };

    bool fail(const std::string &message) { return failAt(m_line, message); }
    bool failAt(int line, const std::string &message);
    bool finishHistogram(const prometheus::MetricFamily &family, prometheus::ClientMetric &metric,
                         SeriesState &state);
    bool finishSummary(const prometheus::MetricFamily &family, prometheus::ClientMetric &metric,
                       SeriesState &state);
    std::size_t findFamily(std::string_view name) const;
    std::size_t familyFor(std::string_view name);

    int m_line = 0; // the line being added
    int m_errorLine = 0;
    std::string m_error;
    std::vector<prometheus::MetricFamily> m_families;
    std::vector<FamilyState> m_states; // parallel to m_families
    Index m_familyByName;
    // The series key of the sample being added, kept from sample to sample so that a bucket line
    // of a known series costs no allocation once it has grown.
    std::string m_key;
};

} // namespace slaops::prom
