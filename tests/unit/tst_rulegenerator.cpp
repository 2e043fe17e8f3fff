// `slaops rules generate`: the rule file of a profile, read back with a YAML parser (yaml-cpp, not our
// writer), so that quoting, structure and the contract of rulenames.h are checked on what Prometheus
// would read.
#include "config/profileloader.h"
#include "rules/rulegenerator.h"
#include "rules/rulenames.h"
#include "rules/ruleyaml.h"

#include <QtTest>
#include <yaml-cpp/yaml.h>

using namespace slaops;
using rules::RuleGenerator;
using namespace std::chrono;

namespace {

struct ParsedRule {
    QString group;
    bool alert = false;
    QString name;
    QString expr;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
};

struct ParsedFile {
    QStringList groups;
    QStringList intervals; // per group; empty when it has none
    std::vector<ParsedRule> rules;
};

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

ParsedFile parse(const QString &text)
{
    ParsedFile f;
    const YAML::Node root = YAML::Load(text.toStdString());
    for (const YAML::Node &g : root["groups"]) {
        f.groups << str(g["name"]);
        f.intervals << (g["interval"] ? str(g["interval"]) : QString());
        for (const YAML::Node &r : g["rules"]) {
            ParsedRule p;
            p.group = f.groups.constLast();
            p.alert = bool(r["alert"]);
            p.name = str(p.alert ? r["alert"] : r["record"]);
            p.expr = str(r["expr"]);
            for (const auto &l : r["labels"])
                p.labels.insert(str(l.first), str(l.second));
            for (const auto &a : r["annotations"])
                p.annotations.insert(str(a.first), str(a.second));
            f.rules.push_back(p);
        }
    }
    return f;
}

// The index of the rule recording `record` for this SLA and place (region empty: the fleet), or -1.
int find(const ParsedFile &f, const QString &record, const QString &sla, const QString &region = {})
{
    for (std::size_t i = 0; i < f.rules.size(); ++i) {
        const ParsedRule &r = f.rules[i];
        if (r.name == record && r.labels.value(QLatin1String(rules::kSlaLabel)) == sla &&
            r.labels.value(QLatin1String(rules::kRegionLabel)) == region &&
            (!region.isEmpty() || !r.labels.contains(QLatin1String(rules::kRegionLabel))))
            return int(i);
    }
    return -1;
}

config::Profile load(const QByteArray &yaml)
{
    const auto r = config::ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
    if (!r.ok)
        qFatal("%s", qPrintable(r.error));
    return r.profile;
}

// A profile with the shapes the generator tells apart: a ratio, a complemented ratio, a percentage
// that is no ratio, a ratio with vector matching (not split), a quantile and a 1m percentage.
const QByteArray kShapes =
    "profile: shapes\n"
    "budget_period: 7d\n"
    "sources:\n  prometheus:\n    url: http://127.0.0.1:9090\n"
    "slas:\n"
    "  - {id: errors, name: Errors, unit: percent, comparison: at_most, target: 0.1%, "
    "alert: 0.05%, query: 'sum(rate(e{$selector}[$window])) / sum(rate(r{$selector}[$window]))'}\n"
    "  - {id: good, name: Good, unit: percent, comparison: at_least, target: 99.9%, "
    "alert: 99.95%, query: '1 - sum(rate(e{$selector}[$window])) / "
    "sum(rate(r{$selector}[$window]))'}\n"
    "  - {id: up, name: Up, unit: percent, comparison: at_least, target: 99.9%, alert: "
    "99.95%, query: 'avg(avg_over_time(up{$selector}[$window]))'}\n"
    "  - {id: joined, name: Joined, unit: percent, comparison: at_most, target: 1%, alert: "
    "0.5%, query: 'sum by (a) (rate(e[$window])) / on (a) sum by (a) (rate(r[$window]))'}\n"
    "  - {id: p99, name: P99, unit: ms, comparison: at_most, target: 100ms, alert: 50ms, "
    "query: 'histogram_quantile(0.99, sum by (le) (rate(h_bucket{$selector}[$window])))'}\n"
    "  - {id: fast, name: Fast, unit: percent, comparison: at_least, target: 99%, alert: "
    "99.5%, window: 1m, regional: false, query: 'sum(rate(ok[$window])) / sum(rate(r[$window]))'}\n"
    "regions:\n  - {name: north, selector: 'zone=\"n\"', rpo: 5s}\n"
    "  - {name: south, selector: 'zone=\"s\"', rto: 1m}\n"
    "region_queries:\n  rpo: max(lag{$selector})\n  rto: max(rto{$selector})\n";

} // namespace

class TestRuleGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySlaPlaceAndWindowIsRecorded();
    void ratioRecordsSumsAndBuildsWindowsFromThem();
    void otherPercentagesFallBackToTimeAverages();
    void valuesReadTheFiveMinuteRecords();
    void regionFigures();
    void burnAlerts();
    void burnThresholdsFollowTheBudgetPeriod();
    void severitiesDefaultToTheMatrix();
    void scopes();
    void interval();
    void hostileStringsStayStrings();
    void deterministic();

private:
    config::Profile m_default;
    QString m_version;
};

void TestRuleGenerator::initTestCase()
{
    const auto r = config::ProfileLoader::loadDefault();
    QVERIFY2(r.ok, qPrintable(r.error));
    m_default = r.profile;
    m_version = rules::profileVersion(m_default);
}

void TestRuleGenerator::everySlaPlaceAndWindowIsRecorded()
{
    const ParsedFile f = parse(RuleGenerator::generate(m_default));
    QCOMPARE(f.groups, QStringList({QStringLiteral("slaops:erlmcp-v3:sla"),
                                    QStringLiteral("slaops:erlmcp-v3:burn-alerts")}));
    QStringList places{QString()};
    for (const auto &r : m_default.regions)
        places << r.name;
    int percentSlas = 0;
    for (const config::SlaSpec &s : m_default.slas) {
        for (const QString &place : places) {
            if (!place.isEmpty() && !s.regional) {
                QCOMPARE(find(f, QLatin1String(rules::kValueRecord), s.id, place), -1);
                continue;
            }
            QVERIFY2(find(f, QLatin1String(rules::kValueRecord), s.id, place) >= 0, qPrintable(s.id + place));
            for (const seconds w : rules::kRecordedWindows)
                QCOMPARE(find(f, rules::errorRatioRecord(w), s.id, place) >= 0, s.hasBudget());
        }
        percentSlas += s.hasBudget();
    }
    QCOMPARE(percentSlas, 3); // uptime, error_rate, data_consistency
    // Every series carries the profile, its version and the SLA; only the regions' a region.
    for (const ParsedRule &r : f.rules) {
        QCOMPARE(r.labels.value(QLatin1String(rules::kProfileLabel)), QStringLiteral("erlmcp-v3"));
        QCOMPARE(r.labels.value(QLatin1String(rules::kVersionLabel)), m_version);
        QVERIFY(!r.labels.value(QLatin1String(rules::kSlaLabel)).isEmpty());
        if (r.labels.contains(QLatin1String(rules::kRegionLabel)))
            QVERIFY(places.contains(r.labels.value(QLatin1String(rules::kRegionLabel))));
        QCOMPARE(r.alert, r.group.endsWith(QLatin1String(":burn-alerts")));
    }
    // No series recorded twice (Prometheus would evaluate both and the engine read either).
    QSet<QString> seen;
    for (const ParsedRule &r : f.rules) {
        const QString key = r.name + QLatin1Char('|') + r.labels.value(QLatin1String(rules::kSlaLabel)) +
                            QLatin1Char('|') + r.labels.value(QLatin1String(rules::kRegionLabel)) +
                            r.labels.value(QStringLiteral("severity"));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void TestRuleGenerator::ratioRecordsSumsAndBuildsWindowsFromThem()
{
    const config::Profile p = load(kShapes);
    const ParsedFile f = parse(RuleGenerator::generate(p));
    const auto expr = [&](const QString &record, const char *sla, const char *region = "") {
        const int i = find(f, record, QLatin1String(sla), QLatin1String(region));
        return i < 0 ? QStringLiteral("<none>") : f.rules[std::size_t(i)].expr;
    };
    const QString num = QLatin1String(rules::kNumeratorRecord),
                  den = QLatin1String(rules::kDenominatorRecord);
    QCOMPARE(expr(num, "errors", "north"), QStringLiteral("sum(rate(e{zone=\"n\"}[5m]))"));
    QCOMPARE(expr(den, "errors", "north"), QStringLiteral("sum(rate(r{zone=\"n\"}[5m]))"));
    QCOMPARE(expr(num, "errors"), QStringLiteral("sum(rate(e{}[5m]))"));
    const QString numSel = rules::recordedSelector(p, num, QStringLiteral("errors"), QStringLiteral("north"));
    const QString denSel = rules::recordedSelector(p, den, QStringLiteral("errors"), QStringLiteral("north"));
    // At most: the error ratio is the value. 5m straight from the records, 1h from their sums.
    QCOMPARE(expr(rules::errorRatioRecord(minutes(5)), "errors", "north"),
             numSel + QStringLiteral(" / ") + denSel);
    QCOMPARE(expr(rules::errorRatioRecord(hours(1)), "errors", "north"),
             QStringLiteral("sum_over_time(%1[1h]) / sum_over_time(%2[1h])").arg(numSel, denSel));
    QCOMPARE(expr(rules::errorRatioRecord(hours(72)), "errors", "north"),
             QStringLiteral("sum_over_time(%1[3d]) / sum_over_time(%2[3d])").arg(numSel, denSel));
    // 1 - A / B at least: the error ratio is A / B itself.
    const QString gNum = rules::recordedSelector(p, num, QStringLiteral("good"), {});
    const QString gDen = rules::recordedSelector(p, den, QStringLiteral("good"), {});
    QCOMPARE(expr(rules::errorRatioRecord(hours(6)), "good"),
             QStringLiteral("sum_over_time(%1[6h]) / sum_over_time(%2[6h])").arg(gNum, gDen));
    // A / B at least (good events over all): one minus it.
    const QString fNum = rules::recordedSelector(p, num, QStringLiteral("fast"), {});
    const QString fDen = rules::recordedSelector(p, den, QStringLiteral("fast"), {});
    QCOMPARE(expr(rules::errorRatioRecord(minutes(5)), "fast"),
             QStringLiteral("1 - (%1 / %2)").arg(fNum, fDen));
    // Each record is written before the rules that read it: Prometheus evaluates a group in order.
    QVERIFY(find(f, num, QStringLiteral("errors"), QStringLiteral("north")) <
            find(f, rules::errorRatioRecord(minutes(5)), QStringLiteral("errors"), QStringLiteral("north")));
    // A ratio with vector matching is not split: its sides are not one series each.
    QCOMPARE(find(f, num, QStringLiteral("joined")), -1);
    QCOMPARE(expr(rules::errorRatioRecord(minutes(5)), "joined"),
             QStringLiteral("sum by (a) (rate(e[5m])) / on (a) sum by (a) (rate(r[5m]))"));
}

void TestRuleGenerator::otherPercentagesFallBackToTimeAverages()
{
    const ParsedFile f = parse(RuleGenerator::generate(m_default));
    const auto rule = [&](seconds w, const char *region) -> const ParsedRule & {
        const int i = find(f, rules::errorRatioRecord(w), QStringLiteral("uptime"), QLatin1String(region));
        if (i < 0)
            qFatal("no uptime record");
        return f.rules[std::size_t(i)];
    };
    QCOMPARE(find(f, QLatin1String(rules::kNumeratorRecord), QStringLiteral("uptime")), -1);
    QCOMPARE(rule(minutes(5), "eu-west-1").expr,
             QStringLiteral("1 - (avg(avg_over_time(up{job=\"erlmcp-sla\",region=\"eu-west-1\"}[5m])))"));
    QCOMPARE(rule(hours(24), "eu-west-1").expr,
             QStringLiteral("avg_over_time(%1[1d])")
                 .arg(rules::recordedSelector(m_default, rules::errorRatioRecord(minutes(5)),
                                              QStringLiteral("uptime"), QStringLiteral("eu-west-1"))));
    // Said so in the file, next to the rules.
    QVERIFY(RuleGenerator::generate(m_default).contains(QLatin1String("time-weighted average")));
}

void TestRuleGenerator::valuesReadTheFiveMinuteRecords()
{
    const config::Profile p = load(kShapes);
    const ParsedFile f = parse(RuleGenerator::generate(p));
    const auto value = [&](const char *sla, const char *region = "") {
        const int i = find(f, QLatin1String(rules::kValueRecord), QLatin1String(sla), QLatin1String(region));
        return i < 0 ? QStringLiteral("<none>") : f.rules[std::size_t(i)].expr;
    };
    const auto sel = [&](const char *record, const char *sla, const char *region = "") {
        return rules::recordedSelector(p, QLatin1String(record), QLatin1String(sla), QLatin1String(region));
    };
    QCOMPARE(value("errors", "south"),
             QStringLiteral("%1 / %2").arg(sel(rules::kNumeratorRecord, "errors", "south"),
                                           sel(rules::kDenominatorRecord, "errors", "south")));
    QCOMPARE(value("good"),
             QStringLiteral("1 - %1 / %2")
                 .arg(sel(rules::kNumeratorRecord, "good"), sel(rules::kDenominatorRecord, "good")));
    QCOMPARE(value("up", "north"),
             QStringLiteral("1 - ") + rules::recordedSelector(p, rules::errorRatioRecord(minutes(5)),
                                                              QStringLiteral("up"), QStringLiteral("north")));
    // Not over 5m, or no percentage: the query over the SLA's own window.
    QCOMPARE(value("fast"), QStringLiteral("sum(rate(ok[1m])) / sum(rate(r[1m]))"));
    QCOMPARE(value("p99", "north"),
             QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(h_bucket{zone=\"n\"}[5m])))"));
    QCOMPARE(value("fast", "north"), QStringLiteral("<none>")); // not regional
    // Each value after the records it reads.
    QVERIFY(find(f, QLatin1String(rules::kValueRecord), QStringLiteral("up"), QStringLiteral("north")) >
            find(f, rules::errorRatioRecord(minutes(5)), QStringLiteral("up"), QStringLiteral("north")));
}

void TestRuleGenerator::regionFigures()
{
    const config::Profile p = load(kShapes);
    const ParsedFile f = parse(RuleGenerator::generate(p));
    const QString value = QLatin1String(rules::kValueRecord);
    // Only where the region sets a target, with RefreshPlan's ids.
    QCOMPARE(f.rules[std::size_t(find(f, value, QStringLiteral("rpo"), QStringLiteral("north")))].expr,
             QStringLiteral("max(lag{zone=\"n\"})"));
    QCOMPARE(find(f, value, QStringLiteral("rto"), QStringLiteral("north")), -1);
    QCOMPARE(f.rules[std::size_t(find(f, value, QStringLiteral("rto"), QStringLiteral("south")))].expr,
             QStringLiteral("max(rto{zone=\"s\"})"));
    QCOMPARE(find(f, value, QStringLiteral("network_latency"), QStringLiteral("south")), -1);
    QCOMPARE(find(f, value, QStringLiteral("rpo")), -1); // never for the fleet
    const ParsedFile d = parse(RuleGenerator::generate(m_default));
    for (const char *id : {"rto", "rpo", "network_latency"})
        for (const auto &r : m_default.regions)
            QVERIFY(find(d, value, QLatin1String(id), r.name) >= 0);
}

void TestRuleGenerator::burnAlerts()
{
    const ParsedFile f = parse(RuleGenerator::generate(m_default));
    std::vector<ParsedRule> alerts;
    for (const ParsedRule &r : f.rules)
        if (r.alert)
            alerts.push_back(r);
    QCOMPARE(alerts.size(), std::size_t(2 * 3)); // page and ticket per percentage SLA
    for (const ParsedRule &a : alerts) {
        QVERIFY(a.name == QLatin1String(rules::kPageAlert) || a.name == QLatin1String(rules::kTicketAlert));
        QCOMPARE(a.labels.value(QStringLiteral("severity")), a.name == QLatin1String(rules::kPageAlert)
                                                                 ? QStringLiteral("critical")
                                                                 : QStringLiteral("medium"));
        QVERIFY(!a.labels.contains(QLatin1String(rules::kRegionLabel)));
        QCOMPARE(a.labels.value(QLatin1String(rules::kVersionLabel)), m_version);
        QVERIFY(a.annotations.value(QStringLiteral("description"))
                    .contains(QLatin1String("{{ printf \"%.3g\" $value }}")));
        QVERIFY(a.annotations.value(QStringLiteral("summary"))
                    .contains(m_default.sla(a.labels.value(QLatin1String(rules::kSlaLabel)))->name));
    }
    // Error rate: budget 0.0001, 30 days: 14.4 over 1h and 5m, or 6 over 6h and 30m.
    const auto er = [&](seconds w) {
        return rules::recordedSelector(m_default, rules::errorRatioRecord(w), QStringLiteral("error_rate"),
                                       {});
    };
    const QString b = QString::number(0.0001, 'g', 17);
    const auto side = [&](seconds w, double f) {
        return QStringLiteral("%1 / %2 > %3").arg(er(w), b, QString::number(f, 'g', 17));
    };
    const int page = find(f, QLatin1String(rules::kPageAlert), QStringLiteral("error_rate"));
    QVERIFY(page >= 0);
    QCOMPARE(f.rules[std::size_t(page)].expr,
             QStringLiteral("(%1 and %2) or (%3 and %4)")
                 .arg(side(hours(1), 14.4), side(minutes(5), 14.4), side(hours(6), 6), side(minutes(30), 6)));
    const int ticket = find(f, QLatin1String(rules::kTicketAlert), QStringLiteral("error_rate"));
    QCOMPARE(f.rules[std::size_t(ticket)].expr,
             QStringLiteral("(%1 and %2) or (%3 and %4)")
                 .arg(side(hours(24), 3), side(hours(2), 3), side(hours(72), 1), side(hours(6), 1)));
    // At least: the budget is 1 - target, printed exactly.
    const int upPage = find(f, QLatin1String(rules::kPageAlert), QStringLiteral("uptime"));
    QVERIFY(f.rules[std::size_t(upPage)].expr.contains(
        QStringLiteral(" / %1 > ").arg(QString::number(1 - m_default.sla(u"uptime")->target, 'g', 17))));
}

void TestRuleGenerator::burnThresholdsFollowTheBudgetPeriod()
{
    // 7 days: the same shares of the budget (2 % in 1h, 5 % in 6h, 10 % in 1d and in 3d).
    const config::Profile p = load(kShapes);
    const ParsedFile f = parse(RuleGenerator::generate(p));
    const double period = 7 * 86400; // share of the budget * period / long window, in seconds
    const int page = find(f, QLatin1String(rules::kPageAlert), QStringLiteral("errors"));
    const int ticket = find(f, QLatin1String(rules::kTicketAlert), QStringLiteral("errors"));
    QVERIFY(page >= 0 && ticket >= 0);
    for (const double t : {0.02 * period / 3600, 0.05 * period / 21600})
        QVERIFY2(
            f.rules[std::size_t(page)].expr.contains(QStringLiteral(" > ") + QString::number(t, 'g', 17)),
            qPrintable(f.rules[std::size_t(page)].expr));
    for (const double t : {0.10 * period / 86400, 0.10 * period / 259200})
        QVERIFY2(
            f.rules[std::size_t(ticket)].expr.contains(QStringLiteral(" > ") + QString::number(t, 'g', 17)),
            qPrintable(f.rules[std::size_t(ticket)].expr));
    QVERIFY(!f.rules[std::size_t(page)].expr.contains(QLatin1String("> 14.4")));
    // Every percentage SLA has both; the others none. The joined ratio's alerts read its fallback records.
    for (const char *id : {"errors", "good", "up", "joined", "fast"})
        QVERIFY(find(f, QLatin1String(rules::kPageAlert), QLatin1String(id)) >= 0);
    QCOMPARE(find(f, QLatin1String(rules::kPageAlert), QStringLiteral("p99")), -1);
}

void TestRuleGenerator::severitiesDefaultToTheMatrix()
{
    // No matrix: "page" and "ticket", the usual routing labels.
    const ParsedFile f = parse(RuleGenerator::generate(load(kShapes)));
    QCOMPARE(f.rules[std::size_t(find(f, QLatin1String(rules::kPageAlert), QStringLiteral("errors")))]
                 .labels.value(QStringLiteral("severity")),
             QStringLiteral("page"));
    // The profile's burn_alerts change the version: rules for other severities are other rules.
    config::Profile other = m_default;
    other.burnAlerts.ticket = QStringLiteral("low");
    QVERIFY(rules::profileVersion(other) != m_version);
    const ParsedFile o = parse(RuleGenerator::generate(other));
    QCOMPARE(o.rules[std::size_t(find(o, QLatin1String(rules::kTicketAlert), QStringLiteral("uptime")))]
                 .labels.value(QStringLiteral("severity")),
             QStringLiteral("low"));
}

void TestRuleGenerator::scopes()
{
    using Scope = RuleGenerator::Scope;
    const ParsedFile all = parse(RuleGenerator::generate(m_default));
    const ParsedFile fleet = parse(RuleGenerator::generate(m_default, {seconds(0), Scope::Fleet, {}}));
    const ParsedFile region =
        parse(RuleGenerator::generate(m_default, {seconds(0), Scope::Region, QStringLiteral("eu-west-1")}));
    std::size_t fleetRules = 0, euRules = 0;
    for (const ParsedRule &r : all.rules) {
        const QString where = r.labels.value(QLatin1String(rules::kRegionLabel));
        fleetRules += where.isEmpty();
        euRules += where == QLatin1String("eu-west-1");
    }
    QCOMPARE(fleet.rules.size(), fleetRules);
    QCOMPARE(region.rules.size(), euRules);
    for (const ParsedRule &r : fleet.rules)
        QVERIFY(!r.labels.contains(QLatin1String(rules::kRegionLabel)));
    QVERIFY(find(fleet, QLatin1String(rules::kPageAlert), QStringLiteral("uptime")) >= 0);
    QCOMPARE(region.groups, QStringList{RuleGenerator::recordingGroup(m_default)}); // records only
    for (const ParsedRule &r : region.rules) {
        QCOMPARE(r.labels.value(QLatin1String(rules::kRegionLabel)), QStringLiteral("eu-west-1"));
        QVERIFY(!r.alert);
    }
    QVERIFY(find(region, QLatin1String(rules::kValueRecord), QStringLiteral("rpo"),
                 QStringLiteral("eu-west-1")) >= 0);
    // A region the profile lacks: a valid file with nothing in it.
    const QString none =
        RuleGenerator::generate(m_default, {seconds(0), Scope::Region, QStringLiteral("mars")});
    QVERIFY(parse(none).rules.empty());
    QVERIFY(none.contains(QLatin1String("groups: []")));
}

void TestRuleGenerator::interval()
{
    const ParsedFile none = parse(RuleGenerator::generate(m_default));
    QCOMPARE(none.intervals, QStringList({QString(), QString()}));
    const ParsedFile f =
        parse(RuleGenerator::generate(m_default, {seconds(30), RuleGenerator::Scope::All, {}}));
    QCOMPARE(f.intervals, QStringList({QStringLiteral("30s"), QStringLiteral("30s")}));
}

void TestRuleGenerator::hostileStringsStayStrings()
{
    // A profile name, a region and queries holding everything that is YAML or template syntax.
    config::Profile p = load(kShapes);
    const QString name = QStringLiteral("a\"b\\c: #d\n- e {{ .Labels }} \u2028 'f' \t\U0001F4DF");
    const QString region = QStringLiteral("n: \"x\" #y\r\n{{z}}");
    p.name = name;
    p.regions[0].name = region;
    p.slas[0].name = QStringLiteral("Errors {{ $labels.x }} \"q\"");
    p.slas[0].query = QStringLiteral("sum(rate(e{$selector,path=~\"/a|\\\\\\\\\"}[$window])) # why: no\n"
                                     "/ sum(rate(r{$selector}[$window]))");
    p.slas[2].query = QStringLiteral("avg(avg_over_time(up{$selector}[$window])) # no ratio");
    p.file = QStringLiteral("/tmp/x\n- record: injected");
    const QString text = RuleGenerator::generate(p);
    ParsedFile f;
    try {
        f = parse(text);
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    QVERIFY(!text.contains(QLatin1String("\n- record: injected")));
    QVERIFY(!f.rules.empty());
    for (const ParsedRule &r : f.rules) {
        QVERIFY(r.name != QLatin1String("injected"));
        // Recording labels are not templates: the value itself. Alert labels are: escaped, so that their
        // expansion gives the value back.
        const QString expected = r.alert ? rules::RuleYaml::templateLiteral(name) : name;
        QCOMPARE(r.labels.value(QLatin1String(rules::kProfileLabel)), expected);
    }
    QCOMPARE(f.groups.value(0), QStringLiteral("slaops:%1:sla").arg(name));
    QVERIFY(find(f, QLatin1String(rules::kNumeratorRecord), QStringLiteral("errors"), region) >= 0);
    const ParsedRule &num = f.rules[std::size_t(
        find(f, QLatin1String(rules::kNumeratorRecord), QStringLiteral("errors"), region))];
    // The comment is dropped with the split; in a fallback it would hide the closing parenthesis.
    QCOMPARE(num.expr, QStringLiteral("sum(rate(e{zone=\"n\",path=~\"/a|\\\\\\\\\"}[5m]))"));
    QCOMPARE(
        f.rules[std::size_t(find(f, rules::errorRatioRecord(minutes(5)), QStringLiteral("up"), region))].expr,
        QStringLiteral("1 - (avg(avg_over_time(up{zone=\"n\"}[5m])))"));
    const ParsedRule &page =
        f.rules[std::size_t(find(f, QLatin1String(rules::kPageAlert), QStringLiteral("errors")))];
    QVERIFY(page.annotations.value(QStringLiteral("summary"))
                .startsWith(QLatin1String("Errors {{ \"{{\" }} $labels.x }} \"q\"")));
    QCOMPARE(rules::RuleYaml::templateLiteral(u"{{{x}}"), QStringLiteral("{{ \"{{\" }}{x}}"));
    QCOMPARE(rules::RuleYaml::quoted(u"\u0085\ufeff\x7f"), QStringLiteral("\"\\u0085\\ufeff\\u007f\""));
    QCOMPARE(rules::RuleYaml::quoted(QString(QChar(0xd800))), QStringLiteral("\"\ufffd\""));
}

void TestRuleGenerator::deterministic()
{
    const QString a = RuleGenerator::generate(m_default);
    config::Profile copy = m_default;
    QCOMPARE(RuleGenerator::generate(copy), a);
    // Header: generated, by which version, from which file and profile version, not to be edited.
    QVERIFY(a.startsWith(QLatin1String("# ")));
    QVERIFY(a.contains(QStringLiteral("slaops " SLAOPS_VERSION)));
    QVERIFY(a.contains(m_version));
    QVERIFY(a.contains(QLatin1String("Do not edit")));
    QVERIFY(a.contains(rules::RuleYaml::quoted(m_default.file)));
    // Another version of the profile: other labels everywhere.
    config::Profile changed = m_default;
    changed.slas[0].target = 0.9999;
    const QString b = RuleGenerator::generate(changed);
    QVERIFY(!b.contains(m_version));
}

QTEST_GUILESS_MAIN(TestRuleGenerator)
#include "tst_rulegenerator.moc"
