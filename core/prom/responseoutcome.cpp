// What ResponseReader makes of an answer once the walk is over: the QueryResult, or the error
// that says what went wrong and where. The walk itself is in responsereader.cpp.

#include "bodytext.h"
#include "responseparser.h"
#include "responsereader.h"
#include "servertext.h"

namespace slaops::prom {

namespace {

namespace od = simdjson::ondemand;

// Errors that mean "valid JSON, but not what a Prometheus answer holds there", as opposed to
// errors that mean the text is not JSON at all.
bool isShapeError(simdjson::error_code code)
{
    return code == simdjson::INCORRECT_TYPE || code == simdjson::NO_SUCH_FIELD ||
           code == simdjson::NUMBER_OUT_OF_RANGE || code == simdjson::INDEX_OUT_OF_BOUNDS;
}

QString describe(od::value &value)
{
    od::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return QStringLiteral("something unreadable");
    switch (type) {
    case od::json_type::array:
        return QStringLiteral("an array");
    case od::json_type::object:
        return QStringLiteral("an object");
    case od::json_type::number:
    case od::json_type::string:
    case od::json_type::boolean:
    case od::json_type::null:
        break;
    }
    std::string_view token = value.raw_json_token();
    while (!token.empty() && ResponseReader::isJsonSpace(token.back()))
        token.remove_suffix(1);
    return BodyText::snippet(token, 40);
}

// On demand, simdjson only looks at a value's first byte before it says "wrong type", so
// {"status":success} would pass for a shape problem; reading the token as what it claims to be
// tells malformed JSON apart.
simdjson::error_code validateToken(od::value &value)
{
    od::json_type type;
    if (const auto code = value.type().get(type))
        return code;
    switch (type) {
    case od::json_type::boolean: {
        bool flag = false;
        if (value.get_bool().get(flag) == simdjson::SUCCESS)
            return simdjson::SUCCESS;
        return value.raw_json_token().front() == 't' ? simdjson::T_ATOM_ERROR : simdjson::F_ATOM_ERROR;
    }
    case od::json_type::null: {
        bool isNull = false;
        return value.is_null().get(isNull) == simdjson::SUCCESS && isNull ? simdjson::SUCCESS
                                                                          : simdjson::N_ATOM_ERROR;
    }
    case od::json_type::number: {
        // Any JSON number is fine here, even one too large for a double: the shape is what is wrong.
        od::number number;
        const auto code = value.get_number().get(number);
        return code == simdjson::SUCCESS || code == simdjson::NUMBER_OUT_OF_RANGE ? simdjson::SUCCESS
                                                                                  : simdjson::NUMBER_ERROR;
    }
    case od::json_type::array:
    case od::json_type::object:
    case od::json_type::string:
        break;
    }
    return simdjson::SUCCESS;
}

} // namespace

QString ResponseReader::contentTypeText() const
{
    if (m_contentType.isEmpty())
        return QStringLiteral("no Content-Type");
    // The header is the server's text as much as the body is.
    return QLatin1String("Content-Type ") +
           ServerText::clean(std::string_view(m_contentType.data(), std::size_t(m_contentType.size())), 200);
}

QueryResult ResponseReader::failure(QString type, QString message)
{
    QueryResult result;
    result.ok = false;
    result.errorType = std::move(type);
    result.error = std::move(message);
    result.warnings = takeWarnings();
    return result;
}

QStringList ResponseReader::takeWarnings()
{
    QStringList warnings = std::move(m_result.warnings);
    m_result.warnings.clear();
    if (m_warningCount > warnings.size())
        warnings.append(ServerText::moreWarnings(m_warningCount - warnings.size()));
    return warnings;
}

bool ResponseReader::jsonError(simdjson::error_code code, QString expected, od::value *found)
{
    const char *location = nullptr;
    if (found) {
        if (found->current_location().get(location) != simdjson::SUCCESS)
            location = nullptr;
    } else if (m_doc && m_doc->current_location().get(location) != simdjson::SUCCESS) {
        location = nullptr;
    }
    if (location && m_bufferStart)
        m_failOffset = location - m_bufferStart;

    if (code == simdjson::INCORRECT_TYPE && found) {
        const QString got = describe(*found);
        if (const auto malformed = validateToken(*found))
            code = malformed;
        else
            m_what = QLatin1String("expected ") + expected + QLatin1String(", got ") + got;
    } else if (isShapeError(code)) {
        m_what = QLatin1String("expected ") + expected;
    }
    if (!isShapeError(code))
        m_what = BodyText::fromUtf8(simdjson::error_message(code));
    m_code = code;
    return false;
}

bool ResponseReader::shapeError(QString what)
{
    m_code = simdjson::SUCCESS;
    m_what = std::move(what);
    return false;
}

QString ResponseReader::pairExpected()
{
    return QStringLiteral("a [time, \"value\"] pair");
}

bool ResponseReader::pairCountError(std::size_t count)
{
    return shapeError(QLatin1String("expected a [time, \"value\"] pair, got ") + QString::number(count) +
                      QLatin1String(count == 1 ? " element" : " elements"));
}

QueryResult ResponseReader::finishFailure()
{
    const QString where = m_where.isEmpty() ? QString() : QLatin1String(" at ") + m_where;
    if (isHttpError(m_httpStatus))
        return failure(QStringLiteral("http"),
                       httpPrefix() + QLatin1String(" from the server, not a Prometheus answer: ") +
                           BodyText::summary(m_body));
    if (BodyText::endsInsideJson(m_body))
        return failure(
            QStringLiteral("truncated"),
            QLatin1String("the answer stops after ") + QString::number(m_body.size()) +
                QLatin1String(" bytes, before its JSON is complete") + where +
                QLatin1String(": the connection was cut, or a proxy or the server limited its "
                              "size; retry, or ask for less (a larger step, a narrower selector)"));
    if (m_code != simdjson::SUCCESS && !isShapeError(m_code)) {
        QString message = QLatin1String("the answer is not valid JSON");
        if (m_failOffset >= 0 && m_failOffset <= qsizetype(m_body.size()))
            message += QLatin1String(" at byte ") + QString::number(m_failOffset) +
                       QLatin1String(" (near \"") +
                       BodyText::snippet(m_body.substr(std::size_t(m_failOffset)), 40) + QLatin1String("\")");
        else if (!where.isEmpty())
            message += where;
        message += QLatin1String(": ") + m_what;
        return failure(QStringLiteral("not_json"), message);
    }
    return failure(QStringLiteral("bad_shape"),
                   QLatin1String("unexpected Prometheus answer") + where + QLatin1String(": ") + m_what);
}

QueryResult ResponseReader::finishSuccess()
{
    const bool prometheusError = m_status == QLatin1String("error") || (m_status.isEmpty() && m_hasError);
    if (prometheusError) {
        const QString type = m_errorType.isEmpty() ? QStringLiteral("unknown") : m_errorType;
        const QString status = m_httpStatus != 0 ? QString(QLatin1String(", ") + httpPrefix()) : QString();
        const QString text = m_error.isEmpty() ? QStringLiteral("(no error message)") : m_error;
        return failure(type,
                       QLatin1String("Prometheus error (") + type + status + QLatin1String("): ") + text);
    }
    if (isHttpError(m_httpStatus))
        return failure(QStringLiteral("http"),
                       httpPrefix() + QLatin1String(" from the server, not a Prometheus answer: ") +
                           BodyText::summary(m_body));
    const auto shape = [this](const QString &message) {
        return failure(QStringLiteral("bad_shape"),
                       QLatin1String("unexpected Prometheus answer: ") + message);
    };
    if (m_status.isEmpty())
        return shape(
            QLatin1String("it has no \"status\", so it is not a Prometheus API answer (check the URL): ") +
            BodyText::snippet(m_body));
    if (m_status != QLatin1String("success"))
        return shape(QLatin1String("status is ") + quoted(BodyText::snippet(m_status, 40)) +
                     QLatin1String(", expected \"success\" or \"error\""));
    if (!m_hasData)
        return shape(QStringLiteral("status is \"success\" but there is no data"));
    if (!m_hasResultType)
        return shape(QStringLiteral("data has no resultType"));
    if (!m_hasResult)
        return shape(QStringLiteral("data has no result"));

    // The checks below only matter when "result" came before "resultType" and its kind was guessed.
    const ResultType type = *m_type;
    const bool pairType = type == ResultType::Scalar || type == ResultType::String;
    if (pairType != m_resultWasPair)
        return shape(
            pairType ? QStringLiteral("data.result should be a [time, \"value\"] pair for this resultType")
                     : QStringLiteral("data.result should be a list of series for this resultType"));
    if (m_seriesAreMatrix && *m_seriesAreMatrix != (type == ResultType::Matrix))
        return shape(QStringLiteral("the series in data.result do not fit data.resultType"));
    if (type == ResultType::Scalar && m_hasText) {
        Sample &sample = m_result.series.front().samples.front();
        if (!ResponseParser::parseSampleValue(m_text.toStdString(), sample.value))
            return shape(
                QLatin1String(
                    "at data.result[1]: expected a number such as \"1.5\", \"NaN\" or \"+Inf\", got ") +
                quoted(BodyText::snippet(m_text, 40)));
    }
    m_result.ok = true;
    m_result.type = type;
    m_result.warnings = takeWarnings();
    if (type == ResultType::String)
        m_result.text = m_text;
    return std::move(m_result);
}

} // namespace slaops::prom
