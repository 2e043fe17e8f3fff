#include "profileloader.h"

#include "directformulareader.h"
#include "profilelimits.h"
#include "promsourcereader.h"
#include "yamlreader.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <set>

Q_LOGGING_CATEGORY(lcProfile, "slaops.config", QtInfoMsg)

namespace slaops::config {
namespace {

using Y = YamlReader;

std::chrono::seconds seconds(std::chrono::milliseconds ms)
{
    return std::chrono::duration_cast<std::chrono::seconds>(ms);
}

// An instant written in ISO 8601 with its zone ("2024-06-03T00:00:00Z", "...+02:00"): without one
// it would mean a different moment on every machine that reads the profile.
QDateTime instant(const YAML::Node &n, const QString &path)
{
    const QString text = Y::string(n, path).trimmed();
    static const QRegularExpression re(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$)"));
    const QDateTime t = re.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODate) : QDateTime();
    if (!t.isValid())
        throw ProfileError(Y::lineOf(n), path,
                           ProfileLoader::tr("expected a time in ISO 8601 with its zone, e.g. "
                                             "2024-06-03T00:00:00Z, not \"%1\"")
                               .arg(text.left(64)));
    return t.toUTC();
}

SlaSpec parseSla(const YAML::Node &n, const QString &path)
{
    Y::checkKeys(n, path,
                 {"id", "name", "query", "unit", "comparison", "target", "alert", "window", "regional",
                  "roles", "direct", "since", "until", "advice"});
    SlaSpec s;
    s.id = Y::string(Y::required(n, "id", path), Y::join(path, "id"));
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idRe.match(s.id).hasMatch())
        throw ProfileError(Y::lineOf(n["id"]), Y::join(path, "id"),
                           ProfileLoader::tr("use lower-case letters, digits and _"));
    s.name = Y::string(Y::required(n, "name", path), Y::join(path, "name"));
    s.query = Y::string(Y::required(n, "query", path), Y::join(path, "query"));
    s.unit = Y::unit(Y::required(n, "unit", path), Y::join(path, "unit"));
    const QString cmp = Y::string(Y::required(n, "comparison", path), Y::join(path, "comparison"));
    if (cmp == QLatin1String("at_least"))
        s.comparison = sla::Comparison::AtLeast;
    else if (cmp == QLatin1String("at_most"))
        s.comparison = sla::Comparison::AtMost;
    else
        throw ProfileError(Y::lineOf(n["comparison"]), Y::join(path, "comparison"),
                           ProfileLoader::tr("expected at_least or at_most"));
    s.target = Y::threshold(Y::required(n, "target", path), Y::join(path, "target"), s.unit);
    s.alert = Y::threshold(Y::required(n, "alert", path), Y::join(path, "alert"), s.unit, s.target);
    if (n["window"].IsDefined())
        s.window = seconds(Y::duration(n["window"], Y::join(path, "window")));
    if (s.window.count() < 1)
        throw ProfileError(Y::lineOf(n["window"]), Y::join(path, "window"),
                           ProfileLoader::tr("must be at least 1s"));
    if (n["regional"].IsDefined())
        s.regional = Y::boolean(n["regional"], Y::join(path, "regional"));
    if (n["roles"].IsDefined())
        DirectFormulaReader::roles(n["roles"], Y::join(path, "roles"), s);
    if (n["direct"].IsDefined())
        s.direct = DirectFormulaReader::formula(n["direct"], Y::join(path, "direct"));
    if (n["since"].IsDefined())
        s.since = instant(n["since"], Y::join(path, "since"));
    if (n["until"].IsDefined())
        s.until = instant(n["until"], Y::join(path, "until"));
    if (s.since.isValid() && s.until.isValid() && s.until <= s.since)
        throw ProfileError(
            Y::lineOf(n["until"]), Y::join(path, "until"),
            ProfileLoader::tr("must be later than since (%1)").arg(s.since.toString(Qt::ISODate)));
    if (n["advice"].IsDefined()) {
        s.advice = Y::string(n["advice"], Y::join(path, "advice")).trimmed();
        if (s.advice.isEmpty())
            throw ProfileError(Y::lineOf(n["advice"]), Y::join(path, "advice"),
                               ProfileLoader::tr("write what to look at, or leave the key out"));
    }
    if (s.hasBudget() && (s.target <= 0 || s.target >= 1))
        throw ProfileError(
            Y::lineOf(n["target"]), Y::join(path, "target"),
            ProfileLoader::tr(
                "a percentage target must lie between 0% and 100%, or no error budget is left"));
    return s;
}

