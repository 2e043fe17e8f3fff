#pragma once

#include "actionrunner.h"
#include "config/profile.h"

#include <QProcessEnvironment>
#include <QString>

namespace slaops::actions {

// Where actions go, for the console and for `slaops action`: the command line's overrides first, then
// the environment scripts/stack writes (KUBECONFIG, ERLMCP_API_URL, ERLMCP_API_CA), then the profile.
// KUBECONFIG is a path list for kubectl; only a single file is taken as --kubeconfig, a list is left
// to kubectl's own reading of the variable.
struct ActionOverrides {
    QString kubeconfig;
    QString context;
    QString api;
    QString auditLog;
    bool readOnly = false;
};

struct ActionSetup {
    config::Profile profile; // with the context, REST URL and CA file that apply
    RunnerConfig runner;
    QString error; // an override that cannot be used (a relative or bad --api URL): nothing may run
};

// Who acts, for the audit log: USER, else LOGNAME, else the user database's name of the effective
// user (cron, systemd units and `env -i` start without USER: the log still says who acted).
QString currentActor(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

ActionSetup setupActions(config::Profile profile, const ActionOverrides &overrides,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// How many refreshes to watch `plan`'s effects for: the longest window of the affected SLAs, in
// refreshes, then the profile's verify_refreshes. A rate over a 5 m window cannot come back under
// its target before the bad minutes have left the window, so 6 refreshes of 5 s would always end in
// "not yet" for a diversion that works. The watch still ends at the first refresh where all recovered.
int verificationRefreshes(const Plan &plan, const config::Profile &profile);

} // namespace slaops::actions
