// The triage view over a wide incident (issue 8: 10,000 alerts, no frame over 16 ms): the alerts model
// taking a new book (the same alerts refreshed: dataChanged; a changed set: a reset), and the view
// scrolled a page at a time, each step rendered into a viewport-sized image offscreen. Baselines in the
// same run: a QStandardItemModel with the same rows and cells, and a QTreeView over it.
//   QT_QPA_PLATFORM=offscreen build/bench/bench_triageview
// Scroll benchmarks report the worst and the median frame (worst_ms, median_ms) besides the mean.
#include "../tests/ui/alertfixtures.h"
#include "alertsmodel.h"
#include "triageview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>

using namespace slaops;

namespace {

constexpr int kViewWidth = 1400;
constexpr int kViewHeight = 800;

// The same book refreshed: a copy whose alerts carry a newer updatedAt.
alerts::AlertBookPtr refreshed(const alerts::AlertBookPtr &book, int n)
{
    auto b = std::make_shared<alerts::AlertBook>(*book);
    b->at = b->at.addSecs(5 * n);
    for (alerts::BookAlert &a : b->alerts)
        a.alert.updatedAt = b->at;
    return b;
}

void BM_ModelSameAlertsAgain(benchmark::State &state)
{
    const int n = int(state.range(0));
    const alerts::AlertBookPtr a = test::wideBook(n), b = refreshed(a, 1);
    ui::AlertsModel model;
    model.setProfile(test::defaultProfile());
    model.setSnapshot(test::erlmcpSnapshot());
    model.setBook(a);
    bool flip = false;
    for (auto _ : state) {
        model.setBook(flip ? a : b);
        flip = !flip;
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ModelSameAlertsAgain)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ModelChangedAlerts(benchmark::State &state)
{
    const int n = int(state.range(0));
    const alerts::AlertBookPtr a = test::wideBook(n, 0), b = test::wideBook(n + 1, 17);
    ui::AlertsModel model;
    model.setProfile(test::defaultProfile());
    model.setSnapshot(test::erlmcpSnapshot());
    bool flip = false;
    for (auto _ : state) {
        model.setBook(flip ? a : b);
        flip = !flip;
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ModelChangedAlerts)->Arg(10000)->Unit(benchmark::kMillisecond);

// Baseline: the same cells as plain items (what a naive model would build on every book).
void fillStandardModel(QStandardItemModel &m, const ui::AlertsModel &source)
{
    m.clear();
    m.setColumnCount(ui::AlertsModel::ColumnCount);
    for (int s = 0; s < source.rowCount(); ++s) {
        const QModelIndex section = source.index(s, 0);
        auto *head = new QStandardItem(section.data().toString());
        for (int r = 0; r < source.rowCount(section); ++r) {
            QList<QStandardItem *> row;
            for (int c = 0; c < ui::AlertsModel::ColumnCount; ++c)
                row << new QStandardItem(source.index(r, c, section).data().toString());
            head->appendRow(row);
        }
        m.appendRow(head);
    }
}

void BM_BaselineStandardItemModel(benchmark::State &state)
{
    const int n = int(state.range(0));
    ui::AlertsModel source;
    source.setProfile(test::defaultProfile());
    source.setBook(test::wideBook(n));
    QStandardItemModel m;
    for (auto _ : state)
        fillStandardModel(m, source);
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_BaselineStandardItemModel)->Arg(10000)->Unit(benchmark::kMillisecond);

// One scroll step per iteration: a page down (wrapping at the end), then the viewport rendered.
void scrollFrames(benchmark::State &state, QTreeView *tree)
{
    tree->resize(kViewWidth, kViewHeight);
    tree->show();
    tree->expandAll();
    QScrollBar *bar = tree->verticalScrollBar();
    QImage image(tree->viewport()->size(), QImage::Format_RGB32);
    // Three frames before timing: the first paint after show() fills the glyph and style caches, a
    // one-off of starting, not of scrolling.
    for (int i = 0; i < 3; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        QPainter p(&image);
        tree->viewport()->render(&p);
    }
    bar->setValue(0);
    std::vector<double> frames;
    frames.reserve(4096);
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const int next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        QPainter p(&image);
        tree->viewport()->render(&p);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
        const double ms = double(t.nsecsElapsed()) / 1e6;
        frames.push_back(ms);
        state.SetIterationTime(ms / 1e3);
    }
    std::sort(frames.begin(), frames.end());
    state.counters["worst_ms"] = frames.empty() ? 0 : frames.back();
    state.counters["median_ms"] = frames.empty() ? 0 : frames[frames.size() / 2];
    state.counters["p99_ms"] = frames.empty() ? 0 : frames[frames.size() * 99 / 100];
    state.counters["frames"] = double(frames.size());
}

void BM_ScrollTriageView(benchmark::State &state)
{
    ui::TriageView view;
    view.setProfile(test::defaultProfile());
    view.setSnapshot(test::erlmcpSnapshot());
    view.setBook(test::wideBook(int(state.range(0))));
    view.resize(kViewWidth, kViewHeight + 80);
    view.show();
    scrollFrames(state, view.tree());
}
BENCHMARK(BM_ScrollTriageView)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_BaselineScrollStandardModel(benchmark::State &state)
{
    ui::AlertsModel source;
    source.setProfile(test::defaultProfile());
    source.setBook(test::wideBook(int(state.range(0))));
    QStandardItemModel m;
    fillStandardModel(m, source);
    QTreeView tree;
    tree.setUniformRowHeights(true);
    tree.setModel(&m);
    scrollFrames(state, &tree);
}
BENCHMARK(BM_BaselineScrollStandardModel)
    ->Arg(10000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

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
