// "Copy as message" (alerts::AlertMessage): the source document's template filled from an alert's
// labels and annotations and the engine's figure, as plain text and Markdown, with hostile label text.
#include "alerts/alertmessage.h"
#include "config/profileloader.h"

#include <QTest>
#include <QTimeZone>

using namespace slaops;
using S = sla::State;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 27), QTime(2, 48, 12), Qt::UTC);

const config::Profile &profile()
{
    static const config::Profile p = config::ProfileLoader::loadDefault().profile;
    return p;
}

alerts::Alert uptimeAlert(const QString &region = QStringLiteral("eu-west-1"))
{
    alerts::Alert a;
    a.fingerprint = QStringLiteral("a1b2c3d4e5f60718");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("SLAUptimeBreach")},
                {QStringLiteral("region"), region},
                {QStringLiteral("severity"), QStringLiteral("critical")},
                {QStringLiteral("sla"), QStringLiteral("uptime")}};
    a.annotations = {
        {QStringLiteral("description"),
         QStringLiteral("Mean scrape success of the erlmcp nodes in eu-west-1 over 5m is 99.95%.")},
        {QStringLiteral("runbook_url"), QStringLiteral("https://runbooks.erlmcp.example/sla/uptime")},
        {QStringLiteral("summary"), QStringLiteral("Uptime below 99.99% in eu-west-1")}};
    a.startsAt = kStart;
    a.generatorUrl = QStringLiteral("http://127.0.0.1:9090/graph?g0.expr=erlmcp%3Aup%3Aavg5m");
    return a;
}

engine::Figure uptimeFigure(const QString &region, double value, S state)
{
    engine::Figure f;
    f.id = QStringLiteral("uptime");
    f.name = QStringLiteral("Uptime");
    f.region = region;
    f.unit = config::Unit::Percent;
    f.comparison = sla::Comparison::AtLeast;
    f.target = 0.99999;
    f.alert = 0.9999;
    f.value = value;
    f.state = state;
    return f;
}

engine::Snapshot snapshot(std::vector<engine::Figure> figures)
{
    engine::Snapshot s;
    s.figures = std::move(figures);
    return s;
}

} // namespace

class TestAlertMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fields_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("withSnapshot");
        QTest::addColumn<bool>("regionFigure");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("regionText");

        QTest::addRow("region's figure") << QStringLiteral("eu-west-1") << true << true << int(S::Breach)
                                         << QStringLiteral("99.9500 %") << QStringLiteral("eu-west-1");
        QTest::addRow("fleet figure only")
            << QStringLiteral("eu-west-1") << true << false << int(S::Ok)
            << QStringLiteral("99.9990 % (fleet)") << QStringLiteral("eu-west-1");
        QTest::addRow("stale figure")
            << QStringLiteral("eu-west-1") << true << true << int(S::Stale)
            << QStringLiteral("99.9500 % (Stale, last known)") << QStringLiteral("eu-west-1");
        QTest::addRow("no snapshot") << QStringLiteral("eu-west-1") << false << false << int(S::Ok)
                                     << QStringLiteral("unknown") << QStringLiteral("eu-west-1");
        QTest::addRow("no region label") << QString() << true << false << int(S::Ok)
                                         << QStringLiteral("99.9990 %") << QStringLiteral("all regions");
    }

    void fields()
    {
        QFETCH(QString, region);
        QFETCH(bool, withSnapshot);
        QFETCH(bool, regionFigure);
        QFETCH(int, state);
        QFETCH(QString, value);
        QFETCH(QString, regionText);
        alerts::Alert a = uptimeAlert(region);
        if (region.isEmpty())
            a.labels.erase(a.labels.begin() + 1);
        std::vector<engine::Figure> figures{uptimeFigure({}, 0.99999, S::Ok),
                                            uptimeFigure(QStringLiteral("us-east-1"), 0.5, S::Breach)};
        if (regionFigure)
            figures.push_back(uptimeFigure(QStringLiteral("eu-west-1"), 0.9995, S(state)));
        const engine::Snapshot s = snapshot(figures);
        const alerts::AlertMessage m = alerts::AlertMessage::build(a, profile(), withSnapshot ? &s : nullptr);
        QCOMPARE(m.name, QStringLiteral("SLAUptimeBreach"));
        QCOMPARE(m.severity, QStringLiteral("critical"));
        QCOMPARE(m.metric, profile().sla(u"uptime")->name);
        QCOMPARE(m.value, value);
        QCOMPARE(m.target, QStringLiteral("SLA ≥ 99.999 %"));
        QCOMPARE(m.timestamp, QStringLiteral("2026-11-27 02:48:12 UTC"));
        QCOMPARE(m.region, regionText);
        QCOMPARE(m.impact,
                 QStringLiteral("Mean scrape success of the erlmcp nodes in eu-west-1 over 5m is 99.95%."));
        QCOMPARE(m.action, QStringLiteral("Follow the runbook; escalate to Engineering Director → CTO"));
        QCOMPARE(m.runbook, QStringLiteral("https://runbooks.erlmcp.example/sla/uptime"));
        QCOMPARE(m.dashboard, a.generatorUrl);
    }

    void timestampIsUtcWhateverTheZone()
    {
        alerts::Alert a = uptimeAlert();
        a.startsAt = QDateTime(QDate(2026, 11, 27), QTime(3, 48, 12), QTimeZone("Europe/Berlin"));
        QCOMPARE(alerts::AlertMessage::build(a, profile(), nullptr).timestamp,
                 QStringLiteral("2026-11-27 02:48:12 UTC"));
    }

    void plainText()
    {
        const engine::Snapshot s = snapshot({uptimeFigure(QStringLiteral("eu-west-1"), 0.9995, S::Breach)});
        const QString text = alerts::AlertMessage::build(uptimeAlert(), profile(), &s).plainText();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList expected{
            QStringLiteral("SLA ALERT: SLAUptimeBreach [CRITICAL]"),
            QStringLiteral("Uptime below 99.99% in eu-west-1"),
            QStringLiteral("Alert: SLAUptimeBreach"),
            QStringLiteral("Severity: critical"),
            QStringLiteral("Metric: ") + profile().sla(u"uptime")->name,
            QStringLiteral("Current value: 99.9500 %"),
            QStringLiteral("Target: SLA ≥ 99.999 %"),
            QStringLiteral("Timestamp: 2026-11-27 02:48:12 UTC"),
            QStringLiteral("Region: eu-west-1"),
            QStringLiteral("Impact: Mean scrape success of the erlmcp nodes in eu-west-1 over 5m is 99.95%."),
            QStringLiteral("Recommended action: Follow the runbook; escalate to Engineering Director → CTO"),
            QStringLiteral("Runbook: https://runbooks.erlmcp.example/sla/uptime"),
            QStringLiteral("Dashboard: http://127.0.0.1:9090/graph?g0.expr=erlmcp%3Aup%3Aavg5m"),
        };
        QCOMPARE(lines, expected);
    }

    void markdown()
    {
        const engine::Snapshot s = snapshot({uptimeFigure(QStringLiteral("eu-west-1"), 0.9995, S::Breach)});
        const QString md = alerts::AlertMessage::build(uptimeAlert(), profile(), &s).markdown();
        QVERIFY2(md.startsWith(QStringLiteral("**SLA ALERT: SLAUptimeBreach** \\[CRITICAL\\]\n")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- **Current value:** 99\\.9500 %\n")));
        QVERIFY(md.contains(QStringLiteral("- **Region:** eu\\-west\\-1\n")));
        QVERIFY(md.contains(QStringLiteral("- **Runbook:** <https://runbooks.erlmcp.example/sla/uptime>\n")));
    }

    void hostileLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("emphasis") << QStringLiteral("*bold* _it_") << QStringLiteral("\\*bold\\* \\_it\\_");
        QTest::addRow("link") << QStringLiteral("[click](http://evil)")
                              << QStringLiteral("\\[click\\]\\(http://evil\\)");
        QTest::addRow("heading on a new line")
            << QStringLiteral("x\n# Owned") << QStringLiteral("x \\# Owned");
        QTest::addRow("html") << QStringLiteral("<img src=x>") << QStringLiteral("\\<img src\\=x\\>");
        QTest::addRow("code and table") << QStringLiteral("`a|b`") << QStringLiteral("\\`a\\|b\\`");
        QTest::addRow("backslash") << QStringLiteral("a\\*") << QStringLiteral("a\\\\\\*");
        QTest::addRow("plain") << QStringLiteral("eu west") << QStringLiteral("eu west");
    }

    void hostileLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, escaped);
        QCOMPARE(alerts::AlertMessage::escapeMarkdown(label), escaped);
        alerts::Alert a = uptimeAlert();
        a.labels[1].second = label; // region
        const QString md = alerts::AlertMessage::build(a, profile(), nullptr).markdown();
        // The label's text never starts a line of its own (ServerText folds the line break first).
        for (const QString &line : md.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1Char('#')), qPrintable(line));
        // No unescaped HTML.
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<img"))));
    }

    void unknownSlaAndMissingAnnotations()
    {
        alerts::Alert a;
        a.fingerprint = QStringLiteral("ff");
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                    {QStringLiteral("severity"), QStringLiteral("page")},
                    {QStringLiteral("sla"), QStringLiteral("not_in_profile")}};
        const engine::Snapshot s = snapshot({uptimeFigure({}, 1.0, S::Ok)});
        const alerts::AlertMessage m = alerts::AlertMessage::build(a, profile(), &s);
        QCOMPARE(m.metric, QStringLiteral("not_in_profile"));
        QCOMPARE(m.value, QStringLiteral("unknown"));
        QCOMPARE(m.target, QStringLiteral("unknown"));
        QCOMPARE(m.timestamp, QStringLiteral("unknown"));
        QCOMPARE(m.impact, QStringLiteral("unknown"));
        QCOMPARE(m.action, QStringLiteral("unknown"));
        QVERIFY(m.runbook.isEmpty());
        QVERIFY(!m.plainText().contains(QStringLiteral("Runbook:")));
    }

    void linksAreHttpAndCarryNoCredentials()
    {
        alerts::Alert a = uptimeAlert();
        a.annotations[1].second = QStringLiteral("https://bob:hunter2@runbooks.example/x");
        a.annotations.push_back({QStringLiteral("dashboard_url"), QStringLiteral("javascript:alert(1)")});
        const alerts::AlertMessage m = alerts::AlertMessage::build(a, profile(), nullptr);
        QVERIFY2(!m.runbook.contains(QStringLiteral("hunter2")), qPrintable(m.runbook));
        QVERIFY(m.runbook.contains(QStringLiteral("runbooks.example/x")));
        // Not http(s): the generator URL stands in.
        QCOMPARE(m.dashboard, a.generatorUrl);
    }
};

QTEST_GUILESS_MAIN(TestAlertMessage)
#include "tst_alertmessage.moc"
