// Reports that read their violation series from the generated rules' recorded figure: which rows are
// planned recorded (and which stay raw), the Digest and Chart queries, the raw Fill of what the rules
// did not record, and that the report assembled from them equals the one from the raw queries.
#include "engine/recordedrules.h"
#include "report/reportassembler.h"
#include "reportfixtures.h"
#include "rules/rulenames.h"

#include <QtTest>
#include <functional>
#include <optional>

using namespace slaops;
using namespace slaops::report;
using slaops::testing::period;
using namespace std::chrono_literals;

namespace {

qint64 at(int h, int mi = 0)
{
    return QDateTime(QDate(2024, 6, 3), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

engine::RecordedRules loaded(const config::Profile &profile, std::chrono::seconds interval = 30s)
{
    engine::RecordedRules r;
    r.status = engine::RecordedRules::Status::Loaded;
    r.version = rules::profileVersion(profile);
    r.interval = interval;
    for (const config::SlaSpec &s : profile.slas)
        r.rules.push_back({QString::fromLatin1(rules::kValueRecord), s.id, QString(), s.query, true, {}});
    return r;
}

// A Prometheus of the test's own: the raw figure at each grid point, and where the rules recorded it
// (the recorded sample then equals the raw figure, as the rule evaluates the same query).
struct FakeServer {
    qint64 resolution = 60;
    double target = 0.0001;
    std::function<std::optional<double>(qint64)> raw = [](qint64 t) {
        // A burst past the target from 10:00 to 11:59, and a little noise below it.
        if (t >= at(10) && t < at(12))
            return std::optional<double>(0.002 + double(t % 7) * 1e-5);
        return std::optional<double>(double(t % 13) * 1e-6);
    };
    std::function<bool(qint64)> recorded = [](qint64) { return true; };
    mutable std::vector<PlannedQuery::Kind> asked;

    bool has(qint64 t) const { return recorded(t) && raw(t).has_value(); }

    QueryAnswer answer(const PlannedQuery &q) const
    {
        asked.push_back(q.kind);
        QueryAnswer a;
        a.ok = true;
        a.result.ok = true;
        a.result.type = prom::ResultType::Matrix;
        prom::Series main;
        prom::Series missing;
        missing.labels = {{QString::fromLatin1(kMissingLabel), QStringLiteral("true")}};
        for (qint64 t = q.start; t <= q.end; t += q.step) {
            switch (q.kind) {
            case PlannedQuery::Kind::Stretch:
                main.samples.push_back({double(t), 0.00002});
                break;
            case PlannedQuery::Kind::Series:
            case PlannedQuery::Kind::Fill:
                if (const auto v = raw(t))
                    main.samples.push_back({double(t), *v});
                break;
            case PlannedQuery::Kind::Digest:
                if (!has(t))
                    missing.samples.push_back({double(t), 1});
                else if (*raw(t) > target)
                    main.samples.push_back({double(t), *raw(t)});
                break;
            case PlannedQuery::Kind::Chart: {
                // max_over_time over the recorded samples in (t - step, t].
                double worst = NAN;
                for (qint64 u = t - q.step + resolution; u <= t; u += resolution)
                    if (has(u))
                        worst = std::isnan(worst) ? *raw(u) : std::max(worst, *raw(u));
                if (!std::isnan(worst))
                    main.samples.push_back({double(t), worst});
                break;
            }
            case PlannedQuery::Kind::Alerts:
                break;
            }
        }
        if (!main.samples.empty())
            a.result.series.push_back(main);
        if (!missing.samples.empty())
            a.result.series.push_back(missing);
        return a;
    }

    // Answers every query, then plans the Fill of the recorded rows' gaps and answers those, as
    // ReportBuilder does.
    AssemblyInput build(const config::Profile &profile, const Period &p,
                        const engine::RecordedRules *rules) const
    {
        AssemblyInput in;
        in.profile = profile;
        in.period = p;
        in.profileName = profile.name;
        in.plan = ReportPlan::make(profile, p, std::chrono::seconds(resolution),
                                   QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), rules);
        for (const PlannedQuery &q : in.plan.queries)
            in.answers.push_back(answer(q));
        for (int r = 0; r < int(in.plan.rows.size()); ++r)
            in.plan.addFill(r, ReportAssembler::recordedGaps(in.plan, in.answers, r));
        for (std::size_t i = in.answers.size(); i < in.plan.queries.size(); ++i)
            in.answers.push_back(answer(in.plan.queries[i]));
        return in;
    }
};

std::size_t count(const std::vector<PlannedQuery::Kind> &kinds, PlannedQuery::Kind k)
{
    return std::size_t(std::count(kinds.begin(), kinds.end(), k));
}

void compareReports(const Report &raw, const Report &recorded)
{
    QCOMPARE(recorded.rows.size(), raw.rows.size());
    for (std::size_t r = 0; r < raw.rows.size(); ++r) {
        const SlaRow &a = raw.rows[r];
        const SlaRow &b = recorded.rows[r];
        QVERIFY(!a.recorded);
        QVERIFY(b.recorded);
        QCOMPARE(b.days.size(), a.days.size());
        for (std::size_t d = 0; d < a.days.size(); ++d) {
            QCOMPARE(b.days[d].status, a.days[d].status);
            QCOMPARE(b.days[d].coverage, a.days[d].coverage);
            QCOMPARE(b.days[d].value, a.days[d].value);
        }
        QCOMPARE(b.overall.status, a.overall.status);
        QCOMPARE(b.overall.coverage, a.overall.coverage);
        QCOMPARE(b.series.size(), a.series.size());
        for (std::size_t i = 0; i < a.series.size(); ++i) {
            QCOMPARE(b.series[i].t, a.series[i].t);
            if (std::isnan(a.series[i].value))
                QVERIFY2(std::isnan(b.series[i].value), qPrintable(QString::number(b.series[i].t)));
            else
                QCOMPARE(b.series[i].value, a.series[i].value);
        }
    }
    QCOMPARE(recorded.violations.size(), raw.violations.size());
    for (std::size_t v = 0; v < raw.violations.size(); ++v) {
        QCOMPARE(recorded.violations[v].start, raw.violations[v].start);
        QCOMPARE(recorded.violations[v].durationSecs, raw.violations[v].durationSecs);
        QCOMPARE(recorded.violations[v].worst, raw.violations[v].worst);
        QCOMPARE(recorded.violations[v].severity, raw.violations[v].severity);
    }
    QCOMPARE(recorded.missing, raw.missing);
    QCOMPARE(recorded.exitCode(), raw.exitCode());
}

} // namespace

class TestReportRecorded : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plannedFromTheRecordedFigure();
    void rawWhereTheRulesCannotServe_data();
    void rawWhereTheRulesCannotServe();
    void chartBucketsCoverTheGrid();
    void recordedEqualsRaw();
    void gapsAreFilledRaw();
    void aFailedDigestIsMissing();
};

