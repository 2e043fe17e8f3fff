// The merged alert book: dedup by fingerprint across instances, an order that does not depend on
// the order answers came in, stale alerts of a down instance, silences merged with their matching
// counts, HA clusters and the timing of peer disagreements.
#include "alerts/alertbookbuilder.h"
#include "alerts/matching.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace slaops::alerts;

namespace {

const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);

Alert alert(const QString &fp, const QString &severity, int startMinute, QStringList silencedBy = {})
{
    Alert a;
    a.fingerprint = fp;
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("A") + fp},
                {QStringLiteral("region"), QStringLiteral("eu-west-1")},
                {QStringLiteral("severity"), severity}};
    a.startsAt = t0.addSecs(60 * startMinute);
    a.updatedAt = a.startsAt;
    a.silencedBy = std::move(silencedBy);
    a.state = a.silencedBy.isEmpty() ? Alert::State::Active : Alert::State::Suppressed;
    return a;
}

InstanceHealth up(int port, const QString &clusterName = {}, QStringList peers = {})
{
    InstanceHealth h;
    h.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    h.up = true;
    h.cluster.name = clusterName;
    h.cluster.status = clusterName.isEmpty() ? QStringLiteral("disabled") : QStringLiteral("ready");
    h.cluster.peerNames = std::move(peers);
    return h;
}

InstanceHealth down(int port)
{
    InstanceHealth h;
    h.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    h.error = slaops::prom::TransportError::Network;
    h.message = QStringLiteral("Connection refused");
    return h;
}

QStringList fingerprints(const AlertBook &b)
{
    QStringList out;
    for (const BookAlert &a : b.alerts)
        out << a.alert.fingerprint;
    return out;
}

// Two HA peers (a, b) and one standalone instance.
BookInput threeInstances(const QDateTime &now, AlertBookPtr previous = {})
{
    BookInput in;
    in.now = now;
    in.refreshInterval = std::chrono::seconds(5);
    in.previous = std::move(previous);
    const QStringList peers{QStringLiteral("a"), QStringLiteral("b")};
    in.instances.push_back({up(1, QStringLiteral("a"), peers), {}, {}});
    in.instances.push_back({up(2, QStringLiteral("b"), peers), {}, {}});
    in.instances.push_back({up(3), {}, {}});
    return in;
}

} // namespace

class TestAlertBookBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dedupByFingerprint()
    {
        BookInput in = threeInstances(t0);
        const std::vector<Alert> shared{alert(QStringLiteral("f1"), QStringLiteral("critical"), 1),
                                        alert(QStringLiteral("f2"), QStringLiteral("low"), 2)};
        in.instances[0].alerts = shared;
        in.instances[1].alerts = shared;
        in.instances[2].alerts = {shared[0], alert(QStringLiteral("f3"), QStringLiteral("high"), 3)};
        const AlertBook b = AlertBookBuilder::build(in);
        QCOMPARE(b.alerts.size(), std::size_t(3));
        QCOMPARE(fingerprints(b),
                 (QStringList{QStringLiteral("f1"), QStringLiteral("f3"), QStringLiteral("f2")}));
        QCOMPARE(b.alerts[0].instances, (std::vector<int>{0, 1, 2}));
        QCOMPARE(b.alerts[1].instances, (std::vector<int>{2}));
        QCOMPARE(b.alerts[2].instances, (std::vector<int>{0, 1}));
        QVERIFY(b.allInstancesUp());
        QVERIFY(!b.alerts[0].stale);
    }

    void newestCopyStands()
    {
        BookInput in = threeInstances(t0);
        Alert older = alert(QStringLiteral("f1"), QStringLiteral("high"), 1);
        Alert newer = older;
        newer.updatedAt = older.updatedAt.addSecs(30);
        newer.annotations = {{QStringLiteral("summary"), QStringLiteral("newer")}};
        in.instances[0].alerts = {older};
        in.instances[1].alerts = {newer};
        QCOMPARE(AlertBookBuilder::build(in).alerts[0].alert.annotation(u"summary"), QStringLiteral("newer"));
    }

    // The same answers, each listed in another order: the same book.
    void orderIndependentOfAnswers()
    {
        BookInput in = threeInstances(t0);
        std::vector<Alert> alerts;
        const QStringList severities{QStringLiteral("critical"), QStringLiteral("high"),
                                     QStringLiteral("medium"),   QStringLiteral("warning"),
                                     QStringLiteral("low"),      QStringLiteral("info"),
                                     QStringLiteral("page-me")};
        for (int i = 0; i < 60; ++i)
            alerts.push_back(
                alert(QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0')), severities[i % 7], i % 5));
        in.instances[0].alerts = alerts;
        in.instances[1].alerts = alerts;
        in.instances[2].alerts = std::vector<Alert>(alerts.begin(), alerts.begin() + 30);
        const AlertBook first = AlertBookBuilder::build(in);
        std::mt19937 rng(7);
        for (int round = 0; round < 5; ++round) {
            for (InstancePoll &p : in.instances)
                std::shuffle(p.alerts.begin(), p.alerts.end(), rng);
            const AlertBook again = AlertBookBuilder::build(in);
            QCOMPARE(fingerprints(again), fingerprints(first));
            for (std::size_t i = 0; i < first.alerts.size(); ++i)
                QCOMPARE(again.alerts[i].instances, first.alerts[i].instances);
        }
        // Severity first, then the start, then the fingerprint.
        for (std::size_t i = 1; i < first.alerts.size(); ++i) {
            const Alert &a = first.alerts[i - 1].alert, &b = first.alerts[i].alert;
            const int ra = AlertBookBuilder::severityRank(a.severity()),
                      rb = AlertBookBuilder::severityRank(b.severity());
            QVERIFY(ra < rb || (ra == rb && (a.startsAt < b.startsAt ||
                                             (a.startsAt == b.startsAt && a.fingerprint < b.fingerprint))));
        }
        QCOMPARE(AlertBookBuilder::severityRank(u"warning"), AlertBookBuilder::severityRank(u"medium"));
        QCOMPARE(first.alerts.size(), std::size_t(60));
    }

    void statusAcrossCopies_data()
    {
        QTest::addColumn<bool>("silencedOnA");
        QTest::addColumn<bool>("silencedOnB");
        QTest::addColumn<bool>("inhibitedOnB");
        QTest::addColumn<int>("status");
        QTest::addRow("none") << false << false << false << int(BookAlert::Status::Active);
        QTest::addRow("one of two silenced") << true << false << false << int(BookAlert::Status::Active);
        QTest::addRow("both silenced") << true << true << false << int(BookAlert::Status::Silenced);
        QTest::addRow("silenced and inhibited") << true << false << true << int(BookAlert::Status::Inhibited);
    }
    void statusAcrossCopies()
    {
        QFETCH(bool, silencedOnA);
        QFETCH(bool, silencedOnB);
        QFETCH(bool, inhibitedOnB);
        QFETCH(int, status);
        BookInput in = threeInstances(t0);
        in.instances.pop_back();
        Alert a = alert(QStringLiteral("f"), QStringLiteral("high"), 0,
                        silencedOnA ? QStringList{QStringLiteral("s1")} : QStringList{});
        Alert b = alert(QStringLiteral("f"), QStringLiteral("high"), 0,
                        silencedOnB ? QStringList{QStringLiteral("s2")} : QStringList{});
        if (inhibitedOnB)
            b.inhibitedBy = {QStringLiteral("g")};
        in.instances[0].alerts = {a};
        in.instances[1].alerts = {b};
        const AlertBook book = AlertBookBuilder::build(in);
        QCOMPARE(int(book.alerts[0].status), status);
        QCOMPARE(book.alerts[0].alert.silencedBy.size(), qsizetype(int(silencedOnA) + int(silencedOnB)));
    }

    // One instance down: what it held stays, marked stale, with the time it was last seen; counts
    // do not jump. Back up: fresh again, down-since cleared.
    void downInstanceKeepsLastAlerts()
    {
        BookInput in = threeInstances(t0);
        in.instances[2].alerts = {alert(QStringLiteral("only-c"), QStringLiteral("critical"), 0),
                                  alert(QStringLiteral("shared"), QStringLiteral("high"), 0)};
        in.instances[0].alerts = {alert(QStringLiteral("shared"), QStringLiteral("high"), 0)};
        in.instances[2].silences = {Silence{QStringLiteral("s-c"),
                                            {{QStringLiteral("alertname"), QStringLiteral("Aonly-c")}},
                                            t0,
                                            t0.addSecs(3600),
                                            t0,
                                            QStringLiteral("me"),
                                            QStringLiteral("why"),
                                            Silence::State::Active}};
        auto first = std::make_shared<const AlertBook>(AlertBookBuilder::build(in));
        QCOMPARE(first->alerts.size(), std::size_t(2));

        BookInput next = threeInstances(t0.addSecs(5), first);
        next.instances[2].health = down(3);
        next.instances[0].alerts = {alert(QStringLiteral("shared"), QStringLiteral("high"), 0)};
        auto second = std::make_shared<const AlertBook>(AlertBookBuilder::build(next));
        QCOMPARE(second->alerts.size(), std::size_t(2));
        QVERIFY(!second->allInstancesUp());
        const InstanceHealth &c = second->instances[2];
        QVERIFY(!c.up);
        QCOMPARE(c.lastSuccess, t0);
        QCOMPARE(c.downSince, t0.addSecs(5));
        QCOMPARE(c.error, slaops::prom::TransportError::Network);
        QCOMPARE(second->alerts[0].alert.fingerprint, QStringLiteral("only-c"));
        QVERIFY(second->alerts[0].stale);
        QCOMPARE(second->alerts[0].instances, std::vector<int>{2});
        QVERIFY(!second->alerts[1].stale); // also held by an instance that is up
        QCOMPARE(second->silences.size(), std::size_t(1));
        QCOMPARE(second->silences[0].matchingAlerts, 1);

        BookInput third = threeInstances(t0.addSecs(10), second);
        third.instances[2].health = down(3);
        const AlertBook still = AlertBookBuilder::build(third);
        QCOMPARE(still.instances[2].downSince, t0.addSecs(5)); // the first failure, not the latest
        QCOMPARE(still.instances[2].lastSuccess, t0);

        BookInput back = threeInstances(t0.addSecs(15), std::make_shared<const AlertBook>(still));
        const AlertBook recovered = AlertBookBuilder::build(back);
        QVERIFY(recovered.instances[2].up);
        QVERIFY(!recovered.instances[2].downSince.isValid());
        QCOMPARE(recovered.instances[2].lastSuccess, t0.addSecs(15));
        QVERIFY(recovered.alerts.empty()); // it answered with nothing: nothing is kept
    }

    void silencesMergedWithCounts()
    {
        BookInput in = threeInstances(t0);
        const Silence byName{QStringLiteral("s1"),
                             {{QStringLiteral("severity"), QStringLiteral("high")}},
                             t0,
                             t0.addSecs(3600),
                             t0,
                             QStringLiteral("me"),
                             QStringLiteral("c"),
                             Silence::State::Active};
        Silence newer = byName;
        newer.updatedAt = t0.addSecs(10);
        newer.comment = QStringLiteral("extended");
        const Silence regex{QStringLiteral("s2"),
                            {{QStringLiteral("alertname"), QStringLiteral("Af[12]"), true, true}},
                            t0,
                            t0.addSecs(60),
                            t0,
                            QStringLiteral("me"),
                            QStringLiteral("c"),
                            Silence::State::Pending};
        const Silence none{QStringLiteral("s0"),
                           {{QStringLiteral("alertname"), QStringLiteral("nothing")}},
                           t0,
                           t0.addSecs(60),
                           t0,
                           QStringLiteral("me"),
                           QStringLiteral("c"),
                           Silence::State::Expired};
        const Silence notHigh{QStringLiteral("s3"),
                              {{QStringLiteral("severity"), QStringLiteral("high"), false, false},
                               {QStringLiteral("region"), QStringLiteral("eu-.*"), true, true}},
                              t0,
                              t0.addSecs(60),
                              t0,
                              QStringLiteral("me"),
                              QStringLiteral("c"),
                              Silence::State::Active};
        in.instances[0].silences = {byName, regex};
        in.instances[1].silences = {newer, regex, none};
        in.instances[2].silences = {notHigh};
        in.instances[0].alerts = {alert(QStringLiteral("f1"), QStringLiteral("high"), 0),
                                  alert(QStringLiteral("f2"), QStringLiteral("high"), 0),
                                  alert(QStringLiteral("f3"), QStringLiteral("low"), 0),
                                  alert(QStringLiteral("f11"), QStringLiteral("low"), 0)};
        const AlertBook b = AlertBookBuilder::build(in);
        QCOMPARE(b.silences.size(), std::size_t(4));
        QCOMPARE(b.silences[0].silence.id, QStringLiteral("s0"));
        QCOMPARE(b.silences[0].matchingAlerts, 0); // kept: a silence that matches nothing is shown too
        QCOMPARE(b.silences[1].silence.comment, QStringLiteral("extended"));
        QCOMPARE(b.silences[1].instances, (std::vector<int>{0, 1}));
        QCOMPARE(b.silences[1].matchingAlerts, 2);
        QCOMPARE(b.silences[2].matchingAlerts, 2); // anchored: Af[12] does not select Af11
        QCOMPARE(b.silences[3].matchingAlerts, 2); // severity!=high and region=~eu-.*
        QCOMPARE(b.silences[3].instances, std::vector<int>{2});
        QCOMPARE(AlertBookBuilder::matching(b, notHigh.matchers).size(), std::size_t(2));
        QVERIFY(AlertBookBuilder::matching(b, {}).empty());
    }

    // One acknowledgement makes a silence on the cluster and one on the standalone instance, with
    // two ids: one entry with a twin. Alike silences on one cluster stay two; a different comment or
    // end is another silence; a down instance's copy stays a twin.
    void acknowledgementCopiesAreOneSilence()
    {
        const Silence ack{QStringLiteral("c1"),
                          {{QStringLiteral("alertname"), QStringLiteral("Af1")}},
                          t0,
                          t0.addSecs(3600),
                          t0,
                          QStringLiteral("alice"),
                          QStringLiteral("rolling back"),
                          Silence::State::Active};
        Silence standalone = ack;
        standalone.id = QStringLiteral("a9");
        standalone.startsAt = t0.addMSecs(400); // what the second POST got
        Silence again = ack;
        again.id = QStringLiteral("c2"); // the same typed twice on the cluster: two silences
        Silence longer = ack;
        longer.id = QStringLiteral("z7");
        longer.endsAt = t0.addSecs(7200);
        BookInput in = threeInstances(t0);
        in.instances[0].silences = {ack, again};
        in.instances[1].silences = {ack, again};
        in.instances[2].silences = {standalone, longer};
        in.instances[0].alerts = {
            alert(QStringLiteral("f1"), QStringLiteral("high"), 0, {QStringLiteral("c1")})};
        const AlertBook b = AlertBookBuilder::build(in);
        QCOMPARE(b.silences.size(), std::size_t(3)); // c1 folded into a9, the first id
        QCOMPARE(b.silences[0].silence.id, QStringLiteral("a9"));
        QCOMPARE(b.silences[0].instances, std::vector<int>{2});
        QCOMPARE(b.silences[0].twins.size(), std::size_t(1));
        QCOMPARE(b.silences[0].twins[0].id, QStringLiteral("c1"));
        QCOMPARE(b.silences[0].twins[0].instances, (std::vector<int>{0, 1}));
        QVERIFY(b.silences[0].hasId(QStringLiteral("c1")));
        QCOMPARE(b.silences[0].matchingAlerts, 1);
        QCOMPARE(b.silences[0].copies().size(), std::size_t(2));
        QCOMPARE(b.silences[1].silence.id, QStringLiteral("c2"));
        QVERIFY(b.silences[1].twins.empty()); // c2 alike, but c1 and a9 took the cluster and the standalone
        QCOMPARE(b.silences[2].silence.id, QStringLiteral("z7"));
        QVERIFY(b.silences[2].twins.empty());

        // The standalone instance goes down: its copy is still the twin, from the last book.
        BookInput later = threeInstances(t0.addSecs(5), std::make_shared<const AlertBook>(b));
        later.instances[2].health = down(3);
        later.instances[0].silences = {ack, again};
        later.instances[1].silences = {ack, again};
        const AlertBook c = AlertBookBuilder::build(later);
        QCOMPARE(c.silences.size(), std::size_t(3));
        QCOMPARE(c.silences[0].silence.id, QStringLiteral("a9"));
        QCOMPARE(c.silences[0].twins.size(), std::size_t(1));
        QCOMPARE(c.silences[0].twins[0].id, QStringLiteral("c1"));
    }

    void matcherSetAgreesWithMatches()
    {
        const LabelSet labels{{QStringLiteral("alertname"), QStringLiteral("Up")},
                              {QStringLiteral("region"), QStringLiteral("eu")}};
        const std::vector<std::vector<Matcher>> cases{
            {{QStringLiteral("region"), QStringLiteral("e."), true, true}},
            {{QStringLiteral("region"), QStringLiteral("e"), true, true}},
            {{QStringLiteral("missing"), QString(), false, true}},
            {{QStringLiteral("missing"), QStringLiteral(".+"), true, false},
             {QStringLiteral("alertname"), QStringLiteral("Up")}},
            {{QStringLiteral("alertname"), QStringLiteral("Up"), false, false}},
            {{QStringLiteral("region"), QStringLiteral("("), true, true}},
        };
        const std::vector<bool> expected{true, false, true, true, false, false};
        for (std::size_t i = 0; i < cases.size(); ++i) {
            QCOMPARE(MatcherSet(cases[i]).matches(labels), bool(expected[i]));
            QCOMPARE(matchesAll(cases[i], labels), bool(expected[i]));
        }
        QVERIFY(!MatcherSet(cases.back()).error().isEmpty());
        QVERIFY(MatcherSet(cases.front()).error().isEmpty());
    }

    void clusters()
    {
        BookInput in = threeInstances(t0);
        const AlertBook b = AlertBookBuilder::build(in);
        QCOMPARE(b.clusters, (std::vector<std::vector<int>>{{0, 1}, {2}}));
        // Peers known only from one side still join; disabled clustering never does.
        std::vector<InstanceHealth> hs{up(1, QStringLiteral("x")), up(2),
                                       up(3, QStringLiteral("y"), {QStringLiteral("x"), QStringLiteral("y")}),
                                       up(4, QStringLiteral("z"))};
        QCOMPARE(AlertBookBuilder::clusters(hs), (std::vector<std::vector<int>>{{0, 2}, {1}, {3}}));
    }

    // Peers gossip silences, not alerts: a short difference is normal, a long one is flagged.
    void disagreementTiming()
    {
        const auto poll = [](const QDateTime &now, AlertBookPtr previous, bool differ) {
            BookInput in = threeInstances(now, std::move(previous));
            in.instances[0].alerts = {alert(QStringLiteral("f1"), QStringLiteral("high"), 0)};
            in.instances[1].alerts = differ ? std::vector<Alert>{} : in.instances[0].alerts;
            in.instances[2].alerts = {
                alert(QStringLiteral("f9"), QStringLiteral("high"), 0)}; // standalone: never compared
            return std::make_shared<const AlertBook>(AlertBookBuilder::build(in));
        };
        auto b = poll(t0, {}, false);
        QVERIFY(b->disagreements.empty());
        b = poll(t0.addSecs(5), b, true);
        QCOMPARE(b->disagreements.size(), std::size_t(1));
        QCOMPARE(b->disagreements[0].since, t0.addSecs(5));
        QCOMPARE(b->disagreements[0].differing, 1);
        QCOMPARE(b->disagreements[0].instances, (std::vector<int>{0, 1}));
        QVERIFY(!b->disagreements[0].flagged);
        b = poll(t0.addSecs(15), b, true); // exactly two intervals: not yet
        QVERIFY(!b->disagreements[0].flagged);
        QCOMPARE(b->disagreements[0].since, t0.addSecs(5));
        b = poll(t0.addSecs(16), b, true);
        QVERIFY(b->disagreements[0].flagged);
        b = poll(t0.addSecs(20), b, false);
        QVERIFY(b->disagreements.empty());
        b = poll(t0.addSecs(25), b, true); // a new difference starts its own clock
        QCOMPARE(b->disagreements[0].since, t0.addSecs(25));
    }

    void duplicateWithinOneInstance()
    {
        BookInput in = threeInstances(t0);
        in.instances[0].alerts = {alert(QStringLiteral("f"), QStringLiteral("high"), 0),
                                  alert(QStringLiteral("f"), QStringLiteral("high"), 0)};
        const AlertBook b = AlertBookBuilder::build(in);
        QCOMPARE(b.alerts.size(), std::size_t(1));
        QCOMPARE(b.alerts[0].instances, std::vector<int>{0});
    }
};

QTEST_GUILESS_MAIN(TestAlertBookBuilder)
#include "tst_alertbookbuilder.moc"
