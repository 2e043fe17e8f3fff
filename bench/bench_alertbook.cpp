// Merging the alerts of three Alertmanagers: 10,000 alerts, two HA peers holding the same 5,000 and
// a standalone instance 5,000 others, with 20 silences (a third of them regex) to count matches
// for, then grouped by severity and region as the triage view does. The baseline is the least any
// merge must do: one hash-set insert per fingerprint copy.
// Run: build/bench/bench_alertbook --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "alerts/alertbookbuilder.h"
#include "alerts/apiparser.h"
#include "prom/allocatortuning.h"

#include <QHash>
#include <QSet>
#include <benchmark/benchmark.h>

using namespace slaops::alerts;

namespace {

const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);
const QStringList kSeverities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                              QStringLiteral("low")};
const QStringList kRegions{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                           QStringLiteral("ap-southeast-1")};

std::vector<Alert> alerts(int first, int count)
{
    std::vector<Alert> out;
    out.reserve(std::size_t(count));
    for (int i = first; i < first + count; ++i) {
        Alert a;
        a.fingerprint = QStringLiteral("%1").arg(quint64(i) * 2654435761u, 16, 16, QLatin1Char('0'));
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("SLARule%1").arg(i % 40)},
                    {QStringLiteral("instance"), QStringLiteral("node-%1:9464").arg(i)},
                    {QStringLiteral("region"), kRegions[i % 3]},
                    {QStringLiteral("severity"), kSeverities[i % 4]},
                    {QStringLiteral("sla"), QStringLiteral("sla_%1").arg(i % 6)}};
        a.annotations = {{QStringLiteral("summary"), QStringLiteral("node %1 breaches its SLA").arg(i)}};
        a.startsAt = t0.addSecs(i % 3600);
        a.updatedAt = a.startsAt;
        a.endsAt = a.startsAt.addSecs(300);
        a.receivers = {kSeverities[i % 4]};
        a.state = Alert::State::Active;
        out.push_back(std::move(a));
    }
    return out;
}

BookInput input()
{
    BookInput in;
    in.now = t0.addSecs(3600);
    const QStringList peers{QStringLiteral("a"), QStringLiteral("b")};
    InstanceHealth h;
    h.up = true;
    h.cluster.status = QStringLiteral("ready");
    h.cluster.peerNames = peers;
    const std::vector<Alert> shared = alerts(0, 5000);
    for (int i = 0; i < 3; ++i) {
        h.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(9093 + i));
        h.cluster.name = i < 2 ? peers[i] : QString();
        if (i == 2)
            h.cluster.status = QStringLiteral("disabled");
        in.instances.push_back({h, i < 2 ? shared : alerts(5000, 5000), {}});
    }
    std::vector<Silence> silences;
    for (int i = 0; i < 20; ++i) {
        Silence s;
        s.id = QStringLiteral("silence-%1").arg(i);
        s.matchers = {{QStringLiteral("alertname"), QStringLiteral("SLARule%1").arg(i)}};
        if (i % 3 == 0)
            s.matchers.push_back({QStringLiteral("region"), QStringLiteral("eu-.*|us-.*"), true, true});
        s.startsAt = t0;
        s.endsAt = t0.addSecs(7200);
        s.updatedAt = t0;
        silences.push_back(std::move(s));
    }
    in.instances[0].silences = silences;
    in.instances[1].silences = silences;
    in.instances[2].silences = std::vector<Silence>(silences.begin(), silences.begin() + 10);
    return in;
}

// Counts per group, the way the triage view groups: by severity and by region.
std::size_t group(const AlertBook &book)
{
    QHash<QString, int> bySeverity, byRegion;
    for (const BookAlert &a : book.alerts) {
        ++bySeverity[a.alert.severity()];
        ++byRegion[a.alert.label(u"region")];
    }
    return std::size_t(bySeverity.size() + byRegion.size());
}

void BM_MergeDedupGroup(benchmark::State &state)
{
    const BookInput in = input();
    for (auto _ : state) {
        AlertBook book = AlertBookBuilder::build(in);
        if (book.alerts.size() != 10000 || book.alerts.front().instances.size() != 2)
            state.SkipWithError("unexpected book");
        benchmark::DoNotOptimize(group(book));
        benchmark::DoNotOptimize(book);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * 15000);
}
BENCHMARK(BM_MergeDedupGroup)->Unit(benchmark::kMillisecond);

// The same with the previous book given (every refresh after the first carries it).
void BM_MergeWithPrevious(benchmark::State &state)
{
    BookInput in = input();
    in.previous = std::make_shared<const AlertBook>(AlertBookBuilder::build(in));
    for (auto _ : state) {
        AlertBook book = AlertBookBuilder::build(in);
        benchmark::DoNotOptimize(group(book));
        benchmark::DoNotOptimize(book);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * 15000);
}
BENCHMARK(BM_MergeWithPrevious)->Unit(benchmark::kMillisecond);

// Baseline: a bare hash-set dedup of the 15,000 fingerprint copies.
void BM_BaselineHashSetDedup(benchmark::State &state)
{
    const BookInput in = input();
    for (auto _ : state) {
        QSet<QString> seen;
        seen.reserve(10000);
        for (const InstancePoll &p : in.instances)
            for (const Alert &a : p.alerts)
                seen.insert(a.fingerprint);
        if (seen.size() != 10000)
            state.SkipWithError("unexpected count");
        benchmark::DoNotOptimize(seen);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * 15000);
}
BENCHMARK(BM_BaselineHashSetDedup)->Unit(benchmark::kMillisecond);

// A poll's whole CPU work for 5,000 alerts of one instance: parsing GET /api/v2/alerts.
void BM_ParseAlerts5000(benchmark::State &state)
{
    QByteArray body = "[";
    for (const Alert &a : alerts(0, 5000)) {
        if (body.size() > 1)
            body += ',';
        QByteArray labels;
        for (const auto &[k, v] : a.labels)
            labels += (labels.isEmpty() ? "" : ",") + ('"' + k.toUtf8() + "\":\"" + v.toUtf8() + '"');
        body +=
            R"({"annotations":{"summary":")" + a.annotation(u"summary").toUtf8() +
            R"("},"endsAt":"2026-12-01T08:47:14.171Z","fingerprint":")" + a.fingerprint.toUtf8() +
            R"(","receivers":[{"name":"high"}],"startsAt":"2026-12-01T08:42:14.171Z","status":{"inhibitedBy":[],)"
            R"("silencedBy":[],"state":"active"},"updatedAt":"2026-12-01T08:42:14.171Z","generatorURL":)"
            R"("http://prom:9090/graph?g0.expr=x","labels":{)" +
            labels + "}}";
    }
    body += "]";
    for (auto _ : state) {
        auto r = ApiParser::alerts(body);
        if (!r.ok() || r.value.size() != 5000)
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_ParseAlerts5000)->Unit(benchmark::kMillisecond);

} // namespace

// The console's own allocator settings (app/main.cpp), so that the figure is the console's.
int main(int argc, char **argv)
{
    slaops::prom::keepFreedMemoryForReuse();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