void TestReportRecorded::plannedFromTheRecordedFigure()
{
    const config::Profile profile = testing::oneSlaProfile();
    const engine::RecordedRules rules = loaded(profile);
    const ReportPlan plan = ReportPlan::make(profile, period(PeriodKind::Month, QDate(2024, 3, 1)), 60s,
                                             QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), &rules);
    const RowPlan &row = plan.rowPlans.at(0);
    const QString selector = rules::recordedSelector(profile, QString::fromLatin1(rules::kValueRecord),
                                                     QStringLiteral("errors"), QString());
    QCOMPARE(row.recorded, selector);
    // 44,640 minutes: five Digest calls under the point limit, each the points past the target and the
    // grid points without a recorded sample; one Chart call of 1,488 buckets of 30 minutes.
    QCOMPARE(row.seriesQueries.size(), std::size_t(5));
    for (int q : row.seriesQueries) {
        const PlannedQuery &pq = plan.queries[std::size_t(q)];
        QCOMPARE(pq.kind, PlannedQuery::Kind::Digest);
        QCOMPARE(pq.promql, QStringLiteral("(last_over_time(%1[59999ms]) > 0.0001) or "
                                           "label_replace(absent_over_time(%1[59999ms]), \"slaops_missing\", "
                                           "\"true\", \"\", \"\")")
                                .arg(selector));
        QVERIFY(pq.points() <= ReportPlan::kMaxPoints);
    }
    QCOMPARE(row.chartQueries.size(), std::size_t(1));
    const PlannedQuery &chart = plan.queries[std::size_t(row.chartQueries[0])];
    QCOMPARE(chart.kind, PlannedQuery::Kind::Chart);
    QCOMPARE(chart.promql, QStringLiteral("max_over_time(%1[1799999ms])").arg(selector));
    QCOMPARE(chart.step, qint64(1800));
    QCOMPARE(chart.points(), qint64(1488));
    QVERIFY(row.fillQueries.empty());
    // The day, month and period figures stay the raw queries over their own stretch.
    for (const PlannedQuery &q : plan.queries)
        if (q.kind == PlannedQuery::Kind::Stretch)
            QVERIFY(!q.promql.contains(QLatin1String("slaops:")));
}

