#pragma once

// Snapshots built by hand for the containment planner and verifier tests: every figure of the
// default profile, Ok, then changed one by one by the test.
#include "config/profileloader.h"
#include "engine/snapshot.h"

#include <QtTest>

namespace planfixture {

using slaops::sla::State;

inline slaops::config::Profile profile()
{
    const slaops::config::ProfileLoadResult r = slaops::config::ProfileLoader::loadDefault();
    if (!r.ok)
        qFatal("default profile: %s", qPrintable(r.error));
    return r.profile;
}

// A healthy value of each figure of the default profile, looked up by id.
inline double okValue(const QString &id)
{
    static const QHash<QString, double> v{{QStringLiteral("uptime"), 0.999995},
                                          {QStringLiteral("response_time_p95"), 50},
                                          {QStringLiteral("error_rate"), 0.00005},
                                          {QStringLiteral("session_failover"), 5},
                                          {QStringLiteral("data_consistency"), 0.999995},
                                          {QStringLiteral("throughput"), 30000},
                                          {QStringLiteral("rto"), 100},
                                          {QStringLiteral("rpo"), 0.5},
                                          {QStringLiteral("network_latency"), 20}};
    return v.value(id, 1);
}

inline slaops::engine::Figure figure(const slaops::config::SlaSpec &s, const QString &region)
{
    slaops::engine::Figure f;
    f.id = s.id;
    f.name = s.name;
    f.region = region;
    f.unit = s.unit;
    f.comparison = s.comparison;
    f.target = s.target;
    f.alert = s.alert;
    f.state = State::Ok;
    f.value = okValue(s.id);
    return f;
}

// Every figure the refresh of `p` makes, each Ok.
inline slaops::engine::Snapshot healthy(const slaops::config::Profile &p, quint64 generation = 7)
{
    slaops::engine::Snapshot s;
    s.generation = generation;
    s.time = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);
    s.profileName = p.name;
    for (const auto &sla : p.slas)
        s.figures.push_back(figure(sla, {}));
    for (const auto &r : p.regions) {
        for (const auto &sla : p.slas)
            if (sla.regional)
                s.figures.push_back(figure(sla, r.name));
        for (const auto &[id, target] :
             {std::pair{"rto", r.rto}, {"rpo", r.rpo}, {"network_latency", r.latency}}) {
            slaops::engine::Figure f;
            f.id = QString::fromLatin1(id);
            f.name = f.id.toUpper();
            f.region = r.name;
            f.unit = slaops::config::Unit::Seconds;
            f.comparison = slaops::sla::Comparison::AtMost;
            f.target = target;
            f.alert = target;
            f.state = State::Ok;
            f.value = okValue(f.id);
            s.figures.push_back(f);
        }
    }
    return s;
}

// Sets one figure's state and value (NaN keeps the value); fails the test if there is no such figure.
inline void set(slaops::engine::Snapshot &s, const QString &id, const QString &region, State state,
                double value = NAN)
{
    for (auto &f : s.figures)
        if (f.id == id && f.region == region) {
            f.state = state;
            if (!std::isnan(value))
                f.value = value;
            if (state == State::NoData)
                f.value = NAN;
            return;
        }
    qFatal("no figure %s in %s", qPrintable(id), qPrintable(region));
}

// A region without traffic: its share of every regional SLA but the nodes' uptime has no data.
inline void withoutTraffic(slaops::engine::Snapshot &s, const slaops::config::Profile &p,
                           const QString &region)
{
    for (const auto &sla : p.slas)
        if (sla.regional && !sla.regionUptime)
            set(s, sla.id, region, State::NoData);
}

} // namespace planfixture
