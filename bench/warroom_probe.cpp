// The war-room soak (issue 4): the war-room view on a 1 s refresh against a live Prometheus, for a
// bounded time, with an event-loop latency probe (a 10 ms timer; how late each tick fires is how long
// the GUI thread was blocked) and RSS sampled every minute. A benchmark, not a test: bench/warroom-soak.
//   warroom_probe --prometheus URL [--minutes N] [--sample-seconds S] [--rotation-seconds R]
#include "budgetpanel.h"
#include "config/profileloader.h"
#include "engine/engine.h"
#include "engine/trendfetcher.h"
#include "latencyprobe.h"
#include "procstat.h"
#include "regionpanel.h"
#include "theme.h"
#include "warroomview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

using namespace slaops;
using bench::LatencyHistogram;
using bench::loadAverage;
using bench::threadCpuNs;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption prom(QStringLiteral("prometheus"), QStringLiteral("Prometheus URL"),
                                  QStringLiteral("url"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("duration (1..1440)"),
                                     QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption sample(QStringLiteral("sample-seconds"), QStringLiteral("RSS sampling period"),
                                    QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption rotation(QStringLiteral("rotation-seconds"),
                                      QStringLiteral("war-room rotation period"), QStringLiteral("s"),
                                      QStringLiteral("5"));
    p.addOptions({prom, minutes, sample, rotation});
    p.process(app);
    const QUrl url(p.value(prom), QUrl::StrictMode);
    const int mins = p.value(minutes).toInt();
    const int sampleS = std::max(1, p.value(sample).toInt());
    if (!url.isValid() || url.isEmpty() || mins < 1 || mins > 1440) {
        std::fprintf(stderr, "warroom_probe: need --prometheus URL and --minutes 1..1440\n");
        return 2;
    }
    config::ProfileLoadResult loaded = config::ProfileLoader::loadDefault();
    if (!loaded.ok) {
        std::fprintf(stderr, "warroom_probe: %s\n", qPrintable(loaded.error));
        return 2;
    }
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = url;
    profile.refreshInterval = std::chrono::milliseconds(1000);

    ui::Theme::apply(ui::Theme::Kind::HighContrast);
    engine::Engine engine(profile);
    // What the console's wall runs (app/console.cpp): the gauges, the regional and budget pages fed
    // every snapshot, and the P95 sparkline refetched every 30 s.
    engine::TrendFetcher trends(engine.prometheusClient());
    ui::WarRoomView view;
    auto *regions = new ui::RegionPanel;
    auto *budgets = new ui::BudgetPanel;
    view.addPage(QStringLiteral("Regions"), regions,
                 [regions](const engine::SnapshotPtr &s, const QDateTime &t) { regions->setSnapshot(s, t); });
    view.addPage(QStringLiteral("Budgets"), budgets,
                 [budgets](const engine::SnapshotPtr &s, const QDateTime &t) { budgets->setSnapshot(s, t); });
    QObject::connect(&trends, &engine::TrendFetcher::trendReady, &view, &ui::WarRoomView::setTrend);
    view.setRotationSeconds(p.value(rotation).toInt());
    view.resize(1920, 1080);
    view.show();

    qint64 snapshots = 0, reachable = 0, paints = 0;
    LatencyHistogram frameWall, frameCpu;
    QElapsedTimer frameClock;
    QObject::connect(&engine, &engine::Engine::snapshotReady, &view, [&](const engine::SnapshotPtr &s) {
        frameClock.start();
        const qint64 cpu0 = threadCpuNs();
        view.setSnapshot(s);
        trends.update(s);
        ++snapshots;
        if (s->prometheus.reachable)
            ++reachable;
        // Offscreen, nothing asks for frames: render one per refresh, as a screen would.
        view.repaint();
        ++paints;
        frameCpu.add((threadCpuNs() - cpu0) / 1000000);
        frameWall.add(frameClock.elapsed());
    });

    LatencyHistogram hist, busy;
    qint64 lastCpu = -1;
    QElapsedTimer clock;
    clock.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    qint64 last = -1;
    QObject::connect(&probe, &QTimer::timeout, &app, [&]() {
        const qint64 t = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (last >= 0) {
            hist.add(std::max<qint64>(0, (t - last) / 1000000 - 10));
            busy.add((cpu - lastCpu) / 1000000);
        }
        last = t;
        lastCpu = cpu;
    });

    std::printf("# war-room soak: %d min, refresh 1 s, rotation %d s, RSS every %d s; Prometheus %s\n", mins,
                p.value(rotation).toInt(), sampleS, qPrintable(url.toString()));
    std::printf("# minute  rss_kib  delta_kib  snapshots  reachable  late_max_ms  busy_max_ms\n");
    std::fflush(stdout);
    const long rss0 = bench::rssKiB();
    int samples = 0;
    QTimer sampler;
    sampler.setInterval(sampleS * 1000);
    auto report = [&]() {
        const long rss = bench::rssKiB();
        std::printf("%7.1f  %7ld  %+9ld  %9lld  %9lld  %11lld  %11lld\n", double(samples) * sampleS / 60.0,
                    rss, rss - rss0, snapshots, reachable, hist.max(), busy.max());
        std::fflush(stdout);
    };
    QObject::connect(&sampler, &QTimer::timeout, &app, [&]() {
        ++samples;
        report();
        if (samples * sampleS >= mins * 60)
            app.quit();
    });
    report();
    engine.start();
    probe.start();
    sampler.start();
    app.exec();
    engine.stop();

    const long rssEnd = bench::rssKiB();
    std::printf("# RSS start %ld KiB, end %ld KiB, growth %+ld KiB\n", rss0, rssEnd, rssEnd - rss0);
    std::printf("# probe ticks %lld; lateness p50 %lld ms, p99 %lld ms, p99.9 %lld ms, max %lld ms; "
                "ticks late > 50 ms: %lld\n",
                hist.total(), hist.percentile(0.5), hist.percentile(0.99), hist.percentile(0.999), hist.max(),
                hist.over(50));
    std::printf("# GUI-thread CPU between two probe ticks (our own work without returning to the loop): "
                "p50 %lld ms, p99 %lld ms, p99.9 %lld ms, max %lld ms\n",
                busy.percentile(0.5), busy.percentile(0.99), busy.percentile(0.999), busy.max());
    std::printf(
        "# frame (setSnapshot + full 1920x1080 repaint): wall p50 %lld ms, max %lld ms; GUI-thread CPU "
        "p50 %lld ms, max %lld ms\n",
        frameWall.percentile(0.5), frameWall.max(), frameCpu.percentile(0.5), frameCpu.max());
    std::printf("# snapshots %lld (reachable %lld), frames rendered %lld, sparkline fetches %lld; load "
                "average %s\n",
                snapshots, reachable, paints, qint64(trends.fetches()), loadAverage().constData());
    return hist.max() > 50 ? 1 : 0;
}
