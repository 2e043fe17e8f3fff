#include "reportjson.h"

#include "reportjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slaops::report {
namespace {

using json::number;
using json::time;

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject interval(const Interval &i)
{
    return {{QStringLiteral("date"), i.date.toString(Qt::ISODate)},
            {QStringLiteral("start"), time(i.start)},
            {QStringLiteral("end"), time(i.end)}};
}

QJsonObject value(const Value &v)
{
    return {{QStringLiteral("value"), number(v.value)},
            {QStringLiteral("status"), statusName(v.status)},
            {QStringLiteral("coverage"), number(v.coverage)}};
}

// Each day and month carries its local date, so that a reader needs no calendar to place it.
QJsonArray values(const std::vector<Value> &vs, const std::vector<Interval> &when)
{
    QJsonArray a;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        QJsonObject o = value(vs[i]);
        o.insert(QStringLiteral("date"),
                 i < when.size() ? QJsonValue(when[i].date.toString(Qt::ISODate)) : QJsonValue::Null);
        a.append(o);
    }
    return a;
}

QJsonObject period(const Period &p)
{
    QJsonArray days, months;
    for (const Interval &d : p.days)
        days.append(interval(d));
    for (const Interval &m : p.months)
        months.append(interval(m));
    return {{QStringLiteral("kind"), periodKindName(p.kind)},
            {QStringLiteral("label"), p.label()},
            {QStringLiteral("zone"), QString::fromUtf8(p.zone.id())},
            {QStringLiteral("date"), p.whole.date.toString(Qt::ISODate)},
            {QStringLiteral("start"), time(p.whole.start)},
            {QStringLiteral("end"), time(p.whole.end)},
            {QStringLiteral("days"), days},
            {QStringLiteral("months"), months}};
}

QJsonObject trend(const Trend &t)
{
    return {{QStringLiteral("direction"), trendDirectionName(t.direction)},
            {QStringLiteral("slope_per_day"), number(t.slopePerDay)},
            {QStringLiteral("slope_low"), number(t.slopeLow)},
            {QStringLiteral("slope_high"), number(t.slopeHigh)},
            {QStringLiteral("points"), t.points}};
}

QJsonObject row(const SlaRow &r, const Period &p)
{
    QJsonArray series;
    for (const Point &pt : r.series)
        series.append(QJsonArray{pt.t, number(pt.value)});
    return {{QStringLiteral("sla"), r.slaId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("region"), orNull(r.region)},
            {QStringLiteral("unit"), config::unitName(r.unit)},
            {QStringLiteral("comparison"), json::comparisonName(r.comparison)},
            {QStringLiteral("target"), number(r.target)},
            {QStringLiteral("alert"), number(r.alert)},
            {QStringLiteral("query"), r.query},
            {QStringLiteral("days"), values(r.days, p.days)},
            {QStringLiteral("months"), values(r.months, p.months)},
            {QStringLiteral("overall"), value(r.overall)},
            {QStringLiteral("compliant_day_share"), number(r.compliantDayShare)},
            {QStringLiteral("budget_consumed"), number(r.budgetConsumed)},
            {QStringLiteral("series"), series},
            {QStringLiteral("recorded"), r.recorded},
            {QStringLiteral("trend"), trend(r.trend)}};
}

QJsonObject violation(const Violation &v)
{
    return {{QStringLiteral("sla"), v.slaId},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("region"), orNull(v.region)},
            {QStringLiteral("start"), time(v.start)},
            {QStringLiteral("duration_seconds"), v.durationSecs},
            {QStringLiteral("worst"), number(v.worst)},
            {QStringLiteral("target"), number(v.target)},
            {QStringLiteral("unit"), config::unitName(v.unit)},
            {QStringLiteral("severity"), v.severity}};
}

QJsonObject incident(const Incident &i)
{
    return {{QStringLiteral("source"), json::incidentSourceName(i.source)},
            {QStringLiteral("start"), time(i.start)},
            {QStringLiteral("duration_seconds"), i.durationSecs},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("severity"), i.severity},
            {QStringLiteral("region"), orNull(i.region)},
            {QStringLiteral("detail"), i.detail}};
}

QJsonObject recommendation(const Recommendation &r)
{
    return {{QStringLiteral("sla"), r.slaId},
            {QStringLiteral("region"), orNull(r.region)},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("rationale"), r.rationale}};
}

} // namespace

QByteArray toJson(const Report &report)
{
    QJsonArray rows, violations, incidents, recommendations;
    for (const SlaRow &r : report.rows)
        rows.append(row(r, report.period));
    for (const Violation &v : report.violations)
        violations.append(violation(v));
    for (const Incident &i : report.incidents)
        incidents.append(incident(i));
    for (const Recommendation &r : report.recommendations)
        recommendations.append(recommendation(r));
    const QJsonObject profile{{QStringLiteral("name"), report.profileName},
                              {QStringLiteral("file"), orNull(report.profileFile)}};
    const QJsonObject doc{
        {QStringLiteral("schema"), QLatin1String(json::Schema)},
        {QStringLiteral("status"), statusName(report.status())},
        {QStringLiteral("exit_code"), report.exitCode()},
        {QStringLiteral("period"), period(report.period)},
        {QStringLiteral("profile"), profile},
        // Credentials never leave in a report: a URL's user and password are dropped.
        {QStringLiteral("prometheus"),
         orNull(report.prometheus.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded))},
        {QStringLiteral("generated_at"), time(report.generatedAt)},
        {QStringLiteral("resolution_seconds"), qint64(report.resolution.count())},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("violations"), violations},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("initiatives"), report.initiatives},
        {QStringLiteral("roadmap"), report.roadmap},
        {QStringLiteral("missing"), strings(report.missing)},
        {QStringLiteral("warnings"), strings(report.warnings)}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

std::optional<Report> fromJson(const QByteArray &json, QString *error)
{
    return json::readReport(json, error);
}

} // namespace slaops::report
