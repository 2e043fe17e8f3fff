// The top-level structure of PromQL as "explain this number" reads it: which queries are a
// histogram_quantile (and of what), which are a ratio (and of which two sides), and which are neither.
// A wrong split would show the wrong data behind a number, so malformed input must give "neither".
#include "engine/promqlshape.h"

#include <QtTest>

using slaops::engine::PromqlShape;

class TestPromqlShape : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quantile_data();
    void quantile();
    void notQuantile_data();
    void notQuantile();
    void ratio_data();
    void ratio();
    void notRatio_data();
    void notRatio();
    void operators_data();
    void operators();
    void stripOuter();
};

void TestPromqlShape::quantile_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<double>("q");
    QTest::addColumn<QString>("inner");

    QTest::newRow("profile P95")
        << QStringLiteral("histogram_quantile(0.95, sum by (le) "
                          "(rate(erlmcp_response_time_ms_bucket{region=\"eu-west-1\"}[5m])))")
        << 0.95
        << QStringLiteral("sum by (le) (rate(erlmcp_response_time_ms_bucket{region=\"eu-west-1\"}[5m]))");
    QTest::newRow("by after the aggregation")
        << QStringLiteral("histogram_quantile(0.99,sum(rate(x_bucket[1m])) by (le))") << 0.99
        << QStringLiteral("sum(rate(x_bucket[1m])) by (le)");
    QTest::newRow("outer parentheses and spaces")
        << QStringLiteral("  ( (histogram_quantile ( 0.5 , x_bucket ) ) )\n") << 0.5
        << QStringLiteral("x_bucket");
    QTest::newRow("comma and parentheses in a label value")
        << QStringLiteral("histogram_quantile(0.9, sum by (le) (x_bucket{path=\"/a(b),c)\"}))") << 0.9
        << QStringLiteral("sum by (le) (x_bucket{path=\"/a(b),c)\"})");
    QTest::newRow("escaped quote in a label value")
        << QStringLiteral("histogram_quantile(0.9, x_bucket{p=\"a\\\")\"})") << 0.9
        << QStringLiteral("x_bucket{p=\"a\\\")\"}");
    QTest::newRow("backquoted and single quoted strings")
        << QStringLiteral("histogram_quantile(0.9, x_bucket{p=`a)`, q='(('})") << 0.9
        << QStringLiteral("x_bucket{p=`a)`, q='(('}");
    QTest::newRow("comment with a parenthesis")
        << QStringLiteral("histogram_quantile(0.75, # why (\n x_bucket)") << 0.75
        << QStringLiteral("x_bucket");
    QTest::newRow("exponent") << QStringLiteral("histogram_quantile(9.5e-1, x_bucket)") << 0.95
                              << QStringLiteral("x_bucket");
}

void TestPromqlShape::quantile()
{
    QFETCH(QString, promql);
    QFETCH(double, q);
    QFETCH(QString, inner);
    const auto parts = PromqlShape::splitHistogramQuantile(promql);
    QVERIFY(parts);
    QCOMPARE(parts->q, q);
    QCOMPARE(parts->inner, inner);
    // A quantile is not a ratio, whatever its inner expression holds.
    QVERIFY(!PromqlShape::splitRatio(promql));
}

