#include "expositionlexer.h"

#include "responseparser.h"

#include <algorithm>
#include <charconv>

namespace slaops::prom {

namespace {

using prometheus::ClientMetric;
using prometheus::MetricType;

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

} // namespace

// A piece of the input fit for an error message: quoted, control bytes shown as '?', cut short.
std::string ExpositionLexer::quoted(std::string_view text, std::size_t maxBytes)
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

bool ExpositionLexer::fail(const std::string &message)
{
    if (m_error.empty())
        m_error = message;
    return false;
}

bool ExpositionLexer::read(std::string_view text, Line &out)
{
    out.kind = Kind::Nothing;
    text = trimmedLeft(text);
    if (trimmedRight(text).empty())
        return true;
    return text.front() == '#' ? readComment(text.substr(1), out) : readSample(trimmedRight(text), out);
}

bool ExpositionLexer::readComment(std::string_view rest, Line &out)
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
        out.kind = Kind::Help;
        out.name = name;
        out.help = std::move(text);
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

    out.kind = Kind::Type;
    out.name = name;
    out.type = type;
    return true;
}

bool ExpositionLexer::readLabelValue(std::string_view line, std::size_t &pos, std::string &value)
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

bool ExpositionLexer::readLabels(std::string_view line, std::size_t &pos, std::string_view name)
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

bool ExpositionLexer::readSample(std::string_view line, Line &out)
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

    out.kind = Kind::Sample;
    out.name = name;
    out.labels = std::span<const ClientMetric::Label>(m_labels.data(), m_labelCount);
    out.labelOrder = m_order;
    out.valueText = valueText;
    out.value = value;
    out.hasTimestamp = hasTimestamp;
    out.timestamp = timestamp;
    return true;
}

} // namespace slaops::prom
