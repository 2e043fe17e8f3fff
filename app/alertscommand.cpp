#include "alertscommand.h"

#include "alerts/alertbookjson.h"
#include "alerts/alertpoller.h"
#include "alertsource.h"
#include "prom/servertext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <cstdio>

namespace slaops::app {

namespace {

class AlertsCommand {
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)
};

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), true) + QLatin1Char(' ');
}

// A URL is never cut: it is what the reader types next.
QString padUrl(const QUrl &url)
{
    return url.toString().leftJustified(30) + QLatin1Char(' ');
}

// Labels are kept as Alertmanager sent them (they are identities); on a terminal they are text
// from a server like any other.
QString shown(const QString &s, qsizetype maxChars = 200)
{
    return prom::ServerText::clean(QStringView(s), maxChars);
}

QString age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return QStringLiteral("—");
    qint64 s = std::max<qint64>(0, since.secsTo(now));
    if (s < 90)
        return AlertsCommand::tr("%1 s").arg(s);
    if (s < 90 * 60)
        return AlertsCommand::tr("%1 min").arg(s / 60);
    if (s < 48 * 3600)
        return AlertsCommand::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return AlertsCommand::tr("%1 d").arg(s / 86400);
}

QString statusText(alerts::BookAlert::Status s)
{
    switch (s) {
    case alerts::BookAlert::Status::Active:
        return AlertsCommand::tr("active");
    case alerts::BookAlert::Status::Silenced:
        return AlertsCommand::tr("silenced");
    case alerts::BookAlert::Status::Inhibited:
        return AlertsCommand::tr("inhibited");
    }
    return {};
}

void printInstances(QTextStream &out, const alerts::AlertBook &book)
{
    for (const alerts::InstanceHealth &h : book.instances) {
        QString cluster;
        if (h.cluster.status == QLatin1String("disabled") || h.cluster.name.isEmpty())
            cluster = AlertsCommand::tr("standalone");
        else
            cluster = AlertsCommand::tr("cluster %1, %n peer(s)", nullptr, int(h.cluster.peers.size()))
                          .arg(shown(h.cluster.status, 20));
        if (h.up)
            out << "  " << padUrl(h.url) << pad(AlertsCommand::tr("up"), 6) << cluster
                << (h.cluster.version.isEmpty() ? QString()
                                                : QStringLiteral(", ") + shown(h.cluster.version, 30))
                << "\n";
        else
            out << "  " << padUrl(h.url) << pad(AlertsCommand::tr("DOWN"), 6)
                << AlertsCommand::tr("since %1 (last read %2): %3")
                       .arg(h.downSince.toUTC().toString(Qt::ISODate),
                            h.lastSuccess.isValid() ? h.lastSuccess.toUTC().toString(Qt::ISODate)
                                                    : AlertsCommand::tr("never"),
                            h.message)
                << "\n";
    }
}

void printTable(const alerts::AlertBook &book, const std::vector<int> &list)
{
    QTextStream out(stdout);
    int up = 0;
    for (const alerts::InstanceHealth &h : book.instances)
        up += h.up ? 1 : 0;
    out << AlertsCommand::tr("Alertmanagers: %1 of %2 up · %3")
               .arg(up)
               .arg(book.instances.size())
               .arg(book.at.toUTC().toString(Qt::ISODate))
        << "\n";
    printInstances(out, book);
    for (const alerts::PeerDisagreement &d : book.disagreements)
        if (d.flagged)
            out << AlertsCommand::tr("Cluster peers disagree on %n alert(s) since %1", nullptr, d.differing)
                       .arg(d.since.toUTC().toString(Qt::ISODate))
                << "\n";
    int firing = 0;
    for (int i : list)
        firing += book.alerts[std::size_t(i)].status == alerts::BookAlert::Status::Active ? 1 : 0;
    out << AlertsCommand::tr("%n alert(s)", nullptr, int(list.size()))
        << AlertsCommand::tr(", %n firing", nullptr, firing) << "\n";
    if (list.empty())
        return;
    out << "\n"
        << pad(AlertsCommand::tr("SEVERITY"), 9) << pad(AlertsCommand::tr("STATE"), 10)
        << pad(AlertsCommand::tr("ALERT"), 28) << pad(AlertsCommand::tr("REGION"), 15)
        << pad(AlertsCommand::tr("FIRING FOR"), 11) << pad(AlertsCommand::tr("HELD BY"), 8)
        << AlertsCommand::tr("SUMMARY") << "\n";
    for (int i : list) {
        const alerts::BookAlert &b = book.alerts[std::size_t(i)];
        QString state = statusText(b.status);
        if (b.stale)
            state += QLatin1Char('*');
        out << pad(shown(b.alert.severity(), 9), 9) << pad(state, 10) << pad(shown(b.alert.name(), 28), 28)
            << pad(shown(b.alert.label(u"region"), 15), 15) << pad(age(b.alert.startsAt, book.at), 11)
            << pad(QStringLiteral("%1/%2").arg(b.instances.size()).arg(book.instances.size()), 8)
            << b.alert.annotation(u"summary") << "\n";
    }
    bool anyStale = false;
    for (int i : list)
        anyStale = anyStale || book.alerts[std::size_t(i)].stale;
    if (anyStale)
        out << AlertsCommand::tr("* last known: held only by Alertmanagers that cannot be read now") << "\n";
}

} // namespace

int runAlertsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        AlertsCommand::tr("The alerts of every Alertmanager, merged; the exit code says whether any fires."));
    p.addHelpOption();
    AlertSource source;
    source.addOptions(p);
    const QCommandLineOption json(QStringLiteral("json"),
                                  AlertsCommand::tr("Print JSON (schema: docs/alerts.schema.json)."));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      AlertsCommand::tr("Only alerts of this severity; may be repeated."),
                                      QStringLiteral("severity"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        AlertsCommand::tr("Which alerts: active, silenced, inhibited or all (default)."),
        QStringLiteral("state"), QStringLiteral("all"));
    p.addOptions({json, severity, state});
    if (!p.parse(QStringList{QStringLiteral("slaops alerts")} + args)) {
        AlertSource::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        AlertSource::err(
            AlertsCommand::tr("unexpected argument: %1").arg(p.positionalArguments().constFirst()));
        return 2;
    }
    const QString wanted = p.value(state);
    static const QStringList states{QStringLiteral("active"), QStringLiteral("silenced"),
                                    QStringLiteral("inhibited"), QStringLiteral("all")};
    if (!states.contains(wanted)) {
        AlertSource::err(AlertsCommand::tr("--state: \"%1\" is not one of %2")
                             .arg(wanted, states.join(QLatin1String(", "))));
        return 2;
    }
    config::Profile profile;
    QString error;
    if (!source.load(p, profile, &error)) {
        AlertSource::err(error);
        return 2;
    }
    alerts::AlertPoller poller(profile);
    const alerts::AlertBookPtr book = AlertSource::pollOnce(poller);
    if (!book) {
        AlertSource::err(
            AlertsCommand::tr("no answer within %1 s").arg(poller.refreshDeadline().count() * 2 / 1000 + 5));
        return 2;
    }
    const QStringList severities = p.values(severity);
    std::vector<int> list;
    for (std::size_t i = 0; i < book->alerts.size(); ++i) {
        const alerts::BookAlert &a = book->alerts[i];
        if (!severities.isEmpty() && !severities.contains(a.alert.severity(), Qt::CaseInsensitive))
            continue;
        if (wanted != QLatin1String("all") &&
            wanted != QLatin1String(alerts::AlertBookJson::statusName(a.status)))
            continue;
        list.push_back(int(i));
    }
    if (p.isSet(json))
        std::printf("%s", QJsonDocument(alerts::AlertBookJson::toJson(*book, list))
                              .toJson(QJsonDocument::Indented)
                              .constData());
    else
        printTable(*book, list);
    std::fflush(stdout);
    const bool down = AlertSource::reportDown(*book);
    bool firing = false;
    for (int i : list)
        firing = firing || book->alerts[std::size_t(i)].status == alerts::BookAlert::Status::Active;
    return down ? 2 : firing ? 1 : 0;
}

} // namespace slaops::app
