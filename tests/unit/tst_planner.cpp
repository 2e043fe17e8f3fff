// The containment planner: each action's argv and request from hand-built snapshots, its pre-checks
// passing and failing, the JSON patch, state read back, injection refused, rollback.
#include "actions/planner.h"
#include "planfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace slaops;
using namespace slaops::actions;
using planfixture::set;
using S = sla::State;

namespace {

const QString kAll = QStringLiteral("us-east-1,eu-west-1,ap-southeast-1");
const QString kPath = QStringLiteral("/metadata/annotations/erlmcp.io~1regions");

QByteArray service(const QString &rv, const std::optional<QString> &regions, bool annotations = true)
{
    QJsonObject meta{{QStringLiteral("name"), QStringLiteral("erlmcp-service")},
                     {QStringLiteral("namespace"), QStringLiteral("erlmcp")},
                     {QStringLiteral("resourceVersion"), rv}};
    if (annotations) {
        QJsonObject a{{QStringLiteral("other"), QStringLiteral("x")}};
        if (regions)
            a.insert(QStringLiteral("erlmcp.io/regions"), *regions);
        meta.insert(QStringLiteral("annotations"), a);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("kind"), QStringLiteral("Service")},
                                     {QStringLiteral("metadata"), meta},
                                     {QStringLiteral("spec"), QJsonObject{}}})
        .toJson();
}

QByteArray pod(const QString &phase, const QString &rv = QStringLiteral("9"))
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("erlmcp-session-manager")},
                                        {QStringLiteral("resourceVersion"), rv}}},
                           {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), phase}}}})
        .toJson();
}

QStringList base(const QString &context = QStringLiteral("erlmcp-prod"))
{
    return {QStringLiteral("--context"), context, QStringLiteral("--namespace"), QStringLiteral("erlmcp")};
}

QString patch(const QJsonArray &ops)
{
    return QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact));
}

QJsonObject op(const QString &name, const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject o{{QStringLiteral("op"), name}, {QStringLiteral("path"), path}};
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

QStringList patchArgs(const QString &p, bool dryRun)
{
    QStringList a = base() << QStringLiteral("patch") << QStringLiteral("service")
                           << QStringLiteral("--type=json") << QStringLiteral("-p=") + p;
    if (dryRun)
        a << QStringLiteral("--dry-run=server");
    return a << QStringLiteral("-o") << QStringLiteral("json") << QStringLiteral("--")
             << QStringLiteral("erlmcp-service");
}

const PreCheck *check(const Plan &p, const QString &startsWith)
{
    for (const PreCheck &c : p.preChecks)
        if (c.what.startsWith(startsWith))
            return &c;
    return nullptr;
}

ActionRequest request(ActionKind kind)
{
    ActionRequest r;
    r.kind = kind;
    return r;
}

bool noCommands(const Plan &p)
{
    return p.read.isNull() && p.apply.isNull() && p.dryRun.isNull() && !p.ready();
}

} // namespace

class TestPlanner : public QObject {
    Q_OBJECT
    config::Profile m_profile = planfixture::profile();

private Q_SLOTS:
    void divertPlansFromTheFigures();
    void divertPatchesWithATest_data();
    void divertPatchesWithATest();
    void divertRefusesStates_data();
    void divertRefusesStates();
    void divertChoosesFromAndTo_data();
    void divertChoosesFromAndTo();
    void divertPreChecks_data();
    void divertPreChecks();
    void contextOverrideAndLook_data();
    void contextOverrideAndLook();
    void injectionIsRefused_data();
    void injectionIsRefused();
    void rateLimit_data();
    void rateLimit();
    void rateLimitState_data();
    void rateLimitState();
    void rateLimitBadInput_data();
    void rateLimitBadInput();
    void migrate();
    void migrateChoosesAndChecks_data();
    void migrateChoosesAndChecks();
    void stateKeyChanges();
    void rollbackDivert_data();
    void rollbackDivert();
    void rollbackRateLimit_data();
    void rollbackRateLimit();
    void rollbackMigrate();
    void rollbackFromTheAuditRecord();
    void routedRegions_data();
    void routedRegions();
};

void TestPlanner::divertPlansFromTheFigures()
{
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.023);
    set(s, QStringLiteral("response_time_p95"), QStringLiteral("eu-west-1"), S::Warning, 120);
    const Plan p = Planner::plan(request(ActionKind::DivertTraffic), &s, m_profile);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.title, QStringLiteral("Divert traffic away from eu-west-1"));
    QCOMPARE(p.read.type, Command::Type::Kubectl);
    QCOMPARE(p.read.args, base() << QStringLiteral("get") << QStringLiteral("service") << QStringLiteral("-o")
                                 << QStringLiteral("json") << QStringLiteral("--")
                                 << QStringLiteral("erlmcp-service"));
    QVERIFY(p.apply.isNull()); // only withState makes it
    QCOMPARE(p.parameters.value(QStringLiteral("from")).toString(), QStringLiteral("eu-west-1"));
    QCOMPARE(p.parameters.value(QStringLiteral("to")).toArray(),
             QJsonArray({QStringLiteral("us-east-1"), QStringLiteral("ap-southeast-1")}));
    for (const PreCheck &c : p.preChecks)
        QVERIFY2(c.passed, qPrintable(c.what + QStringLiteral(": ") + c.detail));
    QCOMPARE(p.preChecks.size(), std::size_t(6)); // trouble, 2 × healthy, keeps traffic, capacity, fresh
    // The trouble check names the breaching figure and its value.
    QVERIFY2(p.preChecks[0].detail.contains(QStringLiteral("2.3")), qPrintable(p.preChecks[0].detail));
    // The capacity arithmetic: 30,000 against 50,000 × 2/3.
    const PreCheck *cap = check(p, QStringLiteral("The receiving regions have the capacity"));
    QVERIFY(cap);
    QVERIFY2(cap->detail.contains(QStringLiteral("2/3")), qPrintable(cap->detail));
    QVERIFY2(cap->detail.contains(QStringLiteral("33,333")), qPrintable(cap->detail));
    // Effects: the fleet figures of the SLAs eu-west-1 breaches or warns in.
    QCOMPARE(p.effects.size(), std::size_t(2));
    QStringList ids;
    for (const Effect &e : p.effects) {
        QVERIFY(e.region.isEmpty());
        ids << e.slaId;
    }
    ids.sort();
    QCOMPARE(ids, QStringList({QStringLiteral("error_rate"), QStringLiteral("response_time_p95")}));
    QVERIFY(!p.target.confirmationWord().isEmpty());
    QCOMPARE(p.target.kind, QStringLiteral("Service"));
    QCOMPARE(p.target.name, QStringLiteral("erlmcp-service"));
    QCOMPARE(p.target.nameSpace, QStringLiteral("erlmcp"));
}