RegionSpec parseRegion(const YAML::Node &n, const QString &path)
{
    Y::checkKeys(n, path, {"name", "selector", "uptime", "rto", "rpo", "latency", "prometheus"});
    RegionSpec r;
    r.name = Y::string(Y::required(n, "name", path), Y::join(path, "name"));
    r.selector = Y::string(Y::required(n, "selector", path), Y::join(path, "selector"));
    // Matchers only: the braces come from the query template, so one selector fits every query.
    if (r.selector.contains(QLatin1Char('{')) || r.selector.contains(QLatin1Char('}')))
        throw ProfileError(
            Y::lineOf(n["selector"]), Y::join(path, "selector"),
            ProfileLoader::tr("write label matchers without braces, e.g. region=\"eu-west-1\""));
    if (n["uptime"].IsDefined())
        r.uptime = Y::threshold(n["uptime"], Y::join(path, "uptime"), Unit::Percent);
    if (n["rto"].IsDefined())
        r.rto = Y::threshold(n["rto"], Y::join(path, "rto"), Unit::Seconds);
    if (n["rpo"].IsDefined())
        r.rpo = Y::threshold(n["rpo"], Y::join(path, "rpo"), Unit::Seconds);
    if (n["latency"].IsDefined())
        r.latency = Y::threshold(n["latency"], Y::join(path, "latency"), Unit::Milliseconds);
    if (const YAML::Node prom = n["prometheus"]; prom.IsDefined()) {
        const QString pp = Y::join(path, "prometheus");
        Y::checkKeys(prom, pp, {"url", "urls", "auth", "ca_file", "max_lag"});
        r.prometheus = PromSourceReader::read(prom, pp);
    }
    return r;
}

