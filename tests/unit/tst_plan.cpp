// Plan and Command as values: the preview's shell quoting, the audit log's JSON and back.
#include "actions/plan.h"

#include <QJsonArray>
#include <QtTest>

using namespace slaops::actions;

namespace {
Command kubectl(const QStringList &args)
{
    Command c;
    c.type = Command::Type::Kubectl;
    c.args = args;
    c.purpose = QStringLiteral("test");
    return c;
}
} // namespace

class TestPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void actionNames();
    void displayQuotesLikeAShell_data();
    void displayQuotesLikeAShell();
    void httpDisplay();
    void commandJsonRoundTrips_data();
    void commandJsonRoundTrips();
    void commandFromBadJson_data();
    void commandFromBadJson();
    void planJsonRoundTrips();
    void planFromBadJson();
};

void TestPlan::actionNames()
{
    for (ActionKind k : {ActionKind::DivertTraffic, ActionKind::RateLimit, ActionKind::MigrateSessions})
        QCOMPARE(actionFromName(actionName(k)), std::optional(k));
    QCOMPARE(actionName(ActionKind::DivertTraffic), QStringLiteral("divert-traffic"));
    QCOMPARE(actionName(ActionKind::RateLimit), QStringLiteral("rate-limit"));
    QCOMPARE(actionName(ActionKind::MigrateSessions), QStringLiteral("migrate-sessions"));
    QVERIFY(!actionFromName(QStringLiteral("Divert-Traffic")));
    QVERIFY(!actionFromName(QString()));
}

void TestPlan::displayQuotesLikeAShell_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("display");
    QTest::newRow("plain") << QStringList{QStringLiteral("--context"),     QStringLiteral("erlmcp-prod"),
                                          QStringLiteral("get"),           QStringLiteral("-o"),
                                          QStringLiteral("json"),          QStringLiteral("--"),
                                          QStringLiteral("erlmcp-service")}
                           << QStringLiteral("kubectl --context erlmcp-prod get -o json -- erlmcp-service");
    QTest::newRow("space") << QStringList{QStringLiteral("a b")} << QStringLiteral("kubectl 'a b'");
    QTest::newRow("single quote") << QStringList{QStringLiteral("it's")}
                                  << QStringLiteral("kubectl 'it'\\''s'");
    QTest::newRow("empty") << QStringList{QString()} << QStringLiteral("kubectl ''");
    QTest::newRow("dollar and backticks")
        << QStringList{QStringLiteral("$(x)`y`")} << QStringLiteral("kubectl '$(x)`y`'");
    QTest::newRow("json patch")
        << QStringList{QStringLiteral("-p=[{\"op\":\"test\",\"path\":\"/a~1b\",\"value\":\"x,y\"}]")}
        << QStringLiteral("kubectl '-p=[{\"op\":\"test\",\"path\":\"/a~1b\",\"value\":\"x,y\"}]'");
    QTest::newRow("shell-safe punctuation")
        << QStringList{QStringLiteral("--type=json"), QStringLiteral("a@b:c/d,e%f+g")}
        << QStringLiteral("kubectl --type=json a@b:c/d,e%f+g");
    QTest::newRow("glob and semicolon")
        << QStringList{QStringLiteral("*"), QStringLiteral("a;b")} << QStringLiteral("kubectl '*' 'a;b'");
    QTest::newRow("newline") << QStringList{QStringLiteral("a\nb")} << QStringLiteral("kubectl 'a\nb'");
}

void TestPlan::displayQuotesLikeAShell()
{
    QFETCH(QStringList, args);
    QFETCH(QString, display);
    QCOMPARE(kubectl(args).display(), display);
}

void TestPlan::httpDisplay()
{
    Command c;
    c.type = Command::Type::Http;
    c.method = "POST";
    c.url = QUrl(QStringLiteral("https://127.0.0.1:8443/api/rate-limit"));
    c.body = R"({"limit":1000})";
    QCOMPARE(c.display(), QStringLiteral(R"(POST https://127.0.0.1:8443/api/rate-limit {"limit":1000})"));
    c.method = "GET";
    c.body.clear();
    QCOMPARE(c.display(), QStringLiteral("GET https://127.0.0.1:8443/api/rate-limit"));
    QVERIFY(Command{}.display().isEmpty());
}

void TestPlan::commandJsonRoundTrips_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("none") << int(Command::Type::None);
    QTest::newRow("kubectl") << int(Command::Type::Kubectl);
    QTest::newRow("http") << int(Command::Type::Http);
}

