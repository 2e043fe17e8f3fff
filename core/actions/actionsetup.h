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

ActionSetup setupActions(config::Profile profile, const ActionOverrides &overrides,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace slaops::actions
