// The report's pure parts: Theil-Sen over a month (31 days), a quarter's weeks and days (14, 92) and
// 1000 points, against the bare sort of as many slopes (the least an exact median and interval
// take); and the JSON and CSV of a monthly report of the default profile (21 rows: 6 SLAs for the
// fleet, 5 for each of 3 regions), each row with a 1,440-point chart series, against QJsonDocument
// writing the same numbers as one bare array.
// Run: build/bench/bench_reportwriters --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "report/reportcsv.h"
#include "report/reportjson.h"
#include "sla/theilsen.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <random>

using namespace slaops;

namespace {

std::vector<double> noisyLine(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i)
        y[i] = 0.01 * double(i) + noise(rng);
    return y;
}

void BM_TheilSen(benchmark::State &state)
{
    const std::size_t n = std::size_t(state.range(0));
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = double(i);
    const std::vector<double> y = noisyLine(n, 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(sla::theilSen(x, y));
}
BENCHMARK(BM_TheilSen)->Arg(14)->Arg(31)->Arg(92)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_SortSlopesBaseline(benchmark::State &state)
{
    const std::size_t n = std::size_t(state.range(0));
    const std::vector<double> y = noisyLine(n * (n - 1) / 2, 2);
    for (auto _ : state) {
        std::vector<double> s = y;
        std::sort(s.begin(), s.end());
        benchmark::DoNotOptimize(s.data());
    }
}
BENCHMARK(BM_SortSlopesBaseline)->Arg(14)->Arg(31)->Arg(92)->Arg(1000)->Unit(benchmark::kMicrosecond);

report::Report monthReport()
{
    QString error;
    report::Report r;
    r.period = *report::Period::make(report::PeriodKind::Month, QDate(2024, 3, 1), QTimeZone::utc(), &error);
    r.profileName = QStringLiteral("erlmcp-v3");
    const std::vector<double> noise = noisyLine(1440, 3);
    for (int k = 0; k < 21; ++k) {
        report::SlaRow row;
        row.slaId = QStringLiteral("sla_%1").arg(k % 6);
        row.name = QStringLiteral("SLA %1").arg(k % 6);
        row.region = k < 6 ? QString() : QStringLiteral("region-%1").arg((k - 6) / 5);
        row.target = 0.99999;
        row.alert = 0.9999;
        row.query = QStringLiteral("avg(avg_over_time(up{job=\"erlmcp-sla\",$selector}[$window]))");
        for (std::size_t d = 0; d < r.period.days.size(); ++d)
            row.days.push_back(report::Value{0.99999 + noise[d] * 1e-6, report::Status::Met, 1});
        row.months.push_back(report::Value{0.999991, report::Status::Met, 1});
        row.overall = row.months.front();
        for (int i = 0; i < 1440; ++i)
            row.series.push_back(
                report::Point{1709251200 + 1860 * i, 0.99999 + noise[std::size_t(i)] * 1e-6});
        r.rows.push_back(row);
    }
    return r;
}

void BM_ToJson(benchmark::State &state)
{
    const report::Report r = monthReport();
    for (auto _ : state)
        benchmark::DoNotOptimize(report::toJson(r));
}
BENCHMARK(BM_ToJson)->Unit(benchmark::kMillisecond);

void BM_FromJson(benchmark::State &state)
{
    const QByteArray json = report::toJson(monthReport());
    QString error;
    for (auto _ : state)
        benchmark::DoNotOptimize(report::fromJson(json, &error));
    state.SetBytesProcessed(std::int64_t(state.iterations()) * json.size());
}
BENCHMARK(BM_FromJson)->Unit(benchmark::kMillisecond);

void BM_BareJsonArrayBaseline(benchmark::State &state)
{
    const report::Report r = monthReport();
    for (auto _ : state) {
        QJsonArray a;
        for (const report::SlaRow &row : r.rows) {
            for (const report::Value &v : row.days)
                a.append(v.value);
            for (const report::Point &p : row.series) {
                a.append(double(p.t));
                a.append(p.value);
            }
        }
        benchmark::DoNotOptimize(QJsonDocument(a).toJson(QJsonDocument::Indented));
    }
}
BENCHMARK(BM_BareJsonArrayBaseline)->Unit(benchmark::kMillisecond);

void BM_ToCsv(benchmark::State &state)
{
    const report::Report r = monthReport();
    for (auto _ : state)
        benchmark::DoNotOptimize(report::toCsv(r));
}
BENCHMARK(BM_ToCsv)->Unit(benchmark::kMicrosecond);

void BM_ParseCsv(benchmark::State &state)
{
    const QByteArray csv = report::toCsv(monthReport());
    QString error;
    for (auto _ : state)
        benchmark::DoNotOptimize(report::parseCsv(csv, &error));
}
BENCHMARK(BM_ParseCsv)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
