#pragma once
// Live figures for the containment wizard's tests and pictures: the default profile's SLAs, fleet
// and per region, as the engine names them, with an error burst on eu-west-1 when asked.

#include "config/profile.h"
#include "config/profileloader.h"
#include "engine/snapshot.h"
#include "sla/state.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <map>

namespace slaops::test {

inline const QDateTime kActionNow = QDateTime(QDate(2026, 12, 1), QTime(3, 12, 0), Qt::UTC);

inline config::Profile defaultProfile()
{
    config::ProfileLoadResult r = config::ProfileLoader::loadDefault();
    Q_ASSERT_X(r.ok, "defaultProfile", qPrintable(r.error));
    return r.profile;
}

inline engine::Figure actionFigure(const QString &id, const QString &name, const QString &region,
                                   config::Unit unit, sla::Comparison cmp, double target, double alert,
                                   double value)
{
    engine::Figure f;
    f.id = id;
    f.name = name;
    f.region = region;
    f.unit = unit;
    f.comparison = cmp;
    f.target = target;
    f.alert = alert;
    f.value = value;
    f.state = sla::classify(value, cmp, target, std::isfinite(alert) ? alert : target);
    f.sampleTime = kActionNow.addSecs(-2);
    f.confirmedAt = kActionNow.addSecs(-1);
    f.source = QStringLiteral("http://127.0.0.1:9090");
    return f;
}

// Healthy values unless `overrides` (id@region -> value; region empty for the fleet) says otherwise.
inline engine::SnapshotPtr actionSnapshot(const config::Profile &p, quint64 generation,
                                          const std::map<QString, double> &overrides = {})
{
    const std::map<QString, double> healthy{{QStringLiteral("uptime"), 0.999995},
                                            {QStringLiteral("response_time_p95"), 42.0},
                                            {QStringLiteral("error_rate"), 0.00004},
                                            {QStringLiteral("session_failover"), 3.2},
                                            {QStringLiteral("data_consistency"), 0.999998},
                                            {QStringLiteral("throughput"), 29874.0},
                                            {QStringLiteral("rto"), 120.0},
                                            {QStringLiteral("rpo"), 0.4},
                                            {QStringLiteral("network_latency"), 31.5}};
    const auto value = [&](const QString &id, const QString &region) {
        const auto o = overrides.find(id + QLatin1Char('@') + region);
        return o != overrides.end() ? o->second : healthy.at(id);
    };
    auto s = std::make_shared<engine::Snapshot>();
    s->generation = generation;
    s->time = kActionNow.addSecs(qint64(generation) * 5);
    s->profileName = p.name;
    s->prometheus.url = QStringLiteral("http://127.0.0.1:9090");
    s->prometheus.reachable = true;
    s->prometheus.lastSuccess = s->time;
    for (const config::SlaSpec &spec : p.slas)
        s->figures.push_back(actionFigure(spec.id, spec.name, {}, spec.unit, spec.comparison, spec.target,
                                          spec.alert, value(spec.id, {})));
    for (const config::RegionSpec &r : p.regions) {
        for (const char *id : {"uptime", "response_time_p95", "error_rate"}) {
            const config::SlaSpec *spec = p.sla(QString::fromLatin1(id));
            const bool uptime = spec->id == QLatin1String("uptime");
            s->figures.push_back(actionFigure(spec->id, spec->name, r.name, spec->unit, spec->comparison,
                                              uptime ? r.uptime : spec->target, spec->alert,
                                              value(spec->id, r.name)));
        }
        using U = config::Unit;
        using C = sla::Comparison;
        s->figures.push_back(actionFigure(QStringLiteral("rto"), QStringLiteral("RTO"), r.name, U::Seconds,
                                          C::AtMost, r.rto, NAN, value(QStringLiteral("rto"), r.name)));
        s->figures.push_back(actionFigure(QStringLiteral("rpo"), QStringLiteral("RPO"), r.name, U::Seconds,
                                          C::AtMost, r.rpo, NAN, value(QStringLiteral("rpo"), r.name)));
        s->figures.push_back(actionFigure(
            QStringLiteral("network_latency"), QStringLiteral("Network latency"), r.name, U::Milliseconds,
            C::AtMost, r.latency, NAN, value(QStringLiteral("network_latency"), r.name)));
    }
    return s;
}

// An error burst on eu-west-1: 2.3 % of its requests fail, the fleet's error rate is past its SLA.
inline engine::SnapshotPtr errorBurst(const config::Profile &p, quint64 generation = 7)
{
    return actionSnapshot(p, generation,
                          {{QStringLiteral("error_rate@eu-west-1"), 0.023},
                           {QStringLiteral("error_rate@"), 0.0079},
                           {QStringLiteral("response_time_p95@eu-west-1"), 238.0},
                           {QStringLiteral("response_time_p95@"), 118.0}});
}

// The Service as the simulator's Kubernetes API serves it, routed to every region.
inline QByteArray serviceJson(const QString &regions = QStringLiteral("us-east-1,eu-west-1,ap-southeast-1"),
                              const QString &resourceVersion = QStringLiteral("4711"))
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"erlmcp-service",)"
                          R"("namespace":"erlmcp","resourceVersion":"%2","annotations":)"
                          R"({"erlmcp.io/regions":"%1"}},"spec":{"selector":{"app":"erlmcp"},)"
                          R"("ports":[{"port":443,"protocol":"TCP"}]}})")
        .arg(regions, resourceVersion)
        .toUtf8();
}

} // namespace slaops::test
