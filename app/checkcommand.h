#pragma once

#include "engine/snapshot.h"

#include <QStringList>

namespace slaops::config {
struct Profile;
}

namespace slaops::app {

// `slaops check [--profile F] [--prometheus URL] [--region R] [--json]`: one refresh of the whole
// profile, printed as a table or as JSON (docs/check-json.md). Exit 0 when every figure is within its
// SLA, 1 on any breach (a known breach wins over unknowns), 2 when any figure is unknown (no data,
// stale, error) or on a usage error. `args` are the arguments after "check". Needs a QCoreApplication.
int runCheckCommand(const QStringList &args);

// The profile `file` names (the built-in one when empty) with `prometheus` (a --prometheus value,
// empty for none) applied: where `slaops check` and `slaops action` start. False with a message.
bool loadProfile(const QString &file, const QString &prometheus, config::Profile *out, QString *error);

// One refresh of `profile` (one region's figures when `region` is set), as `slaops check` takes it:
// null, with `error` set, when none came within the backstop time.
engine::SnapshotPtr takeSnapshot(const config::Profile &profile, const QString &region, QString *error,
                                 bool useRecorded = true);

// `slaops profile check FILE`: validates a profile; exit 0 when valid, 1 when not, 2 on usage errors.
int runProfileCommand(const QStringList &args);

} // namespace slaops::app
