#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops action divert-traffic|rate-limit|migrate-sessions|rollback [options]`: one live snapshot,
// the plan and its pre-checks, the exact command, the server's dry run and the diff; then, confirmed
// (--yes, or typed on a terminal), the apply and the verification of its effects. `args` are the
// arguments after "action"; `readOnly` is the global --read-only. Exit codes (docs/containment.md):
// 0 applied and recovered (or a dry run shown), 1 refused by a pre-check, the user or read-only,
// 2 bad arguments or profile, 3 the server refused the dry run, 4 the apply (or the read) failed,
// 5 the object or context changed since the preview, 6 applied but not recovered in the verification.
// Needs a QCoreApplication, no display.
int runActionCommand(const QStringList &args, bool readOnly);

} // namespace slaops::app
