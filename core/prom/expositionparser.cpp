#include "expositionparser.h"

#include "responseparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace slaops::prom {

namespace {

using prometheus::ClientMetric;
using prometheus::MetricFamily;
using prometheus::MetricType;

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isMetricNameChar(char c)
{
    return isLetter(c) || isDigit(c) || c == ':';
}

bool isLabelNameChar(char c)
{
    return isLetter(c) || isDigit(c);
}

bool isMetricName(std::string_view name)
{
    return !name.empty() && (isLetter(name.front()) || name.front() == ':') &&
           std::all_of(name.begin(), name.end(), isMetricNameChar);
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view trimmedRight(std::string_view text)
{
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string_view trimmedLeft(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    return text;
}

// Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. Prometheus refuses such
// label values, and a console that showed U+FFFD instead would group series that are not equal.
bool isValidUtf8(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if ((length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
            (length == 4 && code < 0x10000) || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// A piece of the input fit for an error message: quoted, control bytes shown as '?', cut short.
std::string quoted(std::string_view text, std::size_t maxBytes = 40)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == maxBytes) {
            out += "...";
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        out += (c < 0x20 || c == 0x7F) ? '?' : char(c);
    }
    out += '"';
    return out;
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

// What the parser remembers about one ClientMetric beyond what the data model can hold.
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

// How a sample line relates to its family.
enum class Role { Value, Bucket, Sum, Count, Quantile };

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {
    }

    bool run();
    std::vector<MetricFamily> takeFamilies() { return std::move(m_families); }
    const std::string &error() const { return m_error; }

private:
    bool fail(const std::string &message) { return failAt(m_line, message); }
    bool failAt(int line, const std::string &message);
    bool parseComment(std::string_view rest);
    bool parseSample(std::string_view line);
    bool readLabels(std::string_view line, std::size_t &pos, std::string_view name);
    bool readLabelValue(std::string_view line, std::size_t &pos, std::string &value);
    bool finish();
    bool finishHistogram(const MetricFamily &family, ClientMetric &metric, SeriesState &state);
    bool finishSummary(const MetricFamily &family, ClientMetric &metric, SeriesState &state);
    std::size_t findFamily(std::string_view name) const;
    std::size_t familyFor(std::string_view name);
    const ClientMetric::Label *findLabel(std::string_view name) const;

    std::string_view m_text;
    int m_line = 0;
    std::string m_error;
    std::vector<MetricFamily> m_families;
    std::vector<FamilyState> m_states; // parallel to m_families
    Index m_familyByName;
    // Scratch reused from sample to sample, so that a bucket line of a known series costs no
    // allocation once the strings have grown.
    std::vector<ClientMetric::Label> m_labels;
    std::size_t m_labelCount = 0;
    std::vector<std::size_t> m_order; // m_labels' indices sorted by label name
    std::string m_key;
};

bool Parser::failAt(int line, const std::string &message)
{
    if (m_error.empty())
        m_error = "line " + std::to_string(line) + ": " + message;
    return false;
}

std::size_t Parser::findFamily(std::string_view name) const
{
    const auto it = m_familyByName.find(name);
    return it == m_familyByName.end() ? std::string_view::npos : it->second;
}

std::size_t Parser::familyFor(std::string_view name)
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

const ClientMetric::Label *Parser::findLabel(std::string_view name) const
{
    for (std::size_t i = 0; i < m_labelCount; ++i) {
        if (m_labels[i].name == name)
            return &m_labels[i];
    }
    return nullptr;
}

bool Parser::run()
{
    std::size_t pos = 0;
    while (pos < m_text.size()) {
        const void *newline = std::memchr(m_text.data() + pos, '\n', m_text.size() - pos);
        const std::size_t end =
            newline ? std::size_t(static_cast<const char *>(newline) - m_text.data()) : m_text.size();
        std::string_view line = m_text.substr(pos, end - pos);
        pos = end + 1;
        ++m_line;
        // The format says \n; a file saved on Windows or a proxy that rewrote line ends says \r\n.
        while (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        line = trimmedLeft(line);
        if (trimmedRight(line).empty())
            continue;
        const bool ok = line.front() == '#' ? parseComment(line.substr(1)) : parseSample(trimmedRight(line));
        if (!ok)
            return false;
    }
    return finish();
}

bool Parser::parseComment(std::string_view rest)
{
    rest = trimmedLeft(rest);
    std::size_t pos = 0;
    while (pos < rest.size() && !isBlank(rest[pos]))
        ++pos;
    const std::string_view keyword = rest.substr(0, pos);
    const bool help = keyword == "HELP";
    if (!help && keyword != "TYPE")
        return true; // an ordinary comment
    rest = trimmedLeft(rest.substr(pos));
    if (trimmedRight(rest).empty())
        return true; // "# HELP" alone is a comment too, as in Prometheus's own parser
    pos = 0;
    while (pos < rest.size() && !isBlank(rest[pos]))
        ++pos;
    const std::string_view name = rest.substr(0, pos);
    if (!isMetricName(name))
        return fail("bad metric name " + quoted(name) + " in the " + std::string(keyword) +
                    " line; a name is [a-zA-Z_:][a-zA-Z0-9_:]*");
    rest = trimmedLeft(rest.substr(pos));

    if (help) {
        std::string text;
        text.reserve(rest.size());
        for (std::size_t i = 0; i < rest.size(); ++i) {
            const char c = rest[i];
            if (c == '\\' && i + 1 < rest.size() && (rest[i + 1] == '\\' || rest[i + 1] == 'n')) {
                text += rest[i + 1] == 'n' ? '\n' : '\\';
                ++i;
            } else {
                // Other backslashes are kept as written: prometheus-cpp, which serves our nodes,
                // does not escape HELP text, and a stray backslash is no reason to lose a scrape.
                text += c;
            }
        }
        if (!isValidUtf8(text))
            return fail("the HELP text of " + std::string(name) + " is not valid UTF-8");
        const std::size_t index = familyFor(name);
        FamilyState &state = m_states[index];
        if (state.helpLine != 0)
            return fail("second HELP line for " + std::string(name) + " (the first is on line " +
                        std::to_string(state.helpLine) + ")");
        state.helpLine = m_line;
        m_families[index].help = std::move(text);
        return true;
    }

    const std::string_view typeName = trimmedRight(rest);
    MetricType type = MetricType::Untyped;
    if (typeName == "counter")
        type = MetricType::Counter;
    else if (typeName == "gauge")
        type = MetricType::Gauge;
    else if (typeName == "histogram")
        type = MetricType::Histogram;
    else if (typeName == "summary")
        type = MetricType::Summary;
    else if (typeName == "untyped")
        type = MetricType::Untyped;
    else if (typeName.empty())
        return fail("the TYPE line of " + std::string(name) + " names no type");
    else
        return fail("unknown type " + quoted(typeName) + " for " + std::string(name) +
                    "; expected counter, gauge, histogram, summary or untyped");

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

bool Parser::readLabelValue(std::string_view line, std::size_t &pos, std::string &value)
{
    value.clear();
    while (pos < line.size()) {
        const char c = line[pos];
        if (c == '"') {
            ++pos;
            return true;
        }
        if (c == '\\') {
            if (pos + 1 >= line.size())
                break;
            const char escaped = line[pos + 1];
            if (escaped == '\\' || escaped == '"')
                value += escaped;
            else if (escaped == 'n')
                value += '\n';
            else
                return fail("invalid escape sequence " + quoted(line.substr(pos, 2)) +
                            " in a label value; only \\\\, \\\" and \\n are allowed");
            pos += 2;
            continue;
        }
        // Copy the run of plain characters at once.
        std::size_t end = pos;
        while (end < line.size() && line[end] != '"' && line[end] != '\\')
            ++end;
        value.append(line.data() + pos, end - pos);
        pos = end;
    }
    return fail("unterminated label value (no closing '\"' before the end of the line)");
}

bool Parser::readLabels(std::string_view line, std::size_t &pos, std::string_view name)
{
    // pos is just past '{'.
    const auto skipBlanks = [&] {
        while (pos < line.size() && isBlank(line[pos]))
            ++pos;
    };
    const auto unterminated = [&] {
        return fail("unterminated label set of " + std::string(name) + " (no closing '}')");
    };
    for (;;) {
        skipBlanks();
        if (pos >= line.size())
            return unterminated();
        if (line[pos] == '}') {
            ++pos;
            break;
        }
        const std::size_t start = pos;
        if (isLetter(line[pos])) {
            while (pos < line.size() && isLabelNameChar(line[pos]))
                ++pos;
        }
        if (pos == start)
            return fail("expected a label name in the labels of " + std::string(name) + ", got " +
                        quoted(line.substr(start)));
        if (m_labelCount == m_labels.size())
            m_labels.emplace_back();
        ClientMetric::Label &label = m_labels[m_labelCount];
        label.name.assign(line.data() + start, pos - start);
        skipBlanks();
        if (pos >= line.size())
            return unterminated();
        if (line[pos] != '=')
            return fail("expected '=' after the label name " + label.name + " of " + std::string(name) +
                        ", got " + quoted(line.substr(pos)));
        ++pos;
        skipBlanks();
        if (pos >= line.size() || line[pos] != '"')
            return fail("expected a quoted value for the label " + label.name + " of " + std::string(name) +
                        ", got " + quoted(line.substr(pos)));
        ++pos;
        if (!readLabelValue(line, pos, label.value))
            return false;
        if (!isValidUtf8(label.value))
            return fail("the value of the label " + label.name + " of " + std::string(name) +
                        " is not valid UTF-8");
        ++m_labelCount;
        skipBlanks();
        if (pos >= line.size())
            return unterminated();
        if (line[pos] == ',') {
            ++pos;
            continue;
        }
        if (line[pos] != '}')
            return fail("expected ',' or '}' after the label " + label.name + " of " + std::string(name) +
                        ", got " + quoted(line.substr(pos)));
    }
    // The labels stay in the order the target wrote them (a round trip through prometheus-cpp is
    // exact); the series key and the check for a repeated name use them sorted by name, so that
    // {a,b} and {b,a} are one series.
    m_order.resize(m_labelCount);
    for (std::size_t i = 0; i < m_labelCount; ++i)
        m_order[i] = i;
    std::sort(m_order.begin(), m_order.end(),
              [this](std::size_t a, std::size_t b) { return m_labels[a].name < m_labels[b].name; });
    for (std::size_t i = 1; i < m_labelCount; ++i) {
        if (m_labels[m_order[i]].name == m_labels[m_order[i - 1]].name)
            return fail("the label " + m_labels[m_order[i]].name + " appears twice in " + std::string(name));
    }
    return true;
}

bool Parser::parseSample(std::string_view line)
{
    std::size_t pos = 0;
    if (isLetter(line[0]) || line[0] == ':') {
        while (pos < line.size() && isMetricNameChar(line[pos]))
            ++pos;
    }
    const std::string_view name = line.substr(0, pos);
    if (name.empty() || (pos < line.size() && !isBlank(line[pos]) && line[pos] != '{')) {
        std::size_t end = pos;
        while (end < line.size() && !isBlank(line[end]) && line[end] != '{')
            ++end;
        return fail("bad metric name " + quoted(line.substr(0, end)) +
                    "; a name is [a-zA-Z_:][a-zA-Z0-9_:]*");
    }
    while (pos < line.size() && isBlank(line[pos]))
        ++pos;
    m_labelCount = 0;
    m_order.clear();
    if (pos < line.size() && line[pos] == '{') {
        ++pos;
        if (!readLabels(line, pos, name))
            return false;
        while (pos < line.size() && isBlank(line[pos]))
            ++pos;
    }

    std::size_t end = pos;
    while (end < line.size() && !isBlank(line[end]))
        ++end;
    const std::string_view valueText = line.substr(pos, end - pos);
    if (valueText.empty())
        return fail("the sample " + std::string(name) + " has no value");
    double value = 0;
    if (!ResponseParser::parseSampleValue(valueText, value))
        return fail("cannot read the value " + quoted(valueText) + " of " + std::string(name) +
                    "; expected a number such as 1.5, 2e-3, NaN, +Inf or -Inf");
    pos = end;
    while (pos < line.size() && isBlank(line[pos]))
        ++pos;
    bool hasTimestamp = false;
    std::int64_t timestamp = 0;
    if (pos < line.size()) {
        end = pos;
        while (end < line.size() && !isBlank(line[end]))
            ++end;
        std::string_view text = line.substr(pos, end - pos);
        std::string_view digits = text;
        if (digits.size() > 1 && digits.front() == '+' && digits[1] != '-')
            digits.remove_prefix(1);
        const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), timestamp);
        if (result.ec != std::errc() || result.ptr != digits.data() + digits.size())
            return fail("cannot read the timestamp " + quoted(text) + " of " + std::string(name) +
                        "; expected milliseconds since the epoch as a whole number");
        hasTimestamp = true;
        pos = end;
        while (pos < line.size() && isBlank(line[pos]))
            ++pos;
        if (pos < line.size())
            return fail("unexpected " + quoted(line.substr(pos)) + " after the timestamp of " +
                        std::string(name));
    }

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
        part = findLabel(reserved);
        if (partLabel.empty() && part)
            return fail("the label " + std::string(reserved) + " is not allowed on " + std::string(name));
        if (!partLabel.empty() && !part)
            return fail(std::string(name) + " has no " + std::string(partLabel) + " label");
    }

    m_key.clear();
    for (const std::size_t i : m_order) {
        const auto &label = m_labels[i];
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
        metric.label.reserve(m_labelCount);
        for (std::size_t i = 0; i < m_labelCount; ++i) {
            if (&m_labels[i] != part)
                metric.label.push_back(m_labels[i]);
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
            return fail("bad le " + quoted(part->value) + " in " + std::string(name) +
                        "; expected a number or +Inf");
        Bucket bucket;
        bucket.upperBound = upperBound;
        bucket.line = m_line;
        if (!toCount(value, bucket.count))
            return fail("the bucket count " + quoted(valueText) + " of " + std::string(name) +
                        " is not a whole number of observations");
        state.buckets.push_back(bucket);
        break;
    }
    case Role::Quantile: {
        double quantile = 0;
        if (!ResponseParser::parseSampleValue(part->value, quantile) || std::isnan(quantile))
            return fail("bad quantile " + quoted(part->value) + " in " + std::string(name) +
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
            return fail("the count " + quoted(valueText) + " of " + std::string(name) +
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
    if (hasTimestamp)
        metric.timestamp_ms = timestamp;
    return true;
}

bool Parser::finishHistogram(const MetricFamily &family, ClientMetric &metric, SeriesState &state)
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

bool Parser::finishSummary(const MetricFamily &family, ClientMetric &metric, SeriesState &state)
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

bool Parser::finish()
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

} // namespace

ExpositionResult ExpositionParser::parse(QByteArrayView text, qsizetype maxBytes)
{
    ExpositionResult result;
    if (text.size() > maxBytes) {
        result.error = QLatin1String("the exposition is ") + QString::number(text.size()) +
                       QLatin1String(" bytes, over the limit of ") + QString::number(maxBytes) +
                       QLatin1String(" bytes; is the target's URL really its /metrics/sla endpoint?");
        return result;
    }
    Parser parser(std::string_view(text.data(), std::size_t(text.size())));
    if (!parser.run()) {
        result.error = QString::fromStdString(parser.error());
        return result;
    }
    result.ok = true;
    result.families = parser.takeFamilies();
    return result;
}

} // namespace slaops::prom
