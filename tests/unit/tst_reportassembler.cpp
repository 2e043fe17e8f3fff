// Report assembly from answers: values, coverage, statuses, violations (runs, gaps, severities),
// since/until, budgets, incidents, and parts that failed becoming Report::missing.
#include "report/reportassembler.h"
#include "report/seriesanalysis.h"
#include "reportfixtures.h"

#include <QJsonArray>
#include <QtTest>
#include <functional>
#include <optional>

using namespace slaops;
using namespace slaops::report;
using slaops::testing::period;
using namespace std::chrono_literals;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

qint64 at(int h, int mi = 0)
{
    return utc(2024, 6, 3, h, mi).toSecsSinceEpoch();
}

prom::QueryResult matrix(std::vector<prom::Sample> samples)
{
    prom::QueryResult r;
    r.ok = true;
    r.type = prom::ResultType::Matrix;
    if (!samples.empty()) {
        r.series.emplace_back();
        r.series.back().samples = std::move(samples);
    }
    return r;
}

// A Prometheus of the test's own: the stretch figures and the violation series as functions of time.
struct FakeServer {
    std::function<std::optional<double>(qint64 t, qint64 window)> stretch = [](qint64, qint64) {
        return std::optional<double>(0.00002);
    };
    std::function<std::optional<double>(qint64 t)> series = [](qint64) {
        return std::optional<double>(0.00001);
    };
    std::vector<prom::Series> alerts;

    std::vector<QueryAnswer> answer(const ReportPlan &plan) const
    {
        std::vector<QueryAnswer> out;
        for (const PlannedQuery &q : plan.queries) {
            QueryAnswer a;
            a.ok = true;
            std::vector<prom::Sample> samples;
            for (qint64 t = q.start; t <= q.end; t += q.step) {
                const std::optional<double> v =
                    q.kind == PlannedQuery::Kind::Stretch ? stretch(t, q.step) : series(t);
                if (v)
                    samples.push_back({double(t), *v});
            }
            if (q.kind == PlannedQuery::Kind::Alerts) {
                a.result.ok = true;
                a.result.type = prom::ResultType::Matrix;
                for (const prom::Series &s : alerts) {
                    prom::Series part = s;
                    part.samples.clear();
                    for (const prom::Sample &x : s.samples)
                        if (x.timestamp >= double(q.start) && x.timestamp <= double(q.end))
                            part.samples.push_back(x);
                    if (!part.samples.empty())
                        a.result.series.push_back(part);
                }
            } else {
                a.result = matrix(std::move(samples));
            }
            out.push_back(std::move(a));
        }
        return out;
    }
};

AssemblyInput input(const config::Profile &profile, const Period &p, std::chrono::seconds res,
                    const FakeServer &server, const QDateTime &now = utc(2030, 1, 1))
{
    AssemblyInput in;
    in.profile = profile;
    in.period = p;
    in.plan = ReportPlan::make(profile, p, res, now);
    in.answers = server.answer(in.plan);
    in.profileName = profile.name;
    in.generatedAt = now;
    return in;
}

RowSpec rowOf(sla::Comparison cmp, double target, double alert, config::Unit unit = config::Unit::Percent)
{
    RowSpec r;
    r.slaId = QStringLiteral("x");
    r.name = QStringLiteral("X");
    r.comparison = cmp;
    r.target = target;
    r.alert = alert;
    r.unit = unit;
    return r;
}

} // namespace

class TestReportAssembler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metDay();
    void violationsAreRunsEndedByGaps();
    void severityNeedsAnAlertBeyondTheTarget_data();
    void severityNeedsAnAlertBeyondTheTarget();
    void hourWithoutDataIsUnknown();
    void coverageCountsHours();
    void failedQueryIsMissingAndUnknown();
    void aggregateOrFail();
    void sinceUntilAreNotInEffect();
    void budgetConsumed_data();
    void budgetConsumed();
    void noDataAtAll();
    void toDateSaysSo();
    void incidentsFromAlertsAndActions();
    void chartIsDownsampled();
};

