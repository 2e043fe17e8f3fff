#include "reportjsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <initializer_list>
#include <limits>

namespace slaops::report::json {

QJsonValue number(double v)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return v;
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue::Null;
}

QString comparisonName(sla::Comparison c)
{
    return c == sla::Comparison::AtLeast ? QStringLiteral("at_least") : QStringLiteral("at_most");
}

QString incidentSourceName(Incident::Source s)
{
    return s == Incident::Source::Alert ? QStringLiteral("alert") : QStringLiteral("action");
}

namespace {

// Reads one document, remembering the first problem with its JSON path ("rows[2].days[0].status").
// Every getter returns a harmless default after a problem, so the reading code is straight-line and
// checks `ok` once per object.
class Reader {
public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    void fail(const QString &path, const QString &what)
    {
        if (m_ok && m_error)
            *m_error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
        m_ok = false;
    }

    // `o` has exactly these members: a report of this schema has no others, and misses none.
    void members(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
    {
        for (const char *k : keys)
            if (!o.contains(QLatin1String(k)))
                fail(join(path, QString::fromLatin1(k)),
                     QCoreApplication::translate("slaops::report", "missing"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                fail(join(path, it.key()),
                     QCoreApplication::translate("slaops::report", "not a member of this schema"));
        }
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QCoreApplication::translate("slaops::report", "expected an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            fail(path, QCoreApplication::translate("slaops::report", "expected an array"));
        return v.toArray();
    }
    QString string(const QJsonValue &v, const QString &path, bool nullable = false)
    {
        if (!v.isString() && !(nullable && v.isNull()))
            fail(path, nullable ? QCoreApplication::translate("slaops::report", "expected a string or null")
                                : QCoreApplication::translate("slaops::report", "expected a string"));
        return v.toString();
    }
    double number(const QJsonValue &v, const QString &path)
    {
        if (v.isDouble())
            return v.toDouble();
        if (v.isNull())
            return NAN;
        if (v.toString() == QLatin1String("+Inf"))
            return INFINITY;
        if (v.toString() == QLatin1String("-Inf"))
            return -INFINITY;
        fail(path,
             QCoreApplication::translate("slaops::report", "expected a number, null, \"+Inf\" or \"-Inf\""));
        return NAN;
    }
    qint64 integer(const QJsonValue &v, const QString &path, qint64 min = 0)
    {
        const double d = v.toDouble(NAN);
        // 2^53: every integer below it is exact in a JSON number.
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || std::fabs(d) > 9007199254740992.0)
            fail(path, min == 0
                           ? QCoreApplication::translate("slaops::report", "expected an integer, 0 or more")
                           : QCoreApplication::translate("slaops::report", "expected an integer"));
        return v.isDouble() ? qint64(d) : 0;
    }
    QDateTime time(const QJsonValue &v, const QString &path, bool nullable = false)
    {
        if (nullable && v.isNull())
            return {};
        const QString s = v.toString();
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!v.isString() || !t.isValid() || !s.endsWith(QLatin1Char('Z')))
            fail(path, QCoreApplication::translate("slaops::report",
                                                   "expected a UTC time in ISO 8601 ending in Z"));
        return t.toUTC();
    }
    QDate date(const QJsonValue &v, const QString &path)
    {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(path, QCoreApplication::translate("slaops::report", "expected a date, YYYY-MM-DD"));
        return d;
    }
    // One of `names`: the index of the match.
    int name(const QJsonValue &v, const QString &path, const QStringList &names)
    {
        const int i = v.isString() ? int(names.indexOf(v.toString())) : -1;
        if (i < 0)
            fail(path, QCoreApplication::translate("slaops::report", "expected one of %1")
                           .arg(names.join(QStringLiteral(", "))));
        return std::max(i, 0);
    }
    QStringList strings(const QJsonValue &v, const QString &path)
    {
        QStringList out;
        const QJsonArray a = array(v, path);
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(string(a[i], index(path, i)));
        return out;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

private:
    QString *m_error;
    bool m_ok = true;
};

QString at(const QString &path, const char *key)
{
    return Reader::join(path, QString::fromLatin1(key));
}

QStringList statusNames()
{
    return {statusName(Status::Met), statusName(Status::Violated), statusName(Status::Unknown),
            statusName(Status::NotInEffect)};
}
constexpr Status statuses[] = {Status::Met, Status::Violated, Status::Unknown, Status::NotInEffect};

QStringList unitNames()
{
    return {config::unitName(config::Unit::Percent), config::unitName(config::Unit::Milliseconds),
            config::unitName(config::Unit::Seconds), config::unitName(config::Unit::RequestsPerSecond)};
}
constexpr config::Unit units[] = {config::Unit::Percent, config::Unit::Milliseconds, config::Unit::Seconds,
                                  config::Unit::RequestsPerSecond};

QStringList directionNames()
{
    return {trendDirectionName(TrendDirection::Improving), trendDirectionName(TrendDirection::Degrading),
            trendDirectionName(TrendDirection::Stable), trendDirectionName(TrendDirection::Unknown)};
}
constexpr TrendDirection directions[] = {TrendDirection::Improving, TrendDirection::Degrading,
                                         TrendDirection::Stable, TrendDirection::Unknown};

Value readValue(Reader &r, const QJsonValue &jv, const QString &path, bool dated)
{
    const QJsonObject o = r.object(jv, path);
    if (dated)
        r.members(o, path, {"date", "value", "status", "coverage"});
    else
        r.members(o, path, {"value", "status", "coverage"});
    Value v;
    v.value = r.number(o[u"value"], at(path, "value"));
    v.status = statuses[r.name(o[u"status"], at(path, "status"), statusNames())];
    v.coverage = r.number(o[u"coverage"], at(path, "coverage"));
    if (dated && !o[u"date"].isNull())
        r.date(o[u"date"], at(path, "date"));
    return v;
}

std::vector<Value> readValues(Reader &r, const QJsonValue &jv, const QString &path)
{
    std::vector<Value> out;
    const QJsonArray a = r.array(jv, path);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i)
        out.push_back(readValue(r, a[i], Reader::index(path, i), true));
    return out;
}

// The period is rebuilt from its kind, first date and zone (its days follow from them); what the file
// says of its start, end and days must agree, so a hand-edited file cannot carry days the period has
// not got.
Period readPeriod(Reader &r, const QJsonValue &jv, const QString &path)
{
    const QJsonObject o = r.object(jv, path);
    r.members(o, path, {"kind", "label", "zone", "date", "start", "end", "days", "months"});
    const auto kind = periodKindFromName(r.string(o[u"kind"], at(path, "kind")));
    if (!kind)
        r.fail(at(path, "kind"),
               QCoreApplication::translate("slaops::report", "expected one of day, month, quarter"));
    const QString zoneId = r.string(o[u"zone"], at(path, "zone"));
    const QTimeZone zone = zoneId == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8());
    if (!zone.isValid())
        r.fail(at(path, "zone"),
               QCoreApplication::translate("slaops::report", "not a time zone this system knows"));
    const QDate date = r.date(o[u"date"], at(path, "date"));
    if (!r.ok())
        return {};
    QString why;
    const std::optional<Period> p = Period::make(*kind, date, zone, &why);
    if (!p) {
        r.fail(path, why);
        return {};
    }
    if (r.string(o[u"label"], at(path, "label")) != p->label())
        r.fail(at(path, "label"),
               QCoreApplication::translate("slaops::report", "does not match the kind and date (%1)")
                   .arg(p->label()));
    if (p->whole.date != date)
        r.fail(at(path, "date"),
               QCoreApplication::translate("slaops::report", "is not the period's first day (%1)")
                   .arg(p->whole.date.toString(Qt::ISODate)));
    if (r.time(o[u"start"], at(path, "start")) != p->whole.start)
        r.fail(at(path, "start"),
               QCoreApplication::translate("slaops::report", "is not where the period begins (%1)")
                   .arg(time(p->whole.start).toString()));
    if (r.time(o[u"end"], at(path, "end")) != p->whole.end)
        r.fail(at(path, "end"),
               QCoreApplication::translate("slaops::report", "is not where the period ends (%1)")
                   .arg(time(p->whole.end).toString()));
    for (const char *key : {"days", "months"}) {
        const std::vector<Interval> &expected = qstrcmp(key, "days") == 0 ? p->days : p->months;
        const QJsonArray a = r.array(o[QLatin1String(key)], at(path, key));
        if (r.ok() && std::size_t(a.size()) != expected.size())
            r.fail(at(path, key),
                   QCoreApplication::translate("slaops::report", "has %1 entries, the period has %2")
                       .arg(a.size())
                       .arg(expected.size()));
        for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
            const QString ip = Reader::index(at(path, key), i);
            const QJsonObject io = r.object(a[i], ip);
            r.members(io, ip, {"date", "start", "end"});
            const Interval &e = expected[std::size_t(i)];
            if (r.date(io[u"date"], at(ip, "date")) != e.date ||
                r.time(io[u"start"], at(ip, "start")) != e.start ||
                r.time(io[u"end"], at(ip, "end")) != e.end)
                r.fail(ip, (qstrcmp(key, "days") == 0
                                ? QCoreApplication::translate("slaops::report", "is not the period's day %1")
                                : QCoreApplication::translate("slaops::report",
                                                              "is not the period's month from %1"))
                               .arg(e.date.toString(Qt::ISODate)));
        }
    }
    return *p;
}

