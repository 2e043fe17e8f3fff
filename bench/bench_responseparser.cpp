// Parsing a large query_range answer: the simdjson parser against QJsonDocument on the same bytes,
// and against a bare simdjson walk of the same shape, which is as fast as this answer can be read.
// Run: build/bench/bench_responseparser --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "prom/allocatortuning.h"
#include "prom/responseparser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <string_view>

namespace {

// 2,000 series x 240 points, shaped like a real /api/v1/query_range answer (~13 MB).
const QByteArray &matrix()
{
    static const QByteArray body = [] {
        QByteArray b;
        b.reserve(14 * 1024 * 1024);
        b += R"({"status":"success","data":{"resultType":"matrix","result":[)";
        for (int s = 0; s < 2000; ++s) {
            if (s)
                b += ',';
            b += R"({"metric":{"__name__":"erlmcp_requests_total","instance":"127.0.0.1:)" +
                 QByteArray::number(30000 + s) + R"(","job":"erlmcp-sla","node":"eu-west-1-)" +
                 QByteArray::number(s) + R"(","region":"eu-west-1"},"values":[)";
            for (int p = 0; p < 240; ++p) {
                if (p)
                    b += ',';
                b += '[' + QByteArray::number(1795748400 + p * 15) + ".5,\"" +
                     QByteArray::number(1234.5 + s * 0.25 + p, 'g', 10) + "\"]";
            }
            b += "]}";
        }
        b += "]}}";
        return b;
    }();
    return body;
}

void BM_ResponseParser(benchmark::State &state)
{
    const QByteArray &body = matrix();
    for (auto _ : state) {
        auto r = slaops::prom::ResponseParser::parse(body, 200, "application/json");
        if (!r.ok || r.series.size() != 2000)
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_ResponseParser)->Unit(benchmark::kMillisecond);

void BM_QJsonDocument(benchmark::State &state)
{
    const QByteArray &body = matrix();
    for (auto _ : state) {
        // The same work: every label and every value turned into a double.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        double sum = 0;
        for (const QJsonValue &series :
             doc.object().value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray())
            for (const QJsonValue &v : series.toObject().value(QLatin1String("values")).toArray())
                sum += v.toArray().at(1).toString().toDouble();
        benchmark::DoNotOptimize(sum);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_QJsonDocument)->Unit(benchmark::kMillisecond);

// The speed limit: the same walk with nothing built. Parser and padded input are made once, outside
// the loop, so that this measures simdjson's own work and no allocation or copy; the checksum over
// every label and every number keeps the compiler from skipping any of it.
void BM_BareSimdjsonWalk(benchmark::State &state)
{
    const QByteArray &body = matrix();
    const simdjson::padded_string padded(body.constData(), std::size_t(body.size()));
    simdjson::ondemand::parser parser;
    for (auto _ : state) {
        double sum = 0;
        std::size_t labelBytes = 0;
        auto doc = parser.iterate(padded);
        for (auto series : doc["data"]["result"].get_array()) {
            for (auto label : series["metric"].get_object()) {
                const std::string_view key = label.unescaped_key().value();
                const std::string_view value = label.value().get_string().value();
                labelBytes += key.size() + value.size();
            }
            for (auto pair : series["values"].get_array()) {
                auto element = pair.get_array().begin();
                sum += (*element).get_double().value();
                ++element;
                sum += (*element).get_double_in_string().value();
            }
        }
        if (labelBytes == 0)
            state.SkipWithError("walk failed");
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(labelBytes);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_BareSimdjsonWalk)->Unit(benchmark::kMillisecond);

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
