#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace slaops::config {

// Credentials never travel inside a URL: a URL is shown, logged, written to JSON and kept in shell
// history, and over plain http its user info would cross the network in the clear. They belong in
// the keychain (`slaops secret set`), referenced by the profile's auth.
class UrlPolicy {
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // A message for people when `url` carries a user name or password, else an empty string. It
    // starts with `where` (an option or a setting, e.g. "--prometheus") unless that is empty, as it
    // is in a profile, whose errors name file, line and key themselves. It never repeats the URL's
    // user info.
    static QString credentialError(const QUrl &url, const QString &where);

    // `text`, a URL as someone wrote it, fit for a message: anything before an '@' in the authority
    // is replaced by "…". Works on text QUrl cannot parse, whose user info QUrl does not report.
    static QString redacted(const QString &text);
};

} // namespace slaops::config
