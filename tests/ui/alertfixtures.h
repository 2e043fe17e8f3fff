#pragma once
// Alert books for the offscreen UI tests and the benchmark: the erlmcp alerts of
// packaging/prometheus/rules/erlmcp-alerts.yml, as three Alertmanagers would report them, with the
// engine's figures and error budgets behind them. Header-only: tests link libraries, never sources.

#include "alerts/alertbook.h"
#include "alerts/matching.h"
#include "config/profileloader.h"
#include "engine/snapshot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QString>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace slaops::test {

inline const QDateTime kAlertNow = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

inline const config::Profile &defaultProfile()
{
    static const config::Profile p = config::ProfileLoader::loadDefault().profile;
    return p;
}

inline QString fingerprintOf(const alerts::LabelSet &labels)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto &[k, v] : labels)
        h.addData((k + QLatin1Char('\x1f') + v + QLatin1Char('\x1e')).toUtf8());
    return QString::fromLatin1(h.result().toHex().left(16));
}

struct RuleText {
    const char *name;
    const char *sla;
    const char *severity;
    const char *summary; // %1: the region
    const char *runbook;
};

// The five rules of erlmcp-alerts.yml.
inline const RuleText kRules[] = {
    {"SLAUptimeBreach", "uptime", "critical", "Uptime below 99.99% in %1",
     "https://runbooks.erlmcp.example/sla/uptime"},
    {"SLAResponseTimeBreach", "response_time_p95", "high", "P95 response time above 150 ms in %1",
     "https://runbooks.erlmcp.example/sla/response-time"},
    {"SLAErrorRateBreach", "error_rate", "high", "Error rate above 0.1% in %1",
     "https://runbooks.erlmcp.example/sla/error-rate"},
    {"SLASessionFailoverBreach", "session_failover", "medium", "Session failover P95 above 15 s in %1",
     "https://runbooks.erlmcp.example/sla/session-failover"},
    {"SLADataConsistencyBreach", "data_consistency", "critical", "Data consistency below 99.99% in %1",
     "https://runbooks.erlmcp.example/sla/data-consistency"},
};

// One alert of rule `rule` in `region`, firing since `secondsAgo`; `extra` labels make more of a kind.
inline alerts::BookAlert bookAlert(int rule, const QString &region, qint64 secondsAgo,
                                   std::vector<int> instances = {0, 1}, const QString &extra = {})
{
    const RuleText &r = kRules[rule];
    alerts::BookAlert b;
    alerts::Alert &a = b.alert;
    a.labels = {{QStringLiteral("alertname"), QString::fromLatin1(r.name)},
                {QStringLiteral("region"), region},
                {QStringLiteral("severity"), QString::fromLatin1(r.severity)},
                {QStringLiteral("sla"), QString::fromLatin1(r.sla)}};
    if (!extra.isEmpty())
        a.labels.push_back({QStringLiteral("shard"), extra});
    std::sort(a.labels.begin(), a.labels.end());
    a.fingerprint = fingerprintOf(a.labels);
    const QString summary = QString::fromLatin1(r.summary).arg(region);
    a.annotations = {
        {QStringLiteral("description"), summary + QStringLiteral(" (SLA and alert threshold in the rule).")},
        {QStringLiteral("runbook_url"), QString::fromLatin1(r.runbook)},
        {QStringLiteral("summary"), summary}};
    a.startsAt = kAlertNow.addSecs(-secondsAgo);
    a.updatedAt = kAlertNow.addSecs(-5);
    a.endsAt = kAlertNow.addSecs(300);
    a.generatorUrl = QStringLiteral("http://127.0.0.1:9090/graph?g0.expr=ALERTS%7Balertname%3D%22") +
                     QString::fromLatin1(r.name) + QStringLiteral("%22%7D");
    a.receivers = {QStringLiteral("oncall")};
    a.state = alerts::Alert::State::Active;
    b.instances = std::move(instances);
    return b;
}

