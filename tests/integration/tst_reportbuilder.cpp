// report::ReportBuilder against the backfilled history (fixture history_stack: 2024-06-03 with an error
// burst in eu-west-1 10:00-12:00Z): the day's figures equal Prometheus' own instant answers, the burst
// is a violation with its start and length, a Prometheus that fails midway leaves a report that says
// what is missing (exit 2), periods in the future or before the first sample are refused, and a day at
// 1 s is split under the point limit and finds the same violation.
#include "config/profileloader.h"
#include "prom/client.h"
#include "prom/responseparser.h"
#include "report/reportbuilder.h"
#include "report/reportplan.h"
#include "stackenv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace slaops;
using namespace std::chrono_literals;

namespace {

// A loopback forwarding proxy in front of the stack's Prometheus: the first `healthy` requests are
// passed on, the later ones answered 503 (a Prometheus that fails in the middle of a report). Every
// request's query is recorded, so the test can count the calls the builder made.
class Proxy : public QObject {
public:
    Proxy(QUrl upstream, int healthy)
        : m_upstream(std::move(upstream))
        , m_healthy(healthy)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s]() {
                    const QByteArray request = s->property("request").toByteArray() + s->readAll();
                    s->setProperty("request", request);
                    if (!request.contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    handle(s, request.left(request.indexOf("\r\n")));
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<QUrl> &requests() const { return m_requests; }

private:
    static void reply(QTcpSocket *s, const QByteArray &status, const QByteArray &type, const QByteArray &body)
    {
        s->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    void handle(QTcpSocket *s, const QByteArray &firstLine)
    {
        const QList<QByteArray> parts = firstLine.split(' ');
        const QUrl target = m_upstream.resolved(QUrl(QString::fromLatin1(parts.value(1))));
        m_requests << target;
        if (m_requests.size() > m_healthy) {
            reply(s, "503 Service Unavailable", "text/plain", "overloaded\n");
            return;
        }
        QNetworkReply *r = m_nam.get(QNetworkRequest(target));
        QObject::connect(r, &QNetworkReply::finished, s, [r, s]() {
            r->deleteLater();
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply(s, QByteArray::number(status == 0 ? 502 : status) + " X",
                  r->header(QNetworkRequest::ContentTypeHeader).toByteArray(), r->readAll());
        });
    }

    QUrl m_upstream;
    int m_healthy;
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QList<QUrl> m_requests;
};

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestReportBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dayFiguresEqualPrometheus();
    void burstIsAViolation();
    void failureMidwayIsMissing();
    void futurePeriodIsRefused();
    void periodBeforeTheFirstSampleIsRefused();
    void oneSecondDayIsSplit();
    void cancelStopsAsking();

private:
    struct Outcome {
        std::shared_ptr<const report::Report> report;
        QString failure;
    };
    Outcome build(const config::Profile &profile, const QUrl &prometheus, report::PeriodKind kind, QDate date,
                  std::chrono::seconds resolution = 60s);
    report::Period day(QDate date) const
    {
        return *report::Period::make(report::PeriodKind::Day, date, QTimeZone::utc(), nullptr);
    }
    double instant(const QString &promql, const QDateTime &at);
    const report::Violation *burst(const report::Report &r) const;

    QUrl m_prometheus;
    config::Profile m_profile;
    std::shared_ptr<const report::Report> m_day; // 2024-06-03 at 1 m, built once
};

void TestReportBuilder::initTestCase()
{
    const QString dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    const auto env = testing::readEnv(dir);
    // The fixture starts the stack; without it this test cannot say anything, and says so.
    QVERIFY2(env.contains(QStringLiteral("PROMETHEUS_URL")),
             qPrintable(QStringLiteral("no history stack in %1 (ctest fixture history_stack)").arg(dir)));
    m_prometheus = QUrl(env.value(QStringLiteral("PROMETHEUS_URL")));
    const auto loaded = config::ProfileLoader::loadDefault();
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    m_profile = loaded.profile;
    m_profile.sources.prometheus = m_prometheus;
    const Outcome o = build(m_profile, m_prometheus, report::PeriodKind::Day, QDate(2024, 6, 3));
    QVERIFY2(o.report, qPrintable(o.failure));
    m_day = o.report;
}

TestReportBuilder::Outcome TestReportBuilder::build(const config::Profile &profile, const QUrl &prometheus,
                                                    report::PeriodKind kind, QDate date,
                                                    std::chrono::seconds resolution)
{
    prom::Client client(prometheus);
    client.setTimeout(30s);
    report::ReportBuilder builder(profile, &client);
    QSignalSpy finished(&builder, &report::ReportBuilder::finished);
    QSignalSpy failed(&builder, &report::ReportBuilder::failed);
    report::ReportRequest request;
    request.period = *report::Period::make(kind, date, QTimeZone::utc(), nullptr);
    request.resolution = resolution;
    builder.start(request);
    Outcome out;
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 240000); }();
    if (!finished.isEmpty())
        out.report = finished.first().first().value<std::shared_ptr<const report::Report>>();
    if (!failed.isEmpty())
        out.failure = failed.first().first().toString();
    return out;
}

