#pragma once

#include "alert.h"
#include "answererror.h"

#include <QByteArrayView>
#include <QString>
#include <vector>

namespace slaops::alerts {

// What one parse gives: the value, or why there is none (kind and a message for people, with
// Alertmanager's own words when it refused something).
template <typename T> struct Parsed {
    T value{};
    AnswerError error = AnswerError::None;
    QString message;

    bool ok() const { return error == AnswerError::None; }
};

// Reads Alertmanager API v2 answers (api/v2/openapi.yaml of Alertmanager 0.25, Debian 12's) into
// our value types. Pure and thread-safe: it runs on the worker pool over a copied body. It never
// throws; anything it cannot read exactly is an error with the place it went wrong. Text meant for
// people (annotations, comments, authors, error bodies) is cleaned with prom::ServerText; labels,
// matchers and ids are kept byte for byte, since they are identities sent back to Alertmanager.
class ApiParser {
public:
    // An Alertmanager of a wide incident answers a few MB; beyond this it is a mistake or an attack.
    static constexpr qsizetype DefaultMaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype AnnotationChars = 4000;
    static constexpr qsizetype CommentChars = 4000;
    static constexpr qsizetype NameChars = 200; // createdBy, receiver names

    // GET /api/v2/alerts (gettableAlerts). Labels and annotations sorted by name.
    static Parsed<std::vector<Alert>> alerts(QByteArrayView body, int httpStatus = 200,
                                             QByteArrayView contentType = {},
                                             qsizetype maxBytes = DefaultMaxBytes);
    // GET /api/v2/silences (gettableSilences).
    static Parsed<std::vector<Silence>> silences(QByteArrayView body, int httpStatus = 200,
                                                 QByteArrayView contentType = {},
                                                 qsizetype maxBytes = DefaultMaxBytes);
    // GET /api/v2/status (alertmanagerStatus): cluster and versionInfo.
    static Parsed<ClusterStatus> status(QByteArrayView body, int httpStatus = 200,
                                        QByteArrayView contentType = {});
    // The answer to POST /api/v2/silences: {"silenceID": "..."}; the id.
    static Parsed<QString> silenceId(QByteArrayView body, int httpStatus = 200,
                                     QByteArrayView contentType = {});
    // The answer to DELETE /api/v2/silence/{id}: any 2xx is success (Alertmanager sends no body).
    static Parsed<bool> deleted(QByteArrayView body, int httpStatus, QByteArrayView contentType = {});

    // What a non-2xx answer says: Alertmanager answers 400 and 404 with a JSON string, 422 (a request
    // its generated validator refuses) with {"code": N, "message": "..."}, and proxies with HTML or
    // plain text. Alertmanager's own message, cleaned, prefixed with the status.
    static QString errorText(QByteArrayView body, int httpStatus, QByteArrayView contentType = {});

    // An RFC 3339 time as Alertmanager writes it (Go's time.Time: up to nanoseconds, Z or an offset).
    static QDateTime parseTime(QStringView text);
};

} // namespace slaops::alerts
