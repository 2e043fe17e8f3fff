#include "alerts/alertbookbuilder.h"
#include "alerts/alertbookjson.h"
#include "alerts/alertpoller.h"
#include "alerts/matchertext.h"
#include "alertscommand.h"
#include "alertsource.h"
#include "config/settings.h"
#include "options.h"
#include "prom/servertext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace slaops::app {

namespace {

class SilenceCommand {
    Q_DECLARE_TR_FUNCTIONS(SilenceCommand)
};

alerts::AlertPoller::ActionResult
waitFor(alerts::AlertPoller &poller, const std::function<void(alerts::AlertPoller::ActionCallback)> &start)
{
    QEventLoop loop;
    alerts::AlertPoller::ActionResult result;
    result.error =
        SilenceCommand::tr("no answer within %1 s").arg(poller.refreshDeadline().count() * 2 / 1000 + 5);
    start([&](alerts::AlertPoller::ActionResult r) {
        result = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(poller.refreshDeadline() * 2 + std::chrono::seconds(5), &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

QString usage()
{
    return SilenceCommand::tr(
        "usage: slaops silence add --match NAME=VALUE... --comment TEXT --duration D [--author A] "
        "[--dry-run]\n       slaops silence expire ID\n       slaops silence list [--json]\n"
        "(each also takes --profile FILE and --alertmanager URL, repeatable; slaops silence "
        "COMMAND --help)");
}

void printPreview(const alerts::AlertBook &book, const std::vector<int> &hits)
{
    QTextStream out(stdout);
    out << SilenceCommand::tr("It matches %n alert(s) now.", nullptr, int(hits.size())) << "\n";
    for (int i : hits) {
        const alerts::BookAlert &b = book.alerts[std::size_t(i)];
        QStringList labels;
        for (const auto &[k, v] : b.alert.labels)
            labels << k + QLatin1Char('=') + prom::ServerText::clean(QStringView(v), 100);
        out << "  " << QLatin1String(alerts::AlertBookJson::statusName(b.status)) << "  "
            << labels.join(QLatin1Char(' ')) << "\n";
    }
}

int runAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SilenceCommand::tr("Creates a silence on every Alertmanager (once per HA "
                                                   "cluster), after printing the alerts it matches now."));
    p.addHelpOption();
    AlertSource source;
    source.addOptions(p);
    const QCommandLineOption match(
        QStringLiteral("match"),
        SilenceCommand::tr("A matcher: name=value, name!=value, name=~regex or name!~regex; "
                           "may be repeated (all must hold)."),
        QStringLiteral("matcher"));
    const QCommandLineOption comment(QStringLiteral("comment"), SilenceCommand::tr("Why (required)."),
                                     QStringLiteral("text"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      SilenceCommand::tr("How long, e.g. 30m, 2h, 1h30m, 1d (default 2h)."),
                                      QStringLiteral("duration"), QStringLiteral("2h"));
    const QCommandLineOption author(QStringLiteral("author"), SilenceCommand::tr("Who (default: $USER)."),
                                    QStringLiteral("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    SilenceCommand::tr("Print what it would match and stop."));
    p.addOptions({match, comment, duration, author, dryRun});
    if (!p.parse(QStringList{QStringLiteral("slaops silence add")} + args)) {
        AlertSource::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        AlertSource::err(
            SilenceCommand::tr("unexpected argument: %1").arg(p.positionalArguments().constFirst()));
        return 2;
    }
    alerts::SilenceRequest request;
    for (const QString &m : p.values(match)) {
        QString error;
        const auto matcher = alerts::MatcherText::parse(m, &error);
        if (!matcher) {
            AlertSource::err(QStringLiteral("--match: ") + error);
            return 2;
        }
        request.matchers.push_back(*matcher);
    }
    const auto length = Options::parseDuration(p.value(duration));
    if (!length || length->count() == 0) {
        AlertSource::err(SilenceCommand::tr("--duration: \"%1\" is not a duration such as 30m, 2h or 1d")
                             .arg(p.value(duration)));
        return 2;
    }
    request.comment = p.value(comment);
    // The console's author (Settings, defaulting to the login name) unless given.
    request.createdBy = p.isSet(author) ? p.value(author) : config::Settings().alertAuthor();
    request.startsAt = QDateTime::currentDateTimeUtc();
    request.endsAt = request.startsAt.addSecs(length->count());
    // Refused before any request, whatever the servers would say.
    if (const QString e = alerts::AlertPoller::validate(request); !e.isEmpty()) {
        AlertSource::err(e);
        return 2;
    }
    if (request.createdBy.trimmed().isEmpty()) {
        AlertSource::err(SilenceCommand::tr(
            "--author: who creates the silence? (no author in the settings, no login name)"));
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
        AlertSource::err(SilenceCommand::tr("no Alertmanager answered"));
        return 1;
    }
    QStringList shownMatchers;
    for (const alerts::Matcher &m : request.matchers)
        shownMatchers << alerts::AlertBookJson::matcherText(m);
    std::printf("%s\n", qPrintable(SilenceCommand::tr("Silence %1 for %2 by %3: %4")
                                       .arg(shownMatchers.join(QLatin1Char(' ')), p.value(duration),
                                            request.createdBy, request.comment)));
    printPreview(*book, alerts::AlertBookBuilder::matching(*book, request.matchers));
    std::fflush(stdout);
    AlertSource::reportDown(*book);
    if (p.isSet(dryRun))
        return 0;
    const auto result = waitFor(poller, [&](alerts::AlertPoller::ActionCallback done) {
        poller.createSilence(request, &poller, std::move(done));
    });
    for (const QString &id : result.silenceIds)
        std::printf("%s\n", qPrintable(SilenceCommand::tr("created silence %1").arg(id)));
    std::fflush(stdout);
    if (!result.ok) {
        // Validated above: what is left is Alertmanager's refusal or no Alertmanager up.
        AlertSource::err(result.error);
        return 1;
    }
    return 0;
}

int runExpire(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SilenceCommand::tr("Expires a silence on every Alertmanager that has it."));
    p.addHelpOption();
    AlertSource source;
    source.addOptions(p);
    p.addPositionalArgument(QStringLiteral("id"), SilenceCommand::tr("The silence's id."));
    if (!p.parse(QStringList{QStringLiteral("slaops silence expire")} + args)) {
        AlertSource::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (p.positionalArguments().size() != 1) {
        AlertSource::err(SilenceCommand::tr("expire takes exactly one silence id"));
        return 2;
    }
    const QString id = p.positionalArguments().constFirst();
    config::Profile profile;
    QString error;
    if (!source.load(p, profile, &error)) {
        AlertSource::err(error);
        return 2;
    }
    alerts::AlertPoller poller(profile);
    const alerts::AlertBookPtr book = AlertSource::pollOnce(poller);
    if (!book) {
        AlertSource::err(SilenceCommand::tr("no Alertmanager answered"));
        return 1;
    }
    const auto result = waitFor(poller, [&](alerts::AlertPoller::ActionCallback done) {
        poller.expireSilence(id, &poller, std::move(done));
    });
    if (!result.ok) {
        AlertSource::err(result.error);
        return 1;
    }
    // The id given and its copies on the other clusters, which the poller expired with it.
    QStringList expired{id};
    for (const alerts::BookSilence &s : book->silences)
        if (s.hasId(id))
            for (const alerts::SilenceCopy &c : s.copies())
                if (!expired.contains(c.id))
                    expired << c.id;
    for (const QString &e : expired)
        std::printf("%s\n", qPrintable(SilenceCommand::tr("expired silence %1").arg(e)));
    return 0;
}

int runList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SilenceCommand::tr("The silences of every Alertmanager, merged by id."));
    p.addHelpOption();
    AlertSource source;
    source.addOptions(p);
    const QCommandLineOption json(
        QStringLiteral("json"), SilenceCommand::tr("Print JSON (the silences of docs/alerts.schema.json)."));
    p.addOption(json);
    if (!p.parse(QStringList{QStringLiteral("slaops silence list")} + args)) {
        AlertSource::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        AlertSource::err(
            SilenceCommand::tr("unexpected argument: %1").arg(p.positionalArguments().constFirst()));
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
        AlertSource::err(SilenceCommand::tr("no Alertmanager answered"));
        return 2;
    }
    if (p.isSet(json)) {
        QJsonArray list;
        for (const alerts::BookSilence &s : book->silences)
            list.append(alerts::AlertBookJson::toJson(s, *book));
        std::printf("%s", QJsonDocument(list).toJson(QJsonDocument::Indented).constData());
    } else {
        QTextStream out(stdout);
        out << SilenceCommand::tr("%n silence(s)", nullptr, int(book->silences.size())) << "\n";
        for (const alerts::BookSilence &b : book->silences) {
            QStringList matchers;
            for (const alerts::Matcher &m : b.silence.matchers)
                matchers << prom::ServerText::clean(QStringView(alerts::AlertBookJson::matcherText(m)), 200);
            out << b.silence.id << "  " << QLatin1String(alerts::AlertBookJson::stateName(b.silence.state))
                << "  " << SilenceCommand::tr("ends %1").arg(b.silence.endsAt.toUTC().toString(Qt::ISODate))
                << "  " << SilenceCommand::tr("%n alert(s)", nullptr, b.matchingAlerts) << "  "
                << b.silence.createdBy << "  " << matchers.join(QLatin1Char(' ')) << "  " << b.silence.comment
                << "\n";
        }
    }
    std::fflush(stdout);
    return AlertSource::reportDown(*book) ? 2 : 0;
}

} // namespace

int runSilenceCommand(const QStringList &args, bool readOnly)
{
    const QString sub = args.isEmpty() ? QString() : args.constFirst();
    const QStringList rest = args.mid(1);
    // `slaops --read-only silence add|expire`: a read-only console changes nothing, headless neither.
    if (readOnly && (sub == QLatin1String("add") || sub == QLatin1String("expire"))) {
        AlertSource::err(SilenceCommand::tr("read-only (--read-only): silences are not changed"));
        return 1;
    }
    if (sub == QLatin1String("add"))
        return runAdd(rest);
    if (sub == QLatin1String("expire"))
        return runExpire(rest);
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::printf("%s\n", qPrintable(usage()));
        return 0;
    }
    AlertSource::err(
        sub.isEmpty() ? usage() : SilenceCommand::tr("unknown silence command \"%1\"\n").arg(sub) + usage());
    return 2;
}

} // namespace slaops::app
