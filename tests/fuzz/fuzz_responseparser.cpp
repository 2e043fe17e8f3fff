#include "prom/responseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using slaops::prom::QueryResult;
using slaops::prom::ResponseParser;

namespace {

// Text meant for a terminal or a label never carries a control, escape or bidi character.
void checkShowable(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            std::abort();
    }
}

// The parser's promise, checked on every input: a result is either ok with no error, or not ok
// with an errorType, a message and nothing else a caller could mistake for data; what the server
// wrote is made safe to show.
void check(const QueryResult &result)
{
    if (result.ok != result.errorType.isEmpty() || result.ok != result.error.isEmpty())
        std::abort();
    if (!result.ok && !result.series.empty())
        std::abort();
    checkShowable(result.errorType);
    checkShowable(result.error);
    for (const QString &warning : result.warnings)
        checkShowable(warning);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    // A success status walks the JSON; an error status takes the proxy-page paths (title, snippet).
    check(ResponseParser::parse(body, 200, "application/json"));
    check(ResponseParser::parse(body, 502, "text/html"));
    // A small limit exercises the size check on ordinary inputs too.
    check(ResponseParser::parse(body, 0, {}, 64));
    return 0;
}
