// The containment latency bench (issue 9): against the simulated fleet with the real kubectl, the
// wizard on screen (offscreen) wired to the runner as the console wires it, ITERATIONS times: divert
// traffic away from a region, wait for the first verification result, roll back. It reports, per
// action, the action's own time (the runner's outcome), the time from Apply to the first verification
// result and the refresh interval, and the event-loop probe's lateness over the whole run (the GUI
// thread must never be blocked for more than 50 ms). A benchmark, not a test: bench/action-latency.
//   action_probe --prometheus URL --kubeconfig FILE --from REGION [--iterations N] [--refresh-ms MS]
#include "actions/actionrunner.h"
#include "actions/actionsetup.h"
#include "actions/planner.h"
#include "actions/verification.h"
#include "actionwizard.h"
#include "config/profileloader.h"
#include "engine/engine.h"
#include "latencyprobe.h"
#include "secrets/credentialstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <vector>

using namespace slaops;

namespace {
struct Run {
    qint64 actionMs = -1;     // the runner's own time for the apply (kubectl patch)
    qint64 toVerifiedMs = -1; // Apply pressed → first verification result shown
    bool rollback = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption prom(QStringLiteral("prometheus"), QStringLiteral("Prometheus URL"),
                                  QStringLiteral("url"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig file"),
                                        QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("region to divert"),
                                  QStringLiteral("region"), QStringLiteral("eu-west-1"));
    const QCommandLineOption iterations(QStringLiteral("iterations"), QStringLiteral("1..50"),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption refresh(QStringLiteral("refresh-ms"), QStringLiteral("refresh interval"),
                                     QStringLiteral("ms"), QStringLiteral("1000"));
    p.addOptions({prom, kubeconfig, from, iterations, refresh});
    p.process(app);
    const QUrl url(p.value(prom), QUrl::StrictMode);
    const int n = p.value(iterations).toInt();
    const int refreshMs = p.value(refresh).toInt();
    if (!url.isValid() || url.isEmpty() || p.value(kubeconfig).isEmpty() || n < 1 || n > 50 ||
        refreshMs < 200 || refreshMs > 60000) {
        std::fprintf(stderr, "action_probe: need --prometheus URL --kubeconfig FILE, --iterations 1..50\n");
        return 2;
    }
    config::ProfileLoadResult loaded = config::ProfileLoader::loadDefault();
    if (!loaded.ok) {
        std::fprintf(stderr, "action_probe: %s\n", qPrintable(loaded.error));
        return 2;
    }
    config::Profile profile = loaded.profile;
    profile.sources.prometheus = url;
    profile.refreshInterval = std::chrono::milliseconds(refreshMs);

    QTemporaryDir auditDir;
    actions::RunnerConfig rc;
    rc.kubeconfig = p.value(kubeconfig);
    rc.timeout = profile.containment.timeout;
    rc.auditLog = auditDir.filePath(QStringLiteral("audit.jsonl"));
    rc.actor = QStringLiteral("bench");
    secrets::CredentialStore credentials;
    actions::ActionRunner runner(rc, &credentials);
    engine::Engine engine(profile);

    ui::ActionWizard wizard(profile);
    wizard.resize(900, 680);
    wizard.show();
    QObject::connect(&engine, &engine::Engine::snapshotReady, &wizard, &ui::ActionWizard::setSnapshot);
    QObject::connect(&runner, &actions::ActionRunner::progress, &wizard, &ui::ActionWizard::showProgress);
    QObject::connect(&runner, &actions::ActionRunner::output, &wizard, &ui::ActionWizard::appendOutput);
    QObject::connect(&runner, &actions::ActionRunner::previewReady, &wizard, &ui::ActionWizard::showPreview);
    QObject::connect(&runner, &actions::ActionRunner::finished, &wizard, &ui::ActionWizard::showOutcome);

    bench::LatencyHistogram late;
    QElapsedTimer clock;
    clock.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    qint64 last = -1;
    QObject::connect(&probe, &QTimer::timeout, &app, [&]() {
        const qint64 t = clock.nsecsElapsed();
        if (last >= 0)
            late.add(std::max<qint64>(0, (t - last) / 1000000 - 10));
        last = t;
    });

    // The state machine: plan (from the newest snapshot) → preview → apply → first verification →
    // the rollback the same way → next iteration.
    std::vector<Run> runs;
    engine::SnapshotPtr latest;
    actions::Plan applied;
    bool rollbackNext = false, waitingVerification = false, waitingChecks = false;
    quint64 beforeGeneration = 0;
    bool started = false;
    QElapsedTimer sinceApply;
    actions::Verification verification;
    QString failure;
    auto fail = [&](const QString &why) {
        failure = why;
        app.exit(1);
    };
    auto startNext = [&]() {
        if (int(runs.size()) >= 2 * n) {
            app.quit();
            return;
        }
        actions::Plan plan;
        if (rollbackNext) {
            plan = actions::Planner::rollback(applied, latest.get(), profile);
        } else {
            actions::ActionRequest r;
            r.kind = actions::ActionKind::DivertTraffic;
            r.from = p.value(from);
            plan = actions::Planner::plan(r, latest.get(), profile);
        }
        if (!plan.error.isEmpty())
            return fail(QStringLiteral("no plan: ") + plan.error);
        if (!plan.checksPass()) {
            // As a person would: wait for the figures to let the pre-checks pass (a fleet seconds old
            // has rate windows still filling), and say which one held it back.
            for (const actions::PreCheck &c : plan.preChecks)
                if (!c.passed)
                    std::fprintf(stderr, "action_probe: waiting: %s (%s)\n", qPrintable(c.what),
                                 qPrintable(c.detail));
            waitingChecks = true;
            return;
        }
        runner.preview(plan);
    };
    QObject::connect(&runner, &actions::ActionRunner::previewReady, &app, [&](const actions::Preview &pv) {
        if (!pv.ok())
            return fail(QStringLiteral("preview: ") + pv.error);
        sinceApply.start();
        runner.apply(pv);
    });
    QObject::connect(&runner, &actions::ActionRunner::finished, &app, [&](const actions::Outcome &o) {
        if (!o.applied)
            return fail(QStringLiteral("apply: ") + o.error);
        Run r;
        r.actionMs = o.ms;
        r.rollback = rollbackNext;
        runs.push_back(r);
        applied = o.plan;
        beforeGeneration = latest ? latest->generation : 0;
        verification =
            actions::Verifier::start(o.plan, latest.get(), actions::verificationRefreshes(o.plan, profile));
        waitingVerification = true;
    });
    QObject::connect(&engine, &engine::Engine::snapshotReady, &app, [&](const engine::SnapshotPtr &s) {
        latest = s;
        if (!waitingVerification) {
            const bool first = runs.empty() && !runner.busy() && !started;
            if ((first || waitingChecks) && failure.isEmpty() && s->prometheus.reachable) {
                started = true;
                waitingChecks = false;
                startNext(); // the first action on the first live snapshot, or when the checks hold
            }
            return;
        }
        if (s->generation <= beforeGeneration)
            return;
        verification = actions::Verifier::update(verification, *s, beforeGeneration);
        wizard.showVerification(verification);
        runs.back().toVerifiedMs = sinceApply.elapsed();
        waitingVerification = false;
        rollbackNext = !rollbackNext;
        QTimer::singleShot(0, &app, startNext);
    });
    QTimer::singleShot(std::chrono::minutes(10), &app,
                       [&]() { fail(QStringLiteral("did not finish in 10 min")); });

    engine.start();
    probe.start();
    const int rc2 = app.exec();
    engine.stop();
    if (!failure.isEmpty())
        std::fprintf(stderr, "action_probe: %s\n", qPrintable(failure));

    std::printf(
        "# containment latency: %d divert + rollback pairs, refresh %d ms, kubectl through the runner\n", n,
        refreshMs);
    std::printf("# action      action_ms  apply_to_verified_ms  bound_ms (action + 1 refresh)\n");
    qint64 worstOver = 0;
    for (const Run &r : runs) {
        const qint64 bound = r.actionMs + refreshMs;
        std::printf("%-10s  %9lld  %20lld  %8lld\n", r.rollback ? "rollback" : "divert", r.actionMs,
                    r.toVerifiedMs, bound);
        worstOver = std::max(worstOver, r.toVerifiedMs - bound);
    }
    std::printf(
        "# worst excess over the bound: %lld ms; probe ticks %lld, lateness p50 %lld ms, p99 %lld ms, "
        "max %lld ms, ticks late > 50 ms: %lld; load %s\n",
        worstOver, late.total(), late.percentile(0.5), late.percentile(0.99), late.max(), late.over(50),
        bench::loadAverage().constData());
    return rc2 != 0 ? rc2 : (late.over(50) > 0 || worstOver > 0 ? 1 : 0);
}
