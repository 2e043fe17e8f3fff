#pragma once

#include <QString>

namespace slaops::prom {

// How the client authenticates to Prometheus (or a query front end). The secret comes from the
// keychain (secrets::CredentialStore) and is held only in memory; it is never logged.
struct Auth {
    enum class Kind { None, Bearer, Basic };
    Kind kind = Kind::None;
    QString username; // Basic only
    QString secret;   // the bearer token or the Basic password
};

} // namespace slaops::prom