void TestReportAssembler::metDay()
{
    const FakeServer server;
    const Assembly a = ReportAssembler::assemble(
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server));
    QVERIFY(a.anyData);
    const Report &r = a.report;
    QVERIFY2(r.missing.isEmpty(), qPrintable(r.missing.join(QLatin1Char('\n'))));
    QCOMPARE(r.rows.size(), std::size_t(1));
    const SlaRow &row = r.rows[0];
    QCOMPARE(row.days.size(), std::size_t(1));
    QCOMPARE(row.days[0].value, 0.00002);
    QCOMPARE(row.days[0].coverage, 1.0);
    QCOMPARE(row.days[0].status, Status::Met);
    QCOMPARE(row.months[0].status, Status::Met);
    QCOMPARE(row.overall.value, 0.00002);
    QCOMPARE(row.overall.status, Status::Met);
    QCOMPARE(row.compliantDayShare, 1.0);
    QCOMPARE(row.budgetConsumed, 0.2);
    QVERIFY(r.violations.empty());
    QCOMPARE(r.status(), Status::Met);
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.resolution, 300s);
}

void TestReportAssembler::violationsAreRunsEndedByGaps()
{
    FakeServer server;
    // 10:00-10:55 past target but within the alert (high); 14:00 and 14:10 past the alert with
    // 14:05 missing between them (two critical runs); the day's figure past target.
    server.series = [](qint64 t) -> std::optional<double> {
        if (t >= at(10) && t <= at(10, 55))
            return 0.0005;
        if (t == at(14) || t == at(14, 10))
            return 0.002;
        if (t == at(14, 5))
            return std::nullopt;
        if (t == at(16))
            return std::nan(""); // 0/0 (no requests): a point, but past no target
        return 0.00001;
    };
    server.stretch = [](qint64, qint64) { return std::optional<double>(0.0003); };
    const Assembly a = ReportAssembler::assemble(
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server));
    const Report &r = a.report;
    QCOMPARE(r.violations.size(), std::size_t(3));
    QCOMPARE(r.violations[0].start, utc(2024, 6, 3, 10));
    QCOMPARE(r.violations[0].durationSecs, qint64(3600));
    QCOMPARE(r.violations[0].worst, 0.0005);
    QCOMPARE(r.violations[0].severity, QStringLiteral("high"));
    QCOMPARE(r.violations[0].target, 0.0001);
    QCOMPARE(r.violations[0].slaId, QStringLiteral("errors"));
    QVERIFY(r.violations[0].region.isEmpty());
    QCOMPARE(r.violations[1].start, utc(2024, 6, 3, 14));
    QCOMPARE(r.violations[1].durationSecs, qint64(300));
    QCOMPARE(r.violations[1].severity, QStringLiteral("critical"));
    QCOMPARE(r.violations[2].start, utc(2024, 6, 3, 14, 10));
    QCOMPARE(r.violations[2].durationSecs, qint64(300));
    QCOMPARE(r.rows[0].days[0].status, Status::Violated);
    QCOMPARE(r.rows[0].compliantDayShare, 0.0);
    QCOMPARE(r.status(), Status::Violated);
    QCOMPARE(r.exitCode(), 1);
}

void TestReportAssembler::severityNeedsAnAlertBeyondTheTarget_data()
{
    QTest::addColumn<int>("cmp");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("alert");
    QTest::addColumn<double>("worst");
    QTest::addColumn<QString>("severity");
    const int least = int(sla::Comparison::AtLeast), most = int(sla::Comparison::AtMost);
    QTest::addRow("uptime past the alert")
        << least << 0.99999 << 0.9999 << 0.9995 << QStringLiteral("critical");
    QTest::addRow("uptime short of it") << least << 0.99999 << 0.9999 << 0.99995 << QStringLiteral("high");
    QTest::addRow("p95 past the alert") << most << 100.0 << 150.0 << 151.0 << QStringLiteral("critical");
    QTest::addRow("p95 at the alert") << most << 100.0 << 150.0 << 150.0 << QStringLiteral("high");
    // Throughput's alert (80 % of capacity) lies before its target: nothing is worse than past target.
    QTest::addRow("throughput") << most << 50000.0 << 40000.0 << 90000.0 << QStringLiteral("high");
    QTest::addRow("no alert") << most << 100.0 << double(NAN) << 1000.0 << QStringLiteral("high");
}