inline alerts::InstanceHealth instance(int port, bool up)
{
    alerts::InstanceHealth h;
    h.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    h.up = up;
    h.lastSuccess = up ? kAlertNow.addSecs(-2) : kAlertNow.addSecs(-185);
    if (!up) {
        h.downSince = kAlertNow.addSecs(-180);
        h.error = prom::TransportError::Network;
        h.message = QStringLiteral("Connection refused");
    }
    h.cluster.name = port == 9095 ? QString() : QStringLiteral("ha");
    h.cluster.status = port == 9095 ? QStringLiteral("disabled") : QStringLiteral("ready");
    return h;
}

inline alerts::BookSilence silence(const QString &id, std::vector<alerts::Matcher> matchers,
                                   qint64 startedAgo, qint64 endsIn, const QString &by,
                                   const QString &comment,
                                   alerts::Silence::State state = alerts::Silence::State::Active)
{
    alerts::BookSilence s;
    s.silence.id = id;
    s.silence.matchers = std::move(matchers);
    s.silence.startsAt = kAlertNow.addSecs(-startedAgo);
    s.silence.endsAt = kAlertNow.addSecs(endsIn);
    s.silence.updatedAt = s.silence.startsAt;
    s.silence.createdBy = by;
    s.silence.comment = comment;
    s.silence.state = state;
    s.instances = {0, 1};
    return s;
}

inline alerts::Matcher eq(const QString &name, const QString &value)
{
    return {name, value, false, true};
}

// Silences the alert: its state, its silencedBy, as Alertmanager reports it.
inline void silenceAlert(alerts::BookAlert &a, const QString &silenceId)
{
    a.status = alerts::BookAlert::Status::Silenced;
    a.alert.state = alerts::Alert::State::Suppressed;
    a.alert.silencedBy = {silenceId};
}

// The erlmcp incident: eu-west-1 is down and slow, us-east-1 inconsistent, ap-southeast-1's error
// burst acknowledged; the third Alertmanager (a separate one) is down.
inline alerts::AlertBookPtr erlmcpBook(bool thirdDown = true)
{
    auto book = std::make_shared<alerts::AlertBook>();
    book->at = kAlertNow;
    book->instances = {instance(9093, true), instance(9094, true), instance(9095, !thirdDown)};
    std::vector<alerts::BookAlert> a{
        bookAlert(0, QStringLiteral("eu-west-1"), 208),          // uptime, critical: 11:32 left
        bookAlert(4, QStringLiteral("us-east-1"), 1085),         // consistency, critical: overdue 3:05
        bookAlert(1, QStringLiteral("eu-west-1"), 420),          // P95, high
        bookAlert(2, QStringLiteral("ap-southeast-1"), 1500),    // errors, high: silenced
        bookAlert(3, QStringLiteral("eu-west-1"), 95),           // failover, medium
        bookAlert(1, QStringLiteral("ap-southeast-1"), 60, {2}), // P95, high: only on the down one
    };
    silenceAlert(a[3], QStringLiteral("5f1c2a90-3b7e-4d21-9a0e-1c2d3e4f5a6b"));
    book->alerts = std::move(a);
    book->silences = {
        silence(QStringLiteral("5f1c2a90-3b7e-4d21-9a0e-1c2d3e4f5a6b"),
                {eq(QStringLiteral("alertname"), QStringLiteral("SLAErrorRateBreach")),
                 eq(QStringLiteral("region"), QStringLiteral("ap-southeast-1"))},
                1200, 420, QStringLiteral("alice"), QStringLiteral("Rollback of 3.4.1 under way, INC-2291")),
        silence(QStringLiteral("0b7d6c11-aa42-4f0e-8e37-77a1f0c4d9e2"),
                {eq(QStringLiteral("region"), QStringLiteral("us-west-2"))}, 3600, 7200,
                QStringLiteral("bob"), QStringLiteral("us-west-2 decommissioned; matches nothing now")),
        silence(QStringLiteral("c3e9a1f4-5d6b-4c7a-8e9f-0a1b2c3d4e5f"),
                {{QStringLiteral("alertname"), QStringLiteral("SLASession.*"), true, true}}, -1800, 5400,
                QStringLiteral("carol"), QStringLiteral("Failover drill at 03:30"),
                alerts::Silence::State::Pending),
        silence(QStringLiteral("9a8b7c6d-1e2f-4a3b-9c8d-7e6f5a4b3c2d"),
                {eq(QStringLiteral("alertname"), QStringLiteral("SLAUptimeBreach"))}, 90000, -82800,
                QStringLiteral("dave"), QStringLiteral("Maintenance window (done)"),
                alerts::Silence::State::Expired),
    };
    for (alerts::BookSilence &s : book->silences)
        for (const alerts::BookAlert &x : book->alerts)
            s.matchingAlerts += alerts::matchesAll(s.silence.matchers, x.alert.labels) ? 1 : 0;
    return book;
}