void TestPromqlShape::notQuantile_data()
{
    QTest::addColumn<QString>("promql");
    QTest::newRow("scaled") << QStringLiteral("histogram_quantile(0.95, x_bucket) * 1000");
    QTest::newRow("two quantiles") << QStringLiteral(
        "histogram_quantile(0.5, a) - histogram_quantile(0.5, b)");
    QTest::newRow("q not a number") << QStringLiteral("histogram_quantile(scalar(q), x_bucket)");
    QTest::newRow("one argument") << QStringLiteral("histogram_quantile(0.95)");
    QTest::newRow("three arguments") << QStringLiteral("histogram_quantile(0.95, a, b)");
    QTest::newRow("empty inner") << QStringLiteral("histogram_quantile(0.95, )");
    QTest::newRow("unbalanced open") << QStringLiteral("histogram_quantile(0.95, sum by (le) (x_bucket)");
    QTest::newRow("unbalanced close") << QStringLiteral("histogram_quantile(0.95, x_bucket))");
    QTest::newRow("mismatched brackets") << QStringLiteral("histogram_quantile(0.95, x_bucket[5m)]");
    QTest::newRow("unterminated string") << QStringLiteral("histogram_quantile(0.95, x_bucket{a=\"b)})");
    QTest::newRow("other function") << QStringLiteral("histogram_quantiles(0.95, x_bucket)");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestPromqlShape::notQuantile()
{
    QFETCH(QString, promql);
    QVERIFY(!PromqlShape::splitHistogramQuantile(promql));
}

void TestPromqlShape::ratio_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<bool>("complement");
    QTest::addColumn<double>("constant");
    QTest::addColumn<QString>("matching");

    QTest::newRow("profile error rate")
        << QStringLiteral("sum(rate(erlmcp_errors_total{}[5m])) / sum(rate(erlmcp_requests_total{}[5m]))")
        << QStringLiteral("sum(rate(erlmcp_errors_total{}[5m]))")
        << QStringLiteral("sum(rate(erlmcp_requests_total{}[5m]))") << false << 0.0 << QString();
    QTest::newRow("profile consistency")
        << QStringLiteral("1 - sum(rate(f_total{region=\"us-east-1\"}[5m])) / sum(rate(c_total[5m]))")
        << QStringLiteral("sum(rate(f_total{region=\"us-east-1\"}[5m]))")
        << QStringLiteral("sum(rate(c_total[5m]))") << true << 1.0 << QString();
    QTest::newRow("complement of a parenthesised ratio") << QStringLiteral("1-(a/b)") << QStringLiteral("a")
                                                         << QStringLiteral("b") << true << 1.0 << QString();
    QTest::newRow("nested parentheses on both sides")
        << QStringLiteral("(sum(a) + sum(b)) / (sum(c) - (d))") << QStringLiteral("(sum(a) + sum(b))")
        << QStringLiteral("(sum(c) - (d))") << false << 0.0 << QString();
    QTest::newRow("slash and parentheses in strings")
        << QStringLiteral("sum(x{p=\"/a/(b\"}) / sum(y{p='c)/'})") << QStringLiteral("sum(x{p=\"/a/(b\"})")
        << QStringLiteral("sum(y{p='c)/'})") << false << 0.0 << QString();
    QTest::newRow("division in a subquery only inside") << QStringLiteral("max_over_time((a / b)[5m:1m]) / c")
                                                        << QStringLiteral("max_over_time((a / b)[5m:1m])")
                                                        << QStringLiteral("c") << false << 0.0 << QString();
    QTest::newRow("vector matching") << QStringLiteral(
                                            "sum by (r) (a) / on (r) group_left (z) sum by (r) (b)")
                                     << QStringLiteral("sum by (r) (a)") << QStringLiteral("sum by (r) (b)")
                                     << false << 0.0 << QStringLiteral("on (r) group_left (z)");
    QTest::newRow("ignoring") << QStringLiteral("a / ignoring(x) b") << QStringLiteral("a")
                              << QStringLiteral("b") << false << 0.0 << QStringLiteral("ignoring(x)");
    QTest::newRow("offset and exponent")
        << QStringLiteral("a offset -5m / 1e-3") << QStringLiteral("a offset -5m") << QStringLiteral("1e-3")
        << false << 0.0 << QString();
    QTest::newRow("comment") << QStringLiteral("a # errors / all\n / b") << QStringLiteral("a")
                             << QStringLiteral("b") << false << 0.0 << QString();
}

void TestPromqlShape::ratio()
{
    QFETCH(QString, promql);
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(bool, complement);
    QFETCH(double, constant);
    QFETCH(QString, matching);
    const auto parts = PromqlShape::splitRatio(promql);
    QVERIFY(parts);
    QCOMPARE(parts->numerator, numerator);
    QCOMPARE(parts->denominator, denominator);
    QCOMPARE(parts->complement, complement);
    QCOMPARE(parts->constant, constant);
    QCOMPARE(parts->matching, matching);
    QVERIFY(!PromqlShape::splitHistogramQuantile(promql));
}

