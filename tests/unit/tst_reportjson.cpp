// report::toJson / fromJson: a full report round-trips field by field, unknown numbers are null,
// a DST period keeps its 23-hour day, a bad file is refused with the JSON path of its problem, and
// the output validates against docs/report.schema.json (with the jsonschema module, as the
// integration tests validate `slaops check --json`).
#include "report/reportjson.h"
#include "reportfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace slaops;
using namespace slaops::report;
using slaops::testing::period;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// A report with every field set, over March 2024 in Berlin (the 31st has 23 hours), with NaN,
// infinities, every status, text with commas, quotes, line breaks and non-ASCII letters.
Report fullReport()
{
    Report r;
    r.period = period(PeriodKind::Month, QDate(2024, 3, 1), "Europe/Berlin");
    r.profileName = QStringLiteral("erlmcp-v3");
    r.profileFile = QStringLiteral("/etc/slaops/erlmcp v3.yaml");
    r.prometheus = QUrl(QStringLiteral("https://prom.example:9090/prefix"));
    r.generatedAt = utc(2024, 4, 1, 6, 30, 15, 123);
    r.resolution = std::chrono::seconds(300);
    const Status cycle[] = {Status::Met, Status::Violated, Status::Unknown, Status::NotInEffect};
    for (int k = 0; k < 2; ++k) {
        SlaRow row;
        row.slaId = k ? QStringLiteral("response_time_p95") : QStringLiteral("uptime");
        row.name = k ? QStringLiteral("P95 \"response\", time") : QStringLiteral("Uptime");
        row.region = k ? QStringLiteral("eu-west-1") : QString();
        row.unit = k ? config::Unit::Milliseconds : config::Unit::Percent;
        row.comparison = k ? sla::Comparison::AtMost : sla::Comparison::AtLeast;
        row.target = k ? 100 : 0.99999;
        row.alert = k ? 150 : NAN;
        row.query = QStringLiteral("avg(avg_over_time(up{job=\"erlmcp-sla\",$selector}[$window]))");
        for (std::size_t d = 0; d < r.period.days.size(); ++d) {
            Value v;
            v.status = cycle[(d + std::size_t(k)) % 4];
            v.value = d == 5 ? NAN : d == 6 ? INFINITY : 0.1 + 1.0 / double(d + 3);
            v.coverage = d == 7 ? NAN : d % 3 ? 1.0 : 0.75;
            row.days.push_back(v);
        }
        row.months.push_back(Value{0.999991234567890123, Status::Violated, 1});
        row.overall = Value{k ? 87.25 : NAN, k ? Status::Met : Status::Unknown, k ? 1 : 0.96875};
        row.compliantDayShare = k ? 0.5 : NAN;
        row.budgetConsumed = k ? NAN : 1.7;
        for (int i = 0; i < 5; ++i)
            row.series.push_back(Point{1709247600 + 300 * i, i == 2 ? NAN : 0.5 + i * 1e-9});
        row.trend = Trend{k ? TrendDirection::Degrading : TrendDirection::Unknown, k ? 0.25 : NAN,
                          k ? 0.125 : NAN, k ? 0.375 : NAN, k ? 31 : 2};
        r.rows.push_back(row);
    }
    Violation v;
    v.slaId = QStringLiteral("response_time_p95");
    v.name = QStringLiteral("P95 response time");
    v.region = QStringLiteral("eu-west-1");
    v.start = utc(2024, 3, 12, 3, 5);
    v.durationSecs = 1500;
    v.worst = 412.5;
    v.target = 100;
    v.unit = config::Unit::Milliseconds;
    v.severity = QStringLiteral("critical");
    r.violations.push_back(v);
    v.region.clear();
    v.start = utc(2024, 3, 30, 23, 55);
    v.durationSecs = 600;
    v.worst = -INFINITY;
    v.severity = QStringLiteral("high");
    r.violations.push_back(v);
    Incident alert;
    alert.source = Incident::Source::Alert;
    alert.start = utc(2024, 3, 12, 3, 6);
    alert.durationSecs = 1440;
    alert.title = QStringLiteral("ErlmcpP95High");
    alert.severity = QStringLiteral("critical");
    alert.region = QStringLiteral("eu-west-1");
    alert.detail = QStringLiteral("instance=\"node-1\", job=\"erlmcp\"");
    r.incidents.push_back(alert);
    Incident action;
    action.source = Incident::Source::Action;
    action.start = utc(2024, 3, 12, 3, 15);
    action.title = QStringLiteral("rate limit, eu-west-1");
    action.severity = QStringLiteral("high");
    action.detail = QStringLiteral("succeeded, by jörg");
    r.incidents.push_back(action);
    r.recommendations.push_back(Recommendation{
        QStringLiteral("response_time_p95"), QStringLiteral("eu-west-1"),
        QStringLiteral("Optimise the critical paths."), QStringLiteral("Degrading: 0.25 ms a day.")});
    r.recommendations.push_back(
        Recommendation{QStringLiteral("uptime"), QString(), QStringLiteral("Capacity."), QString()});
    r.initiatives = QStringLiteral("1. Cache the session store,\r\n2. \"Zero-downtime\" deploys — Q2.");
    r.roadmap = QStringLiteral("Multi-region writes\nin Q3");
    r.missing = QStringList{QStringLiteral("Error rate, eu-west-1, 3–4 March: Prometheus answered 503")};
    r.warnings = QStringList{QStringLiteral("query split in 3 to stay under 11,000 points"), QString()};
    return r;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void compareValue(const Value &a, const Value &b, const QString &where)
{
    QVERIFY2(same(a.value, b.value), qPrintable(where + QStringLiteral(".value")));
    QVERIFY2(a.status == b.status, qPrintable(where + QStringLiteral(".status")));
    QVERIFY2(same(a.coverage, b.coverage), qPrintable(where + QStringLiteral(".coverage")));
}

void compareIntervals(const std::vector<Interval> &a, const std::vector<Interval> &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].date, b[i].date);
        QCOMPARE(a[i].start, b[i].start);
        QCOMPARE(a[i].end, b[i].end);
    }
}