void parseSources(const YAML::Node &sources, Profile &p)
{
    const QString path = QStringLiteral("sources");
    Y::checkKeys(sources, path, {"prometheus", "alertmanagers", "scrape"});
    const QString pp = Y::join(path, "prometheus");
    const YAML::Node prom = Y::required(sources, "prometheus", path);
    Y::checkKeys(prom, pp, {"url", "urls", "timeout", "retries", "auth", "ca_file", "max_lag"});
    const PromSource global = PromSourceReader::read(prom, pp);
    p.sources.prometheus = global.urls.front();
    p.sources.prometheusUrls = global.urls;
    p.sources.prometheusAuth = global.auth;
    p.sources.caFile = global.caFile;
    p.sources.maxLag = global.maxLag;
    if (prom["timeout"].IsDefined()) {
        p.sources.timeout = Y::duration(prom["timeout"], Y::join(pp, "timeout"));
        // It is the total deadline of every request and of a refresh: zero would switch it off and
        // let a trickling server keep a refresh open for ever; minutes would keep a verdict standing.
        if (p.sources.timeout < std::chrono::milliseconds(500) || p.sources.timeout > std::chrono::minutes(2))
            throw ProfileError(
                Y::lineOf(prom["timeout"]), Y::join(pp, "timeout"),
                ProfileLoader::tr("must be between 500ms and 2m (it is the total deadline of a request)"));
    }
    if (prom["retries"].IsDefined())
        p.sources.retries = Y::integer(prom["retries"], Y::join(pp, "retries"), 0, 5);
    if (const YAML::Node ams = sources["alertmanagers"]; ams.IsDefined()) {
        const QString ap = Y::join(path, "alertmanagers");
        Y::sequence(ams, ap, true);
        for (std::size_t i = 0; i < ams.size(); ++i) {
            const QString ip = Y::join(ap, i);
            Y::checkKeys(ams[i], ip, {"url", "auth", "ca_file"});
            AlertmanagerAccess access;
            access.url = Y::url(Y::required(ams[i], "url", ip), Y::join(ip, "url"));
            for (const QUrl &seen : p.sources.alertmanagers)
                if (Sources::sameServerKey(seen) == Sources::sameServerKey(access.url))
                    throw ProfileError(Y::lineOf(ams[i]["url"]), Y::join(ip, "url"),
                                       ProfileLoader::tr("this Alertmanager is listed twice"));
            p.sources.alertmanagers.push_back(access.url);
            if (ams[i]["auth"].IsDefined())
                access.auth = Y::auth(ams[i]["auth"], Y::join(ip, "auth"));
            if (ams[i]["ca_file"].IsDefined())
                access.caFile = Y::string(ams[i]["ca_file"], Y::join(ip, "ca_file"));
            if (access.auth.kind != Auth::Kind::None || !access.caFile.isEmpty())
                p.sources.alertmanagerAccess.push_back(std::move(access));
        }
    }
    if (const YAML::Node scrape = sources["scrape"]; scrape.IsDefined()) {
        const QString sp = Y::join(path, "scrape");
        Y::sequence(scrape, sp, true);
        for (std::size_t i = 0; i < scrape.size(); ++i)
            p.sources.scrapeTargets.push_back(DirectFormulaReader::scrapeTarget(scrape[i], Y::join(sp, i)));
    }
}

void parseContainment(const YAML::Node &n, Profile &p)
{
    const QString path = QStringLiteral("containment");
    Y::checkKeys(n, path, {"kubectl", "rest", "contexts", "verify_refreshes", "timeout"});
    if (const YAML::Node k = n["kubectl"]; k.IsDefined()) {
        const QString kp = Y::join(path, "kubectl");
        Y::checkKeys(k, kp, {"context", "namespace", "service", "session_manager"});
        // These end up as kubectl arguments: only what Kubernetes allows in names, never an option.
        static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9]([-a-z0-9._]{0,251}[a-z0-9])?$"));
        auto name = [&](const char *key) {
            const QString v = Y::string(Y::required(k, key, kp), Y::join(kp, key));
            if (!nameRe.match(v).hasMatch())
                throw ProfileError(
                    Y::lineOf(k[key]), Y::join(kp, key),
                    ProfileLoader::tr("not a valid Kubernetes name (lower-case letters, digits, - . _)"));
            return v;
        };
        p.containment.kubectl.context = name("context");
        p.containment.kubectl.nameSpace = name("namespace");
        p.containment.kubectl.service = name("service");
        if (k["session_manager"].IsDefined())
            p.containment.kubectl.sessionManager = name("session_manager");
    }
    if (const YAML::Node r = n["rest"]; r.IsDefined()) {
        const QString rp = Y::join(path, "rest");
        Y::checkKeys(r, rp, {"url", "auth", "ca_file"});
        p.containment.rest.url = Y::url(Y::required(r, "url", rp), Y::join(rp, "url"));
        if (r["auth"].IsDefined())
            p.containment.rest.auth = Y::auth(r["auth"], Y::join(rp, "auth"));
        if (r["ca_file"].IsDefined())
            p.containment.rest.caFile = Y::string(r["ca_file"], Y::join(rp, "ca_file"));
    }
    if (const YAML::Node c = n["contexts"]; c.IsDefined()) {
        const QString cp = Y::join(path, "contexts");
        if (!c.IsMap())
            throw ProfileError(Y::lineOf(c), cp, ProfileLoader::tr("must be a map of context names"));
        static const QRegularExpression colourRe(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        for (const auto &entry : c) {
            ContextLook look;
            look.name = Y::string(entry.first, cp);
            const QString ep = cp + QLatin1Char('.') + look.name;
            Y::checkKeys(entry.second, ep, {"production", "colour"});
            if (entry.second["production"].IsDefined())
                look.production = Y::boolean(entry.second["production"], Y::join(ep, "production"));
            if (entry.second["colour"].IsDefined()) {
                look.colour = Y::string(entry.second["colour"], Y::join(ep, "colour"));
                if (!colourRe.match(look.colour).hasMatch())
                    throw ProfileError(Y::lineOf(entry.second["colour"]), Y::join(ep, "colour"),
                                       ProfileLoader::tr("must be a colour written #rrggbb"));
            }
            p.containment.contexts.push_back(look);
        }
    }
    if (n["verify_refreshes"].IsDefined())
        p.containment.verifyRefreshes =
            Y::integer(n["verify_refreshes"], Y::join(path, "verify_refreshes"), 1, 100);
    if (n["timeout"].IsDefined()) {
        p.containment.timeout = Y::duration(n["timeout"], Y::join(path, "timeout"));
        if (p.containment.timeout < std::chrono::seconds(1) ||
            p.containment.timeout > std::chrono::minutes(10))
            throw ProfileError(Y::lineOf(n["timeout"]), Y::join(path, "timeout"),
                               ProfileLoader::tr("must be between 1s and 10m"));
    }
}

