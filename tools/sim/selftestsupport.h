#pragma once

#include <QByteArray>
#include <QString>

// What the self-test's parts share: a pass/fail tally that prints each check, and a blocking HTTP
// GET (the self-test has no event loop work to do meanwhile).
namespace selftest {

struct Checker {
    int failures = 0;
    void expect(bool ok, const QString &what);
};

// The whole response, status line and headers included; `connected` says whether anyone answered.
QByteArray httpGet(int port, const QByteArray &path, bool *connected);
// The status code of a response from httpGet, 0 if there is none.
int statusOf(const QByteArray &response);

} // namespace selftest