double TestReportBuilder::instant(const QString &promql, const QDateTime &at)
{
    prom::Client client(m_prometheus);
    prom::RawResponse raw;
    bool done = false;
    client.instantQuery(promql, at, &client, [&](prom::RawResponse r) {
        raw = std::move(r);
        done = true;
    });
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    const prom::QueryResult r = prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType);
    if (!r.ok || r.series.empty())
        return NAN;
    return r.series.front().samples.front().value;
}

const report::Violation *TestReportBuilder::burst(const report::Report &r) const
{
    for (const report::Violation &v : r.violations)
        if (v.slaId == QLatin1String("error_rate") && v.region == QLatin1String("eu-west-1") &&
            v.start >= utc(2024, 6, 3, 9) && v.start <= utc(2024, 6, 3, 11))
            return &v;
    return nullptr;
}

void TestReportBuilder::dayFiguresEqualPrometheus()
{
    const report::Report &r = *m_day;
    QVERIFY2(r.missing.isEmpty(), qPrintable(r.missing.join(QLatin1Char('\n'))));
    QCOMPARE(r.rows.size(), report::reportRows(m_profile).size());
    int compared = 0;
    for (const report::SlaRow &row : r.rows) {
        QString selector;
        for (const config::RegionSpec &reg : m_profile.regions)
            if (reg.name == row.region)
                selector = reg.selector;
        // The test's own expansion: $window in seconds, as report-common.md defines the figure.
        QString q = row.query;
        q.replace(QLatin1String("$window"), QLatin1String("86400s"))
            .replace(QLatin1String("$selector"), selector);
        const double expected = instant(q, utc(2024, 6, 4));
        const report::Value &v = row.days.front();
        const QString what = row.slaId + QLatin1Char('/') + row.region;
        if (std::isnan(expected)) {
            QVERIFY2(std::isnan(v.value), qPrintable(what));
            QCOMPARE(v.status, report::Status::Unknown);
            continue;
        }
        QVERIFY2(v.value == expected, qPrintable(QStringLiteral("%1: %2 vs Prometheus %3")
                                                     .arg(what)
                                                     .arg(v.value, 0, 'g', 17)
                                                     .arg(expected, 0, 'g', 17)));
        // The day, its month and the period are the same stretch.
        QCOMPARE(row.overall.value, v.value);
        QCOMPARE(row.months.front().value, v.value);
        QCOMPARE(v.coverage, 1.0); // a sample a minute: every hour has data
        const bool past = sla::classify(expected, row.comparison, row.target, NAN) == sla::State::Breach;
        QCOMPARE(v.status, past ? report::Status::Violated : report::Status::Met);
        ++compared;
    }
    QVERIFY(compared > int(r.rows.size()) / 2);
}

void TestReportBuilder::burstIsAViolation()
{
    const report::Violation *v = burst(*m_day);
    QVERIFY2(v, "no error-rate violation in eu-west-1 around the burst");
    // The burst starts at 10:00: the first point whose 5-minute window holds it is one step later.
    QVERIFY2(v->start >= utc(2024, 6, 3, 10) && v->start <= utc(2024, 6, 3, 10, 1),
             qPrintable(v->start.toString(Qt::ISODate)));
    // Two hours, and the window's five minutes after it.
    QVERIFY2(v->durationSecs >= 115 * 60 && v->durationSecs <= 130 * 60,
             qPrintable(QString::number(v->durationSecs)));
    QCOMPARE(v->severity, QStringLiteral("critical")); // ~2 % errors: past the 0.1 % alert as well
    for (const report::SlaRow &row : m_day->rows)
        if (row.slaId == QLatin1String("error_rate") && row.region == QLatin1String("eu-west-1"))
            QCOMPARE(row.overall.status, report::Status::Violated);
    QCOMPARE(m_day->exitCode(), 1);
}