void TestPlanner::divertPatchesWithATest_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("key");

    QTest::newRow("annotated, to chosen")
        << service(QStringLiteral("42"), kAll) << QStringList()
        << patch({op(QStringLiteral("test"), kPath, kAll),
                  op(QStringLiteral("replace"), kPath, QStringLiteral("us-east-1,ap-southeast-1"))})
        << QStringLiteral("us-east-1,ap-southeast-1") << QStringLiteral("42|") + kAll;
    QTest::newRow("annotated, to given")
        << service(QStringLiteral("43"), kAll) << QStringList{QStringLiteral("ap-southeast-1")}
        << patch({op(QStringLiteral("test"), kPath, kAll),
                  op(QStringLiteral("replace"), kPath, QStringLiteral("ap-southeast-1"))})
        << QStringLiteral("ap-southeast-1") << QStringLiteral("43|") + kAll;
    // Already narrowed by someone: the rest of the current list, not every other profile region.
    QTest::newRow("two routed") << service(QStringLiteral("44"), QStringLiteral("eu-west-1, us-east-1"))
                                << QStringList()
                                << patch({op(QStringLiteral("test"), kPath,
                                             QStringLiteral("eu-west-1, us-east-1")),
                                          op(QStringLiteral("replace"), kPath, QStringLiteral("us-east-1"))})
                                << QStringLiteral("us-east-1") << QStringLiteral("44|eu-west-1, us-east-1");
    QTest::newRow("annotation absent")
        << service(QStringLiteral("45"), std::nullopt) << QStringList()
        << patch(
               {op(QStringLiteral("test"), QStringLiteral("/metadata/resourceVersion"), QStringLiteral("45")),
                op(QStringLiteral("add"), kPath, QStringLiteral("us-east-1,ap-southeast-1"))})
        << QStringLiteral("us-east-1,ap-southeast-1") << QStringLiteral("45|");
    QTest::newRow("no annotations at all")
        << service(QStringLiteral("46"), std::nullopt, false) << QStringList()
        << patch(
               {op(QStringLiteral("test"), QStringLiteral("/metadata/resourceVersion"), QStringLiteral("46")),
                op(QStringLiteral("add"), QStringLiteral("/metadata/annotations"),
                   QJsonObject{
                       {QStringLiteral("erlmcp.io/regions"), QStringLiteral("us-east-1,ap-southeast-1")}})})
        << QStringLiteral("us-east-1,ap-southeast-1") << QStringLiteral("46|");
}

void TestPlanner::divertPatchesWithATest()
{
    QFETCH(QByteArray, state);
    QFETCH(QStringList, to);
    QFETCH(QString, patch);
    QFETCH(QString, after);
    QFETCH(QString, key);
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    ActionRequest r = request(ActionKind::DivertTraffic);
    r.to = to;
    const Plan p = Planner::withState(Planner::plan(r, &s, m_profile), state);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(p.ready());
    QCOMPARE(p.apply.args, patchArgs(patch, false));
    QCOMPARE(p.dryRun.args, patchArgs(patch, true));
    QCOMPARE(p.stateBefore, state);
    QCOMPARE(p.stateKey, key);
    QCOMPARE(Planner::stateKey(p, state), key);
    QCOMPARE(p.parameters.value(QStringLiteral("after")).toString(), after);
}

void TestPlanner::divertRefusesStates_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QString>("error");
    QTest::newRow("already diverted")
        << service(QStringLiteral("1"), QStringLiteral("us-east-1,ap-southeast-1"))
        << QStringLiteral("already diverted");
    QTest::newRow("garbage") << QByteArray("<html>502</html>") << QStringLiteral("not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
    QTest::newRow("a Status, not a Service")
        << QByteArray(R"({"kind":"Status","status":"Failure","reason":"NotFound"})")
        << QStringLiteral("\"Status\"");
    QTest::newRow("no metadata") << QByteArray(R"({"kind":"Service"})") << QStringLiteral("no metadata");
    QTest::newRow("would leave none") << service(QStringLiteral("1"), QStringLiteral("eu-west-1"))
                                      << QStringLiteral("no region would keep traffic");
    QTest::newRow("odd region in the annotation")
        << service(QStringLiteral("1"), QStringLiteral("eu-west-1,US EAST")) << QStringLiteral("region");
}

void TestPlanner::divertRefusesStates()
{
    QFETCH(QByteArray, state);
    QFETCH(QString, error);
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    const Plan planned = Planner::plan(request(ActionKind::DivertTraffic), &s, m_profile);
    QVERIFY(planned.error.isEmpty());
    const Plan p = Planner::withState(planned, state);
    QVERIFY2(p.error.contains(error), qPrintable(p.error));
    QVERIFY(noCommands(p));
}

