#pragma once

#include <QByteArray>
#include <QString>

namespace slaops::prom {

// Why no usable HTTP answer arrived. Decisions (retry, "is the source down?") read this, never the
// text, which is translated (DESIGN.md §8: errors as types).
enum class TransportError {
    None,      // an HTTP answer arrived (its status may still be an error)
    Network,   // connection refused, host not found, reset before any answer: the source is unreachable
    Timeout,   // no complete answer within the request's total deadline
    TooLarge,  // the answer passed the size limit and was cut off
    Truncated, // the headers came, then the connection failed: what came is incomplete
    Tls,       // certificate verification or the handshake failed
    Refused,   // the client refused to send it (credentials over plain http, a bad token, a bad CA file)
};

// Stable, untranslated names, for logs and JSON.
inline const char *transportErrorName(TransportError e)
{
    switch (e) {
    case TransportError::None:
        return "none";
    case TransportError::Network:
        return "network";
    case TransportError::Timeout:
        return "timeout";
    case TransportError::TooLarge:
        return "too_large";
    case TransportError::Truncated:
        return "truncated";
    case TransportError::Tls:
        return "tls";
    case TransportError::Refused:
        return "refused";
    }
    return "network";
}

// What came back over the wire for one query, before any parsing. Plain data: it is copied to a
// worker thread for parsing.
struct RawResponse {
    QByteArray body;
    QByteArray contentType;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    TransportError error = TransportError::None;
    QString transportError; // the same in words, for people; empty when an answer arrived
    qint64 latencyMs = -1;

    bool answered() const { return error == TransportError::None && httpStatus != 0; }
    // The server did not accept the credentials: one fact about the source, not one per query.
    bool credentialRejected() const { return httpStatus == 401 || httpStatus == 403; }
};

} // namespace slaops::prom
