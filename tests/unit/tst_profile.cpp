// The SLA profile: the shipped default, and every kind of mistake a person makes in YAML.
#include "config/profileloader.h"

#include <QtTest>
#include <chrono>
#include <sys/stat.h>
#include <thread>

using namespace slaops;
using namespace slaops::config;

namespace {
// A literal with its NUL bytes kept.
template <std::size_t N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

QByteArray minimal(const QByteArray &slaBody)
{
    return "profile: t\n"
           "sources:\n"
           "  prometheus:\n"
           "    url: http://127.0.0.1:9090\n"
           "slas:\n"
           "  - id: p95\n"
           "    name: P95\n"
           "    query: histogram_quantile(0.95, sum by (le) (rate(x_bucket[$window])))\n" +
           slaBody;
}
// A profile with this Prometheus source (indented under sources.prometheus) and these regions.
QByteArray withSource(const QByteArray &prometheus, const QByteArray &regions = {})
{
    return "profile: t\n"
           "sources:\n"
           "  prometheus:\n" +
           prometheus +
           "slas:\n"
           "  - id: up\n"
           "    name: Up\n"
           "    query: avg(up{$selector})\n"
           "    unit: percent\n"
           "    comparison: at_least\n"
           "    target: 99%\n"
           "    alert: 99.5%\n" +
           (regions.isEmpty() ? QByteArray() : "regions:\n" + regions);
}
} // namespace

class TestProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultProfileHasTheErlmcpFigures();
    void windowIsExpandedInQueries();
    void thresholdsInTheirUnits_data();
    void thresholdsInTheirUnits();
    void errorsNameFileLineAndKey_data();
    void errorsNameFileLineAndKey();
    void missingFileIsAnError();
    void sourcesAreListsOfReplicas();
    void sourceErrorsNameLineAndKey_data();
    void sourceErrorsNameLineAndKey();
    void containmentKeysAreRead();
    void secondProfileDeclaresItsRoles();
    void credentialsInUrlsAreRefused_data();
    void credentialsInUrlsAreRefused();
    void hostileFilesEndWithAnError_data();
    void hostileFilesEndWithAnError();
    void sizeLimitIsExact();
    void fifoIsRead();
    void anchorsAndUnicodeStillLoad();
    void burnAlertSeverities();
};

void TestProfile::defaultProfileHasTheErlmcpFigures()
{
    const ProfileLoadResult r = ProfileLoader::loadDefault();
    QVERIFY2(r.ok, qPrintable(r.error));
    const Profile &p = r.profile;
    QCOMPARE(p.name, QStringLiteral("erlmcp-v3"));
    QCOMPARE(p.refreshInterval, std::chrono::milliseconds(5000));
    QCOMPARE(p.slas.size(), std::size_t(6));
    auto find = [&](const char *id) -> const SlaSpec & {
        for (const auto &s : p.slas)
            if (s.id == QLatin1String(id))
                return s;
        qFatal("missing sla %s", id);
    };
    QCOMPARE(find("uptime").target, 0.99999);
    QCOMPARE(find("uptime").alert, 0.9999);
    QCOMPARE(find("uptime").comparison, sla::Comparison::AtLeast);
    QCOMPARE(find("response_time_p95").target, 100.0);
    QCOMPARE(find("response_time_p95").alert, 150.0);
    QCOMPARE(find("response_time_p95").unit, Unit::Milliseconds);
    // 0.01 %, not the 1 % the source document alerted at.
    QCOMPARE(find("error_rate").target, 0.0001);
    QCOMPARE(find("error_rate").alert, 0.001);
    QCOMPARE(find("session_failover").target, 10.0);
    QCOMPARE(find("session_failover").alert, 15.0);
    QCOMPARE(find("data_consistency").target, 0.99999);
    QCOMPARE(find("throughput").target, 50000.0);
    QCOMPARE(find("throughput").alert, 40000.0); // 80 % of capacity
    // Regions, their own targets, containment and escalation (DESIGN.md §4).
    QCOMPARE(p.regions.size(), std::size_t(3));
    QCOMPARE(p.regions[2].name, QStringLiteral("ap-southeast-1"));
    QCOMPARE(p.regions[2].selector, QStringLiteral("region=\"ap-southeast-1\""));
    QCOMPARE(p.regions[2].uptime, 0.9999);
    QCOMPARE(p.regions[2].rto, 600.0);
    QCOMPARE(p.regions[2].rpo, 5.0);
    QCOMPARE(p.regions[2].latency, 100.0);
    QCOMPARE(p.regions[0].rto, 300.0);
    QCOMPARE(p.regions[0].rpo, 1.0);
    QCOMPARE(p.regions[0].latency, 50.0);
    QVERIFY(!p.regionQueries.rpo.isEmpty());
    QCOMPARE(p.containment.kubectl.nameSpace, QStringLiteral("erlmcp"));
    QCOMPARE(p.escalation.size(), std::size_t(4));
    QCOMPARE(p.escalation[0].severity, QStringLiteral("critical"));
    QCOMPARE(p.escalation[0].responseTime, std::chrono::seconds(15 * 60));
    QCOMPARE(p.escalation[0].channels,
             QStringList({QStringLiteral("PagerDuty"), QStringLiteral("phone"), QStringLiteral("SMS")}));
    QCOMPARE(p.escalation[3].responseTime, std::chrono::seconds(2 * 3600));
    QCOMPARE(p.burnAlerts.page, QStringLiteral("critical"));
    QCOMPARE(p.burnAlerts.ticket, QStringLiteral("medium"));
    QCOMPARE(p.budgetPeriod, std::chrono::seconds(30 * 86400));
    QVERIFY(!find("throughput").regional);
    QCOMPARE(p.sources.prometheusAuth.kind, Auth::Kind::None);
    // The uptime query averages an instant vector over time; it never divides a range vector.
    QVERIFY(find("uptime").expandedQuery().contains(
        QStringLiteral("avg_over_time(up{job=\"erlmcp-sla\",}[5m])")));
}