void parseEscalation(const YAML::Node &n, Profile &p)
{
    const QString path = QStringLiteral("escalation");
    Y::sequence(n, path, false);
    std::set<QString> seen;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const QString ep = Y::join(path, i);
        Y::checkKeys(n[i], ep, {"severity", "response", "path", "channels"});
        EscalationLevel e;
        e.severity = Y::string(Y::required(n[i], "severity", ep), Y::join(ep, "severity"));
        if (!seen.insert(e.severity).second)
            throw ProfileError(Y::lineOf(n[i]["severity"]), Y::join(ep, "severity"),
                               ProfileLoader::tr("duplicate severity \"%1\"").arg(e.severity));
        e.responseTime = seconds(Y::duration(Y::required(n[i], "response", ep), Y::join(ep, "response")));
        e.path = Y::strings(Y::required(n[i], "path", ep), Y::join(ep, "path"));
        e.channels = Y::strings(Y::required(n[i], "channels", ep), Y::join(ep, "channels"));
        p.escalation.push_back(std::move(e));
    }
}

// The severities of the generated burn-rate alerts: each must be one the escalation matrix routes,
// or Alertmanager would page nobody. Absent: the matrix's first level pages, the one halfway down
// tickets (critical and medium in a matrix of four).
void parseBurnAlerts(const YAML::Node &n, Profile &p)
{
    if (!p.escalation.empty()) {
        p.burnAlerts.page = p.escalation.front().severity;
        p.burnAlerts.ticket = p.escalation[p.escalation.size() / 2].severity;
    }
    if (!n.IsDefined())
        return;
    const QString path = QStringLiteral("burn_alerts");
    Y::checkKeys(n, path, {"page", "ticket"});
    QStringList known;
    for (const EscalationLevel &e : p.escalation)
        known << e.severity;
    for (const auto &[key, member] :
         {std::pair{"page", &BurnAlerts::page}, std::pair{"ticket", &BurnAlerts::ticket}}) {
        if (!n[key].IsDefined())
            continue;
        const QString kp = Y::join(path, key);
        const QString severity = Y::string(n[key], kp);
        if (!known.contains(severity))
            throw ProfileError(
                Y::lineOf(n[key]), kp,
                known.isEmpty()
                    ? ProfileLoader::tr("\"%1\" is not a severity of the escalation matrix, which has none")
                          .arg(severity)
                    : ProfileLoader::tr("\"%1\" is not a severity of the escalation matrix (%2)")
                          .arg(severity, known.join(QLatin1String(", "))));
        p.burnAlerts.*member = severity;
    }
}

