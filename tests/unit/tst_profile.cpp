// The SLA profile: the shipped default, and every kind of mistake a person makes in YAML.
#include "config/profileloader.h"

#include <QtTest>

using namespace slaops;
using namespace slaops::config;

namespace {
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
    void secondProfileDeclaresItsRoles();
    void credentialsInUrlsAreRefused_data();
    void credentialsInUrlsAreRefused();
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
    QTest::addRow("percent target of 100")
        << minimal("    unit: percent\n    comparison: at_least\n    target: 100%\n    alert: 99%\n")
        << QStringLiteral("t.yaml:11: slas[0].target: a percentage target must lie between 0% and 100%");
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
        << QStringLiteral("slas: only one SLA can have the region_uptime role");
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

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
