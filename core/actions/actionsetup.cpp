#include "actionsetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace slaops::actions {

ActionSetup setupActions(config::Profile profile, const ActionOverrides &overrides,
                         const QProcessEnvironment &env)
{
    ActionSetup s;
    config::Containment &c = profile.containment;
    if (!overrides.context.isEmpty())
        c.kubectl.context = overrides.context;

    const QString apiText =
        !overrides.api.isEmpty() ? overrides.api : env.value(QStringLiteral("ERLMCP_API_URL"));
    if (!apiText.isEmpty()) {
        const QUrl api(apiText, QUrl::StrictMode);
        if (!api.isValid() || api.isRelative() || api.host().isEmpty() ||
            (api.scheme() != QLatin1String("https") && api.scheme() != QLatin1String("http")))
            s.error = QCoreApplication::translate("ActionSetup", "not an http(s) URL: %1").arg(apiText);
        else if (!api.userInfo().isEmpty())
            s.error = QCoreApplication::translate(
                "ActionSetup",
                "the admin API URL carries credentials; keep them in the keychain (slaops secret set)");
        else
            c.rest.url = api;
    }
    if (const QString ca = env.value(QStringLiteral("ERLMCP_API_CA")); !ca.isEmpty())
        c.rest.caFile = ca;

    RunnerConfig &r = s.runner;
    r.kubeconfig = overrides.kubeconfig;
    if (r.kubeconfig.isEmpty()) {
        const QString k = env.value(QStringLiteral("KUBECONFIG"));
        if (!k.isEmpty() && !k.contains(QDir::listSeparator()))
            r.kubeconfig = k;
    }
    r.timeout = c.timeout;
    r.restAuth = c.rest.auth;
    r.restCaFile = c.rest.caFile;
    r.auditLog = overrides.auditLog;
    r.readOnly = overrides.readOnly;
    r.actor = env.value(QStringLiteral("USER"), env.value(QStringLiteral("LOGNAME")));
    s.profile = std::move(profile);
    return s;
}

} // namespace slaops::actions
