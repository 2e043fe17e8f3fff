#pragma once

#include <cstddef>
#include <cstdint>
#include <prometheus/client_metric.h>
#include <prometheus/metric_type.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace slaops::prom {

// The syntax of one line of the text exposition format: a comment, a HELP or TYPE line, or a sample
// with its name, labels, value and timestamp, escapes undone. It knows nothing of families; which
// family a line belongs to, and whether that makes sense, is ExpositionFamilyBuilder's business.
// Internal to ExpositionParser.
class ExpositionLexer {
public:
    enum class Kind {
        Nothing, // blank or an ordinary comment
        Help,
        Type,
        Sample,
    };

    // What one line says. The views point into the line or into the lexer's scratch and are good
    // until the next call to read.
    struct Line {
        Kind kind = Kind::Nothing;
        std::string_view name;                                         // Help, Type and Sample
        std::string help;                                              // Help, unescaped
        prometheus::MetricType type = prometheus::MetricType::Untyped; // Type
        std::span<const prometheus::ClientMetric::Label> labels;       // Sample, in the order written
        std::span<const std::size_t> labelOrder;                       // labels' indices sorted by label name
        std::string_view valueText;                                    // Sample, as written
        double value = 0;
        bool hasTimestamp = false;
        std::int64_t timestamp = 0;
    };

    // text is one line without its line end. On false, error() says what is wrong with it.
    bool read(std::string_view text, Line &out);
    const std::string &error() const { return m_error; }

    // A piece of the input fit for an error message: quoted, control bytes shown as '?', cut short.
    static std::string quoted(std::string_view text, std::size_t maxBytes = 40);

private:
    bool fail(const std::string &message);
    bool readComment(std::string_view rest, Line &out);
    bool readSample(std::string_view line, Line &out);
    bool readLabels(std::string_view line, std::size_t &pos, std::string_view name);
    bool readLabelValue(std::string_view line, std::size_t &pos, std::string &value);

    std::string m_error;
    // Scratch reused from sample to sample, so that a bucket line of a known series costs no
    // allocation once the strings have grown.
    std::vector<prometheus::ClientMetric::Label> m_labels;
    std::size_t m_labelCount = 0;
    std::vector<std::size_t> m_order; // m_labels' indices sorted by label name
};

} // namespace slaops::prom