Trend readTrend(Reader &r, const QJsonValue &jv, const QString &path)
{
    const QJsonObject o = r.object(jv, path);
    r.members(o, path, {"direction", "slope_per_day", "slope_low", "slope_high", "points"});
    Trend t;
    t.direction = directions[r.name(o[u"direction"], at(path, "direction"), directionNames())];
    t.slopePerDay = r.number(o[u"slope_per_day"], at(path, "slope_per_day"));
    t.slopeLow = r.number(o[u"slope_low"], at(path, "slope_low"));
    t.slopeHigh = r.number(o[u"slope_high"], at(path, "slope_high"));
    t.points = int(r.integer(o[u"points"], at(path, "points")));
    return t;
}

sla::Comparison readComparison(Reader &r, const QJsonValue &v, const QString &path)
{
    return r.name(v, path,
                  {comparisonName(sla::Comparison::AtLeast), comparisonName(sla::Comparison::AtMost)}) == 0
               ? sla::Comparison::AtLeast
               : sla::Comparison::AtMost;
}

SlaRow readRow(Reader &r, const QJsonValue &jv, const QString &path)
{
    const QJsonObject o = r.object(jv, path);
    r.members(o, path,
              {"sla", "name", "region", "unit", "comparison", "target", "alert", "query", "days", "months",
               "overall", "compliant_day_share", "budget_consumed", "series", "recorded", "trend"});
    SlaRow row;
    row.slaId = r.string(o[u"sla"], at(path, "sla"));
    row.name = r.string(o[u"name"], at(path, "name"));
    row.region = r.string(o[u"region"], at(path, "region"), true);
    row.unit = units[r.name(o[u"unit"], at(path, "unit"), unitNames())];
    row.comparison = readComparison(r, o[u"comparison"], at(path, "comparison"));
    row.target = r.number(o[u"target"], at(path, "target"));
    row.alert = r.number(o[u"alert"], at(path, "alert"));
    row.query = r.string(o[u"query"], at(path, "query"));
    row.days = readValues(r, o[u"days"], at(path, "days"));
    row.months = readValues(r, o[u"months"], at(path, "months"));
    row.overall = readValue(r, o[u"overall"], at(path, "overall"), false);
    row.compliantDayShare = r.number(o[u"compliant_day_share"], at(path, "compliant_day_share"));
    row.budgetConsumed = r.number(o[u"budget_consumed"], at(path, "budget_consumed"));
    const QJsonArray series = r.array(o[u"series"], at(path, "series"));
    row.series.reserve(std::size_t(series.size()));
    for (qsizetype i = 0; i < series.size() && r.ok(); ++i) {
        const QString pp = Reader::index(at(path, "series"), i);
        const QJsonArray pair = r.array(series[i], pp);
        if (r.ok() && pair.size() != 2)
            r.fail(pp, QCoreApplication::translate("slaops::report", "expected [unix seconds, value]"));
        if (!r.ok())
            break;
        row.series.push_back(
            Point{r.integer(pair[0], Reader::index(pp, 0), std::numeric_limits<qint64>::min()),
                  r.number(pair[1], Reader::index(pp, 1))});
    }
    // Optional: reports written before the rules were read have none.
    if (o.contains(u"recorded")) {
        if (!o[u"recorded"].isBool())
            r.fail(at(path, "recorded"),
                   QCoreApplication::translate("slaops::report", "expected true or false"));
        row.recorded = o[u"recorded"].toBool();
    }
    row.trend = readTrend(r, o[u"trend"], at(path, "trend"));
    return row;
}

