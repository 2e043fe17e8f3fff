#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops audit verify [FILE]`: checks the containment audit log's chain (default: the console's).
// `args` are the arguments after "audit". Returns 0 intact, 1 broken (the first broken record named),
// 2 usage error or unreadable. Needs a QCoreApplication.
int runAuditCommand(const QStringList &args);

} // namespace slaops::app