void TestReportAssembler::severityNeedsAnAlertBeyondTheTarget()
{
    QFETCH(int, cmp);
    QFETCH(double, target);
    QFETCH(double, alert);
    QFETCH(double, worst);
    QFETCH(QString, severity);
    const RowSpec row = rowOf(sla::Comparison(cmp), target, alert);
    // The worst in the middle of the run, so that it is found, not merely first or last.
    const double mild = cmp == int(sla::Comparison::AtMost) ? target * 1.0001 : target * 0.999999;
    const std::vector<Point> points{{0, mild}, {60, worst}, {120, mild}};
    const std::vector<Violation> v = series::violations(row, points, 60);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].worst, worst);
    QCOMPARE(v[0].durationSecs, qint64(180));
    QCOMPARE(v[0].severity, severity);
}

void TestReportAssembler::hourWithoutDataIsUnknown()
{
    FakeServer server;
    server.series = [](qint64 t) -> std::optional<double> {
        if (t >= at(3) && t < at(4))
            return std::nullopt;
        return 0.00001;
    };
    const Assembly a = ReportAssembler::assemble(
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server));
    const SlaRow &row = a.report.rows[0];
    QCOMPARE(row.days[0].coverage, 23.0 / 24.0);
    QCOMPARE(row.days[0].status, Status::Unknown);
    QCOMPARE(row.days[0].value, 0.00002); // still given, for people to judge
    QCOMPARE(row.overall.status, Status::Unknown);
    QVERIFY(std::isnan(row.compliantDayShare)); // no day known
    QVERIFY(a.report.missing.isEmpty());
    QCOMPARE(a.report.exitCode(), 2);
    // The chart shows the hole as a gap.
    bool gap = false;
    for (const Point &p : row.series)
        gap = gap || (std::isnan(p.value) && p.t >= at(3) && p.t < at(4));
    QVERIFY(gap);
}

void TestReportAssembler::coverageCountsHours()
{
    // One point per hour is enough; a last part-hour counts as an hour; points outside are ignored.
    std::vector<Point> points;
    for (int h = 0; h < 24; ++h)
        points.push_back({h * 3600 + 1800, 1});
    QCOMPARE(series::hourCoverage(points, 0, 86400), 1.0);
    QCOMPARE(series::hourCoverage(points, 0, 86400 + 600), 24.0 / 25.0);
    points.push_back({-60, 1});
    points.push_back({86400, 1});
    QCOMPARE(series::hourCoverage(points, 0, 86400), 1.0);
    QCOMPARE(series::hourCoverage(points, 3600 * 10, 3600 * 12), 1.0);
    QCOMPARE(series::hourCoverage({}, 0, 3600), 0.0);
    QCOMPARE(series::hourCoverage(points, 10, 10), 0.0);
}

