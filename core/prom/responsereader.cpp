#include "responsereader.h"

#include "bodytext.h"
#include "parsebuffers.h"
#include "responseparser.h"
#include "servertext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace slaops::prom {

namespace {

namespace od = simdjson::ondemand;

} // namespace

ResponseReader::LabelName &ResponseReader::labelName(std::string_view name)
{
    // A range answer repeats the same dozen label names thousands of times; sharing one QString
    // per name saves an allocation per label. The series come in label order, so the name after
    // the previous one is nearly always the one asked for.
    const auto find = [this, name](std::size_t from, std::size_t to) -> LabelName * {
        for (std::size_t i = from; i < to; ++i) {
            if (m_labelNames[i].utf8 == name) {
                m_nextLabelName = i + 1;
                return &m_labelNames[i];
            }
        }
        return nullptr;
    };
    const std::size_t hint = std::min(m_nextLabelName, m_labelNames.size());
    if (LabelName *found = find(hint, m_labelNames.size()))
        return *found;
    if (LabelName *found = find(0, hint))
        return *found;
    if (m_labelNames.size() >= 256)
        m_labelNames.erase(m_labelNames.begin());
    m_labelNames.push_back({std::string(name), BodyText::fromUtf8(name), {}, {}});
    m_nextLabelName = m_labelNames.size();
    return m_labelNames.back();
}

QString ResponseReader::labelValue(LabelName &name, std::string_view value)
{
    // Labels such as job, region or __name__ have the same value in series after series; sharing
    // the previous series' QString then costs no allocation, and the answer takes less memory.
    if (name.lastValue != value) {
        name.lastValue.assign(value);
        name.lastValueText = BodyText::fromUtf8(value);
    }
    return name.lastValueText;
}

bool ResponseReader::readStatus(od::value &value)
{
    std::string_view text;
    if (const auto code = value.get_string().get(text))
        return jsonError(code, QStringLiteral("a string"), &value);
    // Only "success" and "error" mean anything, and a message shows at most the status' first 40
    // characters, so its first KiB is all that is ever needed; a 30 MB status is not converted.
    m_status = BodyText::fromUtf8(text.substr(0, 1024));
    return true;
}

bool ResponseReader::readServerText(od::value &value, QString &out, qsizetype maxChars)
{
    std::string_view text;
    if (const auto code = value.get_string().get(text))
        return jsonError(code, QStringLiteral("a string"), &value);
    out = ServerText::clean(text, maxChars);
    return true;
}

bool ResponseReader::readWarnings(od::value &value)
{
    od::array warnings;
    if (const auto code = value.get_array().get(warnings))
        return jsonError(code, QStringLiteral("an array of strings"), &value);
    std::size_t index = 0;
    for (auto element : warnings) {
        od::value warning;
        if (const auto code = element.get(warning))
            return jsonError(code, QStringLiteral("a string")) || withinIndex(index);
        // Every warning must be a string, but only the first ten are kept: nobody reads more, and
        // a hostile server could send millions.
        if (m_warningCount < ServerText::MaxWarnings) {
            QString text;
            if (!readServerText(warning, text, ServerText::WarningChars))
                return withinIndex(index);
            m_result.warnings.append(std::move(text));
        } else {
            std::string_view text;
            if (const auto code = warning.get_string().get(text))
                return jsonError(code, QStringLiteral("a string"), &warning) || withinIndex(index);
        }
        ++m_warningCount;
        ++index;
    }
    return true;
}