void TestPlanner::divertChoosesFromAndTo_data()
{
    QTest::addColumn<QStringList>("breach");  // "region/id"
    QTest::addColumn<QStringList>("warning"); // "region/id"
    QTest::addColumn<QStringList>("unknown"); // "region/id:state"
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("to");

    QTest::newRow("one breach") << QStringList{QStringLiteral("ap-southeast-1/error_rate")} << QStringList()
                                << QStringList() << QStringLiteral("ap-southeast-1")
                                << QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
    QTest::newRow("breach before warnings")
        << QStringList{QStringLiteral("us-east-1/rpo")}
        << QStringList{QStringLiteral("eu-west-1/error_rate"), QStringLiteral("eu-west-1/response_time_p95")}
        << QStringList() << QStringLiteral("us-east-1")
        << QStringList{QStringLiteral("eu-west-1"), QStringLiteral("ap-southeast-1")};
    QTest::newRow("more breaches win")
        << QStringList{QStringLiteral("us-east-1/rpo"), QStringLiteral("eu-west-1/rpo"),
                       QStringLiteral("eu-west-1/error_rate")}
        << QStringList() << QStringList() << QStringLiteral("eu-west-1")
        << QStringList{QStringLiteral("ap-southeast-1")};
    QTest::newRow("warning only") << QStringList()
                                  << QStringList{QStringLiteral("eu-west-1/response_time_p95")}
                                  << QStringList() << QStringLiteral("eu-west-1")
                                  << QStringList{QStringLiteral("us-east-1"),
                                                 QStringLiteral("ap-southeast-1")};
    QTest::newRow("a warning receiver is still healthy")
        << QStringList{QStringLiteral("eu-west-1/error_rate")}
        << QStringList{QStringLiteral("us-east-1/response_time_p95")} << QStringList()
        << QStringLiteral("eu-west-1")
        << QStringList{QStringLiteral("us-east-1"), QStringLiteral("ap-southeast-1")};
    QTest::newRow("stale, no-data and error receivers are not chosen")
        << QStringList{QStringLiteral("eu-west-1/error_rate")} << QStringList()
        << QStringList{QStringLiteral("us-east-1/rto:stale")} << QStringLiteral("eu-west-1")
        << QStringList{QStringLiteral("ap-southeast-1")};
    QTest::newRow("no data receiver")
        << QStringList{QStringLiteral("eu-west-1/error_rate")} << QStringList()
        << QStringList{QStringLiteral("ap-southeast-1/uptime:nodata")} << QStringLiteral("eu-west-1")
        << QStringList{QStringLiteral("us-east-1")};
    QTest::newRow("nobody in trouble")
        << QStringList() << QStringList() << QStringList() << QString()
        << QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                       QStringLiteral("ap-southeast-1")};
}

void TestPlanner::divertChoosesFromAndTo()
{
    QFETCH(QStringList, breach);
    QFETCH(QStringList, warning);
    QFETCH(QStringList, unknown);
    QFETCH(QString, from);
    QFETCH(QStringList, to);
    engine::Snapshot s = planfixture::healthy(m_profile);
    for (const QString &b : breach)
        set(s, b.section(QLatin1Char('/'), 1), b.section(QLatin1Char('/'), 0, 0), S::Breach, 1e9);
    for (const QString &w : warning)
        set(s, w.section(QLatin1Char('/'), 1), w.section(QLatin1Char('/'), 0, 0), S::Warning);
    for (const QString &u : unknown) {
        const QString what = u.section(QLatin1Char(':'), 0, 0);
        const QString state = u.section(QLatin1Char(':'), 1);
        set(s, what.section(QLatin1Char('/'), 1), what.section(QLatin1Char('/'), 0, 0),
            state == QLatin1String("stale")   ? S::Stale
            : state == QLatin1String("error") ? S::Error
                                              : S::NoData);
    }
    const Plan p = Planner::plan(request(ActionKind::DivertTraffic), &s, m_profile);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.parameters.value(QStringLiteral("from")).toString(), from);
    QStringList got;
    for (const QJsonValue &v : p.parameters.value(QStringLiteral("to")).toArray())
        got << v.toString();
    QCOMPARE(got, to);
    if (from.isEmpty()) {
        const PreCheck *c = check(p, QStringLiteral("A region is in trouble"));
        QVERIFY(c);
        QVERIFY(!c->passed);
        QVERIFY(!p.checksPass());
        const Plan w = Planner::withState(p, service(QStringLiteral("1"), kAll));
        QVERIFY(noCommands(w));
    }
}

void TestPlanner::divertPreChecks_data()
{
    QTest::addColumn<QString>("failing"); // the check expected to fail; every other one passes
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("scenario");
    QTest::newRow("all pass") << QString() << QString() << QStringLiteral("none");
    QTest::newRow("source not in trouble")
        << QStringLiteral("eu-west-1 is in trouble") << QStringLiteral("every figure within target")
        << QStringLiteral("source-ok");
    QTest::newRow("receiver breaching") << QStringLiteral("us-east-1 is healthy")
                                        << QStringLiteral("past target") << QStringLiteral("receiver-breach");
    QTest::newRow("receiver unknown") << QStringLiteral("us-east-1 is healthy") << QStringLiteral("unknown")
                                      << QStringLiteral("receiver-nodata");
    QTest::newRow("capacity short") << QStringLiteral("The receiving regions have the capacity")
                                    << QStringLiteral("1/3") << QStringLiteral("capacity");
    QTest::newRow("capacity unknown") << QStringLiteral("The receiving regions have the capacity")
                                      << QStringLiteral("Throughput") << QStringLiteral("capacity-nodata");
    QTest::newRow("stale figure") << QStringLiteral("Live figures are fresh")
                                  << QStringLiteral("not confirmed") << QStringLiteral("stale");
}