Violation readViolation(Reader &r, const QJsonValue &jv, const QString &path)
{
    const QJsonObject o = r.object(jv, path);
    r.members(o, path,
              {"sla", "name", "region", "start", "duration_seconds", "worst", "target", "unit", "severity"});
    Violation v;
    v.slaId = r.string(o[u"sla"], at(path, "sla"));
    v.name = r.string(o[u"name"], at(path, "name"));
    v.region = r.string(o[u"region"], at(path, "region"), true);
    v.start = r.time(o[u"start"], at(path, "start"));
    v.durationSecs = r.integer(o[u"duration_seconds"], at(path, "duration_seconds"));
    v.worst = r.number(o[u"worst"], at(path, "worst"));
    v.target = r.number(o[u"target"], at(path, "target"));
    v.unit = units[r.name(o[u"unit"], at(path, "unit"), unitNames())];
    v.severity = r.string(o[u"severity"], at(path, "severity"));
    return v;
}

Incident readIncident(Reader &r, const QJsonValue &jv, const QString &path)
{
    const QJsonObject o = r.object(jv, path);
    r.members(o, path, {"source", "start", "duration_seconds", "title", "severity", "region", "detail"});
    Incident i;
    i.source = r.name(o[u"source"], at(path, "source"),
                      {incidentSourceName(Incident::Source::Alert),
                       incidentSourceName(Incident::Source::Action)}) == 0
                   ? Incident::Source::Alert
                   : Incident::Source::Action;
    i.start = r.time(o[u"start"], at(path, "start"));
    i.durationSecs = r.integer(o[u"duration_seconds"], at(path, "duration_seconds"));
    i.title = r.string(o[u"title"], at(path, "title"));
    i.severity = r.string(o[u"severity"], at(path, "severity"));
    i.region = r.string(o[u"region"], at(path, "region"), true);
    i.detail = r.string(o[u"detail"], at(path, "detail"));
    return i;
}