Profile parseProfile(const YAML::Node &root)
{
    Y::checkKeys(root, {},
                 {"profile", "refresh_interval", "error_after", "budget_period", "sources", "slas", "regions",
                  "region_queries", "containment", "escalation", "burn_alerts"});
    Profile p;
    p.name = Y::string(Y::required(root, "profile", {}), QStringLiteral("profile"));
    if (root["refresh_interval"].IsDefined())
        p.refreshInterval = Y::duration(root["refresh_interval"], QStringLiteral("refresh_interval"));
    if (p.refreshInterval < std::chrono::milliseconds(200))
        throw ProfileError(Y::lineOf(root["refresh_interval"]), QStringLiteral("refresh_interval"),
                           ProfileLoader::tr("must be at least 200ms"));
    if (root["error_after"].IsDefined())
        p.errorAfter = Y::duration(root["error_after"], QStringLiteral("error_after"));
    if (root["budget_period"].IsDefined()) {
        p.budgetPeriod = seconds(Y::duration(root["budget_period"], QStringLiteral("budget_period")));
        if (p.budgetPeriod < std::chrono::hours(24))
            throw ProfileError(Y::lineOf(root["budget_period"]), QStringLiteral("budget_period"),
                               ProfileLoader::tr("must be at least 1d"));
    }

    parseSources(Y::required(root, "sources", {}), p);
    if (p.errorAfter <= p.staleAfter())
        throw ProfileError(
            Y::lineOf(root["error_after"].IsDefined() ? root["error_after"] : root),
            QStringLiteral("error_after"),
            ProfileLoader::tr("must be longer than the staleness bound, %1 (two refresh intervals, or "
                              "one plus the request timeout)")
                .arg(formatDuration(std::chrono::duration_cast<std::chrono::seconds>(p.staleAfter()))));

    const QString sp = QStringLiteral("slas");
    const YAML::Node slas = Y::sequence(Y::required(root, "slas", {}), sp, false);
    std::set<QString> ids;
    for (std::size_t i = 0; i < slas.size(); ++i) {
        SlaSpec s = parseSla(slas[i], Y::join(sp, i));
        if (!ids.insert(s.id).second)
            throw ProfileError(Y::lineOf(slas[i]["id"]), Y::join(Y::join(sp, i), "id"),
                               ProfileLoader::tr("duplicate id \"%1\"").arg(s.id));
        p.slas.push_back(std::move(s));
    }

    if (const YAML::Node regions = root["regions"]; regions.IsDefined()) {
        const QString rp = QStringLiteral("regions");
        Y::sequence(regions, rp, true);
        std::set<QString> names;
        for (std::size_t i = 0; i < regions.size(); ++i) {
            RegionSpec r = parseRegion(regions[i], Y::join(rp, i));
            if (!names.insert(r.name).second)
                throw ProfileError(Y::lineOf(regions[i]["name"]), Y::join(Y::join(rp, i), "name"),
                                   ProfileLoader::tr("duplicate region \"%1\"").arg(r.name));
            p.regions.push_back(std::move(r));
        }
    }
    if (const YAML::Node rq = root["region_queries"]; rq.IsDefined()) {
        const QString qp = QStringLiteral("region_queries");
        Y::checkKeys(rq, qp, {"rto", "rpo", "latency"});
        // Each is a PromQL template, or {query: ..., direct: ...} to be computable from a direct scrape.
        const auto read = [&](const char *key, QString &query, DirectFormula &direct) {
            const YAML::Node n = rq[key];
            if (!n.IsDefined())
                return;
            const QString kp = Y::join(qp, key);
            if (!n.IsMap()) {
                query = Y::string(n, kp);
                return;
            }
            Y::checkKeys(n, kp, {"query", "direct"});
            query = Y::string(Y::required(n, "query", kp), Y::join(kp, "query"));
            if (n["direct"].IsDefined())
                direct = DirectFormulaReader::formula(n["direct"], Y::join(kp, "direct"));
        };
        read("rto", p.regionQueries.rto, p.regionQueries.rtoDirect);
        read("rpo", p.regionQueries.rpo, p.regionQueries.rpoDirect);
        read("latency", p.regionQueries.latency, p.regionQueries.latencyDirect);
    }
    // A role the views or the containment planner look up (the first SLA that has it) is held by one
    // SLA: with two, which one a rate limit protects would depend on their order in the file.
    for (const auto &[role, member] :
         {std::pair{"region_uptime", &SlaSpec::regionUptime}, std::pair{"capacity", &SlaSpec::capacity},
          std::pair{"session_failover", &SlaSpec::sessionFailover}}) {
        // The second holder is named: the line to fix.
        const SlaSpec *first = nullptr;
        for (std::size_t i = 0; i < p.slas.size(); ++i) {
            if (!(p.slas[i].*member))
                continue;
            if (!first) {
                first = &p.slas[i];
                continue;
            }
            const YAML::Node roles = root["slas"][i]["roles"];
            throw ProfileError(Y::lineOf(roles), Y::join(Y::join(QStringLiteral("slas"), i), "roles"),
                               ProfileLoader::tr("only one SLA can have the %1 role; %2 has it already")
                                   .arg(QLatin1String(role), first->id));
        }
    }
    if (root["containment"].IsDefined())
        parseContainment(root["containment"], p);
    if (root["escalation"].IsDefined())
        parseEscalation(root["escalation"], p);
    parseBurnAlerts(root["burn_alerts"], p);
    return p;
}

} // namespace

