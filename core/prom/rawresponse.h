#pragma once

#include <QByteArray>
#include <QString>

namespace slaops::prom {

// What came back over the wire for one query, before any parsing. Plain data: it is copied to a
// worker thread for parsing.
struct RawResponse {
    QByteArray body;
    QByteArray contentType;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString
        transportError; // connection refused, timeout, TLS failure, too large... empty when an answer arrived
    qint64 latencyMs = -1;
};

} // namespace slaops::prom
