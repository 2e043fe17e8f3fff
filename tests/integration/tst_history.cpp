// engine::HistoryFetcher against the real Prometheus of the running stack (ctest fixture live_stack):
// a 1 h P95 series arrives with the step the chart's width asks for and at most two points a pixel;
// a Prometheus that is not there yields an error message, never an empty series that looks calm.
#include "config/profile.h"
#include "engine/historyfetcher.h"
#include "engine/trendfetcher.h"
#include "prom/client.h"
#include "stackenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#include <cmath>

using slaops::testing::readEnv;

using namespace slaops;

namespace {

const QString kP95 = QStringLiteral(
    "histogram_quantile(0.95, sum by (le) (rate(erlmcp_response_time_ms_bucket{$selector}[$window])))");

engine::HistorySeries fetchOnce(engine::HistoryFetcher &fetcher, const engine::HistoryFetcher::Request &r)
{
    QSignalSpy spy(&fetcher, &engine::HistoryFetcher::historyReady);
    fetcher.fetch(r);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<engine::HistorySeries>();
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void p95HourFromPrometheus()
    {
        const QString dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
        QVERIFY2(!dir.isEmpty(), "SLAOPS_STACK_DIR is not set (run under ctest, fixture live_stack)");
        const QString url = readEnv(dir).value(QStringLiteral("PROMETHEUS_URL"));
        QVERIFY2(!url.isEmpty(), qPrintable(QStringLiteral("no PROMETHEUS_URL in %1/env").arg(dir)));

        prom::Client client{QUrl(url)};
        engine::HistoryFetcher fetcher(&client);
        constexpr int kWidth = 800;
        engine::HistoryFetcher::Request r;
        r.id = QStringLiteral("p95_response_time");
        r.query = config::expandQuery(kP95, std::chrono::seconds(30), {});
        r.range = engine::HistoryRange::Hour;
        r.widthPixels = kWidth;

        // A fresh stack may not have two scrapes yet: ask again until the series has points.
        engine::HistorySeries s;
        for (int attempt = 0; attempt < 30; ++attempt) {
            s = fetchOnce(fetcher, r);
            QVERIFY2(s.ok(), qPrintable(s.error));
            if (!s.points.empty())
                break;
            QTest::qWait(2000);
        }
        QVERIFY2(!s.points.empty(), "no P95 history after a minute");
        QCOMPARE(s.step, std::chrono::seconds(5)); // 3,600 s over 800 px, rounded up
        QCOMPARE(s.step, engine::HistoryFetcher::stepFor(std::chrono::hours(1), kWidth));
        QVERIFY(s.points.size() <= std::size_t(2 * kWidth));
        QVERIFY(s.rawPoints <= 3600 / 5 + 1);
        QCOMPARE(s.start.secsTo(s.end), qint64(3600));
        for (std::size_t i = 0; i < s.points.size(); ++i) {
            const auto &p = s.points[i];
            QVERIFY(p.x >= double(s.start.toMSecsSinceEpoch()) && p.x <= double(s.end.toMSecsSinceEpoch()));
            if (i > 0)
                QVERIFY(p.x > s.points[i - 1].x);
            if (std::isfinite(p.y))
                QVERIFY2(p.y > 0 && p.y < 100000, qPrintable(QString::number(p.y))); // milliseconds
        }
    }

    void stoppedPortIsAnError()
    {
        // A port that was just free: nothing listens there now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        prom::Client client{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
        engine::HistoryFetcher fetcher(&client);
        engine::HistoryFetcher::Request r;
        r.id = QStringLiteral("p95_response_time");
        r.query = config::expandQuery(kP95, std::chrono::seconds(30), {});
        r.range = engine::HistoryRange::Day;
        r.widthPixels = 1200;
        const engine::HistorySeries s = fetchOnce(fetcher, r);
        QCOMPARE(s.id, r.id);
        QVERIFY(!s.ok());
        QVERIFY(!s.noData());
        QVERIFY2(s.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(s.error));
        QVERIFY(s.points.empty());
    }

    // A newer request for the same figure supersedes the older one: one answer, the newer range.
    void olderGenerationDropped()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        prom::Client client{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
        engine::HistoryFetcher fetcher(&client);
        QSignalSpy spy(&fetcher, &engine::HistoryFetcher::historyReady);
        engine::HistoryFetcher::Request r;
        r.id = QStringLiteral("uptime");
        r.query = QStringLiteral("up");
        r.widthPixels = 600;
        r.range = engine::HistoryRange::Hour;
        fetcher.fetch(r);
        r.range = engine::HistoryRange::Week;
        fetcher.fetch(r);
        QVERIFY(spy.wait(10000));
        QTest::qWait(300);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<engine::HistorySeries>().range, engine::HistoryRange::Week);
    }

    // The gauges' sparklines: fetched with the first snapshot, not again with every refresh, at once when
    // asked (a war room just opened), only for the trend figures; a failure is delivered, not swallowed.
    void trendsFetchedOncePerInterval()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        prom::Client client{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
        engine::TrendFetcher trends(&client);
        QSignalSpy spy(&trends, &engine::TrendFetcher::trendReady);

        auto snapshot = std::make_shared<engine::Snapshot>();
        engine::Figure uptime;
        uptime.id = QStringLiteral("uptime");
        uptime.query = QStringLiteral("up");
        snapshot->figures.push_back(uptime);
        trends.update(snapshot);
        QCOMPARE(trends.fetches(), 0); // no trend figure in it

        engine::Figure p95;
        p95.id = QStringLiteral("response_time_p95");
        p95.query = QStringLiteral("up");
        p95.roles.trend = true; // the profile's trend role, not its id, asks for the sparkline
        snapshot->figures.push_back(p95);
        trends.update(snapshot);
        trends.update(snapshot); // the next refresh, seconds later
        QCOMPARE(trends.fetches(), 1);
        QVERIFY(spy.wait(10000));
        const auto s = spy.takeFirst().first().value<engine::HistorySeries>();
        QCOMPARE(s.id, p95.id);
        QCOMPARE(s.range, engine::HistoryRange::Hour);
        QVERIFY(!s.ok());

        trends.fetch(snapshot);
        QCOMPARE(trends.fetches(), 2);
        QVERIFY(spy.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