// Field by field, so a field the writer forgets (and the reader defaults) is caught.
void compareReports(const Report &a, const Report &b)
{
    QCOMPARE(a.period.kind, b.period.kind);
    QCOMPARE(a.period.zone.id(), b.period.zone.id());
    QCOMPARE(a.period.whole.date, b.period.whole.date);
    QCOMPARE(a.period.whole.start, b.period.whole.start);
    QCOMPARE(a.period.whole.end, b.period.whole.end);
    compareIntervals(a.period.days, b.period.days);
    compareIntervals(a.period.months, b.period.months);
    QCOMPARE(a.profileName, b.profileName);
    QCOMPARE(a.profileFile, b.profileFile);
    QCOMPARE(a.prometheus, b.prometheus);
    QCOMPARE(a.generatedAt, b.generatedAt);
    QCOMPARE(a.resolution.count(), b.resolution.count());
    QCOMPARE(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        const SlaRow &x = a.rows[i], &y = b.rows[i];
        QCOMPARE(x.slaId, y.slaId);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.region, y.region);
        QCOMPARE(x.unit, y.unit);
        QCOMPARE(x.comparison, y.comparison);
        QVERIFY(same(x.target, y.target));
        QVERIFY(same(x.alert, y.alert));
        QCOMPARE(x.query, y.query);
        QCOMPARE(x.days.size(), y.days.size());
        for (std::size_t d = 0; d < x.days.size(); ++d)
            compareValue(x.days[d], y.days[d], QStringLiteral("rows[%1].days[%2]").arg(i).arg(d));
        QCOMPARE(x.months.size(), y.months.size());
        for (std::size_t m = 0; m < x.months.size(); ++m)
            compareValue(x.months[m], y.months[m], QStringLiteral("months"));
        compareValue(x.overall, y.overall, QStringLiteral("overall"));
        QVERIFY(same(x.compliantDayShare, y.compliantDayShare));
        QVERIFY(same(x.budgetConsumed, y.budgetConsumed));
        QCOMPARE(x.series.size(), y.series.size());
        for (std::size_t p = 0; p < x.series.size(); ++p) {
            QCOMPARE(x.series[p].t, y.series[p].t);
            QVERIFY(same(x.series[p].value, y.series[p].value));
        }
        QCOMPARE(x.trend.direction, y.trend.direction);
        QVERIFY(same(x.trend.slopePerDay, y.trend.slopePerDay));
        QVERIFY(same(x.trend.slopeLow, y.trend.slopeLow));
        QVERIFY(same(x.trend.slopeHigh, y.trend.slopeHigh));
        QCOMPARE(x.trend.points, y.trend.points);
    }
    QCOMPARE(a.violations.size(), b.violations.size());
    for (std::size_t i = 0; i < a.violations.size(); ++i) {
        const Violation &x = a.violations[i], &y = b.violations[i];
        QCOMPARE(x.slaId, y.slaId);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.region, y.region);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.durationSecs, y.durationSecs);
        QVERIFY(same(x.worst, y.worst));
        QVERIFY(same(x.target, y.target));
        QCOMPARE(x.unit, y.unit);
        QCOMPARE(x.severity, y.severity);
    }
    QCOMPARE(a.incidents.size(), b.incidents.size());
    for (std::size_t i = 0; i < a.incidents.size(); ++i) {
        const Incident &x = a.incidents[i], &y = b.incidents[i];
        QCOMPARE(x.source, y.source);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.durationSecs, y.durationSecs);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.severity, y.severity);
        QCOMPARE(x.region, y.region);
        QCOMPARE(x.detail, y.detail);
    }
    QCOMPARE(a.recommendations.size(), b.recommendations.size());
    for (std::size_t i = 0; i < a.recommendations.size(); ++i) {
        QCOMPARE(a.recommendations[i].slaId, b.recommendations[i].slaId);
        QCOMPARE(a.recommendations[i].region, b.recommendations[i].region);
        QCOMPARE(a.recommendations[i].text, b.recommendations[i].text);
        QCOMPARE(a.recommendations[i].rationale, b.recommendations[i].rationale);
    }
    QCOMPARE(a.initiatives, b.initiatives);
    QCOMPARE(a.roadmap, b.roadmap);
    QCOMPARE(a.missing, b.missing);
    QCOMPARE(a.warnings, b.warnings);
}

