#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops check [--profile F] [--prometheus URL] [--region R] [--json]`: one refresh of the whole
// profile, printed as a table or as JSON (docs/check-json.md). Exit 0 when every figure is within its
// SLA, 1 on any breach (a known breach wins over unknowns), 2 when any figure is unknown (no data,
// stale, error) or on a usage error. `args` are the arguments after "check". Needs a QCoreApplication.
int runCheckCommand(const QStringList &args);

// `slaops profile check FILE`: validates a profile; exit 0 when valid, 1 when not, 2 on usage errors.
int runProfileCommand(const QStringList &args);

} // namespace slaops::app