void TestPlanner::divertPreChecks()
{
    QFETCH(QString, failing);
    QFETCH(QString, detail);
    QFETCH(QString, scenario);
    engine::Snapshot s = planfixture::healthy(m_profile);
    ActionRequest r = request(ActionKind::DivertTraffic);
    r.from = QStringLiteral("eu-west-1");
    r.to = QStringList{QStringLiteral("us-east-1")};
    if (scenario != QLatin1String("source-ok"))
        set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    // One region left to carry it: 50,000 × 1/3 = 16,667, so the fleet's 30,000 is too much; the
    // other scenarios give the receiver a throughput it can carry.
    if (scenario != QLatin1String("capacity"))
        set(s, QStringLiteral("throughput"), {}, S::Ok, 15000);
    if (scenario == QLatin1String("receiver-breach"))
        set(s, QStringLiteral("rto"), QStringLiteral("us-east-1"), S::Breach, 900);
    if (scenario == QLatin1String("receiver-nodata"))
        set(s, QStringLiteral("uptime"), QStringLiteral("us-east-1"), S::NoData);
    if (scenario == QLatin1String("capacity-nodata"))
        set(s, QStringLiteral("throughput"), {}, S::NoData);
    if (scenario == QLatin1String("stale")) {
        // Stale keeps a value and makes the region unknown too: two checks fail, this one among them.
        set(s, QStringLiteral("throughput"), {}, S::Stale);
    }
    const Plan p = Planner::plan(r, &s, m_profile);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.checksPass(), failing.isEmpty());
    for (const PreCheck &c : p.preChecks) {
        if (c.what == failing) {
            QVERIFY2(!c.passed, qPrintable(c.what));
            QVERIFY2(c.detail.contains(detail), qPrintable(c.detail));
        } else if (scenario != QLatin1String("stale") && scenario != QLatin1String("capacity-nodata")) {
            QVERIFY2(c.passed, qPrintable(c.what + QStringLiteral(": ") + c.detail));
        }
    }
    if (!failing.isEmpty())
        QVERIFY2(check(p, failing), qPrintable(failing));
}

void TestPlanner::contextOverrideAndLook_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("production");
    QTest::addColumn<QString>("colour");
    QTest::newRow("profile's") << QString() << QStringLiteral("erlmcp-prod") << true
                               << QStringLiteral("#c62828");
    QTest::newRow("staging") << QStringLiteral("erlmcp-staging") << QStringLiteral("erlmcp-staging") << false
                             << QStringLiteral("#2e7d32");
    QTest::newRow("unlisted is production")
        << QStringLiteral("kind-kind") << QStringLiteral("kind-kind") << true << QString();
    QTest::newRow("arn-style") << QStringLiteral("arn:aws:eks:eu-west-1:1:cluster/x")
                               << QStringLiteral("arn:aws:eks:eu-west-1:1:cluster/x") << true << QString();
}

void TestPlanner::contextOverrideAndLook()
{
    QFETCH(QString, context);
    QFETCH(QString, expected);
    QFETCH(bool, production);
    QFETCH(QString, colour);
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    for (ActionKind kind : {ActionKind::DivertTraffic, ActionKind::MigrateSessions}) {
        ActionRequest r = request(kind);
        r.context = context;
        Plan p = Planner::plan(r, &s, m_profile);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.read.args.mid(0, 4), base(expected));
        QCOMPARE(p.target.context, expected);
        QCOMPARE(p.target.production, production);
        QCOMPARE(p.target.colour, colour);
        p = Planner::withState(p, kind == ActionKind::DivertTraffic ? service(QStringLiteral("1"), kAll)
                                                                    : pod(QStringLiteral("Running")));
        QVERIFY2(p.ready(), qPrintable(p.error));
        QCOMPARE(p.apply.args.mid(0, 4), base(expected));
        QCOMPARE(p.dryRun.args.mid(0, 4), base(expected));
    }
}

void TestPlanner::injectionIsRefused_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("value");
    const QStringList hostile{QStringLiteral("eu-west-1;rm -rf /"),
                              QStringLiteral("$(id)"),
                              QStringLiteral("`id`"),
                              QStringLiteral("eu-west-1\nid"),
                              QStringLiteral("--kubeconfig=/x"),
                              QStringLiteral("-o=go-template={{.}}"),
                              QStringLiteral("\u0435u-west-1"), // Cyrillic е
                              QString()};
    for (const char *where :
         {"request.context", "profile.context", "profile.namespace", "profile.service",
          "profile.sessionManager", "divert.from", "divert.to", "migrate.from", "migrate.to", "rate.region"})
        for (const QString &v : hostile) {
            const QString w = QString::fromLatin1(where);
            // An empty --from / --context / --region asks the planner to choose: not an injection.
            if (v.isEmpty() && (w == QLatin1String("request.context") || w.endsWith(QLatin1String(".from")) ||
                                w == QLatin1String("rate.region")))
                continue;
            QTest::addRow("%s %s", where, v.isEmpty() ? "(empty)" : v.toUtf8().toHex().constData()) << w << v;
        }
}

void TestPlanner::injectionIsRefused()
{
    QFETCH(QString, where);
    QFETCH(QString, value);
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    config::Profile profile = m_profile;
    ActionRequest r = request(ActionKind::DivertTraffic);
    if (where.startsWith(QLatin1String("migrate")) || where == QLatin1String("profile.sessionManager"))
        r.kind = ActionKind::MigrateSessions;
    if (where.startsWith(QLatin1String("rate")))
        r.kind = ActionKind::RateLimit;
    if (where == QLatin1String("request.context"))
        r.context = value;
    else if (where == QLatin1String("profile.context"))
        profile.containment.kubectl.context = value;
    else if (where == QLatin1String("profile.namespace"))
        profile.containment.kubectl.nameSpace = value;
    else if (where == QLatin1String("profile.service"))
        profile.containment.kubectl.service = value;
    else if (where == QLatin1String("profile.sessionManager"))
        profile.containment.kubectl.sessionManager = value;
    else if (where.endsWith(QLatin1String(".from")))
        r.from = value;
    else if (where.endsWith(QLatin1String(".to")))
        r.to = QStringList{value};
    else if (where == QLatin1String("rate.region"))
        r.region = value;
    const Plan p = Planner::plan(r, &s, profile);
    QVERIFY2(!p.error.isEmpty(), qPrintable(where));
    QVERIFY(noCommands(p));
    // withState cannot revive a refused plan.
    QVERIFY(noCommands(Planner::withState(p, service(QStringLiteral("1"), kAll))));
    // The message never echoes a control character.
    QVERIFY(!p.error.contains(QLatin1Char('\n')));
}

