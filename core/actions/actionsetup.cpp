#include "actionsetup.h"

#include "config/urlpolicy.h"
#include "plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace slaops::actions {

QString currentActor(const QProcessEnvironment &env)
{
    QString actor = env.value(QStringLiteral("USER"), env.value(QStringLiteral("LOGNAME")));
#ifdef Q_OS_UNIX
    if (actor.isEmpty())
        if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
            actor = QString::fromLocal8Bit(pw->pw_name);
#endif
    return actor;
}

ActionSetup setupActions(config::Profile profile, const ActionOverrides &overrides,
                         const QProcessEnvironment &env)
{
    ActionSetup s;
    config::Containment &c = profile.containment;
    if (!overrides.context.isEmpty())
        c.kubectl.context = overrides.context;

    const bool apiGiven = !overrides.api.isEmpty();
    const QString apiText = apiGiven ? overrides.api : env.value(QStringLiteral("ERLMCP_API_URL"));
    // Where the bad value came from, so that a person knows whether to fix the command or the env file.
    const QString apiWhere = apiGiven ? QStringLiteral("--api") : QStringLiteral("ERLMCP_API_URL");
    if (!apiText.isEmpty()) {
        const QUrl api(apiText, QUrl::StrictMode);
        if (!api.isValid() || api.isRelative() || api.host().isEmpty() ||
            (api.scheme() != QLatin1String("https") && api.scheme() != QLatin1String("http")))
            // Redacted: a URL QUrl cannot parse may still carry a password before its '@'.
            s.error = QCoreApplication::translate("ActionSetup", "%1: not an http(s) URL: %2")
                          .arg(apiWhere, config::UrlPolicy::redacted(apiText));
        else if (!api.userInfo().isEmpty())
            s.error = QCoreApplication::translate("ActionSetup",
                                                  "%1: the admin API URL carries credentials; keep them in "
                                                  "the keychain (slaops secret set)")
                          .arg(apiWhere);
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
    r.actor = currentActor(env);
    s.profile = std::move(profile);
    return s;
}

int verificationRefreshes(const Plan &plan, const config::Profile &profile)
{
    int wanted = std::max(1, profile.containment.verifyRefreshes);
    const qint64 interval = std::max<qint64>(1, profile.refreshInterval.count());
    for (const Effect &e : plan.effects)
        if (const config::SlaSpec *spec = profile.sla(e.slaId)) {
            const qint64 windowMs = std::chrono::milliseconds(spec->window).count();
            // The window turns over first, then verify_refreshes count: the figures are judged once
            // the samples from before the action have left the window.
            const qint64 n = (windowMs + interval - 1) / interval + profile.containment.verifyRefreshes;
            wanted = std::max(wanted, int(std::min<qint64>(n, 10'000)));
        }
    return wanted;
}

} // namespace slaops::actions
