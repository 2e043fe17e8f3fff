// Full refreshes of the default profile against a running Prometheus: the engine's CPU per refresh
// (Prometheus' own time excluded: it runs in another process), the refresh's wall time against its
// slowest single query, and resident memory over many refreshes (history must stay bounded).
//   bench_refresh --prometheus URL [--refreshes N] [--warmup N] [--interval-ms MS]
// bench/refresh-10k runs it against the simulator scaled to 10,000 nodes; bench/refresh-soak for memory.
#include "config/profileloader.h"
#include "engine/engine.h"
#include "procstat.h"
#include "prom/allocatortuning.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace slaops;

static double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

static double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return NAN;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * (v.size() - 1) + 0.5))];
}

int main(int argc, char *argv[])
{
    slaops::prom::keepFreedMemoryForReuse(); // as the console does (app/main.cpp)
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption prom(QStringLiteral("prometheus"), QStringLiteral("Prometheus URL"),
                                  QStringLiteral("url"));
    const QCommandLineOption count(QStringLiteral("refreshes"), QStringLiteral("measured refreshes"),
                                   QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption warm(QStringLiteral("warmup"), QStringLiteral("refreshes before measuring"),
                                  QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("refresh interval"),
                                      QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption timeout(QStringLiteral("timeout-s"), QStringLiteral("query timeout"),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption raw(QStringLiteral("raw"),
                                 QStringLiteral("raw queries even where the generated rules are loaded"));
    p.addOptions({prom, count, warm, interval, timeout, raw});
    p.process(app);
    auto loaded = config::ProfileLoader::loadDefault();
    if (!loaded.ok || !p.isSet(prom)) {
        std::fprintf(stderr, "usage: bench_refresh --prometheus URL\n");
        return 2;
    }
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = QUrl(p.value(prom));
    profile.refreshInterval = std::chrono::milliseconds(p.value(interval).toInt());
    profile.sources.timeout = std::chrono::seconds(p.value(timeout).toInt());
    profile.sources.retries = 0;
    const int warmup = p.value(warm).toInt(), measured = p.value(count).toInt();

    engine::Engine eng(profile);
    eng.setUseRecordedRules(!p.isSet(raw));
    int recordedFigures = 0;
    const char *rulesStatus = "not asked";
    std::vector<double> wall, slowest, cpu, ratio;
    std::vector<long> rss;
    int seen = 0, failures = 0;
    double cpuBefore = cpuMs();
    long rssAfterWarmup = 0;
    QObject::connect(&eng, &engine::Engine::snapshotReady, &app, [&](const engine::SnapshotPtr &s) {
        ++seen;
        const double cpuNow = cpuMs();
        qint64 maxQuery = 0;
        for (const auto &f : s->figures)
            maxQuery = std::max(maxQuery, f.queryLatencyMs);
        bool ok = s->prometheus.reachable;
        for (const auto &f : s->figures)
            ok = ok && f.state != sla::State::Error;
        if (seen == warmup)
            rssAfterWarmup = bench::rssKiB();
        if (seen > warmup) {
            recordedFigures = 0;
            for (const auto &f : s->figures)
                recordedFigures += f.rule.isEmpty() ? 0 : 1;
            switch (s->prometheus.rules) {
            case engine::RecordedRules::Status::Loaded:
                rulesStatus = "in use";
                break;
            case engine::RecordedRules::Status::OtherVersion:
                rulesStatus = "other version (not used)";
                break;
            case engine::RecordedRules::Status::None:
                rulesStatus = "none loaded";
                break;
            case engine::RecordedRules::Status::NotAsked:
                rulesStatus = p.isSet(raw) ? "not asked (--raw)" : "could not be asked";
                break;
            }
            if (!ok)
                ++failures;
            wall.push_back(double(s->refreshMs));
            slowest.push_back(double(maxQuery));
            cpu.push_back(cpuNow - cpuBefore);
            ratio.push_back(maxQuery > 0 ? double(s->refreshMs) / double(maxQuery) : NAN);
            rss.push_back(bench::rssKiB());
            std::printf(
                "refresh %4d: wall %6lld ms, slowest query %6lld ms, engine CPU %6.1f ms, RSS %ld KiB%s\n",
                seen - warmup, s->refreshMs, maxQuery, cpuNow - cpuBefore, rss.back(), ok ? "" : " (errors)");
            std::fflush(stdout);
        }
        cpuBefore = cpuNow;
        if (seen >= warmup + measured)
            app.quit();
    });
    eng.start();
    app.exec();
    std::printf("\n%d refreshes, %d with errors; recorded rules: %s, %d figures read from recorded series\n",
                measured, failures, rulesStatus, recordedFigures);
    std::printf("engine CPU per refresh: median %.1f ms, p95 %.1f ms, max %.1f ms\n", percentile(cpu, 0.5),
                percentile(cpu, 0.95), percentile(cpu, 1.0));
    std::printf("wall per refresh: median %.0f ms; slowest single query: median %.0f ms; wall / slowest "
                "query: median %.2f, max %.2f\n",
                percentile(wall, 0.5), percentile(slowest, 0.5), percentile(ratio, 0.5),
                percentile(ratio, 1.0));
    std::printf("RSS: %ld KiB after warm-up, %ld KiB at the end (%+ld KiB)\n", rssAfterWarmup,
                rss.empty() ? 0 : rss.back(), rss.empty() ? 0 : rss.back() - rssAfterWarmup);
    return failures == 0 ? 0 : 1;
}
