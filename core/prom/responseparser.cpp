#include "responseparser.h"

#include "responsereader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

namespace slaops::prom {

namespace {

QString megabytes(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QLatin1String(" MB (") +
           QString::number(bytes) + QLatin1String(" bytes)");
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

} // namespace

bool ResponseParser::parseSampleValue(std::string_view text, double &value)
{
    // Go's strconv writes the specials as "NaN", "+Inf" and "-Inf"; its ParseFloat also takes
    // "inf", "infinity" and "nan" in any case, with a sign. from_chars takes no leading '+'.
    bool negative = false;
    std::string_view digits = text;
    if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
        negative = digits.front() == '-';
        digits.remove_prefix(1);
    }
    const auto is = [&digits](std::string_view word) {
        return digits.size() == word.size() && std::equal(digits.begin(), digits.end(), word.begin(),
                                                          [](char a, char b) { return asciiLower(a) == b; });
    };
    if (is("nan")) {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (is("inf") || is("infinity")) {
        value = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (digits.empty() || digits.front() == '+' || digits.front() == '-')
        return false;
    double parsed = 0;
    const char *end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, parsed, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(parsed))
        return false;
    value = negative ? -parsed : parsed;
    return true;
}

QueryResult ResponseParser::parse(QByteArrayView body, int httpStatus, QByteArrayView contentType,
                                  qsizetype maxBytes)
{
    if (body.size() > maxBytes) {
        QueryResult result;
        result.errorType = QStringLiteral("too_large");
        result.error = QLatin1String("the answer is ") + megabytes(body.size()) +
                       QLatin1String(", more than the limit of ") + megabytes(maxBytes) +
                       QLatin1String("; ask for less: a larger step, a shorter range or a narrower selector");
        return result;
    }
    ResponseReader reader(std::string_view(body.data(), std::size_t(body.size())), httpStatus, contentType);
    return reader.run();
}

} // namespace slaops::prom