// `root` with the value at `path` (object keys and array indices) replaced; a null `v` with
// `remove` drops the member.
QJsonValue edit(const QJsonValue &root, QVariantList path, const QJsonValue &v, bool remove = false)
{
    if (path.isEmpty())
        return v;
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray a = root.toArray();
        a[head.toInt()] = edit(a[head.toInt()], path, v, remove);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && remove)
        o.remove(head.toString());
    else
        o[head.toString()] = edit(o[head.toString()], path, v, remove);
    return o;
}

QByteArray edited(const QByteArray &json, const QVariantList &path, const QJsonValue &v, bool remove = false)
{
    return QJsonDocument(edit(QJsonDocument::fromJson(json).object(), path, v, remove).toObject()).toJson();
}

const char kValidator[] = R"(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
try:
    jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
except jsonschema.ValidationError as e:
    print(e.message, list(e.absolute_path))
    sys.exit(1)
)";

// Runs the jsonschema validator on `json`: the exit code, and its message in `out`. -1 when python3
// could not run: the test fails loudly then, never skips.
int validate(const QByteArray &json, QString *out)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("report.json")));
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return -1;
    f.close();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromLatin1(kValidator),
             QStringLiteral(SLAOPS_SOURCE_DIR "/docs/report.schema.json"), f.fileName()});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        *out = QStringLiteral("python3 did not run: ") + p.errorString();
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode();
}

} // namespace

class TestReportJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void writesStableNames();
    void unknownIsNull();
    void dstPeriod();
    void credentialsAreDropped();
    void rejects_data();
    void rejects();
    void validatesAgainstSchema_data();
    void validatesAgainstSchema();
    void schemaRejectsWhatTheReaderRejects();
};

void TestReportJson::roundTrip()
{
    const Report original = fullReport();
    const QByteArray json = toJson(original);
    QString error;
    const auto back = fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    compareReports(original, *back);
    QCOMPARE(toJson(*back), json);
}

