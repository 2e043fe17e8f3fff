#include "planner.h"

#include "config/profile.h"
#include "config/urlpolicy.h"
#include "engine/figureformat.h"
#include "engine/snapshot.h"
#include "kubenames.h"
#include "planstate.h"
#include "prechecks.h"
#include "regionhealth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcPlanner, "slaops.planner", QtInfoMsg)

namespace slaops::actions {

namespace {

constexpr qint64 kMaxLimit = 10'000'000; // the admin API's own bound (packaging/prometheus/README.md)

// Where a kubectl action runs, every name validated; `error` says which one is not valid.
struct KubeWhere {
    QString context;
    QString nameSpace;
    QString error;
};

KubeWhere kubeWhere(const ActionRequest &request, const config::Profile &profile)
{
    KubeWhere w;
    w.context = request.context.isEmpty() ? profile.containment.kubectl.context : request.context;
    w.nameSpace = profile.containment.kubectl.nameSpace;
    w.error = KubeNames::context(w.context, Planner::tr("kubectl context"));
    if (w.error.isEmpty())
        w.error = KubeNames::label(w.nameSpace, Planner::tr("namespace"));
    return w;
}

// Every kubectl command names its context and namespace explicitly: never kubectl's current ones.
QStringList kubeBase(const KubeWhere &w)
{
    return {QStringLiteral("--context"), w.context, QStringLiteral("--namespace"), w.nameSpace};
}

Target kubeTarget(const config::Profile &profile, const KubeWhere &w, const QString &kind,
                  const QString &name)
{
    const config::ContextLook look = profile.containment.look(w.context);
    return Target{w.context, w.nameSpace, kind, name, look.production, look.colour};
}

// A Service without the annotation routes to every region: withState needs them without the profile.
QStringList profileRegions(const config::Profile &profile)
{
    QStringList out;
    for (const config::RegionSpec &r : profile.regions)
        out << r.name;
    return out;
}

// A region named by a person: a valid label and one of the profile's regions.
QString regionError(const config::Profile &profile, const QString &region, const QString &what)
{
    if (QString why = KubeNames::label(region, what); !why.isEmpty())
        return why;
    const QStringList names = profileRegions(profile);
    if (names.contains(region))
        return {};
    return Planner::tr("%1: \"%2\" is not a region of the profile (%3)")
        .arg(what, region, names.join(QStringLiteral(", ")));
}

Plan failed(Plan plan, const QString &error)
{
    qCDebug(lcPlanner).noquote() << actionName(plan.kind) << "not planned:" << error;
    plan.error = error;
    plan.read = plan.dryRun = plan.apply = Command{};
    return plan;
}

QStringList otherHealthyRegions(const engine::Snapshot *snapshot, const config::Profile &profile,
                                const QString &from)
{
    QStringList out;
    for (const config::RegionSpec &r : profile.regions)
        if (r.name != from && RegionHealth::assess(snapshot, profile, r.name).healthy())
            out << r.name;
    return out;
}

Plan planDivert(const ActionRequest &request, const engine::Snapshot *snapshot,
                const config::Profile &profile)
{
    Plan plan;
    plan.kind = ActionKind::DivertTraffic;
    const KubeWhere where = kubeWhere(request, profile);
    const QString service = profile.containment.kubectl.service;
    plan.target = kubeTarget(profile, where, QStringLiteral("Service"), service);
    plan.title = Planner::tr("Divert traffic");
    if (!where.error.isEmpty())
        return failed(plan, where.error);
    if (QString why = KubeNames::serviceName(service, Planner::tr("Service")); !why.isEmpty())
        return failed(plan, why);
    if (!request.from.isEmpty())
        if (QString why = regionError(profile, request.from, Planner::tr("--from")); !why.isEmpty())
            return failed(plan, why);
    for (const QString &t : request.to) {
        if (QString why = regionError(profile, t, Planner::tr("--to")); !why.isEmpty())
            return failed(plan, why);
        if (t == request.from)
            return failed(plan, Planner::tr("--to: %1 is the region traffic is diverted from").arg(t));
    }

    std::optional<RegionHealth> from =
        request.from.isEmpty() ? RegionHealth::worst(snapshot, profile)
                               : std::optional(RegionHealth::assess(snapshot, profile, request.from));
    const QString fromName = from ? from->region : QString();
    const QStringList to =
        request.to.isEmpty() ? otherHealthyRegions(snapshot, profile, fromName) : request.to;

    if (from) {
        plan.title = Planner::tr("Divert traffic away from %1").arg(fromName);
        plan.rationale = from->summary();
        plan.preChecks.push_back(PreChecks::trouble(*from, false));
    } else {
        plan.preChecks.push_back(PreChecks::noTrouble(snapshot));
    }
    for (const QString &t : to)
        plan.preChecks.push_back(
            PreChecks::healthy(RegionHealth::assess(snapshot, profile, t), Planner::tr("%1 is healthy")));
    plan.preChecks.push_back({Planner::tr("At least one region keeps traffic"), !to.isEmpty(),
                              to.isEmpty()
                                  ? Planner::tr("no healthy region to receive the traffic")
                                  : Planner::tr("receiving: %1").arg(to.join(QStringLiteral(", ")))});
    plan.preChecks.push_back(PreChecks::capacity(snapshot, profile, to.size()));
    plan.preChecks.push_back(PreChecks::fresh(snapshot, QStringList(to) << fromName,
                                              PreChecks::slaWithRole(profile, &config::SlaSpec::capacity)));
    if (from)
        plan.effects = PreChecks::fleetEffects(snapshot, profile, fromName);

    plan.parameters =
        QJsonObject{{QStringLiteral("from"), fromName},
                    {QStringLiteral("to"), QJsonArray::fromStringList(to)},
                    {QStringLiteral("toGiven"), !request.to.isEmpty()},
                    {QStringLiteral("regions"), QJsonArray::fromStringList(profileRegions(profile))}};
    // `--` ends the options, so nothing in the name could be read as one (validated anyway); the real
    // kubectl (v1.32) takes the resource name after it for get and patch alike.
    plan.read =
        Command{Command::Type::Kubectl,
                kubeBase(where) << QStringLiteral("get") << QStringLiteral("service") << QStringLiteral("-o")
                                << QStringLiteral("json") << QStringLiteral("--") << service,
                {},
                {},
                {},
                Planner::tr("read the Service")};
    return plan;
}

std::optional<QUrl> rateLimitUrl(const ActionRequest &request, const config::Profile &profile, QString *error)
{
    QUrl base = request.api.isValid() && !request.api.isEmpty() ? request.api : profile.containment.rest.url;
    const QString where = request.api.isEmpty() ? Planner::tr("containment.rest.url") : Planner::tr("--api");
    if (base.isEmpty() || !base.isValid()) {
        *error = Planner::tr("%1: no admin API URL").arg(where);
        return std::nullopt;
    }
    if (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")) {
        *error = Planner::tr("%1: not an http(s) URL").arg(where);
        return std::nullopt;
    }
    if (QString why = config::UrlPolicy::credentialError(base, where); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/api/rate-limit"));
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

// "127.0.0.1:8443": what a REST action's confirmation names as where it acts.
QString hostPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

Plan planRateLimit(const ActionRequest &request, const engine::Snapshot *snapshot,
                   const config::Profile &profile)
{
    Plan plan;
    plan.kind = ActionKind::RateLimit;
    plan.title = Planner::tr("Rate-limit the fleet");
    QString error;
    const std::optional<QUrl> url = rateLimitUrl(request, profile, &error);
    const config::ContextLook look = profile.containment.look(profile.containment.kubectl.context);
    if (url)
        plan.target =
            Target{hostPort(*url),  {},         QStringLiteral("REST API"), url->toString(QUrl::FullyEncoded),
                   look.production, look.colour};
    if (!url)
        return failed(plan, error);
    if (!request.region.isEmpty())
        if (QString why = regionError(profile, request.region, Planner::tr("--region")); !why.isEmpty())
            return failed(plan, why);

    const config::SlaSpec *cap = PreChecks::slaWithRole(profile, &config::SlaSpec::capacity);
    std::optional<qint64> limit;
    if (!request.clearLimit) {
        if (request.limit) {
            limit = request.limit;
        } else if (cap) {
            limit = qint64(std::floor(cap->alert));
        } else {
            return failed(plan,
                          Planner::tr("no limit given and the profile names no SLA with the capacity role"));
        }
        if (*limit < 1 || *limit > kMaxLimit)
            return failed(plan, Planner::tr("the limit must be a whole number from 1 to %1, not %2")
                                    .arg(kMaxLimit)
                                    .arg(*limit));
    }
    const QString scope = request.region.isEmpty() ? Planner::tr("the fleet") : request.region;
    plan.title = limit ? Planner::tr("Rate-limit %1 to %2 requests per second").arg(scope).arg(*limit)
                       : Planner::tr("Remove the rate limit of %1").arg(scope);

    const engine::Figure *f = PreChecks::fleetFigure(snapshot, cap);
    const bool known = f && sla::isKnown(f->state);
    if (limit) {
        PreCheck fresh{Planner::tr("Throughput is known and fresh"), known,
                       f ? RegionHealth::describe(*f)
                         : (cap ? Planner::tr("%1: no live figure").arg(cap->name)
                                : Planner::tr("the profile names no SLA with the capacity role"))};
        plan.preChecks.push_back(fresh);
        PreCheck above{Planner::tr("Throughput is above the capacity alert"), false, fresh.detail};
        PreCheck cuts{Planner::tr("The limit cuts throughput"), false, fresh.detail};
        if (known) {
            const auto fmt = [cap](double v) { return engine::FigureFormat::value(v, cap->unit); };
            above.passed = f->value > cap->alert;
            above.detail =
                above.passed
                    ? Planner::tr("throughput is %1, past the alert %2").arg(fmt(f->value), fmt(cap->alert))
                    : Planner::tr("throughput is %1, under the alert %2: no limit needed")
                          .arg(fmt(f->value), fmt(cap->alert));
            cuts.passed = double(*limit) < f->value;
            cuts.detail = cuts.passed ? Planner::tr("a limit of %1 cuts %2 to %3")
                                            .arg(*limit)
                                            .arg(fmt(f->value), fmt(double(*limit)))
                                      : Planner::tr("a limit of %1 would not cut anything: throughput is %2")
                                            .arg(*limit)
                                            .arg(fmt(f->value));
            plan.rationale = above.detail;
        }
        plan.preChecks.push_back(above);
        plan.preChecks.push_back(cuts);
        if (cap)
            plan.effects.push_back(
                {cap->id,
                 {},
                 Planner::tr("%1 back under its alert (%2)")
                     .arg(cap->name, engine::FigureFormat::threshold(cap->alert, cap->unit))});
    }
    plan.parameters =
        QJsonObject{{QStringLiteral("limit"), limit ? QJsonValue(double(*limit)) : QJsonValue()},
                    {QStringLiteral("region"), request.region}};
    plan.read = Command{Command::Type::Http, {}, "GET", *url, {}, Planner::tr("read the rate limit")};
    return plan;
}

// The healthiest region sessions can move to: healthy, taking traffic, fewest warnings.
QString healthiestReceiver(const engine::Snapshot *snapshot, const config::Profile &profile,
                           const QString &from)
{
    QString best;
    qsizetype bestWarnings = 0;
    for (const config::RegionSpec &r : profile.regions) {
        const RegionHealth h = RegionHealth::assess(snapshot, profile, r.name);
        if (r.name == from || !h.healthy() || h.withoutTraffic)
            continue;
        if (best.isEmpty() || h.warning.size() < bestWarnings) {
            best = r.name;
            bestWarnings = h.warning.size();
        }
    }
    return best;
}

Plan planMigrate(const ActionRequest &request, const engine::Snapshot *snapshot,
                 const config::Profile &profile, bool rollback)
{
    Plan plan;
    plan.kind = ActionKind::MigrateSessions;
    plan.isRollback = rollback;
    const KubeWhere where = kubeWhere(request, profile);
    const QString pod = profile.containment.kubectl.sessionManager;
    plan.target = kubeTarget(profile, where, QStringLiteral("Pod"), pod);
    plan.title = Planner::tr("Migrate sessions");
    if (!where.error.isEmpty())
        return failed(plan, where.error);
    if (QString why = KubeNames::subdomain(pod, Planner::tr("session manager Pod")); !why.isEmpty())
        return failed(plan, why);
    if (!request.from.isEmpty())
        if (QString why = regionError(profile, request.from, Planner::tr("--from")); !why.isEmpty())
            return failed(plan, why);
    if (request.to.size() > 1)
        return failed(plan, Planner::tr("--to: sessions move to one region, not %1").arg(request.to.size()));
    if (!request.to.isEmpty())
        if (QString why = regionError(profile, request.to.first(), Planner::tr("--to")); !why.isEmpty())
            return failed(plan, why);

    QString from = request.from;
    if (from.isEmpty()) {
        if (std::optional<RegionHealth> w = RegionHealth::worst(snapshot, profile))
            from = w->region;
        else
            for (const config::RegionSpec &r : profile.regions)
                if (RegionHealth::assess(snapshot, profile, r.name).withoutTraffic) {
                    from = r.name;
                    break;
                }
    }
    const QString to =
        request.to.isEmpty() ? healthiestReceiver(snapshot, profile, from) : request.to.first();

    if (from.isEmpty()) {
        plan.preChecks.push_back(PreChecks::noTrouble(snapshot));
    } else if (!rollback) {
        const RegionHealth h = RegionHealth::assess(snapshot, profile, from);
        plan.preChecks.push_back(PreChecks::trouble(h, true));
        plan.rationale = h.summary();
    }
    if (to.isEmpty())
        plan.preChecks.push_back({Planner::tr("A healthy region receives the sessions"), false,
                                  Planner::tr("no other region is healthy")});
    else
        plan.preChecks.push_back(
            PreChecks::healthy(RegionHealth::assess(snapshot, profile, to),
                               rollback ? Planner::tr("%1 is healthy again") : Planner::tr("%1 is healthy")));
    plan.preChecks.push_back(
        {Planner::tr("The sessions move to another region"), !to.isEmpty() && to != from,
         Planner::tr("from %1 to %2")
             .arg(from.isEmpty() ? QStringLiteral("?") : from, to.isEmpty() ? QStringLiteral("?") : to)});
    if (!from.isEmpty() && !to.isEmpty())
        plan.title = Planner::tr("Migrate sessions from %1 to %2").arg(from, to);
    if (const config::SlaSpec *sf = PreChecks::slaWithRole(profile, &config::SlaSpec::sessionFailover))
        plan.effects.push_back({sf->id,
                                {},
                                Planner::tr("%1 within target (%2)")
                                    .arg(sf->name, engine::FigureFormat::threshold(sf->target, sf->unit))});
    plan.parameters = QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    plan.read =
        Command{Command::Type::Kubectl,
                kubeBase(where) << QStringLiteral("get") << QStringLiteral("pod") << QStringLiteral("-o")
                                << QStringLiteral("json") << QStringLiteral("--") << pod,
                {},
                {},
                {},
                Planner::tr("read the session manager Pod")};
    return plan;
}

} // namespace

Plan Planner::plan(const ActionRequest &request, const engine::Snapshot *snapshot,
                   const config::Profile &profile)
{
    switch (request.kind) {
    case ActionKind::DivertTraffic:
        return planDivert(request, snapshot, profile);
    case ActionKind::RateLimit:
        return planRateLimit(request, snapshot, profile);
    case ActionKind::MigrateSessions:
        return planMigrate(request, snapshot, profile, false);
    }
    return {};
}

Plan Planner::withState(Plan plan, const QByteArray &state)
{
    if (!plan.error.isEmpty())
        return plan;
    QString error;
    switch (plan.kind) {
    case ActionKind::DivertTraffic:
        error = PlanState::completeDivert(plan, state);
        break;
    case ActionKind::RateLimit:
        error = PlanState::completeRateLimit(plan, state);
        break;
    case ActionKind::MigrateSessions:
        error = PlanState::completeMigrate(plan, state);
        break;
    }
    if (!error.isEmpty())
        return failed(std::move(plan), error);
    return plan;
}

QString Planner::stateKey(const Plan &plan, const QByteArray &state)
{
    return PlanState::key(plan.kind, plan.parameters, state);
}

QStringList Planner::routedRegions(const QByteArray &serviceJson)
{
    return PlanState::routedRegions(serviceJson);
}

Plan Planner::rollback(const Plan &applied, const engine::Snapshot *snapshot, const config::Profile &profile)
{
    const QJsonObject &p = applied.parameters;
    ActionRequest request;
    request.kind = applied.kind;
    request.context = applied.target.context;
    Plan plan;
    plan.kind = applied.kind;
    plan.target = applied.target;
    switch (applied.kind) {
    case ActionKind::DivertTraffic: {
        if (!p.contains(QStringLiteral("after")))
            return failed(plan, tr("the applied plan carries no state to restore"));
        // Re-planned from the profile, so that the names reaching argv are validated again, then given
        // the state to expect (what the action set) and the one to restore.
        plan = planDivert(request, nullptr, profile);
        if (!plan.error.isEmpty())
            return plan;
        plan.preChecks.clear();
        plan.effects.clear();
        plan.rationale = tr("Restores the regions the Service routed to before: %1")
                             .arg(p.value(QStringLiteral("before")).isNull()
                                      ? tr("every region (no annotation)")
                                      : p.value(QStringLiteral("before")).toString());
        plan.parameters =
            QJsonObject{{QStringLiteral("from"), p.value(QStringLiteral("from"))},
                        {QStringLiteral("to"), p.value(QStringLiteral("to"))},
                        {QStringLiteral("regions"), plan.parameters.value(QStringLiteral("regions"))},
                        {QStringLiteral("undo"),
                         QJsonObject{{QStringLiteral("expect"), p.value(QStringLiteral("after"))},
                                     {QStringLiteral("restore"), p.value(QStringLiteral("before"))}}}};
        break;
    }
    case ActionKind::RateLimit: {
        if (!p.contains(QStringLiteral("before")))
            return failed(plan, tr("the applied plan carries no state to restore"));
        request.region = p.value(QStringLiteral("region")).toString();
        // The applied plan's URL is the endpoint itself; the planner appends the endpoint's path again.
        QString api = applied.target.name;
        if (api.endsWith(QLatin1String("/api/rate-limit")))
            api.chop(qsizetype(sizeof("/api/rate-limit") - 1));
        request.api = QUrl(api);
        const QJsonValue before = p.value(QStringLiteral("before"));
        request.clearLimit = before.isNull();
        if (!before.isNull())
            request.limit = qint64(before.toDouble());
        plan = planRateLimit(request, nullptr, profile);
        if (!plan.error.isEmpty())
            return plan;
        plan.target = applied.target;
        plan.preChecks.clear();
        plan.effects.clear();
        plan.parameters.insert(QStringLiteral("undo"),
                               QJsonObject{{QStringLiteral("expect"), p.value(QStringLiteral("limit"))},
                                           {QStringLiteral("restore"), before}});
        break;
    }
    case ActionKind::MigrateSessions: {
        request.from = p.value(QStringLiteral("to")).toString();
        const QString back = p.value(QStringLiteral("from")).toString();
        if (request.from.isEmpty() || back.isEmpty())
            return failed(plan, tr("the applied plan names no regions to migrate back between"));
        request.to = QStringList{back};
        plan = planMigrate(request, snapshot, profile, true);
        break;
    }
    }
    plan.isRollback = true;
    plan.title = tr("Roll back: %1").arg(applied.title);
    return plan;
}

} // namespace slaops::actions
