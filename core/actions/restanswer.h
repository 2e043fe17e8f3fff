#pragma once

#include "prom/rawresponse.h"

#include <QCoreApplication>
#include <QString>

namespace slaops::actions {

// Judges one answer of the erlmcp admin REST API (sent over prom::Transport, as every HTTP client of
// slaops is): only a JSON answer with a 2xx status is a success. Pure.
class RestAnswer {
    Q_DECLARE_TR_FUNCTIONS(RestAnswer)

public:
    // Empty for a success; otherwise for people: the server's own message for 4xx/5xx (its JSON
    // "error", or its text cleaned), a clear word for an HTML page or an empty answer, and for 401/403
    // the keychain entry `secretRef` to set again.
    static QString describe(const prom::RawResponse &r, const QString &secretRef);
};

} // namespace slaops::actions