void TestReportJson::writesStableNames()
{
    const QJsonObject o = QJsonDocument::fromJson(toJson(fullReport())).object();
    QCOMPARE(o[u"schema"].toString(), QStringLiteral("slaops-report/1"));
    // Something is missing: unknown, exit 2, whatever the rows say.
    QCOMPARE(o[u"status"].toString(), QStringLiteral("unknown"));
    QCOMPARE(o[u"exit_code"].toInt(), 2);
    const QJsonObject row = o[u"rows"][1].toObject();
    QCOMPARE(row[u"unit"].toString(), QStringLiteral("ms"));
    QCOMPARE(row[u"comparison"].toString(), QStringLiteral("at_most"));
    QCOMPARE(row[u"days"][3][u"status"].toString(), QStringLiteral("met"));
    QCOMPARE(row[u"days"][0][u"status"].toString(), QStringLiteral("violated"));
    QCOMPARE(row[u"days"][2][u"status"].toString(), QStringLiteral("not_in_effect"));
    QCOMPARE(row[u"days"][2][u"date"].toString(), QStringLiteral("2024-03-03"));
    QCOMPARE(row[u"trend"][u"direction"].toString(), QStringLiteral("degrading"));
    QCOMPARE(o[u"rows"][0][u"region"].type(), QJsonValue::Null);
    QCOMPARE(o[u"incidents"][0][u"source"].toString(), QStringLiteral("alert"));
    QCOMPARE(o[u"incidents"][1][u"source"].toString(), QStringLiteral("action"));
    QCOMPARE(o[u"generated_at"].toString(), QStringLiteral("2024-04-01T06:30:15.123Z"));
    QCOMPARE(o[u"resolution_seconds"].toInteger(), 300);
    QCOMPARE(o[u"period"][u"label"].toString(), QStringLiteral("2024-03"));

    Report met = fullReport();
    met.missing.clear();
    for (SlaRow &r : met.rows)
        r.overall.status = Status::Met;
    const QJsonObject m = QJsonDocument::fromJson(toJson(met)).object();
    QCOMPARE(m[u"status"].toString(), QStringLiteral("met"));
    QCOMPARE(m[u"exit_code"].toInt(), 0);
}

void TestReportJson::unknownIsNull()
{
    const QJsonObject o = QJsonDocument::fromJson(toJson(fullReport())).object();
    const QJsonObject row = o[u"rows"][0].toObject();
    QCOMPARE(row[u"days"][5][u"value"].type(), QJsonValue::Null);
    QCOMPARE(row[u"days"][6][u"value"].toString(), QStringLiteral("+Inf"));
    QCOMPARE(row[u"days"][7][u"coverage"].type(), QJsonValue::Null);
    QCOMPARE(row[u"days"][8][u"value"].toDouble(), 0.1 + 1.0 / 11);
    QCOMPARE(row[u"alert"].type(), QJsonValue::Null);
    QCOMPARE(row[u"overall"][u"value"].type(), QJsonValue::Null);
    QCOMPARE(row[u"compliant_day_share"].type(), QJsonValue::Null);
    QCOMPARE(row[u"trend"][u"slope_per_day"].type(), QJsonValue::Null);
    QCOMPARE(row[u"series"][2][1].type(), QJsonValue::Null);
    QCOMPARE(row[u"series"][3][0].toInteger(), 1709247600 + 900);
    QCOMPARE(o[u"violations"][1][u"worst"].toString(), QStringLiteral("-Inf"));
    // Full precision: the digits read back as the same double.
    QCOMPARE(row[u"months"][0][u"value"].toDouble(), 0.999991234567890123);
    QCOMPARE(row[u"series"][4][1].toDouble(), 0.5 + 4 * 1e-9);
}

