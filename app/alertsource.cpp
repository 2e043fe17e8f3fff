#include "alertsource.h"

#include "alerts/alertpoller.h"
#include "config/profileloader.h"
#include "config/urlpolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

namespace slaops::app {

namespace {
class AlertsCommand {
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)
};
} // namespace

AlertSource::AlertSource()
    : m_profile(QStringLiteral("profile"),
                AlertsCommand::tr("SLA profile (YAML). Default: the built-in erlmcp v3 profile."),
                QStringLiteral("file"))
    , m_alertmanager(QStringLiteral("alertmanager"),
                     AlertsCommand::tr("Alertmanager base URL; may be repeated; overrides the profile's."),
                     QStringLiteral("url"))
{
}

void AlertSource::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_profile, m_alertmanager});
}

void AlertSource::err(const QString &text)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(text));
}

bool AlertSource::load(const QCommandLineParser &p, config::Profile &out, QString *error) const
{
    const config::ProfileLoadResult loaded = p.isSet(m_profile)
                                                 ? config::ProfileLoader::loadFile(p.value(m_profile))
                                                 : config::ProfileLoader::loadDefault();
    if (!loaded.ok) {
        *error = loaded.error;
        return false;
    }
    out = loaded.profile;
    if (p.isSet(m_alertmanager)) {
        std::vector<QUrl> urls;
        for (const QString &v : p.values(m_alertmanager)) {
            const QUrl u(v, QUrl::StrictMode);
            if (const QString e = config::UrlPolicy::credentialError(u, QStringLiteral("--alertmanager"));
                !e.isEmpty()) {
                *error = e;
                return false;
            }
            if (!u.isValid() ||
                (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
                u.host().isEmpty()) {
                *error = AlertsCommand::tr("--alertmanager: \"%1\" is not an http:// or https:// URL")
                             .arg(config::UrlPolicy::redacted(v));
                return false;
            }
            if (std::find(urls.begin(), urls.end(), u) == urls.end())
                urls.push_back(u);
        }
        out.sources.alertmanagers = urls;
    }
    if (out.sources.alertmanagers.empty()) {
        *error =
            AlertsCommand::tr("no Alertmanager: the profile lists none; name one with --alertmanager URL");
        return false;
    }
    return true;
}

alerts::AlertBookPtr AlertSource::pollOnce(alerts::AlertPoller &poller)
{
    // The outcome is printed in full; the poller's own log lines would only repeat it on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("slaops.alerts.info=false\nslaops.alerts.warning=false"));
    QEventLoop loop;
    alerts::AlertBookPtr book;
    const auto connection =
        QObject::connect(&poller, &alerts::AlertPoller::bookReady, &loop, [&](const alerts::AlertBookPtr &b) {
            book = b;
            loop.quit();
        });
    // Bounded: the poll has its own deadline; this is the backstop.
    QTimer::singleShot(poller.refreshDeadline() * 2 + std::chrono::seconds(5), &loop, &QEventLoop::quit);
    poller.pollNow();
    loop.exec();
    QObject::disconnect(connection);
    return book;
}

bool AlertSource::reportDown(const alerts::AlertBook &book)
{
    bool any = false;
    for (const alerts::InstanceHealth &h : book.instances) {
        if (h.up)
            continue;
        any = true;
        err(AlertsCommand::tr("Alertmanager %1 cannot be read: %2").arg(h.url.toString(), h.message));
    }
    return any;
}

} // namespace slaops::app