void TestProfile::windowIsExpandedInQueries()
{
    SlaSpec s;
    s.query = QStringLiteral("rate(a[$window]) / rate(b[$window])");
    s.window = std::chrono::seconds(90);
    QCOMPARE(s.expandedQuery(), QStringLiteral("rate(a[1m30s]) / rate(b[1m30s])"));
    s.window = std::chrono::seconds(86400 * 30);
    QCOMPARE(s.expandedQuery(), QStringLiteral("rate(a[30d]) / rate(b[30d])"));
}

void TestProfile::thresholdsInTheirUnits_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("alert");
    QTest::addColumn<double>("expectedTarget");
    QTest::addColumn<double>("expectedAlert");
    QTest::addRow("ms") << QByteArray("ms") << QByteArray("100ms") << QByteArray("0.15s") << 100.0 << 150.0;
    QTest::addRow("s") << QByteArray("s") << QByteArray("10s") << QByteArray("15000ms") << 10.0 << 15.0;
    QTest::addRow("percent") << QByteArray("percent") << QByteArray("99.99%") << QByteArray("99.9%") << 0.9999
                             << 0.999;
    QTest::addRow("rps share") << QByteArray("rps") << QByteArray("50000") << QByteArray("80%") << 50000.0
                               << 40000.0;
    QTest::addRow("rps") << QByteArray("rps") << QByteArray("1e4") << QByteArray("9000") << 10000.0 << 9000.0;
}