void TestPromqlShape::notRatio_data()
{
    QTest::addColumn<QString>("promql");
    QTest::newRow("no division") << QStringLiteral("sum(rate(erlmcp_requests_total[1m]))");
    QTest::newRow("division only inside") << QStringLiteral("avg(a / b)");
    QTest::newRow("scaled ratio") << QStringLiteral("a / b * 100");
    QTest::newRow("sum after the ratio") << QStringLiteral("a / b + c");
    QTest::newRow("sum before the ratio") << QStringLiteral("c + a / b");
    QTest::newRow("two divisions") << QStringLiteral("a / b / c");
    QTest::newRow("complement of a non-number") << QStringLiteral("x - a / b");
    QTest::newRow("double complement") << QStringLiteral("1 - 1 - a / b");
    QTest::newRow("comparison") << QStringLiteral("a / b > 0.5");
    QTest::newRow("set operator") << QStringLiteral("a / b or c");
    QTest::newRow("power binds tighter") << QStringLiteral("a / b ^ 2");
    QTest::newRow("missing denominator") << QStringLiteral("a /");
    QTest::newRow("missing numerator") << QStringLiteral("/ b");
    QTest::newRow("unbalanced") << QStringLiteral("sum(a / b");
    QTest::newRow("unterminated string") << QStringLiteral("a{x=\"/} / b");
    QTest::newRow("slash in a string only") << QStringLiteral("a{x=\"1/2\"}");
    QTest::newRow("negated ratio") << QStringLiteral("-a / b - 1");
}

void TestPromqlShape::notRatio()
{
    QFETCH(QString, promql);
    QVERIFY(!PromqlShape::splitRatio(promql));
}

void TestPromqlShape::operators_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<QStringList>("ops");
    QTest::newRow("unary minus") << QStringLiteral("-a * -b") << QStringList{QStringLiteral("*")};
    QTest::newRow("binary minus") << QStringLiteral("a-1") << QStringList{QStringLiteral("-")};
    QTest::newRow("exponent is not an operator")
        << QStringLiteral("2.5E+3 + 1") << QStringList{QStringLiteral("+")};
    QTest::newRow("comparisons") << QStringLiteral("a >= bool 1 != 2")
                                 << QStringList{QStringLiteral(">="), QStringLiteral("!=")};
    QTest::newRow("word operators, any case") << QStringLiteral("a AND b unless c or d atan2 e")
                                              << QStringList{QStringLiteral("and"), QStringLiteral("unless"),
                                                             QStringLiteral("or"), QStringLiteral("atan2")};
    QTest::newRow("metric names holding operator words")
        << QStringLiteral("order_total / and_or") << QStringList{QStringLiteral("/")};
    QTest::newRow("nothing at the top")
        << QStringLiteral("sum by (le) (rate(x{a=~\"b|c\"}[5m] offset 1m))") << QStringList{};
}

void TestPromqlShape::operators()
{
    QFETCH(QString, promql);
    QFETCH(QStringList, ops);
    const auto found = PromqlShape::topLevelOperators(promql);
    QVERIFY(found);
    QStringList names;
    for (const auto &o : *found)
        names << o.op;
    QCOMPARE(names, ops);
}

void TestPromqlShape::stripOuter()
{
    QCOMPARE(PromqlShape::stripOuter(u"((a))"), QStringLiteral("a"));
    // (a) / (b) is enclosed by parentheses at both ends, but not by one pair.
    QCOMPARE(PromqlShape::stripOuter(u" (a) / (b) "), QStringLiteral("(a) / (b)"));
    QCOMPARE(PromqlShape::stripOuter(u"a # (\n"), QStringLiteral("a"));
    QVERIFY(!PromqlShape::stripOuter(u"(a"));
    QVERIFY(!PromqlShape::stripOuter(u"a)"));
    QVERIFY(!PromqlShape::stripOuter(u""));
    QVERIFY(!PromqlShape::stripOuter(u"a, b"));
}

QTEST_GUILESS_MAIN(TestPromqlShape)
#include "tst_promqlshape.moc"