void TestPlan::commandJsonRoundTrips()
{
    QFETCH(int, type);
    Command c;
    c.type = Command::Type(type);
    c.purpose = QStringLiteral("read the Service");
    if (c.type == Command::Type::Kubectl)
        c.args = QStringList{QStringLiteral("--context"), QStringLiteral("x y"), QString()};
    if (c.type == Command::Type::Http) {
        c.method = "POST";
        c.url = QUrl(QStringLiteral("https://h:1/api/rate-limit"));
        c.body = R"({"limit":null})";
    }
    const QJsonObject json = c.toJson();
    if (c.type != Command::Type::None)
        QCOMPARE(json.value(QStringLiteral("display")).toString(), c.display());
    const std::optional<Command> back = Command::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->type, c.type);
    QCOMPARE(back->args, c.args);
    QCOMPARE(back->method, c.method);
    QCOMPARE(back->url, c.url);
    QCOMPARE(back->body, c.body);
    QCOMPARE(back->purpose, c.purpose);
}

void TestPlan::commandFromBadJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("empty") << QJsonObject{};
    QTest::newRow("unknown type") << QJsonObject{{QStringLiteral("type"), QStringLiteral("shell")}};
    QTest::newRow("kubectl without args") << QJsonObject{{QStringLiteral("type"), QStringLiteral("kubectl")}};
    QTest::newRow("kubectl args not strings") << QJsonObject{
        {QStringLiteral("type"), QStringLiteral("kubectl")}, {QStringLiteral("args"), QJsonArray{1, 2}}};
    QTest::newRow("http without method")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                       {QStringLiteral("url"), QStringLiteral("https://h/")}};
    QTest::newRow("http without url") << QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                     {QStringLiteral("method"), QStringLiteral("GET")}};
}

void TestPlan::commandFromBadJson()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!Command::fromJson(json));
}

void TestPlan::planJsonRoundTrips()
{
    Plan p;
    p.kind = ActionKind::MigrateSessions;
    p.title = QStringLiteral("Migrate sessions from eu-west-1 to us-east-1");
    p.rationale = QStringLiteral("eu-west-1: past target: Error rate 2.30 %");
    p.target = Target{QStringLiteral("erlmcp-staging"),
                      QStringLiteral("erlmcp"),
                      QStringLiteral("Pod"),
                      QStringLiteral("erlmcp-session-manager"),
                      false,
                      QStringLiteral("#2e7d32")};
    p.preChecks = {{QStringLiteral("a"), true, QStringLiteral("d1")},
                   {QStringLiteral("b"), false, QString()}};
    p.effects = {{QStringLiteral("session_failover"), QString(), QStringLiteral("within 10 s")}};
    p.parameters = QJsonObject{{QStringLiteral("from"), QStringLiteral("eu-west-1")}};
    p.read = kubectl({QStringLiteral("get")});
    p.apply = kubectl({QStringLiteral("exec")});
    p.stateBefore = R"({"kind":"Pod"})";
    p.stateKey = QStringLiteral("77");
    p.isRollback = true;
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("migrate-sessions"));
    QCOMPARE(json.value(QStringLiteral("stateBefore")).toString(), QStringLiteral(R"({"kind":"Pod"})"));
    const std::optional<Plan> back = Plan::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->kind, p.kind);
    QCOMPARE(back->title, p.title);
    QCOMPARE(back->rationale, p.rationale);
    QCOMPARE(back->target.context, p.target.context);
    QCOMPARE(back->target.nameSpace, p.target.nameSpace);
    QCOMPARE(back->target.kind, p.target.kind);
    QCOMPARE(back->target.name, p.target.name);
    QCOMPARE(back->target.production, false);
    QCOMPARE(back->target.colour, p.target.colour);
    QCOMPARE(back->preChecks.size(), std::size_t(2));
    QCOMPARE(back->preChecks[0].detail, QStringLiteral("d1"));
    QCOMPARE(back->preChecks[1].passed, false);
    QCOMPARE(back->effects.size(), std::size_t(1));
    QCOMPARE(back->effects[0].slaId, QStringLiteral("session_failover"));
    QCOMPARE(back->parameters, p.parameters);
    QCOMPARE(back->read.args, p.read.args);
    QCOMPARE(back->apply.args, p.apply.args);
    QVERIFY(back->dryRun.isNull());
    QCOMPARE(back->stateBefore, p.stateBefore);
    QCOMPARE(back->stateKey, p.stateKey);
    QVERIFY(back->isRollback);
    QVERIFY(back->ready());
    QVERIFY(!back->checksPass());
}

void TestPlan::planFromBadJson()
{
    QVERIFY(!Plan::fromJson(QJsonObject{}));
    QVERIFY(!Plan::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("reboot")}}));
    // A known kind without its commands is not a plan this version wrote.
    QVERIFY(!Plan::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate-limit")}}));
    // A target without the production flag reads as production.
    Plan p;
    p.read = kubectl({QStringLiteral("get")});
    QJsonObject json = p.toJson();
    json.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
    const std::optional<Plan> back = Plan::fromJson(json);
    QVERIFY(back);
    QVERIFY(back->target.production);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
