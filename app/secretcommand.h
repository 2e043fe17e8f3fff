#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops secret set|delete|check NAME`: manages the keychain entries that profiles refer to.
// `args` are the arguments after "secret". Needs a QCoreApplication; returns the exit code
// (0 done, 1 the keychain failed or the secret is absent, 2 usage error). Messages go to stderr.
int runSecretCommand(const QStringList &args);

} // namespace slaops::app
