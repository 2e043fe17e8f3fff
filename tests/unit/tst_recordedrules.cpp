// What /api/v1/rules says about the profile's generated rules, and how a refresh then reads the recorded
// series instead of the raw queries (and when it must not).
#include "config/profileloader.h"
#include "engine/recordedrules.h"
#include "engine/refreshplan.h"
#include "rules/rulenames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace slaops;
using engine::RecordedRules;
using engine::RefreshPlan;

namespace {

QJsonObject rule(const QString &record, const QString &sla, const QString &region, const QString &profile,
                 const QString &version, const QString &health = QStringLiteral("ok"))
{
    QJsonObject labels{{QLatin1String(rules::kProfileLabel), profile},
                       {QLatin1String(rules::kVersionLabel), version},
                       {QLatin1String(rules::kSlaLabel), sla}};
    if (!region.isEmpty())
        labels.insert(QLatin1String(rules::kRegionLabel), region);
    return QJsonObject{
        {QStringLiteral("name"), record},
        {QStringLiteral("query"), QString(QStringLiteral("expr of ") + record + QLatin1Char(' ') + sla)},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("health"), health},
        {QStringLiteral("lastError"), QString()},
        {QStringLiteral("type"), QStringLiteral("recording")}};
}

QByteArray answer(const QJsonArray &rules, double interval = 30)
{
    const QJsonObject group{{QStringLiteral("name"), QStringLiteral("g")},
                            {QStringLiteral("interval"), interval},
                            {QStringLiteral("rules"), rules}};
    const QJsonObject root{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("groups"), QJsonArray{group}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Every series the generator records for the default profile (its names, not its expressions).
QJsonArray fullSet(const config::Profile &p, const QString &version)
{
    QJsonArray out;
    QStringList scopes{QString()};
    for (const auto &r : p.regions)
        scopes << r.name;
    for (const auto &s : p.slas) {
        for (const QString &scope : scopes) {
            if (!scope.isEmpty() && !s.regional)
                continue;
            out.append(rule(QLatin1String(rules::kValueRecord), s.id, scope, p.name, version));
            if (!s.hasBudget())
                continue;
            if (s.id != QLatin1String("uptime")) {
                out.append(rule(QLatin1String(rules::kNumeratorRecord), s.id, scope, p.name, version));
                out.append(rule(QLatin1String(rules::kDenominatorRecord), s.id, scope, p.name, version));
            }
            for (auto w : rules::kRecordedWindows)
                out.append(rule(rules::errorRatioRecord(w), s.id, scope, p.name, version));
        }
    }
    for (const auto &r : p.regions)
        for (const char *id : {"rto", "rpo", "network_latency"})
            out.append(rule(QLatin1String(rules::kValueRecord), QLatin1String(id), r.name, p.name, version));
    return out;
}

} // namespace

class TestRecordedRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statuses();
    void unreadable();
    void planReadsRecordedSeries();
    void planKeepsRawWithoutThem();
    void incompleteBudgetStaysRaw();
    void unhealthyRuleNotUsed();
    void versionFollowsProfile();

private:
    config::Profile m_profile;
    QString m_version;
    const QDateTime m_now = QDateTime(QDate(2026, 2, 10), QTime(12, 0, 0), Qt::UTC);
};

void TestRecordedRules::initTestCase()
{
    const auto r = config::ProfileLoader::loadDefault();
    QVERIFY2(r.ok, qPrintable(r.error));
    m_profile = r.profile;
    m_version = rules::profileVersion(m_profile);
    QCOMPARE(m_version.size(), 12);
}

