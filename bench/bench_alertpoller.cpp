// Resident memory of the alert poller over many polls of real Alertmanagers: RSS after warm-up
// against RSS at the end, and the CPU per poll. A benchmark, not a test (bench/alerts-soak runs it).
//   bench_alertpoller --alertmanager URL ... [--polls N] [--warmup N] [--interval-ms MS]
#include "alerts/alertpoller.h"
#include "procstat.h"
#include "prom/allocatortuning.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace slaops;

static double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

int main(int argc, char *argv[])
{
    prom::keepFreedMemoryForReuse(); // as the console does (app/main.cpp)
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption am(QStringLiteral("alertmanager"),
                                QStringLiteral("Alertmanager URL (repeatable)"), QStringLiteral("url"));
    const QCommandLineOption count(QStringLiteral("polls"), QStringLiteral("measured polls"),
                                   QStringLiteral("n"), QStringLiteral("720"));
    const QCommandLineOption warm(QStringLiteral("warmup"), QStringLiteral("polls before measuring"),
                                  QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("poll interval"),
                                      QStringLiteral("ms"), QStringLiteral("100"));
    p.addOptions({am, count, warm, interval});
    p.process(app);
    if (!p.isSet(am)) {
        std::fprintf(stderr, "usage: bench_alertpoller --alertmanager URL ...\n");
        return 2;
    }
    config::Profile profile;
    profile.name = QStringLiteral("soak");
    for (const QString &u : p.values(am))
        profile.sources.alertmanagers.push_back(QUrl(u));
    profile.refreshInterval = std::chrono::milliseconds(p.value(interval).toInt());
    const int warmup = p.value(warm).toInt(), measured = p.value(count).toInt();
    alerts::AlertPoller poller(profile);
    int seen = 0, failures = 0;
    long rssWarm = 0, rssMax = 0;
    double cpuWarm = 0;
    std::size_t alertsSeen = 0;
    QObject::connect(&poller, &alerts::AlertPoller::bookReady, &app, [&](const alerts::AlertBookPtr &b) {
        ++seen;
        failures += b->allInstancesUp() ? 0 : 1;
        alertsSeen = b->alerts.size();
        const long rss = bench::rssKiB();
        if (seen == warmup) {
            rssWarm = rss;
            cpuWarm = cpuMs();
        }
        if (seen > warmup)
            rssMax = std::max(rssMax, rss);
        if (seen % 100 == 0 || seen == warmup + measured)
            std::printf("poll %d: %zu alerts, RSS %ld KiB\n", seen, alertsSeen, rss);
        if (seen == warmup + measured) {
            const long end = rss;
            std::printf("polls %d (after %d warm-up), %d with an instance down, %zu alerts merged per poll\n",
                        measured, warmup, failures, alertsSeen);
            std::printf("RSS after warm-up %ld KiB, at the end %ld KiB, growth %ld KiB, max %ld KiB\n",
                        rssWarm, end, end - rssWarm, rssMax);
            std::printf("CPU per poll %.2f ms\n", (cpuMs() - cpuWarm) / measured);
            std::fflush(stdout);
            app.exit(failures > 0 ? 1 : 0);
        }
    });
    poller.start();
    return app.exec();
}