void TestPlanner::rateLimit_data()
{
    QTest::addColumn<double>("throughput");
    QTest::addColumn<S>("state");
    QTest::addColumn<qint64>("limit"); // 0: the default
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("failing"); // comma list of the checks expected to fail
    QTest::addColumn<QString>("body");

    QTest::newRow("default limit past the alert") << 45000.0 << S::Warning << qint64(0) << QString()
                                                  << QString() << QStringLiteral(R"({"limit":40000})");
    QTest::newRow("given limit") << 52000.0 << S::Breach << qint64(12000) << QString() << QString()
                                 << QStringLiteral(R"({"limit":12000})");
    QTest::newRow("one region") << 45000.0 << S::Warning << qint64(9000) << QStringLiteral("eu-west-1")
                                << QString() << QStringLiteral(R"({"limit":9000,"region":"eu-west-1"})");
    QTest::newRow("under the alert")
        << 30000.0 << S::Ok << qint64(0) << QString()
        << QStringLiteral("Throughput is above the capacity alert,The limit cuts throughput")
        << QStringLiteral(R"({"limit":40000})");
    QTest::newRow("limit over throughput")
        << 45000.0 << S::Warning << qint64(46000) << QString() << QStringLiteral("The limit cuts throughput")
        << QStringLiteral(R"({"limit":46000})");
    QTest::newRow("limit equal to throughput")
        << 45000.0 << S::Warning << qint64(45000) << QString() << QStringLiteral("The limit cuts throughput")
        << QStringLiteral(R"({"limit":45000})");
    QTest::newRow("unknown throughput") << 45000.0 << S::NoData << qint64(0) << QString()
                                        << QStringLiteral("Throughput is known and fresh,Throughput is above "
                                                          "the capacity alert,The limit cuts throughput")
                                        << QStringLiteral(R"({"limit":40000})");
    QTest::newRow("stale throughput") << 45000.0 << S::Stale << qint64(0) << QString()
                                      << QStringLiteral("Throughput is known and fresh,Throughput is above "
                                                        "the capacity alert,The limit cuts throughput")
                                      << QStringLiteral(R"({"limit":40000})");
}

void TestPlanner::rateLimit()
{
    QFETCH(double, throughput);
    QFETCH(S, state);
    QFETCH(qint64, limit);
    QFETCH(QString, region);
    QFETCH(QString, failing);
    QFETCH(QString, body);
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("throughput"), {}, state, throughput);
    ActionRequest r = request(ActionKind::RateLimit);
    if (limit)
        r.limit = limit;
    r.region = region;
    Plan p = Planner::plan(r, &s, m_profile);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const QUrl url(QStringLiteral("https://127.0.0.1:8443/api/rate-limit"));
    QCOMPARE(p.read.type, Command::Type::Http);
    QCOMPARE(p.read.method, QByteArray("GET"));
    QCOMPARE(p.read.url, url);
    QCOMPARE(p.target.kind, QStringLiteral("REST API"));
    QCOMPARE(p.target.context, QStringLiteral("127.0.0.1:8443"));
    QCOMPARE(p.target.name, url.toString());
    QVERIFY(p.target.production);
    QCOMPARE(p.preChecks.size(), std::size_t(3));
    const QStringList fails = failing.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const PreCheck &c : p.preChecks)
        QVERIFY2(c.passed == !fails.contains(c.what), qPrintable(c.what + QStringLiteral(": ") + c.detail));
    if (fails.contains(QStringLiteral("Throughput is above the capacity alert")) && state == S::Ok)
        QVERIFY2(check(p, QStringLiteral("Throughput is above"))
                     ->detail.contains(QStringLiteral("no limit needed")),
                 qPrintable(check(p, QStringLiteral("Throughput is above"))->detail));
    if (fails.contains(QStringLiteral("The limit cuts throughput")) && sla::isKnown(state))
        QVERIFY(check(p, QStringLiteral("The limit cuts"))
                    ->detail.contains(QStringLiteral("would not cut anything")));
    QCOMPARE(p.effects.size(), std::size_t(1));
    QCOMPARE(p.effects[0].slaId, QStringLiteral("throughput"));

    p = Planner::withState(p, R"({"limit":null,"regions":{"eu-west-1":7000}})");
    QVERIFY2(p.ready(), qPrintable(p.error));
    QCOMPARE(p.apply.type, Command::Type::Http);
    QCOMPARE(p.apply.method, QByteArray("POST"));
    QCOMPARE(p.apply.url, url);
    QCOMPARE(QString::fromUtf8(p.apply.body), body);
    QVERIFY(p.dryRun.isNull());
    QCOMPARE(p.stateKey, region.isEmpty() ? QStringLiteral("null") : QStringLiteral("7000"));
    QCOMPARE(p.apply.display(), QStringLiteral("POST ") + url.toString() + QLatin1Char(' ') + body);
}

void TestPlanner::rateLimitState_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("key"); // empty: refused
    QTest::newRow("none") << QByteArray(R"({"limit":null,"regions":{}})") << QString()
                          << QStringLiteral("null");
    QTest::newRow("fleet") << QByteArray(R"({"limit":12000,"regions":{}})") << QString()
                           << QStringLiteral("12000");
    QTest::newRow("region absent") << QByteArray(R"({"limit":12000,"regions":{}})")
                                   << QStringLiteral("eu-west-1") << QStringLiteral("null");
    QTest::newRow("region set") << QByteArray(R"({"limit":null,"regions":{"eu-west-1":500}})")
                                << QStringLiteral("eu-west-1") << QStringLiteral("500");
    QTest::newRow("html") << QByteArray("<html>bad gateway</html>") << QString() << QString();
    QTest::newRow("no limit key") << QByteArray(R"({"regions":{}})") << QString() << QString();
    QTest::newRow("limit a string") << QByteArray(R"({"limit":"12000"})") << QString() << QString();
    QTest::newRow("region a string") << QByteArray(R"({"limit":null,"regions":{"eu-west-1":"x"}})")
                                     << QStringLiteral("eu-west-1") << QString();
}