void TestReportBuilder::failureMidwayIsMissing()
{
    Proxy proxy(m_prometheus, 30);
    const Outcome o = build(m_profile, proxy.url(), report::PeriodKind::Day, QDate(2024, 6, 3));
    QVERIFY2(o.report, qPrintable(o.failure));
    const report::Report &r = *o.report;
    QVERIFY(proxy.requests().size() > 30);
    QVERIFY(!r.missing.isEmpty());
    // Every failed call named: which SLA and scope, which stretch, and what the server said.
    QCOMPARE(r.missing.size(), qsizetype(proxy.requests().size() - 30));
    for (const QString &line : r.missing) {
        QVERIFY2(line.contains(QLatin1String("503")), qPrintable(line));
        bool named = line.startsWith(QLatin1String("alerts that fired"));
        for (const config::SlaSpec &s : m_profile.slas)
            named = named || line.startsWith(s.name + QStringLiteral(", "));
        QVERIFY2(named, qPrintable(line));
    }
    QCOMPARE(r.status(), report::Status::Unknown);
    QCOMPARE(r.exitCode(), 2);
    // What failed is Unknown, never a figure that looks complete; what came before is still there.
    int unknown = 0, known = 0;
    for (const report::SlaRow &row : r.rows) {
        if (row.overall.status == report::Status::Unknown)
            ++unknown;
        else
            ++known;
    }
    QVERIFY(unknown > 0);
    QVERIFY(known > 0);
}

void TestReportBuilder::futurePeriodIsRefused()
{
    const QDate future = QDate::currentDate().addYears(2);
    const Outcome o = build(m_profile, m_prometheus, report::PeriodKind::Month, future);
    QVERIFY(!o.report);
    QVERIFY2(o.failure.contains(QLatin1String("has not begun")), qPrintable(o.failure));
}

void TestReportBuilder::periodBeforeTheFirstSampleIsRefused()
{
    const Outcome o = build(m_profile, m_prometheus, report::PeriodKind::Day, QDate(2020, 1, 1));
    QVERIFY(!o.report);
    QVERIFY2(o.failure.contains(QLatin1String("before its first sample")), qPrintable(o.failure));
}

void TestReportBuilder::oneSecondDayIsSplit()
{
    // The error rate alone keeps the 1-second day at 4 rows x 86,400 points.
    config::Profile p = m_profile;
    std::erase_if(p.slas, [](const config::SlaSpec &s) { return s.id != QLatin1String("error_rate"); });
    Proxy proxy(m_prometheus, 1 << 30);
    const Outcome o = build(p, proxy.url(), report::PeriodKind::Day, QDate(2024, 6, 3), 1s);
    QVERIFY2(o.report, qPrintable(o.failure));
    QVERIFY2(o.report->missing.isEmpty(), qPrintable(o.report->missing.join(QLatin1Char('\n'))));
    int seriesCalls = 0, alertCalls = 0;
    for (const QUrl &u : proxy.requests()) {
        const QUrlQuery q(u);
        if (q.queryItemValue(QStringLiteral("step")) != QLatin1String("1"))
            continue;
        const qint64 points = (q.queryItemValue(QStringLiteral("end")).toLongLong() -
                               q.queryItemValue(QStringLiteral("start")).toLongLong()) +
                              1;
        QVERIFY(points <= 11000);
        ++(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).startsWith(QLatin1String("ALERTS"))
               ? alertCalls
               : seriesCalls);
    }
    // 86,400 points -> 8 calls per row, and 8 for the alerts that fired.
    QCOMPARE(seriesCalls, 4 * 8);
    QCOMPARE(alertCalls, 8);
    const report::Violation *fine = burst(*o.report);
    const report::Violation *coarse = burst(*m_day);
    QVERIFY(fine && coarse);
    QVERIFY2(std::abs(fine->start.secsTo(coarse->start)) <= 60,
             qPrintable(fine->start.toString(Qt::ISODate) + QLatin1Char(' ') +
                        coarse->start.toString(Qt::ISODate)));
    QVERIFY(std::abs(fine->durationSecs - coarse->durationSecs) <= 120);
}

void TestReportBuilder::cancelStopsAsking()
{
    Proxy proxy(m_prometheus, 1 << 30);
    prom::Client client(proxy.url());
    report::ReportBuilder builder(m_profile, &client);
    QSignalSpy progress(&builder, &report::ReportBuilder::progress);
    QSignalSpy cancelled(&builder, &report::ReportBuilder::cancelled);
    QSignalSpy finished(&builder, &report::ReportBuilder::finished);
    report::ReportRequest request;
    request.period =
        *report::Period::make(report::PeriodKind::Month, QDate(2024, 6, 1), QTimeZone::utc(), nullptr);
    builder.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 60000);
    builder.cancel();
    QVERIFY(!builder.isRunning());
    const qsizetype answers = progress.size();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 10000);
    // Once cancelled, nothing of the build comes back: no progress, no report, and most of the month
    // was never asked (at most four calls were on the wire).
    QCOMPARE(progress.size(), answers);
    QVERIFY(finished.isEmpty());
    const int planned = progress.first().at(1).toInt();
    QVERIFY(planned > 100);
    QVERIFY2(proxy.requests().size() < planned / 2, qPrintable(QString::number(proxy.requests().size())));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
