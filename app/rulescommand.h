#pragma once

#include <QStringList>

namespace slaops::app {

// `slaops rules generate [--profile F] [-o FILE|-] [--interval 30s] [--scope all|fleet|REGION]`: the
// Prometheus rule file of a profile (rules::RuleGenerator, docs/rules.md), written whole or not at
// all; stdout by default. Exit 0 when written, 2 on usage errors, an invalid profile or a file that
// cannot be written. `args` are the arguments after "rules". Needs only a QCoreApplication.
int runRulesCommand(const QStringList &args);

} // namespace slaops::app