void TestProfile::thresholdsInTheirUnits()
{
    QFETCH(QByteArray, unit);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, alert);
    QFETCH(double, expectedTarget);
    QFETCH(double, expectedAlert);
    const auto r =
        ProfileLoader::parse(minimal("    unit: " + unit + "\n    comparison: at_most\n    target: \"" +
                                     target + "\"\n    alert: \"" + alert + "\"\n"),
                             QStringLiteral("t.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.profile.slas.front().target, expectedTarget);
    QCOMPARE(r.profile.slas.front().alert, expectedAlert);
}

void TestProfile::errorsNameFileLineAndKey_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    const QByteArray ok = "    unit: ms\n    comparison: at_most\n    target: 100ms\n    alert: 150ms\n";
    QTest::addRow("unknown key") << minimal(ok + "    tagret: 5\n")
                                 << QStringLiteral("t.yaml:13: slas[0].tagret: unknown key");
    QTest::addRow("wrong unit")
        << minimal("    unit: ms\n    comparison: at_most\n    target: 100\n    alert: 150ms\n")
        << QStringLiteral("t.yaml:11: slas[0].target: expected a duration in ms or s");
    QTest::addRow("percent without sign")
        << minimal("    unit: percent\n    comparison: at_least\n    target: 99.9\n    alert: 99%\n")
        << QStringLiteral("t.yaml:11: slas[0].target: expected a percentage");
    QTest::addRow("bad unit")
        << minimal("    unit: hours\n    comparison: at_most\n    target: 1\n    alert: 2\n")
        << QStringLiteral("t.yaml:9: slas[0].unit: unknown unit \"hours\"");
    QTest::addRow("bad comparison")
        << minimal("    unit: ms\n    comparison: below\n    target: 100ms\n    alert: 150ms\n")
        << QStringLiteral("t.yaml:10: slas[0].comparison: expected at_least or at_most");
    QTest::addRow("missing target") << minimal("    unit: ms\n    comparison: at_most\n    alert: 150ms\n")
                                    << QStringLiteral("slas[0].target: is required");
    QTest::addRow("bad window") << minimal(ok + "    window: five minutes\n")
                                << QStringLiteral("t.yaml:13: slas[0].window: expected a duration");
    QTest::addRow("bad url")
        << QByteArray("profile: t\nsources:\n  prometheus:\n    url: ftp://x\nslas: []\n")
        << QStringLiteral("t.yaml:4: sources.prometheus.url: expected an http:// or https:// URL");
    QTest::addRow("no slas")
        << QByteArray("profile: t\nsources:\n  prometheus:\n    url: http://127.0.0.1:9090\nslas: []\n")
        << QStringLiteral("t.yaml:5: slas: expected a non-empty list");
    QTest::addRow("duplicate id") << minimal(ok + "  - id: p95\n    name: again\n    query: up\n" + ok)
                                  << QStringLiteral("t.yaml:13: slas[1].id: duplicate id \"p95\"");
    QTest::addRow("malformed yaml") << QByteArray("profile: t\nsources: [\n  prometheus: {\n")
                                    << QStringLiteral("t.yaml:");
    QTest::addRow("empty") << QByteArray("") << QStringLiteral("t.yaml:1: the file is empty");
    QTest::addRow("top-level typo") << QByteArray("profil: t\n")
                                    << QStringLiteral("t.yaml:1: profil: unknown key");
    const QByteArray base = minimal(ok);
    QTest::addRow("selector with braces")
        << base + "regions:\n  - name: eu\n    selector: '{region=\"eu\"}'\n"
        << QStringLiteral("t.yaml:15: regions[0].selector: write label matchers without braces");
    QTest::addRow("region rto without unit")
        << base + "regions:\n  - name: eu\n    selector: region=\"eu\"\n    rto: 300\n"
        << QStringLiteral("t.yaml:16: regions[0].rto: expected a duration in s or ms");
    QTest::addRow("duplicate region")
        << base + "regions:\n  - name: eu\n    selector: a=\"b\"\n  - name: eu\n    selector: a=\"c\"\n"
        << QStringLiteral("t.yaml:16: regions[1].name: duplicate region \"eu\"");
    QTest::addRow("kubectl option injection")
        << base + "containment:\n  kubectl:\n    context: --kubeconfig=/tmp/x\n    namespace: a\n    "
                  "service: b\n"
        << QStringLiteral("t.yaml:15: containment.kubectl.context: not a valid Kubernetes name");
    // Containment (issue 9): every key's bad values, each named by file, line and key.
    const QByteArray kube = "containment:\n  kubectl:\n    context: erlmcp-prod\n    namespace: erlmcp\n"
                            "    service: erlmcp-service\n";
    QTest::addRow("session_manager injection")
        << base + kube + "    session_manager: -o=go-template={{.}}\n"
        << QStringLiteral("t.yaml:18: containment.kubectl.session_manager: not a valid Kubernetes name");
    QTest::addRow("session_manager look-alike")
        << base + kube + "    session_manager: \xd0\xb5rlmcp\n"
        << QStringLiteral("t.yaml:18: containment.kubectl.session_manager: not a valid Kubernetes name");
    QTest::addRow("kubectl unknown key")
        << base + kube + "    sessionmanager: x\n"
        << QStringLiteral("t.yaml:18: containment.kubectl.sessionmanager: unknown key");
    QTest::addRow("contexts not a map") << base + "containment:\n  contexts: [a, b]\n"
                                        << QStringLiteral("t.yaml:14: containment.contexts: must be a map");
    QTest::addRow("context colour")
        << base + "containment:\n  contexts:\n    erlmcp-prod: {production: true, colour: red}\n"
        << QStringLiteral(
               "t.yaml:15: containment.contexts.erlmcp-prod.colour: must be a colour written #rrggbb");
    QTest::addRow("context colour short")
        << base + "containment:\n  contexts:\n    erlmcp-prod:\n      colour: \"#c62\"\n"
        << QStringLiteral(
               "t.yaml:16: containment.contexts.erlmcp-prod.colour: must be a colour written #rrggbb");
    QTest::addRow("context production")
        << base + "containment:\n  contexts:\n    s:\n      production: maybe\n"
        << QStringLiteral("t.yaml:16: containment.contexts.s.production: expected true or false");
    QTest::addRow("context unknown key")
        << base + "containment:\n  contexts:\n    s: {prod: false}\n"
        << QStringLiteral("t.yaml:15: containment.contexts.s.prod: unknown key");
    QTest::addRow("verify_refreshes zero")
        << base + "containment:\n  verify_refreshes: 0\n"
        << QStringLiteral("t.yaml:14: containment.verify_refreshes: expected a whole number from 1 to 100");
    QTest::addRow("verify_refreshes too many")
        << base + "containment:\n  verify_refreshes: 101\n"
        << QStringLiteral("t.yaml:14: containment.verify_refreshes: expected a whole number from 1 to 100");
    QTest::addRow("verify_refreshes words")
        << base + "containment:\n  verify_refreshes: six\n"
        << QStringLiteral("t.yaml:14: containment.verify_refreshes: expected a whole number");
    QTest::addRow("timeout too short")
        << base + "containment:\n  timeout: 500ms\n"
        << QStringLiteral("t.yaml:14: containment.timeout: must be between 1s and 10m");
    QTest::addRow("timeout too long")
        << base + "containment:\n  timeout: 11m\n"
        << QStringLiteral("t.yaml:14: containment.timeout: must be between 1s and 10m");
    QTest::addRow("timeout words") << base + "containment:\n  timeout: soon\n"
                                   << QStringLiteral("t.yaml:14: containment.timeout: expected a duration");
    QTest::addRow("containment unknown key") << base + "containment:\n  verify: 3\n"
                                             << QStringLiteral("t.yaml:14: containment.verify: unknown key");
    QTest::addRow("rest without url") << base + "containment:\n  rest:\n    ca_file: /x.pem\n"
                                      << QStringLiteral("t.yaml:15: containment.rest.url: is required");
    QTest::addRow("rest ca_file a list")
        << base + "containment:\n  rest:\n    url: https://127.0.0.1:8443\n    ca_file: [a, b]\n"
        << QStringLiteral("t.yaml:16: containment.rest.ca_file: expected a single value");
    QTest::addRow("rest url not http")
        << base + "containment:\n  rest:\n    url: ftp://127.0.0.1\n"
        << QStringLiteral("t.yaml:15: containment.rest.url: expected an http:// or https:// URL");
    QTest::addRow("unknown role") << minimal(ok + "    roles: [capacty]\n")
                                  << QStringLiteral("t.yaml:13: slas[0].roles[0]: unknown role \"capacty\"");
    QTest::addRow("two capacity roles")
        << minimal(ok + "    roles: [capacity]\n  - id: b\n    name: B\n    query: up\n" + ok +
                   "    roles: [capacity]\n")
        << QStringLiteral(
               "t.yaml:21: slas[1].roles: only one SLA can have the capacity role; p95 has it already");
    QTest::addRow("two session_failover roles")
        << minimal(ok + "    roles: [session_failover]\n  - id: b\n    name: B\n    query: up\n" + ok +
                   "    roles: [trend, session_failover]\n")
        << QStringLiteral("t.yaml:21: slas[1].roles: only one SLA can have the session_failover role; p95 "
                          "has it already");
    QTest::addRow("secret inline")
        << base.left(base.indexOf("slas:"))
                   .replace("url: http://127.0.0.1:9090\n", "url: http://127.0.0.1:9090\n    auth: {type: "
                                                            "bearer, secret: \"eyJhbGciOi JIUzI1NiJ9\"}\n") +
               base.mid(base.indexOf("slas:"))
        << QStringLiteral("sources.prometheus.auth.secret: expected the name of a keychain entry");
    QTest::addRow("bearer with username")
        << base.left(base.indexOf("slas:"))
                   .replace(
                       "url: http://127.0.0.1:9090\n",
                       "url: http://127.0.0.1:9090\n    auth: {type: bearer, secret: tok, username: me}\n") +
               base.mid(base.indexOf("slas:"))
        << QStringLiteral("sources.prometheus.auth.username: only basic authentication has a username");
    QTest::addRow("duplicate severity")
        << base + "escalation:\n  - {severity: high, response: 30m, path: [a], channels: [b]}\n  - "
                  "{severity: high, response: 1h, path: [a], channels: [b]}\n"
        << QStringLiteral("t.yaml:15: escalation[1].severity: duplicate severity \"high\"");
    QTest::addRow("escalation without channels")
        << base + "escalation:\n  - {severity: high, response: 30m, path: [a]}\n"
        << QStringLiteral("escalation[0].channels: is required");
    const QByteArray matrix =
        "escalation:\n  - {severity: high, response: 30m, path: [a], channels: [b]}\n  - "
        "{severity: low, response: 1h, path: [a], channels: [b]}\n";
    QTest::addRow("burn alert severity not in the matrix")
        << base + matrix + "burn_alerts: {page: high, ticket: medium}\n"
        << QStringLiteral("t.yaml:16: burn_alerts.ticket: \"medium\" is not a severity of the escalation "
                          "matrix (high, low)");
    QTest::addRow("burn alert severity without a matrix")
        << base + "burn_alerts: {page: critical}\n"
        << QStringLiteral(
               "t.yaml:13: burn_alerts.page: \"critical\" is not a severity of the escalation matrix, "
               "which has none");
    QTest::addRow("burn alerts unknown key") << base + matrix + "burn_alerts: {pager: high}\n"
                                             << QStringLiteral("t.yaml:16: burn_alerts.pager: unknown key");
    QTest::addRow("burn alerts a list") << base + matrix + "burn_alerts: [high, low]\n"
                                        << QStringLiteral("t.yaml:16: burn_alerts: expected a mapping");
    QTest::addRow("percent target of 100")
        << minimal("    unit: percent\n    comparison: at_least\n    target: 100%\n    alert: 99%\n")
        << QStringLiteral("t.yaml:11: slas[0].target: a percentage target must lie between 0% and 100%");
    // Found by fuzz_profileloader: a key with spaces and newlines was echoed as it was.
    QTest::addRow("paragraph as a key") << QByteArray("? \"  spaced\n  key\"\n: 1\n")
                                        << QStringLiteral("t.yaml:1: \"spaced key\": unknown key");
    QTest::addRow("long key") << QByteArray("? |\n  " + QByteArray(100, 'k') + "\n: 1\n")
                              << QStringLiteral(
                                     "t.yaml:1: \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\u2026\": unknown key");
    // Also found by it: the cut fell between the two halves of a character beyond U+FFFF.
    QTest::addRow("long key, cut before an emoji")
        << QByteArray("? |\n  " + QByteArray(30, 'k') + QByteArray("\xf0\x9f\x93\x9f").repeated(5) +
                      "\n: 1\n")
        << QStringLiteral("t.yaml:1: \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\u2026\": unknown key");
    QTest::addRow("list as a key") << QByteArray("[a, b]: 1\n")
                                   << QStringLiteral("t.yaml:1: (a list): unknown key");
    QTest::addRow("tiny refresh") << QByteArray("profile: t\nrefresh_interval: 10ms\n")
                                  << QStringLiteral("t.yaml:2: refresh_interval: must be at least 200ms");
    // The timeout is the total deadline of every request: zero would switch it off.
    const QByteArray url = "url: http://127.0.0.1:9090\n";
    QTest::addRow("timeout 0s") << QByteArray(base).replace(url, QByteArray(url + "    timeout: 0s\n"))
                                << QStringLiteral(
                                       "t.yaml:5: sources.prometheus.timeout: must be between 500ms and 2m");
    QTest::addRow("timeout 1h") << QByteArray(base).replace(url, QByteArray(url + "    timeout: 1h\n"))
                                << QStringLiteral(
                                       "t.yaml:5: sources.prometheus.timeout: must be between 500ms and 2m");
    QTest::addRow("error_after within the staleness bound")
        << QByteArray("profile: t\nerror_after: 10s\n") + base.mid(base.indexOf("sources:"))
        << QStringLiteral("t.yaml:2: error_after: must be longer than the staleness bound, 15s");
    // Roles and direct formulas: a typo or a half-written formula names its key.
    QTest::addRow("unknown role") << minimal(ok + "    roles: [trend, sparkline]\n")
                                  << QStringLiteral(
                                         "t.yaml:13: slas[0].roles[1]: unknown role \"sparkline\"");
    QTest::addRow("two region_uptime roles")
        << minimal(ok + "    roles: [region_uptime]\n  - id: b\n    name: B\n    query: up\n" + ok +
                   "    roles: [region_uptime]\n")
        << QStringLiteral(
               "t.yaml:21: slas[1].roles: only one SLA can have the region_uptime role; p95 has it already");
    QTest::addRow("direct without a kind")
        << minimal(ok + "    direct: {scale: 2}\n")
        << QStringLiteral("t.yaml:13: slas[0].direct: give exactly one of");
    QTest::addRow("direct ratio without over") << minimal(ok + "    direct: {ratio: errors_total}\n")
                                               << QStringLiteral("slas[0].direct.over: is required");
    QTest::addRow("direct with a bad selector")
        << minimal(ok + "    direct: {rate: 'x{code=5}'}\n")
        << QStringLiteral("t.yaml:13: slas[0].direct.rate: the value of the label code must be quoted");
    QTest::addRow("direct key of another kind")
        << minimal(ok + "    direct: {rate: x_total, histogram: h}\n")
        << QStringLiteral("slas[0].direct.histogram: does not belong to this kind of formula");
    QTest::addRow("quantile out of range")
        << minimal(ok + "    direct: {quantile: 1.5, histogram: h}\n")
        << QStringLiteral("slas[0].direct.quantile: expected a number from 0 to 1");
    QTest::addRow("scrape target label name")
        << QByteArray(base).replace(
               url,
               QByteArray(url + "  scrape:\n    - url: http://127.0.0.1:1/m\n      labels: {'a-b': x}\n"))
        << QStringLiteral("sources.scrape[0].labels: \"a-b\" is not a label name");
}