void TestReportRecorded::rawWhereTheRulesCannotServe_data()
{
    QTest::addColumn<int>("why");
    QTest::newRow("rules of another version") << 0;
    QTest::newRow("evaluated less often than the resolution") << 1;
    QTest::newRow("no rule for the SLA") << 2;
    QTest::newRow("the rule is unhealthy") << 3;
    QTest::newRow("not asked") << 4;
}

void TestReportRecorded::rawWhereTheRulesCannotServe()
{
    QFETCH(int, why);
    const config::Profile profile = testing::oneSlaProfile();
    engine::RecordedRules rules = loaded(profile);
    switch (why) {
    case 0:
        rules.status = engine::RecordedRules::Status::OtherVersion;
        break;
    case 1:
        rules.interval = 120s;
        break;
    case 2:
        rules.rules.front().slaId = QStringLiteral("other");
        break;
    case 3:
        rules.rules.front().healthy = false;
        break;
    default:
        rules = engine::RecordedRules{};
    }
    const ReportPlan plan = ReportPlan::make(profile, period(PeriodKind::Day, QDate(2024, 6, 3)), 60s,
                                             QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), &rules);
    const RowPlan &row = plan.rowPlans.at(0);
    QVERIFY(row.recorded.isEmpty());
    QVERIFY(row.chartQueries.empty());
    for (int q : row.seriesQueries)
        QCOMPARE(plan.queries[std::size_t(q)].kind, PlannedQuery::Kind::Series);
}

void TestReportRecorded::chartBucketsCoverTheGrid()
{
    // 10 points in buckets of one: each its own.
    QCOMPARE(chartBuckets(0, 540, 60).size(), std::size_t(10));
    // 3,001 points: buckets of 3, the last one of 1 point; every grid point in exactly one bucket.
    const std::vector<ChartBucket> b = chartBuckets(100, 100 + 3000 * 10, 10);
    QCOMPARE(b.size(), std::size_t(1001));
    QVERIFY(qint64(b.size()) <= ReportPlan::kChartPoints);
    qint64 covered = 0;
    qint64 previousEnd = 100 - 10;
    for (const ChartBucket &c : b) {
        QCOMPARE(c.end - c.width, previousEnd);
        covered += c.width / 10;
        previousEnd = c.end;
    }
    QCOMPARE(covered, qint64(3001));
    QCOMPARE(b.back().end, qint64(100 + 3000 * 10));
    QCOMPARE(b.back().width, qint64(10));
    QVERIFY(chartBuckets(10, 0, 10).empty());
}

