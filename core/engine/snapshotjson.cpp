#include "snapshotjson.h"

#include "verdict.h"

#include <QJsonArray>
#include <cmath>

namespace slaops::engine {
namespace {

QJsonValue number(double v)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf"); // JSON has no infinity
    return v;
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue::Null;
}

QString comparison(sla::Comparison c)
{
    return c == sla::Comparison::AtLeast ? QStringLiteral(">=") : QStringLiteral("<=");
}

QString verdict(BurnVerdict v)
{
    switch (v) {
    case BurnVerdict::None:
        return QStringLiteral("none");
    case BurnVerdict::Ticket:
        return QStringLiteral("ticket");
    case BurnVerdict::Page:
        return QStringLiteral("page");
    case BurnVerdict::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QJsonObject period(const BudgetPeriod &p)
{
    return {{QStringLiteral("label"), p.label},
            {QStringLiteral("length_seconds"), qint64(p.length.count())},
            {QStringLiteral("elapsed_seconds"), qint64(p.elapsed.count())},
            {QStringLiteral("sli"), number(p.sli)},
            {QStringLiteral("budget_fraction"), number(p.budgetFraction)},
            {QStringLiteral("consumed"), number(p.consumed)},
            {QStringLiteral("remaining"), number(p.remaining)},
            {QStringLiteral("remaining_allowance_seconds"), number(p.allowanceSeconds)},
            {QStringLiteral("seconds_to_exhaustion"), number(p.secondsToExhaustion)},
            {QStringLiteral("covered_seconds"), number(p.covered)}};
}

// The state of the value kept on a stale or failed figure, when it had one.
QJsonValue lastKnown(sla::State state, sla::State last)
{
    return !sla::isKnown(state) && sla::isKnown(last) ? QJsonValue(sla::stateName(last)) : QJsonValue::Null;
}

QString verdictKind(Verdict::Kind k)
{
    switch (k) {
    case Verdict::Kind::Met:
        return QStringLiteral("met");
    case Verdict::Kind::Warning:
        return QStringLiteral("warning");
    case Verdict::Kind::Breach:
        return QStringLiteral("breach");
    case Verdict::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace

QJsonObject SnapshotJson::toJson(const Verdict &v)
{
    QJsonArray names;
    for (const QString &n : v.breachNames)
        names.append(n);
    return {{QStringLiteral("result"), verdictKind(v.kind)},
            {QStringLiteral("exit_code"), v.exitCode()},
            {QStringLiteral("text"), v.text()},
            {QStringLiteral("breaches"), v.breaches},
            {QStringLiteral("stale_breaches"), v.staleBreaches},
            {QStringLiteral("warnings"), v.warnings},
            {QStringLiteral("unknown"), v.unknown},
            {QStringLiteral("total"), v.total},
            {QStringLiteral("in_breach"), names}};
}

QJsonObject SnapshotJson::toJson(const Figure &f)
{
    QJsonArray warnings;
    for (const QString &w : f.warnings)
        warnings.append(w);
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("region"), f.region.isEmpty() ? QJsonValue::Null : QJsonValue(f.region)},
            {QStringLiteral("unit"), config::unitName(f.unit)},
            {QStringLiteral("comparison"), comparison(f.comparison)},
            {QStringLiteral("target"), number(f.target)},
            {QStringLiteral("alert"), number(f.alert)},
            {QStringLiteral("value"), number(f.value)},
            {QStringLiteral("state"), sla::stateName(f.state)},
            {QStringLiteral("last_known"), lastKnown(f.state, f.lastKnown)},
            {QStringLiteral("sample_time"), time(f.sampleTime)},
            {QStringLiteral("confirmed_at"), time(f.confirmedAt)},
            {QStringLiteral("source"), f.source},
            {QStringLiteral("direct"), f.direct},
            {QStringLiteral("query"), f.query},
            {QStringLiteral("recording_rule"), f.rule.isEmpty() ? QJsonValue::Null : QJsonValue(f.rule)},
            {QStringLiteral("query_latency_ms"),
             f.queryLatencyMs >= 0 ? QJsonValue(f.queryLatencyMs) : QJsonValue::Null},
            {QStringLiteral("message"), f.message.isEmpty() ? QJsonValue::Null : QJsonValue(f.message)},
            {QStringLiteral("warnings"), warnings}};
}

QJsonObject SnapshotJson::toJson(const BudgetFigure &b)
{
    static const char *const windows[] = {"5m", "30m", "1h", "2h", "6h", "1d", "3d"};
    QJsonObject burn;
    for (std::size_t i = 0; i < b.burnRates.size(); ++i)
        burn.insert(QLatin1String(windows[i]), number(b.burnRates[i]));
    return {{QStringLiteral("sla"), b.slaId},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("comparison"), comparison(b.comparison)},
            {QStringLiteral("target"), number(b.target)},
            {QStringLiteral("recorded"), b.recorded},
            {QStringLiteral("state"), sla::stateName(b.state)},
            {QStringLiteral("last_known"), lastKnown(b.state, b.lastKnown)},
            {QStringLiteral("rolling"), period(b.rolling)},
            {QStringLiteral("calendar_month"), period(b.month)},
            {QStringLiteral("burn_rates"), burn},
            {QStringLiteral("verdict"), verdict(b.verdict)},
            {QStringLiteral("verdict_reason"), b.verdictReason},
            {QStringLiteral("message"), b.message.isEmpty() ? QJsonValue::Null : QJsonValue(b.message)}};
}

// Stable names of whether the profile's generated recording rules were used.
static QString rulesStatus(RecordedRules::Status status)
{
    switch (status) {
    case RecordedRules::Status::NotAsked:
        return QStringLiteral("unknown");
    case RecordedRules::Status::None:
        return QStringLiteral("none");
    case RecordedRules::Status::OtherVersion:
        return QStringLiteral("other_version");
    case RecordedRules::Status::Loaded:
        return QStringLiteral("in_use");
    }
    return QStringLiteral("unknown");
}

QJsonObject SnapshotJson::toJson(const Snapshot &s)
{
    QJsonArray figures;
    for (const Figure &f : s.figures)
        figures.append(toJson(f));
    QJsonArray budgets;
    for (const BudgetFigure &b : s.budgets)
        budgets.append(toJson(b));
    const QJsonObject prometheus{
        {QStringLiteral("url"), s.prometheus.url},
        {QStringLiteral("reachable"), s.prometheus.reachable},
        {QStringLiteral("error"),
         s.prometheus.error.isEmpty() ? QJsonValue::Null : QJsonValue(s.prometheus.error)},
        {QStringLiteral("last_success"), time(s.prometheus.lastSuccess)},
        {QStringLiteral("down_since"), time(s.prometheus.downSince)},
        {QStringLiteral("recording_rules"), rulesStatus(s.prometheus.rules)},
        {QStringLiteral("recording_rules_warning"),
         s.prometheus.rulesWarning.isEmpty() ? QJsonValue::Null : QJsonValue(s.prometheus.rulesWarning)}};
    QJsonArray sources;
    for (const SourceState &src : s.sources) {
        QJsonArray replicas;
        for (std::size_t i = 0; i < src.replicas.size(); ++i) {
            const ReplicaStatus &r = src.replicas[i];
            replicas.append(QJsonObject{
                {QStringLiteral("url"), r.url},
                {QStringLiteral("active"), i == src.active},
                {QStringLiteral("reachable"), r.reachable},
                {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue::Null : QJsonValue(r.error)},
                {QStringLiteral("newest_sample"), time(r.newestSample)},
                {QStringLiteral("lag_ms"), r.lagMs >= 0 ? QJsonValue(r.lagMs) : QJsonValue::Null},
                {QStringLiteral("lagging"), r.lagging},
                {QStringLiteral("answers"), r.answers}});
        }
        sources.append(QJsonObject{
            {QStringLiteral("name"), src.name},
            {QStringLiteral("url"), src.status.url},
            {QStringLiteral("reachable"), src.status.reachable},
            {QStringLiteral("error"),
             src.status.error.isEmpty() ? QJsonValue::Null : QJsonValue(src.status.error)},
            {QStringLiteral("last_success"), time(src.status.lastSuccess)},
            {QStringLiteral("down_since"), time(src.status.downSince)},
            {QStringLiteral("recording_rules"), rulesStatus(src.status.rules)},
            {QStringLiteral("recording_rules_warning"),
             src.status.rulesWarning.isEmpty() ? QJsonValue::Null : QJsonValue(src.status.rulesWarning)},
            {QStringLiteral("replicas"), replicas}});
    }
    return {{QStringLiteral("schema_version"), SchemaVersion},
            {QStringLiteral("profile"), s.profileName},
            {QStringLiteral("generation"), qint64(s.generation)},
            {QStringLiteral("time"), time(s.time)},
            {QStringLiteral("refresh_ms"), s.refreshMs},
            {QStringLiteral("prometheus"), prometheus},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("verdict"), toJson(Verdict::judge(s))},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("budgets"), budgets}};
}

} // namespace slaops::engine