void TestReportAssembler::failedQueryIsMissingAndUnknown()
{
    const FakeServer server;
    AssemblyInput in =
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server);
    const int q = in.plan.rowPlans[0].days[0].query;
    in.answers[std::size_t(q)] = QueryAnswer{false, QStringLiteral("Prometheus answered 503"), {}};
    const Assembly a = ReportAssembler::assemble(in);
    const Report &r = a.report;
    QCOMPARE(r.missing.size(), qsizetype(1)); // the day, the month and the period are one query: one line
    QVERIFY2(r.missing[0].contains(QLatin1String("Errors")), qPrintable(r.missing[0]));
    QVERIFY(r.missing[0].contains(QLatin1String("fleet")));
    QVERIFY(r.missing[0].contains(QLatin1String("2024-06-03")));
    QVERIFY(r.missing[0].contains(QLatin1String("Prometheus answered 503")));
    QVERIFY(std::isnan(r.rows[0].days[0].value));
    QCOMPARE(r.rows[0].days[0].status, Status::Unknown);
    QCOMPARE(r.rows[0].overall.status, Status::Unknown);
    QCOMPARE(r.status(), Status::Unknown);
    QCOMPARE(r.exitCode(), 2);

    // A chunk of the violation series that failed: listed, and its hours count as without data.
    AssemblyInput in2 =
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 1s, server);
    QCOMPARE(in2.plan.rowPlans[0].seriesQueries.size(), std::size_t(8));
    in2.answers[std::size_t(in2.plan.rowPlans[0].seriesQueries[3])] =
        QueryAnswer{false, QStringLiteral("timeout"), {}};
    const Assembly b = ReportAssembler::assemble(in2);
    QCOMPARE(b.report.missing.size(), qsizetype(1));
    QVERIFY(b.report.missing[0].contains(QLatin1String("timeout")));
    QVERIFY(b.report.rows[0].days[0].coverage < 1);
    QCOMPARE(b.report.rows[0].days[0].status, Status::Unknown);
    QCOMPARE(b.report.exitCode(), 2);
}

void TestReportAssembler::aggregateOrFail()
{
    const FakeServer server;
    AssemblyInput in =
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server);
    QueryAnswer &a = in.answers[std::size_t(in.plan.rowPlans[0].whole.query)];
    a.result.series.push_back(a.result.series.front());
    const Report r = ReportAssembler::assemble(in).report;
    QCOMPARE(r.missing.size(), qsizetype(1));
    QVERIFY2(r.missing[0].contains(QLatin1String("2 series")), qPrintable(r.missing[0]));
    QCOMPARE(r.rows[0].overall.status, Status::Unknown);
}

void TestReportAssembler::sinceUntilAreNotInEffect()
{
    config::Profile p = testing::oneSlaProfile();
    p.slas[0].since = utc(2024, 6, 10);
    FakeServer server;
    // Day figures: 11 June violated, the others met; the month over the SLA's time met.
    server.stretch = [](qint64 t, qint64 window) -> std::optional<double> {
        if (window == 86400 && t == utc(2024, 6, 12).toSecsSinceEpoch())
            return 0.0002;
        return 0.00003;
    };
    server.series = [](qint64 t) -> std::optional<double> {
        return t < utc(2024, 6, 10).toSecsSinceEpoch() ? std::nullopt : std::optional<double>(0.00001);
    };
    const Report r =
        ReportAssembler::assemble(input(p, period(PeriodKind::Month, QDate(2024, 6, 1)), 300s, server))
            .report;
    const SlaRow &row = r.rows[0];
    for (std::size_t i = 0; i < 9; ++i)
        QCOMPARE(row.days[i].status, Status::NotInEffect);
    QCOMPARE(row.days[10].status, Status::Violated);
    QCOMPARE(row.days[9].status, Status::Met);
    QCOMPARE(row.overall.status, Status::Met); // the hours before since are not counted as without data
    QCOMPARE(row.overall.coverage, 1.0);
    QCOMPARE(row.overall.value, 0.00003);
    QCOMPARE(row.compliantDayShare, 20.0 / 21.0);
    QVERIFY(r.missing.isEmpty());
}

void TestReportAssembler::budgetConsumed_data()
{
    QTest::addColumn<int>("cmp");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("achieved");
    QTest::addColumn<double>("consumed");
    QTest::addRow("uptime twice over") << int(sla::Comparison::AtLeast) << 0.999 << 0.998 << 2.0;
    QTest::addRow("uptime perfect") << int(sla::Comparison::AtLeast) << 0.999 << 1.0 << 0.0;
    QTest::addRow("errors half") << int(sla::Comparison::AtMost) << 0.001 << 0.0005 << 0.5;
}