bool ResponseReader::readPair(od::value &value, Sample &sample, QString *text)
{
    // Every point of a range answer comes through here, so the elements are taken one by one
    // instead of in a loop, and everything unusual is out of line. The simdjson calls are the same,
    // in the same order, as for any other array, so errors read exactly as they do elsewhere.
    od::array pair;
    if (const auto code = value.get_array().get(pair)) [[unlikely]]
        return jsonError(code, pairExpected(), &value);
    auto element = pair.begin();
    const auto end = pair.end();
    if (!(element != end)) [[unlikely]]
        return pairCountError(0);
    od::value item;
    if (const auto code = (*element).get(item)) [[unlikely]]
        return jsonError(code, pairExpected()) || withinIndex(0);
    if (const auto code = item.get_double().get(sample.timestamp)) [[unlikely]]
        return jsonError(code, QStringLiteral("a number (the sample time)"), &item) || withinIndex(0);

    ++element;
    if (!(element != end)) [[unlikely]]
        return pairCountError(1);
    if (const auto code = (*element).get(item)) [[unlikely]]
        return jsonError(code, pairExpected()) || withinIndex(1);
    // Most values are plain numbers: simdjson reads them in place, without copying the string.
    // It leaves the value unread if it fails, so "NaN", "+Inf" and errors take the slow path.
    if (text || item.get_double_in_string().get(sample.value) != simdjson::SUCCESS ||
        !std::isfinite(sample.value)) [[unlikely]] {
        if (!readValueText(item, sample, text))
            return false;
    }

    ++element;
    if (element != end) [[unlikely]] {
        if (const auto code = (*element).get(item))
            return jsonError(code, pairExpected()) || withinIndex(2);
        return shapeError(QStringLiteral("expected a [time, \"value\"] pair, got more than two elements"));
    }
    return true;
}

bool ResponseReader::readValueText(od::value &item, Sample &sample, QString *text)
{
    std::string_view raw;
    if (const auto code = item.get_string().get(raw))
        return jsonError(code, QStringLiteral("a string holding the sample value"), &item) || withinIndex(1);
    if (text) {
        // A string result: the text is the answer; there is no number to read.
        *text = BodyText::fromUtf8(raw);
        sample.value = std::numeric_limits<double>::quiet_NaN();
    } else if (!ResponseParser::parseSampleValue(raw, sample.value)) {
        return shapeError(QLatin1String("expected a number such as \"1.5\", \"NaN\" or \"+Inf\", got ") +
                          quoted(BodyText::snippet(raw, 40))) ||
               withinIndex(1);
    }
    return true;
}

bool ResponseReader::readSamples(od::value &value, std::vector<Sample> &samples)
{
    od::array array;
    if (const auto code = value.get_array().get(array))
        return jsonError(code, QStringLiteral("an array of [time, \"value\"] pairs"), &value);
    // Series of one range query nearly always have the same length, so the previous one is a
    // good guess that saves the vector's regrowth.
    samples.reserve(m_lastSampleCount);
    std::size_t index = 0;
    for (auto element : array) {
        od::value item;
        if (const auto code = element.get(item)) [[unlikely]]
            return jsonError(code, pairExpected()) || withinIndex(index);
        if (!readPair(item, samples.emplace_back())) [[unlikely]]
            return withinIndex(index);
        ++index;
    }
    m_lastSampleCount = samples.size();
    return true;
}

bool ResponseReader::readLabels(od::value &value, std::vector<std::pair<QString, QString>> &labels)
{
    od::object metric;
    if (const auto code = value.get_object().get(metric))
        return jsonError(code, QStringLiteral("an object of label names and values"), &value);
    labels.reserve(m_lastLabelCount);
    for (auto field : metric) {
        std::string_view name;
        if (const auto code = field.unescaped_key().get(name))
            return jsonError(code, QStringLiteral("a label name"));
        od::value item;
        if (const auto code = field.value().get(item))
            return jsonError(code, QStringLiteral("a label value"));
        LabelName &key = labelName(name);
        std::string_view text;
        if (const auto code = item.get_string().get(text))
            // The label name is the server's text too: cleaned before it reaches a message.
            return jsonError(code, QStringLiteral("a string"), &item) ||
                   within(QLatin1Char('.') +
                          ServerText::clean(QStringView(key.text), ServerText::WarningChars));
        labels.emplace_back(key.text, labelValue(key, text));
    }
    m_lastLabelCount = labels.size();
    // Prometheus sends labels sorted; other front ends might not, and Series::labels promises order.
    const auto byName = [](const auto &a, const auto &b) { return a.first < b.first; };
    if (!std::is_sorted(labels.begin(), labels.end(), byName))
        std::sort(labels.begin(), labels.end(), byName);
    return true;
}

bool ResponseReader::checkSeriesKind(bool matrix)
{
    const QString key = matrix ? QStringLiteral("values") : QStringLiteral("value");
    if (m_type) {
        if (*m_type == (matrix ? ResultType::Matrix : ResultType::Vector))
            return true;
        return shapeError(
            QLatin1String("has \"") + key + QLatin1String("\", which does not fit resultType ") +
            (*m_type == ResultType::Vector ? QLatin1String("vector") : QLatin1String("matrix")));
    }
    if (m_seriesAreMatrix && *m_seriesAreMatrix != matrix)
        return shapeError(QStringLiteral("mixes \"value\" and \"values\" series in one result"));
    m_seriesAreMatrix = matrix;
    return true;
}

