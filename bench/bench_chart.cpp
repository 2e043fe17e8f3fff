// Rendering the overview's charts offscreen (issue 4: at most 16 ms a frame): nine SlaCharts, each
// with a day of 15 s samples (5,760 points) downsampled with LTTB to two points per pixel of a
// 1,200 px wide chart, painted into one QImage per frame.
//   QT_QPA_PLATFORM=offscreen build/bench/bench_chart
#include "engine/historyfetcher.h"
#include "slachart.h"

#include <QApplication>
#include <QGridLayout>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>
#include <memory>
#include <random>

using namespace slaops;

namespace {

constexpr int kCharts = 9;
constexpr int kSamples = 5760;
constexpr int kChartWidth = 1200;
constexpr int kChartHeight = 300;

prom::QueryResult dayOfSamples(unsigned seed)
{
    prom::QueryResult r;
    r.ok = true;
    r.type = prom::ResultType::Matrix;
    r.series.resize(1);
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 4);
    const double start = 1.77e9;
    for (int i = 0; i < kSamples; ++i)
        r.series[0].samples.push_back({start + 15.0 * i, 60 + noise(rng) + (i % 1000 < 40 ? 90 : 0)});
    return r;
}

engine::HistorySeries seriesFor(unsigned seed, int widthPixels)
{
    engine::HistorySeries s;
    s.id = QStringLiteral("p95_response_time");
    s.range = engine::HistoryRange::Day;
    s.step = std::chrono::seconds(15);
    s.end = QDateTime::fromSecsSinceEpoch(qint64(1.77e9) + 86400, Qt::UTC);
    s.start = s.end.addSecs(-86400);
    return engine::HistoryFetcher::toSeries(s, dayOfSamples(seed), std::size_t(2 * widthPixels));
}

engine::Figure figure()
{
    engine::Figure f;
    f.id = QStringLiteral("p95_response_time");
    f.name = QStringLiteral("P95 response time");
    f.unit = config::Unit::Milliseconds;
    f.comparison = sla::Comparison::AtMost;
    f.target = 100;
    f.alert = 150;
    return f;
}

struct Overview {
    QWidget window;
    std::vector<ui::SlaChart *> charts;
    std::vector<engine::HistorySeries> series;

    explicit Overview(bool antialiasing = true, bool frameCache = true)
    {
        auto *grid = new QGridLayout(&window);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(0);
        for (int i = 0; i < kCharts; ++i) {
            auto *c = new ui::SlaChart(&window);
            c->setFixedSize(kChartWidth, kChartHeight);
            c->setFigure(figure());
            c->setAntialiasing(antialiasing);
            c->setFrameCache(frameCache);
            grid->addWidget(c, i, 0);
            charts.push_back(c);
        }
        window.show();
        QCoreApplication::processEvents();
        for (int i = 0; i < kCharts; ++i) {
            series.push_back(seriesFor(unsigned(i + 1), charts[std::size_t(i)]->plotWidthPixels()));
            charts[std::size_t(i)]->setHistory(series.back());
        }
        QCoreApplication::processEvents();
    }
};

// One frame: the nine charts painted into an image (QWidget::render repaints everything).
// Arguments: antialiasing on (1) or off (0); the charts' frame cache on (1: a repaint copies the last
// frame, as an expose or a moving hover label does) or off (0: every chart drawn in full).
void BM_RenderNineCharts(benchmark::State &state)
{
    Overview o(state.range(0) != 0, state.range(1) != 0);
    // Opaque and not cleared per frame: the window paints every pixel (its background, the charts'),
    // and a 1200 x 2700 fill would only measure memset.
    QImage image(o.window.size(), QImage::Format_RGB32);
    for (auto _ : state) {
        QPainter p(&image);
        o.window.render(&p);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points_per_chart"] = double(o.charts.front()->plottedPoints().size());
    state.counters["plot_width_px"] = o.charts.front()->plotWidthPixels();
    state.SetLabel(
        QStringLiteral("%1 charts %2x%3").arg(kCharts).arg(kChartWidth).arg(kChartHeight).toStdString());
}
BENCHMARK(BM_RenderNineCharts)
    ->ArgsProduct({{1, 0}, {1, 0}})
    ->ArgNames({"aa", "cache"})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// A frame after the charts' frames were invalidated (a theme change, a resize of the scene): all nine
// drawn in full into their frames and copied out, no new data.
void BM_RedrawNineCharts(benchmark::State &state)
{
    Overview o(state.range(0) != 0);
    QImage image(o.window.size(), QImage::Format_RGB32);
    const int before = o.charts.front()->frameRenders();
    for (auto _ : state) {
        for (ui::SlaChart *c : o.charts)
            c->setFrameCache(true); // drops the frame: the next paint draws the chart again
        QPainter p(&image);
        o.window.render(&p);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["draws_per_frame"] =
        double(o.charts.front()->frameRenders() - before) / double(state.iterations());
}
BENCHMARK(BM_RedrawNineCharts)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A refresh frame: nine new series set (replace()) and the whole overview painted. The worst case:
// in the console a chart's data changes when its fetch returns, not all nine in one frame.
void BM_UpdateAndRenderNineCharts(benchmark::State &state)
{
    Overview o(state.range(0) != 0);
    std::vector<engine::HistorySeries> other;
    for (int i = 0; i < kCharts; ++i)
        other.push_back(seriesFor(unsigned(100 + i), o.charts[std::size_t(i)]->plotWidthPixels()));
    // Opaque and not cleared per frame: the window paints every pixel (its background, the charts'),
    // and a 1200 x 2700 fill would only measure memset.
    QImage image(o.window.size(), QImage::Format_RGB32);
    bool flip = false;
    for (auto _ : state) {
        const auto &set = flip ? o.series : other;
        flip = !flip;
        for (int i = 0; i < kCharts; ++i)
            o.charts[std::size_t(i)]->setHistory(set[std::size_t(i)]);
        QPainter p(&image);
        o.window.render(&p);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_UpdateAndRenderNineCharts)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The worker's share: gap markers and LTTB of one day's series to 2,400 points (off the GUI thread).
void BM_ToSeriesLttb(benchmark::State &state)
{
    const prom::QueryResult r = dayOfSamples(7);
    engine::HistorySeries base;
    base.step = std::chrono::seconds(15);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine::HistoryFetcher::toSeries(base, r, 2 * kChartWidth));
}
BENCHMARK(BM_ToSeriesLttb)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
