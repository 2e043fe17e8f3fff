// Metric selectors of direct formulas and region selectors: what parses, what matches, what is refused.
#include "config/metricselector.h"

#include <QTest>

using slaops::config::MetricSelector;

class TestMetricSelector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestMetricSelector::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nameless");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("labels"); // label=value pairs to match against, ';'-separated
    QTest::addColumn<bool>("matches");
    QTest::addRow("bare name") << "up" << false << "up"
                               << "" << true;
    QTest::addRow("equal") << R"(x_total{code="200"})" << false << "x_total"
                           << "code=200" << true;
    QTest::addRow("equal, other value") << R"(x_total{code="200"})" << false << "x_total"
                                        << "code=500" << false;
    QTest::addRow("regex is anchored") << R"(x{code=~"5.."})" << false << "x"
                                       << "code=5000" << false;
    QTest::addRow("regex") << R"(x{code=~"5.."})" << false << "x"
                           << "code=503" << true;
    QTest::addRow("not regex") << R"(x{code!~"5.."})" << false << "x"
                               << "code=200" << true;
    QTest::addRow("not equal") << R"(x{a!="b"})" << false << "x"
                               << "a=b" << false;
    QTest::addRow("absent label is empty") << R"(x{a=""})" << false << "x"
                                           << "" << true;
    QTest::addRow("two matchers, spaces") << R"(x{ a = "1" , b=~'2|3' })" << false << "x"
                                          << "a=1;b=3" << true;
    QTest::addRow("escaped quote") << R"(x{a="say \"hi\""})" << false << "x"
                                   << "a=say \"hi\"" << true;
    QTest::addRow("region selector") << R"(region="eu-west-1")" << true << ""
                                     << "region=eu-west-1" << true;
    QTest::addRow("region selector, no") << R"(zone="us-west")" << true << ""
                                         << "zone=eu-central" << false;
    QTest::addRow("empty selector") << "" << true << ""
                                    << "" << true;
}

void TestMetricSelector::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, nameless);
    QFETCH(QString, name);
    QFETCH(QString, labels);
    QFETCH(bool, matches);
    MetricSelector s;
    QString error;
    QVERIFY2(MetricSelector::parse(text, s, &error, nameless), qPrintable(error));
    QCOMPARE(s.name, name);
    QMap<QString, QString> map;
    for (const QString &pair : labels.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        map.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    QCOMPARE(s.matches([&](const QString &l) { return map.value(l); }), matches);
}

void TestMetricSelector::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nameless");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no name") << R"({a="b"})" << false << "name is missing";
    QTest::addRow("unclosed brace") << R"(x{a="b")" << false << "closing";
    QTest::addRow("unquoted value") << R"(x{a=b})" << false << "quoted";
    QTest::addRow("unclosed value") << R"(x{a="b})" << false << "not closed";
    QTest::addRow("bad operator") << R"(x{a<"b"})" << false << "expected =";
    QTest::addRow("bad regex") << R"(x{a=~"("})" << false << "regular expression";
    QTest::addRow("garbage after name") << "rate(x[5m])" << false << "metric name";
}

void TestMetricSelector::refuses()
{
    QFETCH(QString, text);
    QFETCH(bool, nameless);
    QFETCH(QString, reason);
    MetricSelector s;
    QString error;
    QVERIFY(!MetricSelector::parse(text, s, &error, nameless));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMetricSelector)
#include "tst_metricselector.moc"