void TestRecordedRules::statuses()
{
    const RecordedRules none = RecordedRules::parse(answer({}), m_profile);
    QCOMPARE(none.status, RecordedRules::Status::None);
    QVERIFY(none.warning().isEmpty());

    const RecordedRules other =
        RecordedRules::parse(answer({rule(QLatin1String(rules::kValueRecord), QStringLiteral("uptime"), {},
                                          m_profile.name, QStringLiteral("0123456789ab"))}),
                             m_profile);
    QCOMPARE(other.status, RecordedRules::Status::OtherVersion);
    QCOMPARE(other.loadedVersions, QStringLiteral("0123456789ab"));
    QVERIFY(other.warning().contains(QLatin1String("0123456789ab")));
    QVERIFY(other.warning().contains(m_version));

    // Another profile's rules are none of ours.
    const RecordedRules foreign =
        RecordedRules::parse(answer({rule(QLatin1String(rules::kValueRecord), QStringLiteral("uptime"), {},
                                          QStringLiteral("ledger"), m_version)}),
                             m_profile);
    QCOMPARE(foreign.status, RecordedRules::Status::None);

    const RecordedRules loaded = RecordedRules::parse(answer(fullSet(m_profile, m_version), 45), m_profile);
    QCOMPARE(loaded.status, RecordedRules::Status::Loaded);
    QCOMPARE(loaded.interval, std::chrono::seconds(45));
    QVERIFY(loaded.has(QLatin1String(rules::kValueRecord), u"error_rate", u"eu-west-1"));
    QVERIFY(!loaded.has(QLatin1String(rules::kValueRecord), u"throughput", u"eu-west-1"));
    QVERIFY(loaded.has(rules::errorRatioRecord(std::chrono::hours(72)), u"uptime", u""));
}

void TestRecordedRules::unreadable()
{
    const RecordedRules bad = RecordedRules::parse("{\"status\":\"succ", m_profile);
    QCOMPARE(bad.status, RecordedRules::Status::NotAsked);
    QVERIFY(!bad.error.isEmpty());
    const RecordedRules failed = RecordedRules::parse(R"({"status":"error","error":"x"})", m_profile);
    QCOMPARE(failed.status, RecordedRules::Status::NotAsked);
}

void TestRecordedRules::planReadsRecordedSeries()
{
    const RecordedRules rec = RecordedRules::parse(answer(fullSet(m_profile, m_version), 30), m_profile);
    const RefreshPlan raw = RefreshPlan::make(m_profile, m_now);
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now, {}, true, {rec});
    QCOMPARE(plan.figures.size(), raw.figures.size());
    for (std::size_t i = 0; i < plan.figures.size(); ++i) {
        const auto &f = plan.figures[i];
        QVERIFY2(!f.rule.isEmpty(), qPrintable(f.id + QLatin1Char('/') + f.region));
        const QString sel =
            rules::recordedSelector(m_profile, QLatin1String(rules::kValueRecord), f.id, f.region);
        // The recorded series, only while its rule is evaluated (3 intervals of 30 s).
        QCOMPARE(f.query,
                 sel + QStringLiteral(" and (time() - timestamp(") + sel + QStringLiteral(") < 90)"));
        QCOMPARE(RefreshPlan::recordedSelectorOf(f.query), sel);
        QCOMPARE(f.rule, QStringLiteral("expr of slaops:sla:value ") + f.id);
        QCOMPARE(f.target, raw.figures[i].target);
    }
    QCOMPARE(plan.budgets.size(), std::size_t(3));
    for (const auto &b : plan.budgets) {
        QVERIFY(b.recorded);
        QCOMPARE(b.burnQueries.size(), engine::kBurnWindowCount);
        for (const QString &q : b.burnQueries)
            QVERIFY2(q.contains(QLatin1String("slaops:sla_error_ratio:rate")), qPrintable(q));
        QVERIFY(!b.rollingQuery.contains(QLatin1String("erlmcp_")));
        QVERIFY(b.rollingQuery.contains(QLatin1String("[30d]")));
        QVERIFY(!b.coverageQuery.isEmpty());
    }
    const auto budget = [&](const char *id) {
        for (const auto &b : plan.budgets)
            if (b.slaId == QLatin1String(id))
                return b;
        qFatal("no budget %s", id);
    };
    // A ratio SLA: events over the period, from the recorded 5-minute numerator and denominator.
    const QString num = rules::recordedSelector(m_profile, QLatin1String(rules::kNumeratorRecord),
                                                QStringLiteral("error_rate"), {});
    const QString den = rules::recordedSelector(m_profile, QLatin1String(rules::kDenominatorRecord),
                                                QStringLiteral("error_rate"), {});
    QCOMPARE(budget("error_rate").rollingQuery,
             QStringLiteral("sum_over_time(%1[30d]) / sum_over_time(%2[30d])").arg(num, den));
    QCOMPARE(budget("error_rate").monthQuery,
             QStringLiteral("sum_over_time(%1[9d12h]) / sum_over_time(%2[9d12h])").arg(num, den));
    // c - A / B keeps its constant.
    QVERIFY(budget("data_consistency").rollingQuery.startsWith(QLatin1String("1 - (sum_over_time(")));
    // Uptime is no ratio: the time average of its 5-minute error ratio, as a good ratio.
    const QString er5m = rules::recordedSelector(m_profile, rules::errorRatioRecord(std::chrono::minutes(5)),
                                                 QStringLiteral("uptime"), {});
    QCOMPARE(budget("uptime").rollingQuery, QStringLiteral("1 - (avg_over_time(%1[30d]))").arg(er5m));
    QVERIFY(budget("uptime").burnQueries.front().startsWith(QLatin1String("1 - (")));
    QVERIFY(!budget("error_rate").burnQueries.front().startsWith(QLatin1String("1 - (")));
    // The window check of a rate stays raw: it counts series, which a recorded sum no longer has.
    QCOMPARE(plan.coverage.size(), raw.coverage.size());
    QCOMPARE(plan.coverage[0].query, raw.coverage[0].query);
}