void TestPlanner::rateLimitState()
{
    QFETCH(QByteArray, state);
    QFETCH(QString, region);
    QFETCH(QString, key);
    ActionRequest r = request(ActionKind::RateLimit);
    r.limit = 1000;
    r.region = region;
    const Plan p = Planner::withState(Planner::plan(r, nullptr, m_profile), state);
    if (key.isEmpty()) {
        QVERIFY(!p.error.isEmpty());
        QVERIFY(noCommands(p));
        return;
    }
    QVERIFY2(p.ready(), qPrintable(p.error));
    QCOMPARE(p.stateKey, key);
    QCOMPARE(Planner::stateKey(p, state), key);
    // A null snapshot: the plan is made, every check fails.
    QVERIFY(!p.preChecks.empty());
    for (const PreCheck &c : p.preChecks)
        QVERIFY(!c.passed);
}

void TestPlanner::rateLimitBadInput_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::newRow("zero") << qint64(0) << QString() << QString();
    QTest::newRow("negative") << qint64(-5) << QString() << QString();
    QTest::newRow("over 10^7") << qint64(10'000'001) << QString() << QString();
    QTest::newRow("10^7") << qint64(10'000'000) << QString()
                          << QStringLiteral("https://127.0.0.1:8443/api/rate-limit");
    QTest::newRow("1") << qint64(1) << QString() << QStringLiteral("https://127.0.0.1:8443/api/rate-limit");
    QTest::newRow("api with a path") << qint64(5) << QStringLiteral("https://10.0.0.1:9443/admin/")
                                     << QStringLiteral("https://10.0.0.1:9443/admin/api/rate-limit");
    QTest::newRow("api with credentials")
        << qint64(5) << QStringLiteral("https://u:p@10.0.0.1/") << QString();
    QTest::newRow("api not http") << qint64(5) << QStringLiteral("file:///etc/passwd") << QString();
}

void TestPlanner::rateLimitBadInput()
{
    QFETCH(qint64, limit);
    QFETCH(QString, api);
    QFETCH(QString, url);
    ActionRequest r = request(ActionKind::RateLimit);
    r.limit = limit;
    r.api = QUrl(api);
    const Plan p = Planner::plan(r, nullptr, m_profile);
    if (url.isEmpty()) {
        QVERIFY(!p.error.isEmpty());
        QVERIFY(noCommands(p));
        QVERIFY(!p.error.contains(QStringLiteral("u:p")));
    } else {
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.read.url.toString(), url);
    }
}

void TestPlanner::migrate()
{
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    set(s, QStringLiteral("response_time_p95"), QStringLiteral("us-east-1"), S::Warning, 120);
    Plan p = Planner::plan(request(ActionKind::MigrateSessions), &s, m_profile);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    // ap-southeast-1 has no warning: healthier than us-east-1.
    QCOMPARE(p.parameters.value(QStringLiteral("from")).toString(), QStringLiteral("eu-west-1"));
    QCOMPARE(p.parameters.value(QStringLiteral("to")).toString(), QStringLiteral("ap-southeast-1"));
    QCOMPARE(p.read.args, base() << QStringLiteral("get") << QStringLiteral("pod") << QStringLiteral("-o")
                                 << QStringLiteral("json") << QStringLiteral("--")
                                 << QStringLiteral("erlmcp-session-manager"));
    QCOMPARE(p.target.kind, QStringLiteral("Pod"));
    QCOMPARE(p.target.name, QStringLiteral("erlmcp-session-manager"));
    QVERIFY(p.checksPass());
    QCOMPARE(p.effects.size(), std::size_t(1));
    QCOMPARE(p.effects[0].slaId, QStringLiteral("session_failover"));
    QVERIFY(p.effects[0].region.isEmpty());

    const Plan refused = Planner::withState(p, pod(QStringLiteral("Pending")));
    QVERIFY2(refused.error.contains(QStringLiteral("Pending")), qPrintable(refused.error));
    QVERIFY(noCommands(refused));
    QVERIFY(noCommands(Planner::withState(p, "{")));
    QVERIFY(noCommands(Planner::withState(p, service(QStringLiteral("1"), kAll)))); // not a Pod

    p = Planner::withState(p, pod(QStringLiteral("Running"), QStringLiteral("77")));
    QVERIFY2(p.ready(), qPrintable(p.error));
    const QStringList exec = base() << QStringLiteral("exec") << QStringLiteral("erlmcp-session-manager")
                                    << QStringLiteral("--") << QStringLiteral("migrate-sessions")
                                    << QStringLiteral("--target") << QStringLiteral("ap-southeast-1")
                                    << QStringLiteral("--from") << QStringLiteral("eu-west-1");
    QCOMPARE(p.apply.args, exec);
    QCOMPARE(p.dryRun.args, QStringList(exec) << QStringLiteral("--dry-run"));
    QCOMPARE(p.stateKey, QStringLiteral("77"));
    QCOMPARE(Planner::stateKey(p, pod(QStringLiteral("Running"), QStringLiteral("78"))),
             QStringLiteral("78"));
}

void TestPlanner::migrateChoosesAndChecks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("failing");
    QTest::newRow("diverted source") << QStringLiteral("diverted") << QStringLiteral("eu-west-1")
                                     << QStringLiteral("us-east-1") << QString();
    QTest::newRow("source healthy") << QStringLiteral("given-healthy") << QStringLiteral("eu-west-1")
                                    << QStringLiteral("us-east-1")
                                    << QStringLiteral("eu-west-1 is in trouble");
    QTest::newRow("target unhealthy")
        << QStringLiteral("target-bad") << QStringLiteral("eu-west-1") << QStringLiteral("us-east-1")
        << QStringLiteral("us-east-1 is healthy");
    QTest::newRow("target is source") << QStringLiteral("same") << QStringLiteral("eu-west-1")
                                      << QStringLiteral("eu-west-1") << QStringLiteral("The sessions move");
    QTest::newRow("no healthy target") << QStringLiteral("all-bad") << QStringLiteral("eu-west-1")
                                       << QString() << QStringLiteral("A healthy region receives");
    QTest::newRow("no live figures") << QStringLiteral("null") << QString() << QString()
                                     << QStringLiteral("A region is in trouble");
}