void TestReportAssembler::budgetConsumed()
{
    QFETCH(int, cmp);
    QFETCH(double, target);
    QFETCH(double, achieved);
    QFETCH(double, consumed);
    config::Profile p = testing::oneSlaProfile();
    p.slas[0].comparison = sla::Comparison(cmp);
    p.slas[0].target = target;
    p.slas[0].alert = NAN;
    FakeServer server;
    server.stretch = [achieved](qint64, qint64) { return std::optional<double>(achieved); };
    server.series = [achieved](qint64) { return std::optional<double>(achieved); };
    const Report r =
        ReportAssembler::assemble(input(p, period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server)).report;
    QVERIFY(std::abs(r.rows[0].budgetConsumed - consumed) < 1e-9);
    // A figure that is not a share has no budget.
    p.slas[0].unit = config::Unit::Milliseconds;
    const Report ms =
        ReportAssembler::assemble(input(p, period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server)).report;
    QVERIFY(std::isnan(ms.rows[0].budgetConsumed));
}

void TestReportAssembler::noDataAtAll()
{
    FakeServer server;
    server.stretch = [](qint64, qint64) { return std::optional<double>(); };
    server.series = [](qint64) { return std::optional<double>(); };
    const Assembly a = ReportAssembler::assemble(
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2020, 1, 1)), 300s, server));
    QVERIFY(!a.anyData);
    QVERIFY(std::isnan(a.report.rows[0].overall.value));
    QCOMPARE(a.report.rows[0].overall.status, Status::Unknown);
    QCOMPARE(a.report.rows[0].overall.coverage, 0.0);
}

void TestReportAssembler::toDateSaysSo()
{
    const FakeServer server;
    const Report r = ReportAssembler::assemble(input(testing::oneSlaProfile(),
                                                     period(PeriodKind::Month, QDate(2024, 6, 1)), 300s,
                                                     server, utc(2024, 6, 3, 10)))
                         .report;
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY2(r.warnings[0].contains(QLatin1String("to date")), qPrintable(r.warnings[0]));
    QCOMPARE(r.rows[0].days[0].status, Status::Met);
    QCOMPARE(r.rows[0].days[2].status, Status::Met); // today, to now
    QCOMPARE(r.rows[0].days[3].status, Status::Unknown);
    QCOMPARE(r.rows[0].overall.status, Status::Met);
}

