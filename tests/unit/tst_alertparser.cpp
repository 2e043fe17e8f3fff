// The Alertmanager API v2 parsers, against answers recorded from Debian 12's Alertmanager 0.25
// (tests/unit/data/alertmanager) and against the broken answers a proxy or a bad server sends.
#include "alerts/apiparser.h"

#include <QFile>
#include <QTest>
#include <limits>

using namespace slaops::alerts;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QLatin1String(SLAOPS_TEST_DATA "/alertmanager/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

const char *kAlert = R"({"annotations":{"summary":"s"},"endsAt":"2026-12-01T08:47:14.171Z",
"fingerprint":"07c435dd488d3b9b","receivers":[{"name":"default"}],"startsAt":"2026-12-01T08:42:14.171Z",
"status":{"inhibitedBy":[],"silencedBy":[],"state":"active"},"updatedAt":"2026-12-01T08:42:14.171Z",
"labels":{"alertname":"A","severity":"high"}})";

constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();

} // namespace

class TestAlertParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordedAlerts()
    {
        const auto r = ApiParser::alerts(fixture(QStringLiteral("alerts.json")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value.size(), std::size_t(3));
        const Alert &silenced = r.value[0];
        QCOMPARE(silenced.fingerprint, QStringLiteral("07c435dd488d3b9b"));
        QCOMPARE(silenced.name(), QStringLiteral("SlaErrorRate"));
        QCOMPARE(silenced.severity(), QStringLiteral("high"));
        QCOMPARE(silenced.state, Alert::State::Suppressed);
        QCOMPARE(silenced.silencedBy, QStringList{QStringLiteral("9ee65cfd-b43f-40ca-b218-6574ca43cdc7")});
        QCOMPARE(silenced.receivers, QStringList{QStringLiteral("default")});
        QCOMPARE(silenced.startsAt,
                 QDateTime::fromString(QStringLiteral("2026-12-01T08:42:14.171Z"), Qt::ISODateWithMs));
        const Alert &critical = r.value[1];
        QCOMPARE(critical.state, Alert::State::Active);
        QVERIFY(!critical.silenced());
        QCOMPARE(critical.annotation(u"runbook_url"), QStringLiteral("https://runbooks.example/uptime"));
        QCOMPARE(critical.generatorUrl, QStringLiteral("http://prom:9090/graph?g0.expr=up"));
        // Sorted by name, as Alertmanager's fingerprint is.
        QCOMPARE(critical.labels.front().first, QStringLiteral("alertname"));
        QCOMPARE(critical.labels.back().first, QStringLiteral("severity"));
    }

    void recordedSilences()
    {
        const auto r = ApiParser::silences(fixture(QStringLiteral("silences.json")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value.size(), std::size_t(1));
        const Silence &s = r.value[0];
        QCOMPARE(s.id, QStringLiteral("9ee65cfd-b43f-40ca-b218-6574ca43cdc7"));
        QCOMPARE(s.state, Silence::State::Active);
        QCOMPARE(s.createdBy, QStringLiteral("alice"));
        QCOMPARE(s.comment, QStringLiteral("looking into it"));
        QCOMPARE(s.matchers.size(), std::size_t(1));
        QCOMPARE(s.matchers[0].name, QStringLiteral("alertname"));
        QCOMPARE(s.matchers[0].value, QStringLiteral("SlaErrorRate"));
        QVERIFY(!s.matchers[0].isRegex);
        QVERIFY(s.matchers[0].isEqual);
        QVERIFY(s.startsAt < s.endsAt);
    }

    void recordedStatus()
    {
        const auto a = ApiParser::status(fixture(QStringLiteral("status-cluster.json")));
        const auto b = ApiParser::status(fixture(QStringLiteral("status-cluster-peer.json")));
        const auto c = ApiParser::status(fixture(QStringLiteral("status-standalone.json")));
        QVERIFY2(a.ok() && b.ok() && c.ok(), qPrintable(a.message + b.message + c.message));
        QCOMPARE(a.value.version, QStringLiteral("0.25.0"));
        QCOMPARE(a.value.status, QStringLiteral("ready"));
        QCOMPARE(a.value.peers.size(), 2);
        QCOMPARE(a.value.peerNames.size(), 2);
        QVERIFY(a.value.peerNames.contains(a.value.name));
        QVERIFY(a.value.peerNames.contains(b.value.name));
        QVERIFY(a.value.name != b.value.name);
        QCOMPARE(c.value.status, QStringLiteral("disabled"));
        QVERIFY(c.value.name.isEmpty());
        QVERIFY(c.value.peers.isEmpty());
    }

    void silenceId()
    {
        const auto r = ApiParser::silenceId(R"({"silenceID":"9ee65cfd-b43f-40ca-b218-6574ca43cdc7"})");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, QStringLiteral("9ee65cfd-b43f-40ca-b218-6574ca43cdc7"));
        QCOMPARE(ApiParser::silenceId(R"({"silenceID":""})").error, AnswerError::BadShape);
        QCOMPARE(ApiParser::silenceId(R"({})").error, AnswerError::BadShape);
    }

    // Alertmanager's refusals, as 0.25 sends them: its own words must reach the user.
    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::addRow("400 JSON string")
            << QByteArray(R"("Failed to create silence: start time must be before end time")") << 400
            << QStringLiteral("HTTP 400: Failed to create silence: start time must be before end time");
        QTest::addRow("422 go-swagger object")
            << QByteArray(R"({"code":612,"message":"matchers in body should have at least 1 items"})") << 422
            << QStringLiteral("HTTP 422: matchers in body should have at least 1 items");
        QTest::addRow("404 string") << QByteArray("\"silence not found\"\n") << 404
                                    << QStringLiteral("HTTP 404: silence not found");
        QTest::addRow("plain text") << QByteArray("404 page not found\n") << 404
                                    << QStringLiteral("HTTP 404: 404 page not found");
        QTest::addRow("proxy HTML") << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
                                    << 502 << QStringLiteral("HTTP 502: 502 Bad Gateway");
        QTest::addRow("escape sequences")
            << QByteArray("\"bad\\u001b[31m thing\"") << 400 << QStringLiteral("HTTP 400: bad thing");
        QTest::addRow("empty") << QByteArray() << 500 << QStringLiteral("HTTP 500: (no message)");
    }
    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QCOMPARE(ApiParser::errorText(body, status), expected);
        const auto r = ApiParser::silenceId(body, status);
        QCOMPARE(r.error, AnswerError::Http);
        QCOMPARE(r.message, expected);
        QCOMPARE(ApiParser::deleted(body, status).error, AnswerError::Http);
    }

    void deleted()
    {
        QVERIFY(ApiParser::deleted({}, 200).ok());
        QCOMPARE(ApiParser::deleted({}, 0).error, AnswerError::Http);
    }

    void badAlerts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("mentions");
        const QByteArray one(kAlert);
        QTest::addRow("html") << QByteArray("<!DOCTYPE html><title>Login</title>")
                              << int(AnswerError::NotJson) << QStringLiteral("Login");
        QTest::addRow("empty") << QByteArray("  ") << int(AnswerError::NotJson) << QStringLiteral("empty");
        QTest::addRow("truncated") << ("[" + one.left(one.size() / 2)) << int(AnswerError::Truncated)
                                   << QStringLiteral("stops after");
        QTest::addRow("object not array") << one << int(AnswerError::BadShape) << QStringLiteral("array");
        QTest::addRow("scalar") << QByteArray("42") << int(AnswerError::BadShape)
                                << QStringLiteral("single value");
        QTest::addRow("trailing") << QByteArray("[] []") << int(AnswerError::NotJson)
                                  << QStringLiteral("more");
        QTest::addRow("no fingerprint")
            << ("[" + QByteArray(kAlert).replace("\"fingerprint\":\"07c435dd488d3b9b\",", "") + "]")
            << int(AnswerError::BadShape) << QStringLiteral("\"fingerprint\" is missing");
        QTest::addRow("bad state") << ("[" + QByteArray(kAlert).replace("\"active\"", "\"firing\"") + "]")
                                   << int(AnswerError::BadShape) << QStringLiteral("[0].status.state");
        QTest::addRow("label not string")
            << ("[" + QByteArray(kAlert).replace("\"severity\":\"high\"", "\"severity\":3") + "]")
            << int(AnswerError::BadShape) << QStringLiteral("[0].labels.severity");
        QTest::addRow("bad time") << ("[" +
                                      QByteArray(kAlert).replace("2026-12-01T08:42:14.171Z\",\n\"status",
                                                                 "yesterday\",\n\"status") +
                                      "]")
                                  << int(AnswerError::BadShape) << QStringLiteral("startsAt");
        QTest::addRow("broken token")
            << QByteArray("[{\"fingerprint\": tru}]") << int(AnswerError::NotJson) << QString();
    }
    void badAlerts()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QFETCH(QString, mentions);
        const auto r = ApiParser::alerts(body);
        QCOMPARE(int(r.error), error);
        QVERIFY(r.value.empty());
        QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
    }

    void tooLarge()
    {
        const QByteArray body = "[" + QByteArray(kAlert) + "]";
        QCOMPARE(ApiParser::alerts(body, 200, {}, body.size()).error, AnswerError::None);
        QCOMPARE(ApiParser::alerts(body, 200, {}, body.size() - 1).error, AnswerError::TooLarge);
    }

    void annotationsCleanedLabelsKept()
    {
        QByteArray a(kAlert);
        a.replace("\"summary\":\"s\"", "\"summary\":\"\\u001b]0;owned\\u0007down\\u202e!\"");
        a.replace("\"severity\":\"high\"", "\"severity\":\"high\",\"odd\":\"a\\tb\"");
        const auto r = ApiParser::alerts(QByteArray("[" + a + "]"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value[0].annotation(u"summary"), QStringLiteral("down!"));
        // A label is an identity sent back in a silence's matchers: byte for byte.
        QCOMPARE(r.value[0].label(u"odd"), QStringLiteral("a\tb"));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs");
        QTest::addRow("ms Z") << QStringLiteral("2026-12-01T08:42:14.171Z") << qint64(1796114534171);
        QTest::addRow("ns Z") << QStringLiteral("2026-12-01T08:42:14.171999999Z") << qint64(1796114534171);
        QTest::addRow("no fraction") << QStringLiteral("2026-12-01T08:42:14Z") << qint64(1796114534000);
        QTest::addRow("offset") << QStringLiteral("2026-12-01T09:42:14.171+01:00") << qint64(1796114534171);
        QTest::addRow("negative offset")
            << QStringLiteral("2026-12-01T07:42:14.171-01:00") << qint64(1796114534171);
        QTest::addRow("one fraction digit")
            << QStringLiteral("2026-12-01T08:42:14.1Z") << qint64(1796114534100);
        QTest::addRow("1970") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
        QTest::addRow("Go's zero time") << QStringLiteral("0001-01-01T00:00:00Z") << qint64(-62135596800000);
        QTest::addRow("date only") << QStringLiteral("2026-12-01") << kInvalid;
        QTest::addRow("no zone") << QStringLiteral("2026-12-01T08:42:14.171") << kInvalid;
        QTest::addRow("bad month") << QStringLiteral("2026-13-01T08:42:14Z") << kInvalid;
        QTest::addRow("Feb 30") << QStringLiteral("2026-02-30T08:42:14Z") << kInvalid;
        QTest::addRow("hour 24") << QStringLiteral("2026-12-01T24:00:00Z") << kInvalid;
        QTest::addRow("empty fraction") << QStringLiteral("2026-12-01T08:42:14.Z") << kInvalid;
        QTest::addRow("trailing text") << QStringLiteral("2026-12-01T08:42:14Zx") << kInvalid;
        QTest::addRow("short offset") << QStringLiteral("2026-12-01T08:42:14+01") << kInvalid;
        QTest::addRow("garbage") << QStringLiteral("soon") << kInvalid;
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const QDateTime t = ApiParser::parseTime(text);
        if (msecs == kInvalid)
            QVERIFY(!t.isValid());
        else
            QCOMPARE(t.toMSecsSinceEpoch(), msecs);
    }

    void badSilences()
    {
        const QByteArray good = fixture(QStringLiteral("silences.json"));
        QVERIFY(ApiParser::silences(good).ok());
        QByteArray noComment = good;
        noComment.replace("\"comment\":\"looking into it\",", "");
        auto r = ApiParser::silences(noComment);
        QCOMPARE(r.error, AnswerError::BadShape);
        QVERIFY2(r.message.contains(QStringLiteral("comment")), qPrintable(r.message));
        QByteArray badState = good;
        badState.replace("\"state\":\"active\"", "\"state\":\"done\"");
        QCOMPARE(ApiParser::silences(badState).error, AnswerError::BadShape);
        QByteArray matcherNoRegex = good;
        matcherNoRegex.replace("\"isRegex\":false,", "");
        r = ApiParser::silences(matcherNoRegex);
        QCOMPARE(r.error, AnswerError::BadShape);
        QVERIFY2(r.message.contains(QStringLiteral("[0].matchers[0]")), qPrintable(r.message));
        QCOMPARE(ApiParser::silences(good, 500, {}).error, AnswerError::Http);
    }
};

QTEST_GUILESS_MAIN(TestAlertParser)
#include "tst_alertparser.moc"