ProfileLoadResult ProfileLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {false, {}, QStringLiteral("%1: %2").arg(path, f.errorString())};
    // The limit is enforced while reading, never by asking for the size first: /dev/zero, a FIFO and
    // most /proc files report a size of 0 and then do not end.
    QByteArray data(ProfileLimits::MaxBytes + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < data.size()) {
        const qint64 n = f.read(data.data() + got, data.size() - got);
        if (n < 0)
            return {false, {}, QStringLiteral("%1: %2").arg(path, f.errorString())};
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    if (got > ProfileLimits::MaxBytes)
        return {false, {}, QStringLiteral("%1: %2").arg(path, tr("larger than 1 MiB; not an SLA profile"))};
    data.truncate(got);
    return parse(data, path);
}

ProfileLoadResult ProfileLoader::parse(const QByteArray &yaml, const QString &fileName)
{
    ProfileLoadResult r;
    try {
        if (yaml.size() > ProfileLimits::MaxBytes)
            throw ProfileError(1, {}, tr("larger than 1 MiB; not an SLA profile"));
        ProfileLimits::checkText(yaml);
        ProfileLimits::checkStructure(yaml);
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsDefined() || root.IsNull())
            throw ProfileError(1, {}, tr("the file is empty"));
        r.profile = parseProfile(root);
        r.profile.file = fileName;
        r.ok = true;
    } catch (const ProfileError &e) {
        r.error = e.key.isEmpty()
                      ? QStringLiteral("%1:%2: %3").arg(fileName).arg(e.line).arg(e.message)
                      : QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(e.line).arg(e.key, e.message);
    } catch (const YAML::Exception &e) {
        r.error = QStringLiteral("%1:%2: %3")
                      .arg(fileName)
                      .arg(e.mark.line >= 0 ? e.mark.line + 1 : 0)
                      .arg(QString::fromStdString(e.msg));
    }
    if (!r.ok)
        qCWarning(lcProfile).noquote() << r.error;
    return r;
}

} // namespace slaops::config