bool ResponseReader::readSeries(od::value &value)
{
    od::object object;
    if (const auto code = value.get_object().get(object))
        return jsonError(code, QStringLiteral("a series object {\"metric\": ..., \"value(s)\": ...}"),
                         &value);
    Series series;
    bool hasSamples = false;
    for (auto field : object) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return jsonError(code, QStringLiteral("a key"));
        od::value item;
        if (const auto code = field.value().get(item))
            return jsonError(code, QStringLiteral("a value"));
        if (key == "metric") {
            if (!readLabels(item, series.labels))
                return within(QStringLiteral(".metric"));
        } else if (key == "value") {
            if (!checkSeriesKind(false))
                return false;
            series.samples.resize(1);
            if (!readPair(item, series.samples.front()))
                return within(QStringLiteral(".value"));
            hasSamples = true;
        } else if (key == "values") {
            if (!checkSeriesKind(true))
                return false;
            if (!readSamples(item, series.samples))
                return within(QStringLiteral(".values"));
            hasSamples = true;
        } else if (key == "histogram" || key == "histograms") {
            return shapeError(QStringLiteral("holds native histogram samples, which slaops does not read; "
                                             "wrap the query in histogram_quantile(), histogram_count() "
                                             "or histogram_sum()"));
        }
    }
    if (!hasSamples)
        return shapeError(QStringLiteral("has neither \"value\" nor \"values\""));
    m_result.series.push_back(std::move(series));
    return true;
}

bool ResponseReader::readResult(od::value &value)
{
    m_hasResult = true;
    const char *location = nullptr;
    if (const auto code = value.current_location().get(location))
        return jsonError(code, QStringLiteral("an array"));
    // Prometheus sends resultType first, but a proxy that re-encodes the answer through a Go map
    // sorts the keys and puts "result" first; then the first byte inside the array tells us
    // whether this is a [time, "value"] pair (scalar, string) or a list of series.
    bool pair = false;
    if (m_type) {
        pair = *m_type == ResultType::Scalar || *m_type == ResultType::String;
    } else if (*location == '[') {
        const char *end = m_bufferStart + m_body.size();
        const char *next = location + 1;
        while (next < end && isJsonSpace(*next))
            ++next;
        pair = next < end && *next != '{' && *next != ']';
    }
    if (pair) {
        Sample sample;
        const bool isString = m_type ? *m_type == ResultType::String : false;
        QString text;
        // With the type still unknown, keep the text: it is either the string answer or a number.
        const bool keepText = isString || !m_type;
        if (!readPair(value, sample, keepText ? &text : nullptr))
            return false;
        m_resultWasPair = true;
        m_hasText = keepText;
        m_text = std::move(text);
        Series series;
        series.samples.push_back(sample);
        m_result.series.push_back(std::move(series));
        return true;
    }
    od::array array;
    if (const auto code = value.get_array().get(array))
        return jsonError(code, QStringLiteral("an array"), &value);
    std::size_t index = 0;
    for (auto element : array) {
        od::value item;
        if (const auto code = element.get(item))
            return jsonError(code, QStringLiteral("a series object")) || withinIndex(index);
        if (!readSeries(item))
            return withinIndex(index);
        ++index;
    }
    return true;
}

bool ResponseReader::readData(od::value &value)
{
    m_hasData = true;
    od::object data;
    if (const auto code = value.get_object().get(data))
        return jsonError(code, QStringLiteral("an object with resultType and result"), &value);
    for (auto field : data) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return jsonError(code, QStringLiteral("a key"));
        od::value item;
        if (const auto code = field.value().get(item))
            return jsonError(code, QStringLiteral("a value"));
        if (key == "resultType") {
            std::string_view type;
            if (const auto code = item.get_string().get(type))
                return jsonError(code, QStringLiteral("a string"), &item) ||
                       within(QStringLiteral(".resultType"));
            if (type == "vector")
                m_type = ResultType::Vector;
            else if (type == "matrix")
                m_type = ResultType::Matrix;
            else if (type == "scalar")
                m_type = ResultType::Scalar;
            else if (type == "string")
                m_type = ResultType::String;
            else
                return shapeError(QLatin1String("is ") + quoted(BodyText::snippet(type, 40)) +
                                  QLatin1String(", expected vector, matrix, scalar or string")) ||
                       within(QStringLiteral(".resultType"));
            m_hasResultType = true;
        } else if (key == "result") {
            if (!readResult(item))
                return within(QStringLiteral(".result"));
        }
    }
    return true;
}

