// slaops-sim: a simulated erlmcp v3 fleet, or (--service ledger) a simulated payments ledger API.
// Test and demo equipment for slaops; it serves made-up metrics and must never be mistaken for, or
// deployed as, a real service.

#include "adminapi.h"
#include "controlserver.h"
#include "erlmcpmodel.h"
#include "fleet.h"
#include "historywriter.h"
#include "kubeapi.h"
#include "scenario.h"
#include "selftest.h"
#include "servicemodel.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <memory>
#include <optional>

namespace {

constexpr int kUsageError = 2;
constexpr int kMaxNodesPerRegion = 3334; // ~10,000 nodes in total
// civetweb's two threads per node: beyond this the per-node mode runs into thread and port limits.
constexpr int kMaxPerNodeNodesPerRegion = 500;

int fail(const QString &message, int code = kUsageError)
{
    QTextStream(stderr) << "slaops-sim: " << message << Qt::endl;
    return code;
}

std::optional<long long> parseInt(const QString &text, long long min, long long max)
{
    bool ok = false;
    const long long v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    // QSaveFile writes a temporary file and renames it, so a reader (Prometheus' file_sd, the
    // stack script) never sees half a file.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString helpEpilogue()
{
    return QStringLiteral(
        "\nServices (--service):\n"
        "  erlmcp   (default) 3 regions x N nodes; each node serves /metrics/sla, every series labelled\n"
        "           region and node (packaging/prometheus/README.md has the metric names).\n"
        "  ledger   a made-up payments ledger API: 2 zones x N nodes, ledger-<zone>-<i>, each serving\n"
        "           /metrics with NO zone or node label (Prometheus takes them from the targets file):\n"
        "           ledger_http_requests_total{code=200|409|500|503}, ledger_http_request_duration_seconds\n"
        "           (histogram), ledger_settlement_lag_seconds, ledger_replica_lag_seconds,\n"
        "           ledger_build_info{version}, and ledger_queue_depth without a TYPE line (untyped).\n"
        "           2,000 RPS in all, ~0.01% 5xx, ~0.5% 409, P99 ~60 ms. Per-node serving only.\n"
        "\nerlmcp scenarios (--scenario NAME [TARGET], or POST /scenario at run time):\n"
        "  steady                 every SLA met with margin\n"
        "  latency-spike REGION   the region's P95 response time ~340 ms\n"
        "  error-burst REGION     the region's error ratio ~2%\n"
        "  node-down NODE         the node stops answering scrapes (e.g. eu-west-1-0)\n"
        "  region-outage REGION   every node of the region stops answering\n"
        "  replication-lag REGION replication lag ~30 s and consistency ~99.9%\n"
        "  slow-failover REGION   session failovers take ~25 s\n"
        "Regions: us-east-1, eu-west-1, ap-southeast-1. Nodes: <region>-<i>.\n"
        "\nledger scenarios (the other names are refused in ledger mode, and these in erlmcp mode):\n"
        "  steady                 2,000 RPS, ~0.01% 5xx, P99 ~60 ms, settlement lag ~2 s\n"
        "  latency-spike ZONE     the zone's P99 ~800 ms\n"
        "  error-burst ZONE       the zone's 5xx ratio ~3%\n"
        "  node-down NODE         the node stops answering scrapes (e.g. ledger-us-west-0)\n"
        "  zone-outage ZONE       every node of the zone stops answering\n"
        "  settlement-lag ZONE    the zone's settlement lag ~120 s\n"
        "Zones: eu-central, us-west. Nodes: ledger-<zone>-<i>.\n"
        "\nControl endpoint (HTTP/1.1 on 127.0.0.1, one request per connection):\n"
        "  GET  /healthz           200 {\"status\":\"ok\"}\n"
        "  GET  /scenario          {\"scenario\":\"steady\",\"target\":\"\"}\n"
        "  POST /scenario          body {\"scenario\":\"latency-spike\",\"target\":\"eu-west-1\"}: 200 and "
        "the\n"
        "                          new state, or 400 {\"error\":...}\n"
        "  GET  /targets           [{\"region\":..,\"node\":..,\"port\":..,\"serving\":..}, ...]\n"
        "                          (ledger: \"zone\" instead of \"region\")\n"
        "\nServing (--serve):\n"
        "  per-node  every node serves /metrics/sla on its own 127.0.0.1 port (a civetweb exposer,\n"
        "            two threads per node; at most 500 nodes per region); a down node refuses\n"
        "            connections. The default, and the only mode of --service ledger (/metrics, one\n"
        "            thread per node).\n"
        "  shared    one 127.0.0.1 port (--base-port, default ephemeral) serves every node at\n"
        "            /nodes/<node>/metrics/sla; a down node answers 503. The targets file sets\n"
        "            __metrics_path__ and instance (127.0.0.1:<port>/<node>) per node. For large fleets.\n"
        "\nExit status: 0 after SIGTERM/SIGINT, 1 when a port cannot be bound or a file written,\n"
        "2 for a usage error.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slaops-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLAOPS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated erlmcp v3 fleet (3 regions x N nodes), or a simulated ledger API (2 zones\n"
                       "x N nodes), for slaops tests and demos.\n"
                       "This is test and demo equipment: its metrics are made up.") +
        helpEpilogue());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption nodesOpt(QStringLiteral("nodes"),
                                      QStringLiteral("Nodes per region or zone (default 3)."),
                                      QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Seed of the random generator (default 20240601)."),
                                     QStringLiteral("S"), QStringLiteral("20240601"));
    const QCommandLineOption scenarioOpt(
        QStringLiteral("scenario"), QStringLiteral("Initial scenario; its TARGET follows as an argument."),
        QStringLiteral("NAME"), QStringLiteral("steady"));
    const QCommandLineOption targetOpt(
        QStringLiteral("target"), QStringLiteral("Target of the scenario (alternative to the argument)."),
        QStringLiteral("TARGET"));
    const QCommandLineOption basePortOpt(
        QStringLiteral("base-port"),
        QStringLiteral("Node i listens on P+i (regions in order us-east-1, eu-west-1, ap-southeast-1; "
                       "zones eu-central, us-west); default: ephemeral ports."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption controlPortOpt(QStringLiteral("control-port"),
                                            QStringLiteral("Port of the control endpoint (0 = ephemeral)."),
                                            QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption targetsFileOpt(QStringLiteral("targets-file"),
                                            QStringLiteral("Write a Prometheus file_sd JSON here once all "
                                                           "nodes listen (atomically)."),
                                            QStringLiteral("F"));
    const QCommandLineOption controlFileOpt(QStringLiteral("control-file"),
                                            QStringLiteral("Write the control URL here once listening."),
                                            QStringLiteral("F"));
    const QCommandLineOption tickOpt(QStringLiteral("tick-ms"),
                                     QStringLiteral("Simulation step in milliseconds (default 1000)."),
                                     QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption serveOpt(QStringLiteral("serve"),
                                      QStringLiteral("How nodes are served: per-node (default) or shared."),
                                      QStringLiteral("MODE"), QStringLiteral("per-node"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"),
                                        QStringLiteral("What to simulate: erlmcp (default) or ledger."),
                                        QStringLiteral("NAME"), QStringLiteral("erlmcp"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"),
                                         QStringLiteral("Run the built-in checks and exit (0 = passed)."));
    const QCommandLineOption tlsCertOpt(
        QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (chain) of the Kubernetes and admin APIs."), QStringLiteral("F"));
    const QCommandLineOption tlsKeyOpt(QStringLiteral("tls-key"),
                                       QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("F"));
    const QCommandLineOption tokenFileOpt(
        QStringLiteral("api-token-file"),
        QStringLiteral("File holding the APIs' bearer token (never on a command "
                       "line). With --tls-cert/--tls-key it enables both APIs."),
        QStringLiteral("F"));
    const QCommandLineOption apiFileOpt(
        QStringLiteral("api-file"),
        QStringLiteral("Write KUBE_API_URL=.. and ERLMCP_API_URL=.. here once listening."),
        QStringLiteral("F"));
    parser.addOptions({tlsCertOpt, tlsKeyOpt, tokenFileOpt, apiFileOpt});
    const QCommandLineOption historyOpt(
        QStringLiteral("history-openmetrics"),
        QStringLiteral("Write the fleet's metrics over --from..--to as OpenMetrics text (for promtool tsdb "
                       "create-blocks-from openmetrics) and exit; erlmcp only."),
        QStringLiteral("FILE"));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("History: first sample, ISO 8601 with a zone."),
                                     QStringLiteral("ISO"));
    const QCommandLineOption toOpt(
        QStringLiteral("to"), QStringLiteral("History: end, ISO 8601 with a zone."), QStringLiteral("ISO"));
    const QCommandLineOption stepOpt(QStringLiteral("step"),
                                     QStringLiteral("History: time between samples (default 15s)."),
                                     QStringLiteral("DURATION"), QStringLiteral("15s"));
    const QCommandLineOption eventOpt(
        QStringLiteral("event"),
        QStringLiteral("History: a scenario in a window, KIND:TARGET:ISO-START:DURATION (repeatable)."),
        QStringLiteral("EVENT"));
    parser.addOptions({historyOpt, fromOpt, toOpt, stepOpt, eventOpt});
    parser.addOptions({nodesOpt, seedOpt, scenarioOpt, targetOpt, basePortOpt, controlPortOpt, targetsFileOpt,
                       controlFileOpt, tickOpt, serveOpt, serviceOpt, selfTestOpt});
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("Target of --scenario."),
                                 QStringLiteral("[TARGET]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "slaops-sim " << SLAOPS_VERSION << Qt::endl;
        return 0;
    }
    if (parser.isSet(selfTestOpt))
        return SelfTest::run();

    const auto model = ServiceModel::create(parser.value(serviceOpt));
    if (!model)
        return fail(
            QStringLiteral("unknown service \"%1\"; known: %2")
                .arg(parser.value(serviceOpt), ServiceModel::serviceNames().join(QStringLiteral(", "))));
    const QString serveName = parser.value(serveOpt);
    if (serveName != QLatin1StringView("per-node") && serveName != QLatin1StringView("shared"))
        return fail(QStringLiteral("--serve must be per-node or shared, got \"%1\"").arg(serveName));
    const Fleet::Serve serve =
        serveName == QLatin1StringView("shared") ? Fleet::Serve::Shared : Fleet::Serve::PerNode;
    const auto nodes = parseInt(parser.value(nodesOpt), 1, kMaxNodesPerRegion);
    if (!nodes)
        return fail(QStringLiteral("--nodes must be 1..%1").arg(kMaxNodesPerRegion));
    if (serve == Fleet::Serve::Shared && !model->supportsSharedServing())
        return fail(
            QStringLiteral("the %1 service is served per node only (--serve per-node)").arg(model->name()));
    if (serve == Fleet::Serve::PerNode && *nodes > kMaxPerNodeNodesPerRegion)
        return fail(
            model->supportsSharedServing()
                ? QStringLiteral("--serve per-node takes at most %1 nodes per region; use --serve shared")
                      .arg(kMaxPerNodeNodesPerRegion)
                : QStringLiteral("the %1 service takes at most %2 nodes per %3")
                      .arg(model->name())
                      .arg(kMaxPerNodeNodesPerRegion)
                      .arg(model->groupLabel()));
    const auto seed = parseInt(parser.value(seedOpt), 0, std::numeric_limits<long long>::max());
    if (!seed)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    if (parser.isSet(historyOpt)) {
        if (model->name() != QLatin1StringView("erlmcp"))
            return fail(QStringLiteral("--history-openmetrics simulates the erlmcp service only"));
        HistoryWriter::Options h;
        h.path = parser.value(historyOpt);
        h.fromSecs = HistoryWriter::parseIsoSecs(parser.value(fromOpt));
        h.toSecs = HistoryWriter::parseIsoSecs(parser.value(toOpt));
        if (h.fromSecs < 0 || h.toSecs < 0)
            return fail(QStringLiteral("--from and --to must be ISO 8601 date-times with a zone, e.g. "
                                       "2024-06-03T00:00:00Z"));
        h.stepSecs = HistoryWriter::parseDuration(parser.value(stepOpt));
        if (h.stepSecs < 0)
            return fail(QStringLiteral("--step must be a duration such as 15s, 1m or 1h"));
        h.seed = static_cast<std::uint64_t>(*seed);
        h.nodesPerRegion = static_cast<int>(*nodes);
        for (const QString &text : parser.values(eventOpt)) {
            HistoryWriter::Event e;
            QString why;
            if (!HistoryWriter::parseEvent(text, &e, &why))
                return fail(why);
            h.events << e;
        }
        HistoryWriter writer(h);
        QString why;
        if (!writer.run(&why))
            return fail(why, why.startsWith(QStringLiteral("cannot write")) ? 1 : kUsageError);
        QTextStream(stdout) << "slaops-sim: SIMULATED history, " << writer.samplesWritten() << " samples in "
                            << h.path << Qt::endl;
        return 0;
    }
    const long long portsNeeded = serve == Fleet::Serve::Shared ? 1 : model->groups().size() * *nodes;
    const auto basePort = parseInt(parser.value(basePortOpt), 0, 65535 - portsNeeded + 1);
    if (!basePort)
        return fail(QStringLiteral("--base-port must leave room for %1 ports below 65536").arg(portsNeeded));
    const auto controlPort = parseInt(parser.value(controlPortOpt), 0, 65535);
    if (!controlPort)
        return fail(QStringLiteral("--control-port must be 0..65535"));
    const auto tickMs = parseInt(parser.value(tickOpt), 10, 60000);
    if (!tickMs)
        return fail(QStringLiteral("--tick-ms must be 10..60000"));

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(targetOpt)))
        return fail(QStringLiteral("too many arguments: %1").arg(positional.join(QLatin1Char(' '))));
    const QString target = positional.isEmpty() ? parser.value(targetOpt) : positional.front();

    Fleet fleet(Fleet::Options{static_cast<int>(*nodes), static_cast<std::uint64_t>(*seed),
                               static_cast<int>(*basePort), static_cast<int>(*tickMs), serve,
                               parser.value(serviceOpt)});
    if (const QString problem = fleet.validateOptions(); !problem.isEmpty())
        return fail(problem);
    const auto kind = Scenario::kindFromName(parser.value(scenarioOpt));
    if (!kind)
        return fail(
            QStringLiteral("unknown scenario \"%1\"; known: %2")
                .arg(parser.value(scenarioOpt), fleet.model().scenarioNames().join(QStringLiteral(", "))));
    // The target is checked against names only, before any port is bound, so a typo costs nothing.
    const Scenario initial(*kind, target);
    if (const QString problem = fleet.validate(initial); !problem.isEmpty())
        return fail(problem);

    QTextStream out(stdout);
    out << "slaops-sim: SIMULATED " << fleet.model().title()
        << " - test and demo equipment, the metrics are made up" << Qt::endl;
    QString error;
    if (!fleet.start(&error))
        return fail(error, 1);
    fleet.setScenario(initial, &error);

    ControlServer control(&fleet);
    if (!control.listen(static_cast<quint16>(*controlPort), &error))
        return fail(error, 1);

    // The containment APIs (erlmcp only): the simulated Kubernetes API and the admin REST API.
    std::unique_ptr<KubeApi> kube;
    std::unique_ptr<AdminApi> admin;
    if (parser.isSet(tokenFileOpt)) {
        auto *erlmcp = dynamic_cast<ErlmcpModel *>(&fleet.mutableModel());
        if (!erlmcp)
            return fail(
                QStringLiteral("--api-token-file: the containment APIs are simulated for erlmcp only"));
        QFile tokenIn(parser.value(tokenFileOpt));
        if (!tokenIn.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(tokenIn.fileName(), tokenIn.errorString()),
                        1);
        const QByteArray token = tokenIn.readAll().trimmed();
        if (token.size() < 16)
            return fail(QStringLiteral("the token in %1 is shorter than 16 bytes").arg(tokenIn.fileName()),
                        1);
        kube = std::make_unique<KubeApi>(&fleet, erlmcp, token);
        admin = std::make_unique<AdminApi>(erlmcp, token);
        if (!kube->listen(0, parser.value(tlsCertOpt), parser.value(tlsKeyOpt), &error) ||
            !admin->listen(0, parser.value(tlsCertOpt), parser.value(tlsKeyOpt), &error))
            return fail(error, 1);
        const QString apiFile = parser.value(apiFileOpt);
        if (!apiFile.isEmpty() && !writeAtomically(apiFile,
                                                   QStringLiteral("KUBE_API_URL=%1\nERLMCP_API_URL=%2\n")
                                                       .arg(kube->url(), admin->url())
                                                       .toUtf8(),
                                                   &error))
            return fail(error, 1);
        out << "kubernetes api: " << kube->url() << Qt::endl << "admin api: " << admin->url() << Qt::endl;
    }

    const QString targetsFile = parser.value(targetsFileOpt);
    if (!targetsFile.isEmpty() && !writeAtomically(targetsFile, fleet.fileSdJson(), &error))
        return fail(error, 1);
    const QString controlFile = parser.value(controlFileOpt);
    if (!controlFile.isEmpty() && !writeAtomically(controlFile, control.url().toUtf8() + '\n', &error))
        return fail(error, 1);

    SignalWatcher signals;
    if (!signals.install(&error))
        return fail(error, 1);
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&app](int sig) {
        QTextStream(stdout) << "slaops-sim: signal " << sig << ", shutting down" << Qt::endl;
        app.quit();
    });
    QObject::connect(&fleet, &Fleet::scenarioChanged, &app, [&fleet] {
        QTextStream(stdout) << "slaops-sim: scenario " << fleet.scenario().name() << ' '
                            << fleet.scenario().target() << Qt::endl;
    });

    out << "slaops-sim: " << fleet.nodeCount() << " nodes listening ("
        << (serve == Fleet::Serve::Shared ? QStringLiteral("shared on 127.0.0.1:%1").arg(fleet.sharedPort())
                                          : QStringLiteral("per-node"))
        << "), scenario " << fleet.scenario().name() << ' ' << fleet.scenario().target() << Qt::endl;
    out << "control: " << control.url() << Qt::endl;
    fleet.startTicking();
    const int rc = app.exec();
    if (!controlFile.isEmpty())
        QFile::remove(controlFile); // nobody should talk to a URL that no longer answers
    return rc;
}
