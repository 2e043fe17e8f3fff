#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops alerts [--json] [--severity S] [--state active|silenced|inhibited|all] [--profile F]
// [--alertmanager URL ...]`: one poll of every Alertmanager, merged (docs/alerts-json.md). Exit 0
// when none of the alerts listed fires (active), 1 when one does, 2 when an Alertmanager cannot be
// read (what the others have is printed all the same) or on a usage error. Needs a QCoreApplication.
int runAlertsCommand(const QStringList &args);

// `slaops silence add|expire|list ...` (docs/alerts-json.md): add prints the preview (the alerts
// the matchers select now) and, unless --dry-run, creates the silence and prints its id. Exit 0 on
// success, 1 when Alertmanager refused or could not be reached, 2 on a usage error or a silence
// refused before any request (no comment, no matcher, an invalid regex).
int runSilenceCommand(const QStringList &args, bool readOnly = false);

} // namespace slaops::app
