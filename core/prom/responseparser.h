#pragma once

#include "queryresult.h"

#include <QByteArrayView>
#include <string_view>

namespace slaops::prom {

// Turns the body of a /api/v1/query or /api/v1/query_range answer into a QueryResult.
// Pure and thread-safe: it runs on the worker pool over a copied body, never on the GUI thread.
// It never throws and never returns a made-up number: anything it cannot read exactly becomes
// ok == false with an errorType and a message that says what to do about it.
class ResponseParser {
public:
    // A 2,000-series x 11,000-point range answer is about 1 GB; the console never asks for that
    // much, so anything this large is a mistake (a missing step, a runaway selector) and is
    // refused before spending memory on it.
    static constexpr qsizetype DefaultMaxBytes = 32 * 1024 * 1024;

    // body: the HTTP body; httpStatus: the HTTP status (0 if unknown); contentType: the
    // Content-Type header (only used to make error messages precise).
    static QueryResult parse(QByteArrayView body, int httpStatus = 200, QByteArrayView contentType = {},
                             qsizetype maxBytes = DefaultMaxBytes);

    // Reads a Prometheus sample value ("1.5", "NaN", "+Inf", "-Inf", "1e-3") exactly.
    // Returns false if the text is not such a number; value is then left untouched.
    static bool parseSampleValue(std::string_view text, double &value);
};

} // namespace slaops::prom