void TestReportAssembler::incidentsFromAlertsAndActions()
{
    FakeServer server;
    prom::Series alert;
    alert.labels = {{QStringLiteral("__name__"), QStringLiteral("ALERTS")},
                    {QStringLiteral("alertname"), QStringLiteral("ErrorRateHigh")},
                    {QStringLiteral("alertstate"), QStringLiteral("firing")},
                    {QStringLiteral("instance"), QStringLiteral("n1")},
                    {QStringLiteral("region"), QStringLiteral("eu-west-1")},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
    for (qint64 t : {at(10), at(10, 5), at(10, 10), at(12)})
        alert.samples.push_back({double(t), 1});
    server.alerts = {alert};
    AssemblyInput in =
        input(testing::oneSlaProfile(), period(PeriodKind::Day, QDate(2024, 6, 3)), 300s, server);
    const auto record = [](int seq, const QDateTime &when, const char *kind, QJsonObject json) {
        json.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
        return actions::AuditLog::Record{seq, when, QString::fromLatin1(kind), json};
    };
    const QJsonObject plan{
        {QStringLiteral("kind"), QStringLiteral("divert-traffic")},
        {QStringLiteral("title"), QStringLiteral("Divert traffic from eu-west-1")},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Service")},
                                               {QStringLiteral("name"), QStringLiteral("erlmcp")}}},
        {QStringLiteral("effects"),
         QJsonArray{QJsonObject{{QStringLiteral("sla"), QStringLiteral("errors")},
                                {QStringLiteral("region"), QString()}},
                    QJsonObject{{QStringLiteral("sla"), QStringLiteral("errors")},
                                {QStringLiteral("region"), QStringLiteral("eu-west-1")}}}}};
    in.audit = {record(1, utc(2024, 6, 3, 10, 20), "intent", {{QStringLiteral("plan"), plan}}),
                record(2, utc(2024, 6, 3, 10, 21), "outcome",
                       {{QStringLiteral("intent"), 1}, {QStringLiteral("applied"), true}}),
                record(3, utc(2024, 6, 4, 1), "intent", {{QStringLiteral("plan"), plan}})};
    const Report r = ReportAssembler::assemble(in).report;
    QCOMPARE(r.incidents.size(), std::size_t(3));
    QCOMPARE(r.incidents[0].source, Incident::Source::Alert);
    QCOMPARE(r.incidents[0].start, utc(2024, 6, 3, 10));
    QCOMPARE(r.incidents[0].durationSecs, qint64(900));
    QCOMPARE(r.incidents[0].title, QStringLiteral("ErrorRateHigh"));
    QCOMPARE(r.incidents[0].severity, QStringLiteral("critical"));
    QCOMPARE(r.incidents[0].region, QStringLiteral("eu-west-1"));
    QCOMPARE(r.incidents[0].detail, QStringLiteral("instance=n1"));
    QCOMPARE(r.incidents[1].source, Incident::Source::Action);
    QCOMPARE(r.incidents[1].title, QStringLiteral("Divert traffic from eu-west-1"));
    // The region is the one the effects are watched in, not the Service's name.
    QCOMPARE(r.incidents[1].region, QStringLiteral("eu-west-1"));
    QCOMPARE(r.incidents[1].detail, QStringLiteral("Service erlmcp · applied"));
    QCOMPARE(r.incidents[2].start, utc(2024, 6, 3, 12));
    QCOMPARE(r.incidents[2].durationSecs, qint64(300));

    in.auditError = QStringLiteral("permission denied");
    const Report broken = ReportAssembler::assemble(in).report;
    QCOMPARE(broken.missing.size(), qsizetype(1));
    QVERIFY(broken.missing[0].contains(QLatin1String("permission denied")));
}

void TestReportAssembler::chartIsDownsampled()
{
    FakeServer server;
    server.series = [](qint64 t) { return std::optional<double>(double((t * 7919) % 1009) * 1e-6); };
    const Report r = ReportAssembler::assemble(input(testing::oneSlaProfile(),
                                                     period(PeriodKind::Day, QDate(2024, 6, 3)), 1s, server))
                         .report;
    // 86,400 points in buckets of 58 (1,490 of them, the last one of 38), each drawn at its end with
    // the worst (here: highest) of its points.
    const std::vector<Point> &chart = r.rows[0].series;
    QCOMPARE(qint64(chart.size()), qint64(1490));
    QVERIFY(qint64(chart.size()) <= ReportPlan::kChartPoints);
    QCOMPARE(chart.front().t, at(0) + 57);
    QCOMPARE(chart.back().t, utc(2024, 6, 4).toSecsSinceEpoch() - 1);
    QCOMPARE(chart[chart.size() - 2].t, chart.back().t - 38);
    for (const std::size_t b : {std::size_t(0), std::size_t(700), chart.size() - 1}) {
        const qint64 width = b + 1 == chart.size() ? 38 : 58;
        double worst = -INFINITY;
        for (qint64 t = chart[b].t - width + 1; t <= chart[b].t; ++t)
            worst = std::max(worst, server.series(t).value_or(-INFINITY));
        QCOMPARE(chart[b].value, worst);
    }
}

QTEST_GUILESS_MAIN(TestReportAssembler)
#include "tst_reportassembler.moc"