void TestPlanner::migrateChoosesAndChecks()
{
    QFETCH(QString, scenario);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, failing);
    engine::Snapshot s = planfixture::healthy(m_profile);
    ActionRequest r = request(ActionKind::MigrateSessions);
    if (scenario == QLatin1String("diverted"))
        planfixture::withoutTraffic(s, m_profile, QStringLiteral("eu-west-1"));
    else if (scenario != QLatin1String("given-healthy") && scenario != QLatin1String("null"))
        set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    if (scenario == QLatin1String("given-healthy"))
        r.from = QStringLiteral("eu-west-1");
    if (scenario == QLatin1String("target-bad")) {
        set(s, QStringLiteral("rpo"), QStringLiteral("us-east-1"), S::Error);
        r.to = QStringList{QStringLiteral("us-east-1")};
    }
    if (scenario == QLatin1String("same"))
        r.to = QStringList{QStringLiteral("eu-west-1")};
    if (scenario == QLatin1String("all-bad")) {
        set(s, QStringLiteral("rpo"), QStringLiteral("us-east-1"), S::Breach, 99);
        set(s, QStringLiteral("rto"), QStringLiteral("ap-southeast-1"), S::Stale);
        set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.5);
        set(s, QStringLiteral("response_time_p95"), QStringLiteral("eu-west-1"), S::Breach, 900);
    }
    const Plan p = Planner::plan(r, scenario == QLatin1String("null") ? nullptr : &s, m_profile);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.parameters.value(QStringLiteral("from")).toString(), from);
    QCOMPARE(p.parameters.value(QStringLiteral("to")).toString(), to);
    QCOMPARE(p.checksPass(), failing.isEmpty());
    if (failing.isEmpty())
        for (const PreCheck &c : p.preChecks)
            QVERIFY2(c.passed, qPrintable(c.what + QStringLiteral(": ") + c.detail));
    if (!failing.isEmpty()) {
        const PreCheck *c = check(p, failing);
        QVERIFY2(c, qPrintable(failing));
        QVERIFY(!c->passed);
    }
    if (scenario == QLatin1String("same") || scenario == QLatin1String("all-bad"))
        QVERIFY(noCommands(Planner::withState(p, pod(QStringLiteral("Running")))));
}

void TestPlanner::stateKeyChanges()
{
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    const Plan p = Planner::withState(Planner::plan(request(ActionKind::DivertTraffic), &s, m_profile),
                                      service(QStringLiteral("5"), kAll));
    QVERIFY(p.ready());
    QCOMPARE(Planner::stateKey(p, service(QStringLiteral("5"), kAll)), p.stateKey);
    QVERIFY(Planner::stateKey(p, service(QStringLiteral("6"), kAll)) != p.stateKey);
    QVERIFY(Planner::stateKey(p, service(QStringLiteral("5"), QStringLiteral("us-east-1"))) != p.stateKey);
    QVERIFY(Planner::stateKey(p, "garbage").isEmpty());

    ActionRequest r = request(ActionKind::RateLimit);
    r.limit = 100;
    const Plan rl = Planner::withState(Planner::plan(r, &s, m_profile), R"({"limit":null})");
    QCOMPARE(rl.stateKey, QStringLiteral("null"));
    QCOMPARE(Planner::stateKey(rl, R"({"limit":5})"), QStringLiteral("5"));
}

void TestPlanner::rollbackDivert_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("restoreOp");
    QTest::newRow("annotated before") << service(QStringLiteral("10"), kAll) << QStringLiteral("replace");
    QTest::newRow("no annotation before")
        << service(QStringLiteral("10"), std::nullopt) << QStringLiteral("remove");
}

void TestPlanner::rollbackDivert()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, restoreOp);
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    ActionRequest r = request(ActionKind::DivertTraffic);
    r.context = QStringLiteral("erlmcp-staging");
    const Plan applied = Planner::withState(Planner::plan(r, &s, m_profile), before);
    QVERIFY2(applied.ready(), qPrintable(applied.error));
    const QString set = QStringLiteral("us-east-1,ap-southeast-1");

    Plan rb = Planner::rollback(applied, &s, m_profile);
    QVERIFY2(rb.error.isEmpty(), qPrintable(rb.error));
    QVERIFY(rb.isRollback);
    QCOMPARE(rb.title, QStringLiteral("Roll back: Divert traffic away from eu-west-1"));
    QCOMPARE(rb.read.args, applied.read.args); // the same context, kept from the applied plan
    QCOMPARE(rb.target.context, QStringLiteral("erlmcp-staging"));
    QVERIFY(rb.apply.isNull());

    // Someone changed the Service since: the rollback refuses to overwrite it.
    const Plan changed = Planner::withState(rb, service(QStringLiteral("12"), QStringLiteral("us-east-1")));
    QVERIFY2(changed.error.contains(QStringLiteral("changed since the action")), qPrintable(changed.error));
    QVERIFY(noCommands(changed));

    rb = Planner::withState(rb, service(QStringLiteral("11"), set));
    QVERIFY2(rb.ready(), qPrintable(rb.error));
    QJsonArray ops{op(QStringLiteral("test"), kPath, set)};
    ops.append(restoreOp == QLatin1String("replace") ? op(QStringLiteral("replace"), kPath, kAll)
                                                     : op(QStringLiteral("remove"), kPath));
    QStringList expected = patchArgs(patch(ops), false);
    expected[1] = QStringLiteral("erlmcp-staging");
    QCOMPARE(rb.apply.args, expected);
    QCOMPARE(rb.stateKey, QStringLiteral("11|") + set);
}

void TestPlanner::rollbackRateLimit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("body");
    QTest::newRow("no limit before") << QByteArray(R"({"limit":null,"regions":{}})")
                                     << QStringLiteral(R"({"limit":null})");
    QTest::newRow("a limit before") << QByteArray(R"({"limit":25000,"regions":{}})")
                                    << QStringLiteral(R"({"limit":25000})");
}