bool ResponseReader::readRoot(od::document &doc)
{
    od::object root;
    if (const auto code = doc.get_object().get(root)) {
        m_code = code;
        m_what = code == simdjson::INCORRECT_TYPE
                     ? QStringLiteral("the answer is JSON but not an object, so not a Prometheus API answer")
                     : BodyText::fromUtf8(simdjson::error_message(code));
        return false;
    }
    for (auto field : root) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return jsonError(code, QStringLiteral("a key"));
        od::value item;
        if (const auto code = field.value().get(item))
            return jsonError(code, QStringLiteral("a value"));
        if (key == "status") {
            if (!readStatus(item))
                return within(QStringLiteral("status"));
        } else if (key == "data") {
            if (!readData(item))
                return within(QStringLiteral("data"));
        } else if (key == "errorType") {
            if (!readServerText(item, m_errorType, ServerText::ErrorChars))
                return within(QStringLiteral("errorType"));
            m_hasError = true;
        } else if (key == "error") {
            if (!readServerText(item, m_error, ServerText::ErrorChars))
                return within(QStringLiteral("error"));
            m_hasError = true;
        } else if (key == "warnings") {
            if (!readWarnings(item))
                return within(QStringLiteral("warnings"));
        }
        // Other keys ("infos", "stats") are skipped by the iterator without being decoded.
    }
    // simdjson 3.0 has no document::at_end(); a readable location after the root means more text.
    const char *location = nullptr;
    if (doc.current_location().get(location) == simdjson::SUCCESS) {
        m_failOffset = location - m_bufferStart;
        m_code = simdjson::TRAILING_CONTENT;
        m_what = QStringLiteral("there is more text after the JSON object");
        return false;
    }
    return true;
}

QueryResult ResponseReader::run()
{
    std::size_t start = 0;
    while (start < m_body.size() && isJsonSpace(m_body[start]))
        ++start;
    if (start == m_body.size()) {
        if (isHttpError(m_httpStatus))
            return failure(QStringLiteral("http"),
                           httpPrefix() + QLatin1String(" from the server, with an empty body"));
        return failure(QStringLiteral("not_json"),
                       QLatin1String("the server sent an empty answer (") +
                           (m_httpStatus != 0 ? QString(httpPrefix() + QLatin1String(", ")) : QString()) +
                           contentTypeText() + QLatin1String("), not a Prometheus answer"));
    }
    const char first = m_body[start];
    if (first != '{' && first != '[') {
        if (isHttpError(m_httpStatus))
            return failure(QStringLiteral("http"),
                           httpPrefix() + QLatin1String(" from the server, not a Prometheus answer: ") +
                               BodyText::summary(m_body));
        return failure(QStringLiteral("not_json"),
                       QLatin1String("the server answered ") +
                           (m_httpStatus != 0 ? QString(httpPrefix() + QLatin1String(" with ")) : QString()) +
                           contentTypeText() +
                           QLatin1String(", not JSON (is the URL the Prometheus server's base URL?): ") +
                           BodyText::summary(m_body));
    }

    // simdjson reads up to SIMDJSON_PADDING bytes past the end; a QByteArrayView promises none.
    ParseBuffers &buffers = ParseBuffers::forThisThread();
    QueryResult result = walk(buffers);
    buffers.trim();
    return result;
}

QueryResult ResponseReader::walk(ParseBuffers &buffers)
{
    const char *padded = buffers.load(m_body);
    od::document doc;
    m_doc = &doc;
    simdjson::error_code code = simdjson::MEMALLOC;
    if (padded) {
        m_bufferStart = padded;
        code = buffers.parser()
                   .iterate(padded, m_body.size(), m_body.size() + simdjson::SIMDJSON_PADDING)
                   .get(doc);
    }
    if (code) {
        m_code = code;
        m_what = BodyText::fromUtf8(simdjson::error_message(code));
        return finishFailure();
    }
    if (!readRoot(doc))
        return finishFailure();
    return finishSuccess();
}

} // namespace slaops::prom