void TestReportRecorded::recordedEqualsRaw()
{
    const config::Profile profile = testing::oneSlaProfile();
    const engine::RecordedRules rules = loaded(profile);
    const FakeServer server;
    for (const Period &p :
         {period(PeriodKind::Day, QDate(2024, 6, 3)), period(PeriodKind::Month, QDate(2024, 6, 1))}) {
        const Report raw = ReportAssembler::assemble(server.build(profile, p, nullptr)).report;
        server.asked.clear();
        const Report recorded = ReportAssembler::assemble(server.build(profile, p, &rules)).report;
        compareReports(raw, recorded);
        QCOMPARE(count(server.asked, PlannedQuery::Kind::Series), std::size_t(0));
        QCOMPARE(count(server.asked, PlannedQuery::Kind::Fill), std::size_t(0));
        // The burst: one violation of two hours.
        QCOMPARE(recorded.violations.size(), std::size_t(1));
        QCOMPARE(recorded.violations[0].start.toSecsSinceEpoch(), at(10));
        QCOMPARE(recorded.violations[0].durationSecs, qint64(7200));
    }
}

void TestReportRecorded::gapsAreFilledRaw()
{
    const config::Profile profile = testing::oneSlaProfile();
    const engine::RecordedRules rules = loaded(profile);
    FakeServer server;
    // The rules were loaded at 10:30, in the middle of the burst, and missed two evaluations at 15:00.
    server.recorded = [](qint64 t) { return t >= at(10, 30) && t != at(15) && t != at(15, 2); };
    const Period day = period(PeriodKind::Day, QDate(2024, 6, 3));
    const Report raw = ReportAssembler::assemble(server.build(profile, day, nullptr)).report;
    server.asked.clear();
    const AssemblyInput in = server.build(profile, day, &rules);
    const RowPlan &row = in.plan.rowPlans.at(0);
    // Two runs: 00:00–10:30, and 15:00–15:03 (the two missed minutes, closer than kFillJoinPoints).
    const auto gaps = ReportAssembler::recordedGaps(in.plan, in.answers, 0);
    QCOMPARE(gaps.size(), std::size_t(2));
    QCOMPARE(gaps[0], std::make_pair(at(0), at(10, 30)));
    QCOMPARE(gaps[1], std::make_pair(at(15), at(15, 3)));
    QCOMPARE(row.fillQueries.size(), std::size_t(2));
    compareReports(raw, ReportAssembler::assemble(in).report);
    // Without the Fill, the hours before 10:30 would be without data: Unknown, never Met.
    AssemblyInput unfilled = in;
    unfilled.plan.rowPlans[0].fillQueries.clear();
    const Report partial = ReportAssembler::assemble(unfilled).report;
    QCOMPARE(partial.rows[0].days[0].status, Status::Unknown);
    QCOMPARE(partial.rows[0].days[0].coverage, 14.0 / 24.0);
}

void TestReportRecorded::aFailedDigestIsMissing()
{
    const config::Profile profile = testing::oneSlaProfile();
    const engine::RecordedRules rules = loaded(profile);
    const FakeServer server;
    AssemblyInput in = server.build(profile, period(PeriodKind::Month, QDate(2024, 6, 1)), &rules);
    const int failed = in.plan.rowPlans[0].seriesQueries[2];
    in.answers[std::size_t(failed)] = QueryAnswer{false, QStringLiteral("Prometheus answered 503"), {}};
    // A failed Digest is not a gap to fill: it says nothing of what the rules recorded.
    QCOMPARE(ReportAssembler::recordedGaps(in.plan, in.answers, 0).size(), std::size_t(0));
    const Report r = ReportAssembler::assemble(in).report;
    QCOMPARE(r.missing.size(), qsizetype(1));
    QVERIFY(r.missing[0].contains(QLatin1String("503")));
    QVERIFY(r.missing[0].contains(QLatin1String("recorded")));
    QCOMPARE(r.exitCode(), 2);
    // A Digest of two past-target series cannot be read either.
    AssemblyInput twice = server.build(profile, period(PeriodKind::Day, QDate(2024, 6, 3)), &rules);
    QueryAnswer &a = twice.answers[std::size_t(twice.plan.rowPlans[0].seriesQueries[0])];
    a.result.series.push_back(a.result.series.front());
    QCOMPARE(ReportAssembler::assemble(twice).report.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestReportRecorded)
#include "tst_reportrecorded.moc"