void TestProfile::errorsNameFileLineAndKey()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestProfile::sourcesAreListsOfReplicas()
{
    const QByteArray regions = "  - name: eu\n"
                               "    selector: region=\"eu\"\n"
                               "    prometheus: {urls: [http://127.0.0.1:9201, http://127.0.0.1:9202], "
                               "max_lag: 30s, auth: {type: bearer, secret: eu-token}}\n"
                               "  - name: us\n"
                               "    selector: region=\"us\"\n"
                               "  - name: ap\n"
                               "    selector: region=\"ap\"\n"
                               "    prometheus: {url: http://127.0.0.1:9301}\n";
    const auto r = ProfileLoader::parse(
        withSource("    urls: [http://127.0.0.1:9090, http://127.0.0.1:9091]\n    max_lag: 2m\n", regions),
        QStringLiteral("t.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const Profile &p = r.profile;
    // The first replica stays the one URL that most places use.
    QCOMPARE(p.sources.prometheus, QUrl(QStringLiteral("http://127.0.0.1:9090")));
    const PromSource global = p.sources.globalPrometheus();
    QCOMPARE(global.urls.size(), std::size_t(2));
    QCOMPARE(global.urls[1], QUrl(QStringLiteral("http://127.0.0.1:9091")));
    QCOMPARE(global.maxLag, std::chrono::milliseconds(120000));
    QCOMPARE(p.regions[0].prometheus.urls.size(), std::size_t(2));
    QCOMPARE(p.regions[0].prometheus.maxLag, std::chrono::milliseconds(30000));
    QCOMPARE(p.regions[0].prometheus.auth.secretRef, QStringLiteral("eu-token"));
    QVERIFY(!p.regions[1].prometheus.isSet());
    QCOMPARE(p.regions[2].prometheus.maxLag, std::chrono::milliseconds(60000)); // the default
    const auto list = p.prometheusSources();
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(list[0].first, QStringLiteral("global"));
    QCOMPARE(list[1].first, QStringLiteral("eu"));
    QCOMPARE(list[2].first, QStringLiteral("ap"));
    QCOMPARE(p.sourceIndex(u"eu"), 1);
    QCOMPARE(p.sourceIndex(u"us"), 0);
    QCOMPARE(p.sourceIndex(u"ap"), 2);
    QCOMPARE(p.sourceIndex(u""), 0);

    // --prometheus (or anything that sets the one URL) replaces the pair by one server.
    Profile moved = p;
    moved.sources.prometheus = QUrl(QStringLiteral("http://127.0.0.1:9999"));
    QCOMPARE(moved.sources.globalPrometheus().urls, std::vector<QUrl>{moved.sources.prometheus});
    Profile same = p;
    same.sources.usePrometheus(p.sources.prometheus);
    QCOMPARE(same.sources.globalPrometheus().urls, std::vector<QUrl>{p.sources.prometheus});

    // One url: is a list of one.
    const auto one = ProfileLoader::parse(withSource("    url: http://127.0.0.1:9090\n"), {});
    QVERIFY2(one.ok, qPrintable(one.error));
    QCOMPARE(one.profile.sources.globalPrometheus().urls.size(), std::size_t(1));
    QCOMPARE(one.profile.prometheusSources().size(), std::size_t(1));
}

void TestProfile::sourceErrorsNameLineAndKey_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::addRow("url and urls")
        << withSource("    url: http://127.0.0.1:9090\n    urls: [http://127.0.0.1:9091]\n")
        << QStringLiteral("t.yaml:5: sources.prometheus: give either url:");
    QTest::addRow("neither") << withSource("    timeout: 5s\n")
                             << QStringLiteral("sources.prometheus: give either url:");
    QTest::addRow("empty list") << withSource("    urls: []\n")
                                << QStringLiteral(
                                       "t.yaml:4: sources.prometheus.urls: expected a non-empty list");
    QTest::addRow("five replicas")
        << withSource("    urls: [http://a:1, http://b:1, http://c:1, http://d:1, http://e:1]\n")
        << QStringLiteral("t.yaml:4: sources.prometheus.urls: at most 4 replicas");
    QTest::addRow("a replica twice")
        << withSource("    urls:\n      - http://a:1\n      - http://a:1/\n")
        << QStringLiteral("t.yaml:6: sources.prometheus.urls[1]: this replica is listed twice");
    QTest::addRow("bad replica URL") << withSource("    urls:\n      - http://a:1\n      - ftp://b\n")
                                     << QStringLiteral(
                                            "t.yaml:6: sources.prometheus.urls[1]: expected an http://");
    QTest::addRow("credentials in a replica URL")
        << withSource("    urls: [http://a:1, 'https://ops:hunter2@b.example']\n")
        << QStringLiteral("t.yaml:4: sources.prometheus.urls[1]: ");
    QTest::addRow("max_lag too short")
        << withSource("    url: http://a:1\n    max_lag: 100ms\n")
        << QStringLiteral("t.yaml:5: sources.prometheus.max_lag: must be between 1s and 1h");
    QTest::addRow("max_lag not a duration") << withSource("    url: http://a:1\n    max_lag: soon\n")
                                            << QStringLiteral("t.yaml:5: sources.prometheus.max_lag: ");
    const QByteArray global = "    url: http://127.0.0.1:9090\n";
    QTest::addRow("region source: unknown key")
        << withSource(global, "  - name: eu\n    selector: region=\"eu\"\n    prometheus: {url: http://a:1, "
                              "timeout: 5s}\n")
        << QStringLiteral("t.yaml:16: regions[0].prometheus.timeout: unknown key");
    QTest::addRow("region source: url and urls")
        << withSource(global,
                      "  - name: eu\n    selector: region=\"eu\"\n    prometheus:\n      url: http://a:1\n"
                      "      urls: [http://b:1]\n")
        << QStringLiteral("t.yaml:18: regions[0].prometheus: give either url:");
    QTest::addRow("region source: bad URL")
        << withSource(
               global,
               "  - name: eu\n    selector: region=\"eu\"\n    prometheus:\n      urls: [gopher://a]\n")
        << QStringLiteral("t.yaml:17: regions[0].prometheus.urls[0]: expected an http://");
    QTest::addRow("region source: not a mapping")
        << withSource(global, "  - name: eu\n    selector: region=\"eu\"\n    prometheus: http://a:1\n")
        << QStringLiteral("t.yaml:16: regions[0].prometheus: expected a mapping");
}

void TestProfile::sourceErrorsNameLineAndKey()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestProfile::containmentKeysAreRead()
{
    // The default profile: the roles the planner looks up and the containment section.
    const ProfileLoadResult d = ProfileLoader::loadDefault();
    QVERIFY2(d.ok, qPrintable(d.error));
    QStringList capacity, failover;
    for (const SlaSpec &s : d.profile.slas) {
        if (s.capacity)
            capacity << s.id;
        if (s.sessionFailover)
            failover << s.id;
    }
    QCOMPARE(capacity, QStringList{QStringLiteral("throughput")});
    QCOMPARE(failover, QStringList{QStringLiteral("session_failover")});
    const Containment &c = d.profile.containment;
    QCOMPARE(c.kubectl.context, QStringLiteral("erlmcp-prod"));
    QCOMPARE(c.kubectl.service, QStringLiteral("erlmcp-service"));
    QCOMPARE(c.kubectl.sessionManager, QStringLiteral("erlmcp-session-manager"));
    QCOMPARE(c.rest.url, QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QCOMPARE(c.rest.auth.kind, Auth::Kind::Bearer);
    QCOMPARE(c.rest.auth.secretRef, QStringLiteral("erlmcp-admin-token"));
    QVERIFY(c.rest.caFile.isEmpty());
    QCOMPARE(c.verifyRefreshes, 6);
    QCOMPARE(c.timeout, std::chrono::milliseconds(30000));
    QCOMPARE(c.look(QStringLiteral("erlmcp-prod")).production, true);
    QCOMPARE(c.look(QStringLiteral("erlmcp-prod")).colour, QStringLiteral("#c62828"));
    QCOMPARE(c.look(QStringLiteral("erlmcp-staging")).production, false);
    QCOMPARE(c.look(QStringLiteral("erlmcp-staging")).colour, QStringLiteral("#2e7d32"));
    // A context the profile does not list counts as production, without a colour.
    QCOMPARE(c.look(QStringLiteral("kind-dev")).production, true);
    QVERIFY(c.look(QStringLiteral("kind-dev")).colour.isEmpty());

    // Every key set to something else than the default.
    const QByteArray ok = "    unit: ms\n    comparison: at_most\n    target: 100ms\n    alert: 150ms\n";
    const auto r =
        ProfileLoader::parse(minimal(ok + "    roles: [capacity, session_failover]\n") +
                                 "containment:\n"
                                 "  kubectl:\n    context: dev.cluster\n    namespace: ns-1\n"
                                 "    service: svc\n    session_manager: sm-0.sessions\n"
                                 "  rest:\n    url: https://10.0.0.1:9443/admin\n    ca_file: /etc/ca.pem\n"
                                 "  contexts:\n    dev.cluster: {production: false}\n"
                                 "    prod-b: {colour: \"#AbCdEf\"}\n"
                                 "  verify_refreshes: 3\n  timeout: 45s\n",
                             QStringLiteral("t.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const Containment &k = r.profile.containment;
    QVERIFY(r.profile.slas[0].capacity);
    QVERIFY(r.profile.slas[0].sessionFailover);
    QCOMPARE(k.kubectl.context, QStringLiteral("dev.cluster"));
    QCOMPARE(k.kubectl.nameSpace, QStringLiteral("ns-1"));
    QCOMPARE(k.kubectl.service, QStringLiteral("svc"));
    QCOMPARE(k.kubectl.sessionManager, QStringLiteral("sm-0.sessions"));
    QCOMPARE(k.rest.url, QUrl(QStringLiteral("https://10.0.0.1:9443/admin")));
    QCOMPARE(k.rest.caFile, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(k.rest.auth.kind, Auth::Kind::None);
    QCOMPARE(k.contexts.size(), std::size_t(2));
    QCOMPARE(k.look(QStringLiteral("dev.cluster")).production, false);
    QVERIFY(k.look(QStringLiteral("dev.cluster")).colour.isEmpty());
    QCOMPARE(k.look(QStringLiteral("prod-b")).production, true); // listed without the flag: production
    QCOMPARE(k.look(QStringLiteral("prod-b")).colour, QStringLiteral("#AbCdEf"));
    QCOMPARE(k.verifyRefreshes, 3);
    QCOMPARE(k.timeout, std::chrono::milliseconds(45000));
}

void TestProfile::secondProfileDeclaresItsRoles()
{
    // The example profile of another service: its roles and direct formulas come from its own file.
    const auto r =
        ProfileLoader::loadFile(QStringLiteral(SLAOPS_SOURCE_DIR "/resources/profiles/ledger.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const Profile &p = r.profile;
    QCOMPARE(p.name, QStringLiteral("ledger-api"));
    QVERIFY(p.trendSla());
    QCOMPARE(p.trendSla()->id, QStringLiteral("latency_p99"));
    QCOMPARE(p.trendSla()->direct.kind, DirectFormula::Kind::Quantile);
    QCOMPARE(p.trendSla()->direct.scale, 1000.0);
    QCOMPARE(p.sla(u"availability")->regionUptime, true);
    QCOMPARE(p.sla(u"availability")->direct.metric.text(),
             QStringLiteral("ledger_http_requests_total{code!~\"5..\"}"));
    QCOMPARE(p.sla(u"request_rate")->regional, false);
    QCOMPARE(p.regions.size(), std::size_t(2));
    QCOMPARE(p.regions[1].selector, QStringLiteral("zone=\"us-west\""));
    QVERIFY(p.regionQueries.rto.isEmpty());
    QCOMPARE(p.regionQueries.rpoDirect.kind, DirectFormula::Kind::Gauge);
    QCOMPARE(p.burnAlerts.page, QStringLiteral("critical"));
    QCOMPARE(p.burnAlerts.ticket, QStringLiteral("warning"));
    // The default profile's roles, now written in its file rather than in code.
    const Profile d = ProfileLoader::loadDefault().profile;
    QCOMPARE(d.trendSla()->id, QStringLiteral("response_time_p95"));
    QVERIFY(d.sla(u"uptime")->regionUptime);
    QVERIFY(!d.sla(u"uptime")->direct.isSet()); // windowed: not from two scrapes
    QVERIFY(d.sla(u"error_rate")->regionCard);
    QCOMPARE(d.regionQueries.latencyDirect.aggregate, DirectFormula::Aggregate::Avg);
}

void TestProfile::missingFileIsAnError()
{
    const auto r = ProfileLoader::loadFile(QStringLiteral("/nonexistent/profile.yaml"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("/nonexistent/profile.yaml: ")), qPrintable(r.error));
}

void TestProfile::credentialsInUrlsAreRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    const QByteArray slas = "slas:\n  - {id: up, name: Up, query: up, unit: percent, comparison: at_least, "
                            "target: 99%, alert: 99.5%}\n";
    QTest::addRow("prometheus")
        << "profile: t\nsources:\n  prometheus:\n    url: https://ops:hunter2@prom.example\n" + slas
        << QStringLiteral("t.yaml:4: sources.prometheus.url: ");
    QTest::addRow("prometheus, user only")
        << "profile: t\nsources:\n  prometheus:\n    url: https://hunter2@prom.example\n" + slas
        << QStringLiteral("t.yaml:4: sources.prometheus.url: ");
    QTest::addRow("alertmanager")
        << "profile: t\nsources:\n  prometheus: {url: http://127.0.0.1:9090}\n  alertmanagers:\n"
           "    - url: http://127.0.0.1:9093\n    - url: http://am:hunter2@127.0.0.1:9094\n" +
               slas
        << QStringLiteral("t.yaml:6: sources.alertmanagers[1].url: ");
    QTest::addRow("scrape target")
        << "profile: t\nsources:\n  prometheus: {url: http://127.0.0.1:9090}\n  scrape:\n"
           "    - http://n:hunter2@127.0.0.1:9100/metrics\n" +
               slas
        << QStringLiteral("t.yaml:5: sources.scrape[0]: ");
    QTest::addRow("containment rest")
        << "profile: t\nsources:\n  prometheus: {url: http://127.0.0.1:9090}\n" + slas +
               "containment:\n  rest:\n    url: https://admin:hunter2@erlmcp.example/api\n"
        << QStringLiteral("t.yaml:8: containment.rest.url: ");
}

void TestProfile::credentialsInUrlsAreRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("slaops secret set NAME")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("hunter2")), qPrintable(r.error));
}

// Every row must end quickly with an error naming the file (and the line, where there is one): never
// a hang, an exhausted memory, a stack overflow or a silently accepted profile.
void TestProfile::hostileFilesEndWithAnError_data()
{
    QTest::addColumn<QString>("path"); // read as is; empty: `content` is written to a file first
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // what follows the file name in the message

    QTest::addRow("/dev/zero") << QStringLiteral("/dev/zero") << QByteArray()
                               << QStringLiteral(": larger than 1 MiB; not an SLA profile");
    QTest::addRow("2 MiB") << QString() << QByteArray("# ") + QByteArray(2 * 1024 * 1024, 'x')
                           << QStringLiteral(": larger than 1 MiB; not an SLA profile");
    // A /proc file reports a size of 0, yet has content: it is read, and refused as YAML.
    QTest::addRow("/proc/self/status")
        << QStringLiteral("/proc/self/status") << QByteArray() << QStringLiteral(":1: Name: unknown key");

    QByteArray laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        laughs += QByteArray(1, c) + ": &" + c + " [";
        for (int i = 0; i < 9; ++i)
            laughs += (i ? ", *" : "*") + QByteArray(1, char(c - 1));
        laughs += "]\n";
    }
    QTest::addRow("billion laughs")
        << QString() << laughs
        << QStringLiteral(":6: more than 100000 values once aliases are expanded; not an SLA profile");
    QTest::addRow("alias inside its anchor")
        << QString() << QByteArray("profile: &p [a, *p]\n")
        << QStringLiteral(":1: an alias refers to the node it is part of");

    const QString tooDeep = QStringLiteral(":1: nested deeper than 64 levels; not an SLA profile");
    QTest::addRow("100k flow sequences") << QString() << QByteArray(100000, '[') << tooDeep;
    QTest::addRow("100k flow sequences closed")
        << QString() << QByteArray(100000, '[') + QByteArray(100000, ']') << tooDeep;
    QTest::addRow("100k flow maps") << QString() << QByteArray("{a: ").repeated(100000) << tooDeep;
    QTest::addRow("100k block sequences") << QString() << QByteArray("- ").repeated(100000) + "x\n"
                                          << tooDeep;
    QTest::addRow("100k complex keys") << QString() << QByteArray("? ").repeated(100000) + "x\n" << tooDeep;
    // Block maps nest by indentation, so 1 MiB holds only about 1,400 levels of them.
    QByteArray blockMaps;
    for (int i = 0; i < 1000; ++i)
        blockMaps += QByteArray(i, ' ') + "a:\n";
    QTest::addRow("1000 block maps") << QString() << blockMaps
                                     << QStringLiteral(
                                            ":65: nested deeper than 64 levels; not an SLA profile");

    QTest::addRow("NUL byte") << QString() << bytes("profile: t\nsources:\0\n")
                              << QStringLiteral(":2: a NUL byte at column 9; a profile is UTF-8 text");
    QTest::addRow("NUL in quotes") << QString() << bytes("profile: \"t\0\"\n")
                                   << QStringLiteral(":1: a NUL byte at column 12");
    QTest::addRow("end of transmission") << QString() << QByteArray("profile: t\x04x\n")
                                         << QStringLiteral(":1: control character 0x04 at column 11");
    // Escapes write what the text itself may not hold.
    QTest::addRow("escaped NUL") << QString() << QByteArray("profile: t\nname: \"a\\0b\"\n")
                                 << QStringLiteral(
                                        ":2: a value holds control character 0x00, written as an escape");
    QTest::addRow("escaped ESC") << QString() << QByteArray("profile: \"\\e[31mred\"\n")
                                 << QStringLiteral(
                                        ":1: a value holds control character 0x1b, written as an escape");
    // yaml-cpp refuses a lone surrogate itself.
    QTest::addRow("escaped surrogate")
        << QString() << QByteArray("profile: \"\\ud800\"\n") << QStringLiteral(":1: invalid unicode");
    QTest::addRow("UTF-16") << QString() << bytes("\xff\xfep\0r\0")
                            << QStringLiteral(":1: not valid UTF-8 (byte 0xff at column 1)");
    QTest::addRow("truncated UTF-8") << QString() << QByteArray("profile: t\nname: caf\xc3\n")
                                     << QStringLiteral(":2: not valid UTF-8 (byte 0xc3 at column 10)");
    QTest::addRow("Latin-1") << QString() << QByteArray("profile: caf\xe9 \xfc\n")
                             << QStringLiteral(":1: not valid UTF-8 (byte 0xe9 at column 13)");
    QTest::addRow("overlong /") << QString() << QByteArray("profile: \xc0\xaf\n")
                                << QStringLiteral(":1: not valid UTF-8 (byte 0xc0 at column 10)");
    QTest::addRow("surrogate") << QString() << QByteArray("profile: \xc3\xa9\xed\xa0\x80\n")
                               << QStringLiteral(":1: not valid UTF-8 (byte 0xed at column 11)");
    QTest::addRow("past U+10FFFF") << QString() << QByteArray("profile: \xf4\x90\x80\x80\n")
                                   << QStringLiteral(":1: not valid UTF-8 (byte 0xf4 at column 10)");
}

void TestProfile::hostileFilesEndWithAnError()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("hostile.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }
    QElapsedTimer timer;
    timer.start();
    const ProfileLoadResult r = ProfileLoader::loadFile(path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(path + expected), qPrintable(r.error));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    // The same bytes given directly (as the fuzzer gives them) fail alike.
    if (!content.isEmpty() && content.size() <= 1024 * 1024) {
        const ProfileLoadResult direct = ProfileLoader::parse(content, QStringLiteral("t.yaml"));
        QVERIFY(!direct.ok);
        QVERIFY2(direct.error.startsWith(QStringLiteral("t.yaml") + expected), qPrintable(direct.error));
    }
}

void TestProfile::sizeLimitIsExact()
{
    const QByteArray profile = minimal("    unit: ms\n    comparison: at_most\n    target: 100ms\n"
                                       "    alert: 150ms\n") +
                               "# ";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    for (const qsizetype size : {qsizetype(1024 * 1024), qsizetype(1024 * 1024 + 1)}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(profile + QByteArray(size - profile.size() - 1, 'x') + '\n'));
        f.close();
        QCOMPARE(f.size(), size);
        const ProfileLoadResult r = ProfileLoader::loadFile(path);
        QCOMPARE(r.ok, size == 1024 * 1024);
        if (!r.ok)
            QCOMPARE(r.error, path + QStringLiteral(": larger than 1 MiB; not an SLA profile"));
    }
}

// A FIFO has no size at all: the profile is whatever arrives before the writer closes it.
void TestProfile::fifoIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    const QByteArray profile =
        minimal("    unit: ms\n    comparison: at_most\n    target: 100ms\n    alert: 150ms\n");
    std::thread writer([&]() {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return;
        // In pieces, so that a reader taking one read() for the whole file would see only the first.
        for (qsizetype i = 0; i < profile.size(); i += 16) {
            f.write(profile.mid(i, 16));
            f.flush();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    const ProfileLoadResult r = ProfileLoader::loadFile(path);
    writer.join();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.profile.slas.size(), std::size_t(1));
}

// The limits refuse hostile files, not ordinary YAML: anchors used a few times, and any language.
void TestProfile::anchorsAndUnicodeStillLoad()
{
    const QByteArray yaml = minimal("    unit: ms\n    comparison: at_most\n    target: 100ms\n"
                                    "    alert: 150ms\n") +
                            "escalation:\n"
                            "  - {severity: high, response: 30m, path: &path [Ingénieure d'astreinte, "
                            "\xe5\x80\xbc\xe7\x8f\xad], channels: &ch [Slack, \xf0\x9f\x93\x9f]}\n"
                            "  - {severity: low, response: 2h, path: *path, channels: *ch}\n";
    const ProfileLoadResult r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.profile.escalation.size(), std::size_t(2));
    QCOMPARE(r.profile.escalation[1].path.value(0), QStringLiteral("Ingénieure d'astreinte"));
    QCOMPARE(r.profile.escalation[1].path.value(1), QStringLiteral("\u503c\u73ed"));
    QCOMPARE(r.profile.escalation[1].channels.value(1), QStringLiteral("\U0001F4DF"));
}

// Absent, the matrix's first level pages and the one halfway down tickets; either may be set alone.
void TestProfile::burnAlertSeverities()
{
    const QByteArray base =
        minimal("    unit: ms\n    comparison: at_most\n    target: 100ms\n    alert: 150ms\n") +
        "escalation:\n";
    QByteArray levels;
    for (const char *s : {"sev1", "sev2", "sev3", "sev4", "sev5"})
        levels += QByteArray("  - {severity: ") + s + ", response: 1h, path: [a], channels: [b]}\n";
    const auto load = [](const QByteArray &yaml) {
        const ProfileLoadResult r = ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
        if (!r.ok)
            qWarning("%s", qPrintable(r.error));
        return r.profile.burnAlerts;
    };
    BurnAlerts b = load(base + levels);
    QCOMPARE(b.page, QStringLiteral("sev1"));
    QCOMPARE(b.ticket, QStringLiteral("sev3"));
    b = load(base + levels.left(levels.indexOf("  - {severity: sev3")));
    QCOMPARE(b.page, QStringLiteral("sev1"));
    QCOMPARE(b.ticket, QStringLiteral("sev2"));
    b = load(base + levels + "burn_alerts: {ticket: sev5}\n");
    QCOMPARE(b.page, QStringLiteral("sev1"));
    QCOMPARE(b.ticket, QStringLiteral("sev5"));
    b = load(base + levels + "burn_alerts: {page: sev2, ticket: sev2}\n");
    QCOMPARE(b.page, QStringLiteral("sev2"));
    QCOMPARE(b.ticket, QStringLiteral("sev2"));
    // No matrix, no severities: the rule generator names them itself.
    b = load(minimal("    unit: ms\n    comparison: at_most\n    target: 100ms\n    alert: 150ms\n"));
    QVERIFY(b.page.isEmpty() && b.ticket.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