inline engine::Figure figure(const QString &id, const QString &name, const QString &region, config::Unit unit,
                             sla::Comparison cmp, double target, double alert, double value, sla::State state)
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
    f.state = state;
    f.sampleTime = kAlertNow.addSecs(-2);
    f.confirmedAt = f.sampleTime;
    return f;
}

inline engine::BudgetFigure budget(const QString &slaId, double secondsToExhaustion)
{
    engine::BudgetFigure b;
    b.slaId = slaId;
    b.name = slaId;
    b.rolling.secondsToExhaustion = secondsToExhaustion;
    b.state = sla::State::Ok;
    return b;
}

inline engine::SnapshotPtr erlmcpSnapshot()
{
    using U = config::Unit;
    using C = sla::Comparison;
    using S = sla::State;
    auto s = std::make_shared<engine::Snapshot>();
    s->time = kAlertNow.addSecs(-1);
    s->profileName = QStringLiteral("erlmcp-v3");
    s->prometheus.reachable = true;
    s->prometheus.lastSuccess = s->time;
    s->figures = {
        figure(QStringLiteral("uptime"), QStringLiteral("Uptime"), {}, U::Percent, C::AtLeast, 0.99999,
               0.9999, 0.99968, S::Breach),
        figure(QStringLiteral("uptime"), QStringLiteral("Uptime"), QStringLiteral("eu-west-1"), U::Percent,
               C::AtLeast, 0.99999, 0.9999, 0.99905, S::Breach),
        figure(QStringLiteral("response_time_p95"), QStringLiteral("P95 response time"),
               QStringLiteral("eu-west-1"), U::Milliseconds, C::AtMost, 100, 150, 212.4, S::Breach),
        figure(QStringLiteral("response_time_p95"), QStringLiteral("P95 response time"),
               QStringLiteral("ap-southeast-1"), U::Milliseconds, C::AtMost, 100, 150, 163.0, S::Breach),
        figure(QStringLiteral("error_rate"), QStringLiteral("Error rate"), QStringLiteral("ap-southeast-1"),
               U::Percent, C::AtMost, 0.0001, 0.001, 0.0032, S::Breach),
        figure(QStringLiteral("session_failover"), QStringLiteral("Session failover"),
               QStringLiteral("eu-west-1"), U::Seconds, C::AtMost, 10, 15, 17.8, S::Breach),
        figure(QStringLiteral("data_consistency"), QStringLiteral("Data consistency"),
               QStringLiteral("us-east-1"), U::Percent, C::AtLeast, 0.99999, 0.9999, 0.99982, S::Breach),
    };
    // Uptime's budget runs out within the hour, consistency's in two days.
    s->budgets = {budget(QStringLiteral("uptime"), 2400),
                  budget(QStringLiteral("data_consistency"), 2 * 86400),
                  budget(QStringLiteral("error_rate"), 5 * 3600)};
    return s;
}

// A wide incident: n alerts over the five rules and three regions, two instances holding each.
inline alerts::AlertBookPtr wideBook(int n, int seed = 0)
{
    static const QString regions[] = {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                                      QStringLiteral("ap-southeast-1")};
    auto book = std::make_shared<alerts::AlertBook>();
    book->at = kAlertNow;
    book->instances = {instance(9093, true), instance(9094, true), instance(9095, true)};
    book->alerts.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        book->alerts.push_back(bookAlert(i % 5, regions[(i / 5) % 3], 60 + ((i * 37 + seed) % 3600), {0, 1},
                                         QStringLiteral("shard-%1").arg(i, 5, 10, QLatin1Char('0'))));
    return book;
}

} // namespace slaops::test