void TestRecordedRules::planKeepsRawWithoutThem()
{
    const RefreshPlan raw = RefreshPlan::make(m_profile, m_now);
    for (const auto &status : {answer({}), answer(fullSet(m_profile, QStringLiteral("ffffffffffff")))}) {
        const RecordedRules rec = RecordedRules::parse(status, m_profile);
        const RefreshPlan plan = RefreshPlan::make(m_profile, m_now, {}, true, {rec});
        QCOMPARE(plan.queries(), raw.queries());
        for (const auto &f : plan.figures)
            QVERIFY(f.rule.isEmpty());
        for (const auto &b : plan.budgets)
            QVERIFY(!b.recorded);
    }
}

void TestRecordedRules::incompleteBudgetStaysRaw()
{
    QJsonArray set = fullSet(m_profile, m_version);
    // The 3-day error ratio of error_rate is missing: that budget is raw, the others recorded.
    for (qsizetype i = 0; i < set.size(); ++i) {
        const QJsonObject o = set[i].toObject();
        if (o[u"name"].toString() == rules::errorRatioRecord(std::chrono::hours(72)) &&
            o[u"labels"].toObject()[QLatin1String(rules::kSlaLabel)].toString() == u"error_rate" &&
            !o[u"labels"].toObject().contains(QLatin1String(rules::kRegionLabel)))
            set.removeAt(i--);
    }
    const RecordedRules rec = RecordedRules::parse(answer(set), m_profile);
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now, {}, true, {rec});
    const RefreshPlan raw = RefreshPlan::make(m_profile, m_now);
    for (std::size_t i = 0; i < plan.budgets.size(); ++i) {
        const bool errorRate = plan.budgets[i].slaId == u"error_rate";
        QCOMPARE(plan.budgets[i].recorded, !errorRate);
        if (errorRate)
            QCOMPARE(plan.budgets[i].rollingQuery, raw.budgets[i].rollingQuery);
    }
}

void TestRecordedRules::unhealthyRuleNotUsed()
{
    QJsonArray set = fullSet(m_profile, m_version);
    set.append(rule(QLatin1String(rules::kValueRecord), QStringLiteral("extra"), {}, m_profile.name,
                    m_version, QStringLiteral("err")));
    for (qsizetype i = 0; i < set.size(); ++i) {
        QJsonObject o = set[i].toObject();
        if (o[u"name"].toString() == u"slaops:sla:value" &&
            o[u"labels"].toObject()[QLatin1String(rules::kSlaLabel)].toString() == u"throughput") {
            o[u"health"] = QStringLiteral("err");
            set[i] = o;
        }
    }
    const RecordedRules rec = RecordedRules::parse(answer(set), m_profile);
    const RefreshPlan plan = RefreshPlan::make(m_profile, m_now, {}, true, {rec});
    for (const auto &f : plan.figures)
        QCOMPARE(f.rule.isEmpty(), f.id == u"throughput");
}

void TestRecordedRules::versionFollowsProfile()
{
    config::Profile changed = m_profile;
    changed.slas[2].target = 0.0002;
    QVERIFY(rules::profileVersion(changed) != m_version);
    config::Profile same = m_profile;
    same.refreshInterval = std::chrono::milliseconds(1000); // not something the rules compute
    QCOMPARE(rules::profileVersion(same), m_version);
    const RecordedRules rec = RecordedRules::parse(answer(fullSet(m_profile, m_version)), changed);
    QCOMPARE(rec.status, RecordedRules::Status::OtherVersion);
}

QTEST_GUILESS_MAIN(TestRecordedRules)
#include "tst_recordedrules.moc"