Recommendation readRecommendation(Reader &r, const QJsonValue &jv, const QString &path)
{
    const QJsonObject o = r.object(jv, path);
    r.members(o, path, {"sla", "region", "text", "rationale"});
    Recommendation rec;
    rec.slaId = r.string(o[u"sla"], at(path, "sla"));
    rec.region = r.string(o[u"region"], at(path, "region"), true);
    rec.text = r.string(o[u"text"], at(path, "text"));
    rec.rationale = r.string(o[u"rationale"], at(path, "rationale"));
    return rec;
}

template <typename T, typename F>
std::vector<T> readList(Reader &r, const QJsonValue &jv, const QString &path, F read)
{
    std::vector<T> out;
    const QJsonArray a = r.array(jv, path);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i)
        out.push_back(read(r, a[i], Reader::index(path, i)));
    return out;
}

} // namespace

std::optional<Report> readReport(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Reader r(error);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail({}, QCoreApplication::translate("slaops::report", "not JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail({},
               QCoreApplication::translate("slaops::report", "not a report: the document is not an object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    // The schema first: a file of another schema is named as such, not as a list of odd members.
    if (o[u"schema"].toString() != QLatin1String(Schema)) {
        r.fail(QStringLiteral("schema"),
               QCoreApplication::translate("slaops::report", "expected \"%1\"").arg(QLatin1String(Schema)));
        return std::nullopt;
    }
    r.members(o, {},
              {"schema", "status", "exit_code", "period", "profile", "prometheus", "generated_at",
               "resolution_seconds", "rows", "violations", "incidents", "recommendations", "initiatives",
               "roadmap", "missing", "warnings"});
    Report rep;
    rep.period = readPeriod(r, o[u"period"], QStringLiteral("period"));
    const QJsonObject profile = r.object(o[u"profile"], QStringLiteral("profile"));
    r.members(profile, QStringLiteral("profile"), {"name", "file"});
    rep.profileName = r.string(profile[u"name"], QStringLiteral("profile.name"));
    rep.profileFile = r.string(profile[u"file"], QStringLiteral("profile.file"), true);
    const QString url = r.string(o[u"prometheus"], QStringLiteral("prometheus"), true);
    rep.prometheus = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && !rep.prometheus.isValid())
        r.fail(QStringLiteral("prometheus"),
               QCoreApplication::translate("slaops::report", "not a valid URL"));
    rep.generatedAt = r.time(o[u"generated_at"], QStringLiteral("generated_at"), true);
    rep.resolution =
        std::chrono::seconds(r.integer(o[u"resolution_seconds"], QStringLiteral("resolution_seconds")));
    rep.rows = readList<SlaRow>(r, o[u"rows"], QStringLiteral("rows"), readRow);
    rep.violations = readList<Violation>(r, o[u"violations"], QStringLiteral("violations"), readViolation);
    rep.incidents = readList<Incident>(r, o[u"incidents"], QStringLiteral("incidents"), readIncident);
    rep.recommendations = readList<Recommendation>(r, o[u"recommendations"],
                                                   QStringLiteral("recommendations"), readRecommendation);
    rep.initiatives = r.string(o[u"initiatives"], QStringLiteral("initiatives"));
    rep.roadmap = r.string(o[u"roadmap"], QStringLiteral("roadmap"));
    rep.missing = r.strings(o[u"missing"], QStringLiteral("missing"));
    rep.warnings = r.strings(o[u"warnings"], QStringLiteral("warnings"));
    if (!r.ok())
        return std::nullopt;
    // status and exit_code follow from the rest; a file whose own say differs has been edited.
    if (o[u"status"].toString() != statusName(rep.status()))
        r.fail(QStringLiteral("status"),
               QCoreApplication::translate("slaops::report", "does not follow from the report (%1)")
                   .arg(statusName(rep.status())));
    else if (o[u"exit_code"].toInt(-1) != rep.exitCode() || !o[u"exit_code"].isDouble())
        r.fail(QStringLiteral("exit_code"),
               QCoreApplication::translate("slaops::report", "does not follow from the report (%1)")
                   .arg(rep.exitCode()));
    if (!r.ok())
        return std::nullopt;
    return rep;
}

} // namespace slaops::report::json
