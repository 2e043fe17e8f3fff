// The AlertPoller's own API against the three real Alertmanagers of scripts/stack (1 and 2 one HA
// cluster, 3 standalone), with amtool as the witness: a silence created through createSilence()
// reaches every instance and turns the alert silenced in the next book without waiting for the
// interval; expireSilence() undoes it; refusals come before any request or in Alertmanager's words.
#include "alerts/alertpoller.h"
#include "config/profileloader.h"
#include "stackenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace slaops;
using namespace slaops::alerts;

namespace {

const QString kAlert = QStringLiteral("SLAResponseTimeBreach");
const QString kRegion = QStringLiteral("eu-west-1");

const BookAlert *ours(const AlertBookPtr &b)
{
    if (!b)
        return nullptr;
    for (const BookAlert &a : b->alerts)
        if (a.alert.name() == kAlert && a.alert.label(u"region") == kRegion)
            return &a;
    return nullptr;
}

} // namespace

class TestAlertPoller : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mergesTheThree();
    void refusedBeforeAnyRequest();
    void silenceRoundTrip();
    void alertmanagersOwnRefusal();
    void cleanupTestCase();

private:
    int stack(const QStringList &args);
    QJsonArray amtool(const QString &url, const QStringList &args);
    AlertPoller::ActionResult act(const std::function<void(AlertPoller::ActionCallback)> &start);

    QString m_dir;
    QHash<QString, QString> m_env;
    QStringList m_urls;
    std::unique_ptr<AlertPoller> m_poller;
};

int TestAlertPoller::stack(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral(SLAOPS_SOURCE_DIR "/scripts/stack"),
            args + QStringList{QStringLiteral("--dir"), m_dir});
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QJsonArray TestAlertPoller::amtool(const QString &url, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("amtool"), QStringList{QStringLiteral("--alertmanager.url=") + url,
                                                  QStringLiteral("-o"), QStringLiteral("json")} +
                                          args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        p.kill();
        qWarning("amtool %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

AlertPoller::ActionResult TestAlertPoller::act(const std::function<void(AlertPoller::ActionCallback)> &start)
{
    std::optional<AlertPoller::ActionResult> result;
    start([&result](AlertPoller::ActionResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 30000))
        return AlertPoller::ActionResult{false, {}, QStringLiteral("no callback within 30 s"), false};
    return *result;
}

void TestAlertPoller::initTestCase()
{
    m_dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    QVERIFY2(!m_dir.isEmpty(),
             "SLAOPS_STACK_DIR is not set: run this test through ctest, which starts the stack");
    m_env = testing::readEnv(m_dir);
    m_urls = m_env.value(QStringLiteral("ALERTMANAGER_URLS")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY2(m_urls.size() == 3,
             qPrintable(QStringLiteral("no stack with three Alertmanagers in %1").arg(m_dir)));
    config::ProfileLoadResult loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    config::Profile profile = loaded.profile;
    profile.sources.alertmanagers.clear();
    for (const QString &u : m_urls)
        profile.sources.alertmanagers.push_back(QUrl(u));
    // A long interval: every book after the first must come from pollNow() or a silence action.
    profile.refreshInterval = std::chrono::minutes(10);
    QCOMPARE(stack({QStringLiteral("scenario"), QStringLiteral("latency-spike"), kRegion}), 0);
    m_poller = std::make_unique<AlertPoller>(profile);
    m_poller->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_poller->current() != nullptr, 20000);
    // The rule's `for:` is shortened by the stack; Prometheus resends every second.
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_poller->pollNow(), ours(m_poller->current()) && ours(m_poller->current())->instances.size() == 3),
        120000);
}

void TestAlertPoller::mergesTheThree()
{
    const AlertBookPtr b = m_poller->current();
    QVERIFY(b->allInstancesUp());
    QCOMPARE(b->instances.size(), std::size_t(3));
    int count = 0;
    for (const BookAlert &a : b->alerts)
        count += a.alert.name() == kAlert && a.alert.label(u"region") == kRegion ? 1 : 0;
    QCOMPARE(count, 1);
    QCOMPARE(b->clusters, (std::vector<std::vector<int>>{{0, 1}, {2}}));
    QCOMPARE(b->instances[0].cluster.version, QStringLiteral("0.25.0"));
    QVERIFY(b->instances[0].lastSuccess.isValid());
    QCOMPARE(ours(b)->status, BookAlert::Status::Active);
}

void TestAlertPoller::refusedBeforeAnyRequest()
{
    SilenceRequest r;
    r.matchers = {{QStringLiteral("alertname"), kAlert}};
    r.endsAt = QDateTime::currentDateTimeUtc().addSecs(600);
    r.createdBy = QStringLiteral("tst_alertpoller");
    auto result =
        act([&](AlertPoller::ActionCallback done) { m_poller->createSilence(r, this, std::move(done)); });
    QVERIFY(!result.ok);
    QVERIFY(!result.sent);
    QVERIFY2(result.error.contains(QStringLiteral("comment")), qPrintable(result.error));
    r.comment = QStringLiteral("why");
    r.matchers.clear();
    result =
        act([&](AlertPoller::ActionCallback done) { m_poller->createSilence(r, this, std::move(done)); });
    QVERIFY(!result.ok && !result.sent);
    r.matchers = {{QStringLiteral("alertname"), QStringLiteral("(")}};
    r.matchers[0].isRegex = true;
    result =
        act([&](AlertPoller::ActionCallback done) { m_poller->createSilence(r, this, std::move(done)); });
    QVERIFY(!result.ok && !result.sent);
    // Nothing reached any Alertmanager.
    for (const QString &u : m_urls)
        for (const QJsonValue &s : amtool(u, {QStringLiteral("silence"), QStringLiteral("query")}))
            QVERIFY(s.toObject().value(QStringLiteral("createdBy")).toString() !=
                    QLatin1String("tst_alertpoller"));
}