// Local days in the JSON, UTC instants with a Z: March 31 in Berlin is 23 hours, October 27 25.
void TestReportJson::dstPeriod()
{
    const QByteArray json = toJson(fullReport());
    const QJsonObject p = QJsonDocument::fromJson(json).object()[u"period"].toObject();
    QCOMPARE(p[u"zone"].toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(p[u"date"].toString(), QStringLiteral("2024-03-01"));
    QCOMPARE(p[u"start"].toString(), QStringLiteral("2024-02-29T23:00:00.000Z"));
    QCOMPARE(p[u"end"].toString(), QStringLiteral("2024-03-31T22:00:00.000Z"));
    const QJsonArray days = p[u"days"].toArray();
    QCOMPARE(days.size(), 31);
    QCOMPARE(days[30][u"date"].toString(), QStringLiteral("2024-03-31"));
    QCOMPARE(days[30][u"start"].toString(), QStringLiteral("2024-03-30T23:00:00.000Z"));
    QCOMPARE(days[30][u"end"].toString(), QStringLiteral("2024-03-31T22:00:00.000Z"));

    Report autumn;
    autumn.period = period(PeriodKind::Day, QDate(2024, 10, 27), "Europe/Berlin");
    autumn.profileName = QStringLiteral("p");
    QString error;
    const auto back = fromJson(toJson(autumn), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->period.whole.seconds(), 25 * 3600);
    QCOMPARE(back->period.whole.start, utc(2024, 10, 26, 22, 0));

    Report auckland;
    auckland.period = period(PeriodKind::Quarter, QDate(2024, 4, 7), "Pacific/Auckland");
    const auto q = fromJson(toJson(auckland), &error);
    QVERIFY2(q, qPrintable(error));
    compareReports(auckland, *q);
    QCOMPARE(q->period.label(), QStringLiteral("2024-Q2"));
    QCOMPARE(q->period.months.size(), 3u);
}

void TestReportJson::credentialsAreDropped()
{
    Report r = fullReport();
    r.prometheus = QUrl(QStringLiteral("https://alice:s3cret@prom.example:9090/"));
    const QByteArray json = toJson(r);
    QVERIFY(!json.contains("s3cret"));
    QVERIFY(!json.contains("alice"));
    QString error;
    QCOMPARE(fromJson(json, &error)->prometheus, QUrl(QStringLiteral("https://prom.example:9090/")));
}

void TestReportJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // the error starts with it: the JSON path first
    const QByteArray good = toJson(fullReport());
    QTest::addRow("not JSON") << QByteArray("{\"schema\": ") << QStringLiteral("not JSON");
    QTest::addRow("an array") << QByteArray("[]") << QStringLiteral("not a report");
    QTest::addRow("other schema") << edited(good, {QStringLiteral("schema")},
                                            QStringLiteral("slaops-report/2"))
                                  << QStringLiteral("schema: expected \"slaops-report/1\"");
    QTest::addRow("check's JSON") << QByteArray(R"({"schema_version": 2, "figures": []})")
                                  << QStringLiteral("schema: ");
    QTest::addRow("bad status") << edited(good,
                                          {QStringLiteral("rows"), 1, QStringLiteral("days"), 3,
                                           QStringLiteral("status")},
                                          QStringLiteral("green"))
                                << QStringLiteral("rows[1].days[3].status: expected one of met, violated");
    QTest::addRow("number as text") << edited(good, {QStringLiteral("rows"), 0, QStringLiteral("target")},
                                              QStringLiteral("high"))
                                    << QStringLiteral("rows[0].target: expected a number");
    QTest::addRow("missing member") << edited(good,
                                              {QStringLiteral("rows"), 1, QStringLiteral("trend"),
                                               QStringLiteral("points")},
                                              QJsonValue(), true)
                                    << QStringLiteral("rows[1].trend.points: missing");
    QTest::addRow("extra member") << edited(good, {QStringLiteral("violations"), 0, QStringLiteral("colour")},
                                            QStringLiteral("red"))
                                  << QStringLiteral("violations[0].colour: not a member");
    QTest::addRow("time without Z") << edited(good,
                                              {QStringLiteral("violations"), 1, QStringLiteral("start")},
                                              QStringLiteral("2024-03-30T23:55:00+01:00"))
                                    << QStringLiteral("violations[1].start: expected a UTC time");
    QTest::addRow("negative duration")
        << edited(good, {QStringLiteral("incidents"), 0, QStringLiteral("duration_seconds")}, -5)
        << QStringLiteral("incidents[0].duration_seconds: expected an integer");
    QTest::addRow("fractional points")
        << edited(good, {QStringLiteral("rows"), 0, QStringLiteral("trend"), QStringLiteral("points")}, 2.5)
        << QStringLiteral("rows[0].trend.points: expected an integer");
    QTest::addRow("series pair") << edited(good, {QStringLiteral("rows"), 0, QStringLiteral("series"), 1},
                                           QJsonArray{1})
                                 << QStringLiteral("rows[0].series[1]: expected [unix seconds, value]");
    QTest::addRow("unknown zone") << edited(good, {QStringLiteral("period"), QStringLiteral("zone")},
                                            QStringLiteral("Mars/Olympus"))
                                  << QStringLiteral("period.zone: not a time zone");
    QTest::addRow("moved start") << edited(good, {QStringLiteral("period"), QStringLiteral("start")},
                                           QStringLiteral("2024-03-01T00:00:00.000Z"))
                                 << QStringLiteral("period.start: is not where the period begins");
    QTest::addRow("a day too few") << edited(good, {QStringLiteral("period"), QStringLiteral("days")},
                                             QJsonArray{})
                                   << QStringLiteral("period.days: has 0 entries, the period has 31");
    QTest::addRow("edited day") << edited(good,
                                          {QStringLiteral("period"), QStringLiteral("days"), 30,
                                           QStringLiteral("end")},
                                          QStringLiteral("2024-03-31T23:00:00.000Z"))
                                << QStringLiteral("period.days[30]: is not the period's day 2024-03-31");
    QTest::addRow("bad kind") << edited(good, {QStringLiteral("period"), QStringLiteral("kind")},
                                        QStringLiteral("week"))
                              << QStringLiteral("period.kind: expected one of day, month, quarter");
    QTest::addRow("status that does not follow")
        << edited(good, {QStringLiteral("status")}, QStringLiteral("met"))
        << QStringLiteral("status: does not follow from the report (unknown)");
    QTest::addRow("exit code that does not follow")
        << edited(good, {QStringLiteral("exit_code")}, 0) << QStringLiteral("exit_code: does not follow");
    QTest::addRow("string list") << edited(good, {QStringLiteral("missing"), 0}, 3)
                                 << QStringLiteral("missing[0]: expected a string");
}

void TestReportJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!fromJson(json, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestReportJson::validatesAgainstSchema_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("full report") << toJson(fullReport());
    Report empty;
    empty.period = period(PeriodKind::Day, QDate(2024, 6, 3), "UTC");
    QTest::addRow("empty day") << toJson(empty);
    Report quarter;
    quarter.period = period(PeriodKind::Quarter, QDate(2024, 1, 1), "Pacific/Auckland");
    quarter.initiatives = QStringLiteral("x");
    QTest::addRow("quarter") << toJson(quarter);
}

void TestReportJson::validatesAgainstSchema()
{
    QFETCH(QByteArray, json);
    QString out;
    const int rc = validate(json, &out);
    QVERIFY2(rc == 0, qPrintable(out));
}

// The schema is no rubber stamp: what fromJson refuses for its shape, the schema refuses too.
void TestReportJson::schemaRejectsWhatTheReaderRejects()
{
    const QByteArray good = toJson(fullReport());
    const QByteArray bad[] = {
        edited(good, {QStringLiteral("rows"), 1, QStringLiteral("days"), 3, QStringLiteral("status")},
               QStringLiteral("green")),
        edited(good, {QStringLiteral("rows"), 0, QStringLiteral("target")}, QStringLiteral("high")),
        edited(good, {QStringLiteral("rows"), 1, QStringLiteral("trend"), QStringLiteral("points")},
               QJsonValue(), true),
        edited(good, {QStringLiteral("violations"), 0, QStringLiteral("colour")}, QStringLiteral("red")),
        edited(good, {QStringLiteral("violations"), 1, QStringLiteral("start")},
               QStringLiteral("2024-03-30T23:55:00+01:00")),
        edited(good, {QStringLiteral("schema")}, QStringLiteral("slaops-report/2")),
        edited(good, {QStringLiteral("rows"), 0, QStringLiteral("series"), 1}, QJsonArray{1}),
    };
    for (const QByteArray &json : bad) {
        QString out;
        const int rc = validate(json, &out);
        QVERIFY2(rc == 1, qPrintable(QStringLiteral("rc %1: %2").arg(rc).arg(out)));
        QString error;
        QVERIFY(!fromJson(json, &error));
    }
}

QTEST_APPLESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
