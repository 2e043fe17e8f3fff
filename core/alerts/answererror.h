#pragma once

namespace slaops::alerts {

// Why an Alertmanager answer that arrived (prom::TransportError::None) could not be used. Decisions
// read this, never the (translated) message.
enum class AnswerError {
    None,
    Http,      // a non-2xx status: the message is Alertmanager's own text (or a proxy page's title)
    NotJson,   // HTML, plain text or broken JSON where JSON was due
    Truncated, // the JSON stops before it is complete
    BadShape,  // valid JSON, but not what API v2 answers there
    TooLarge,  // larger than the parser accepts
};

// Stable, untranslated names, for logs and JSON.
inline const char *answerErrorName(AnswerError e)
{
    switch (e) {
    case AnswerError::None:
        return "none";
    case AnswerError::Http:
        return "http";
    case AnswerError::NotJson:
        return "not_json";
    case AnswerError::Truncated:
        return "truncated";
    case AnswerError::BadShape:
        return "bad_shape";
    case AnswerError::TooLarge:
        return "too_large";
    }
    return "bad_shape";
}

} // namespace slaops::alerts