void TestPlanner::rollbackRateLimit()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, body);
    ActionRequest r = request(ActionKind::RateLimit);
    r.limit = 12000;
    r.api = QUrl(QStringLiteral("https://127.0.0.1:9443"));
    const Plan applied = Planner::withState(Planner::plan(r, nullptr, m_profile), before);
    QVERIFY2(applied.ready(), qPrintable(applied.error));
    Plan rb = Planner::rollback(applied, nullptr, m_profile);
    QVERIFY2(rb.error.isEmpty(), qPrintable(rb.error));
    QVERIFY(rb.isRollback);
    QVERIFY(rb.title.startsWith(QStringLiteral("Roll back: ")));
    QCOMPARE(rb.read.url, applied.read.url);
    QCOMPARE(rb.target.name, applied.target.name);
    QVERIFY(rb.checksPass());
    const Plan changed = Planner::withState(rb, R"({"limit":13000})");
    QVERIFY2(changed.error.contains(QStringLiteral("changed since the action")), qPrintable(changed.error));
    rb = Planner::withState(rb, R"({"limit":12000,"regions":{}})");
    QVERIFY2(rb.ready(), qPrintable(rb.error));
    QCOMPARE(rb.apply.url, QUrl(QStringLiteral("https://127.0.0.1:9443/api/rate-limit")));
    QCOMPARE(QString::fromUtf8(rb.apply.body), body);
    QCOMPARE(rb.stateKey, QStringLiteral("12000"));
}

void TestPlanner::rollbackMigrate()
{
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    ActionRequest r = request(ActionKind::MigrateSessions);
    r.to = QStringList{QStringLiteral("us-east-1")};
    const Plan applied = Planner::withState(Planner::plan(r, &s, m_profile), pod(QStringLiteral("Running")));
    QVERIFY2(applied.ready(), qPrintable(applied.error));

    // eu-west-1 still breaching: the migration back does not pass its check.
    Plan rb = Planner::rollback(applied, &s, m_profile);
    QVERIFY2(rb.error.isEmpty(), qPrintable(rb.error));
    QVERIFY(rb.isRollback);
    QCOMPARE(rb.title, QStringLiteral("Roll back: Migrate sessions from eu-west-1 to us-east-1"));
    const PreCheck *again = check(rb, QStringLiteral("eu-west-1 is healthy again"));
    QVERIFY(again);
    QVERIFY(!again->passed);
    QVERIFY(!rb.checksPass());

    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Ok, 0.00001);
    rb = Planner::rollback(applied, &s, m_profile);
    QVERIFY2(rb.checksPass(), qPrintable(rb.preChecks.front().detail));
    rb = Planner::withState(rb, pod(QStringLiteral("Running")));
    QVERIFY2(rb.ready(), qPrintable(rb.error));
    QCOMPARE(rb.apply.args, base() << QStringLiteral("exec") << QStringLiteral("erlmcp-session-manager")
                                   << QStringLiteral("--") << QStringLiteral("migrate-sessions")
                                   << QStringLiteral("--target") << QStringLiteral("eu-west-1")
                                   << QStringLiteral("--from") << QStringLiteral("us-east-1"));
}

void TestPlanner::rollbackFromTheAuditRecord()
{
    engine::Snapshot s = planfixture::healthy(m_profile);
    set(s, QStringLiteral("error_rate"), QStringLiteral("eu-west-1"), S::Breach, 0.02);
    const Plan applied = Planner::withState(Planner::plan(request(ActionKind::DivertTraffic), &s, m_profile),
                                            service(QStringLiteral("3"), kAll));
    const std::optional<Plan> back = Plan::fromJson(applied.toJson());
    QVERIFY(back);
    const Plan a =
        Planner::withState(Planner::rollback(applied, nullptr, m_profile),
                           service(QStringLiteral("4"), QStringLiteral("us-east-1,ap-southeast-1")));
    const Plan b =
        Planner::withState(Planner::rollback(*back, nullptr, m_profile),
                           service(QStringLiteral("4"), QStringLiteral("us-east-1,ap-southeast-1")));
    QVERIFY2(a.ready(), qPrintable(a.error));
    QCOMPARE(b.apply.args, a.apply.args);
    QCOMPARE(b.title, a.title);

    // A plan that never read its state has nothing to restore.
    const Plan unread = Planner::plan(request(ActionKind::DivertTraffic), &s, m_profile);
    QVERIFY(!Planner::rollback(unread, &s, m_profile).error.isEmpty());

    // A record edited to reach another object or to smuggle an option: the rollback is re-planned from
    // the profile with its names checked again, so the edited value never reaches kubectl.
    const std::pair<const char *, QString> edits[] = {
        {"context", QStringLiteral("--kubeconfig=/tmp/x")},
        {"namespace", QStringLiteral("erlmcp;rm -rf /")},
        {"name", QStringLiteral("-o=go-template={{.}}")},
        {"name", QStringLiteral("erlmcp-s\u0435rvice")}};
    for (const auto &[key, value] : edits) {
        QJsonObject json = applied.toJson();
        QJsonObject target = json.value(QStringLiteral("target")).toObject();
        target.insert(QLatin1String(key), value);
        json.insert(QStringLiteral("target"), target);
        const std::optional<Plan> edited = Plan::fromJson(json);
        QVERIFY(edited);
        const Plan r =
            Planner::withState(Planner::rollback(*edited, nullptr, m_profile),
                               service(QStringLiteral("4"), QStringLiteral("us-east-1,ap-southeast-1")));
        QVERIFY2(!r.error.isEmpty() || r.ready(), qPrintable(value));
        QVERIFY2(!r.apply.args.contains(value) && !r.read.args.contains(value), qPrintable(value));
        if (QLatin1String(key) == QLatin1String("context"))
            QVERIFY2(!r.error.isEmpty() && r.apply.isNull(), qPrintable(r.error));
    }
}

void TestPlanner::routedRegions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("regions");
    QTest::newRow("all") << service(QStringLiteral("1"), kAll)
                         << QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                                        QStringLiteral("ap-southeast-1")};
    QTest::newRow("spaces and empties")
        << service(QStringLiteral("1"), QStringLiteral(" us-east-1 ,, eu-west-1,"))
        << QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
    QTest::newRow("absent") << service(QStringLiteral("1"), std::nullopt) << QStringList();
    QTest::newRow("garbage") << QByteArray("not json") << QStringList();
}

void TestPlanner::routedRegions()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, regions);
    QCOMPARE(Planner::routedRegions(json), regions);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