void TestAlertPoller::silenceRoundTrip()
{
    QSignalSpy books(m_poller.get(), &AlertPoller::bookReady);
    SilenceRequest r;
    r.matchers = {{QStringLiteral("alertname"), kAlert}, {QStringLiteral("region"), kRegion}};
    r.endsAt = QDateTime::currentDateTimeUtc().addSecs(900);
    r.createdBy = QStringLiteral("tst_alertpoller");
    r.comment = QStringLiteral("round trip %1").arg(QCoreApplication::applicationPid());
    const auto created =
        act([&](AlertPoller::ActionCallback done) { m_poller->createSilence(r, this, std::move(done)); });
    QVERIFY2(created.ok, qPrintable(created.error));
    QCOMPARE(created.silenceIds.size(), 2); // the cluster once, the standalone instance once
    // The witness: every instance has exactly one of ours, gossiped to the peer.
    for (const QString &u : m_urls) {
        const auto mine = [&]() {
            int n = 0;
            for (const QJsonValue &s : amtool(u, {QStringLiteral("silence"), QStringLiteral("query")}))
                n += s.toObject().value(QStringLiteral("comment")).toString() == r.comment ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(mine(), 1, 30000);
    }
    // A poll started by the action itself, not the ten-minute interval, shows it silenced; Alertmanager
    // marks alerts silenced asynchronously, so a few explicit polls may be needed.
    QTRY_VERIFY_WITH_TIMEOUT(books.size() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_poller->pollNow(),
         ours(m_poller->current()) && ours(m_poller->current())->status == BookAlert::Status::Silenced),
        30000);
    const QStringList silencedBy = ours(m_poller->current())->alert.silencedBy;
    for (const QString &id : created.silenceIds)
        QVERIFY(silencedBy.contains(id));
    // The two copies are one silence of the book, each id the other's twin.
    const alerts::BookSilence *one = nullptr;
    for (const alerts::BookSilence &s : m_poller->current()->silences)
        if (s.silence.comment == r.comment)
            one = one ? nullptr : &s;
    QVERIFY2(one, "exactly one silence of ours in the book");
    QCOMPARE(one->twins.size(), std::size_t(1));
    for (const QString &id : created.silenceIds)
        QVERIFY(one->hasId(id));
    // Extended through one id: both copies end later, each on its own instances (amtool as witness).
    SilenceRequest longer = r;
    longer.id = created.silenceIds.constLast();
    longer.startsAt = one->silence.startsAt;
    longer.endsAt = r.endsAt.addSecs(3600);
    const auto extended = act(
        [&](AlertPoller::ActionCallback done) { m_poller->createSilence(longer, this, std::move(done)); });
    QVERIFY2(extended.ok, qPrintable(extended.error));
    for (const QString &u : m_urls) {
        const auto endsLater = [&]() {
            for (const QJsonValue &s : amtool(u, {QStringLiteral("silence"), QStringLiteral("query")})) {
                const QJsonObject o = s.toObject();
                if (o.value(QStringLiteral("comment")).toString() == r.comment)
                    return QDateTime::fromString(o.value(QStringLiteral("endsAt")).toString(),
                                                 Qt::ISODateWithMs) > r.endsAt.addSecs(1800);
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(endsLater(), 30000);
    }
    // Expired through the other id: both copies go, the alert is active again, amtool lists none.
    const QString first = created.silenceIds.constFirst();
    const auto expired =
        act([&](AlertPoller::ActionCallback done) { m_poller->expireSilence(first, this, std::move(done)); });
    QVERIFY2(expired.ok, qPrintable(expired.error));
    for (const QString &u : m_urls) {
        const auto activeOurs = [&]() {
            int n = 0;
            for (const QJsonValue &s : amtool(u, {QStringLiteral("silence"), QStringLiteral("query")}))
                n += s.toObject().value(QStringLiteral("comment")).toString() == r.comment ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(activeOurs(), 0, 30000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_poller->pollNow(),
         ours(m_poller->current()) && ours(m_poller->current())->status == BookAlert::Status::Active),
        30000);
}

void TestAlertPoller::alertmanagersOwnRefusal()
{
    // Updating a silence that does not exist: Alertmanager 0.25 answers 404 "silence not found".
    SilenceRequest r;
    r.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    r.matchers = {{QStringLiteral("alertname"), kAlert}};
    r.endsAt = QDateTime::currentDateTimeUtc().addSecs(600);
    r.createdBy = QStringLiteral("tst_alertpoller");
    r.comment = QStringLiteral("refused");
    const auto result =
        act([&](AlertPoller::ActionCallback done) { m_poller->createSilence(r, this, std::move(done)); });
    QVERIFY(!result.ok);
    QVERIFY(result.sent);
    QVERIFY2(result.error.contains(QStringLiteral("HTTP 404: silence not found")), qPrintable(result.error));
}

void TestAlertPoller::cleanupTestCase()
{
    m_poller.reset();
    if (!m_dir.isEmpty())
        stack({QStringLiteral("scenario"), QStringLiteral("steady")});
}

QTEST_GUILESS_MAIN(TestAlertPoller)
#include "tst_alertpoller.moc"
