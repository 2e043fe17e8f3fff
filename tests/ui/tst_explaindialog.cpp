// The "explain this number" dialog rendered offscreen from hand-built explanations: a quantile whose
// bucket straddles the target, a ratio, and a P95 in the +Inf bucket. Asserts on the words, the chosen
// bucket and a grab that is not blank; the PNGs are saved (SLAOPS_UI_SHOTS or the temp dir) to look at.
#include "engine/figureformat.h"
#include "explaindialog.h"
#include "pixels.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace slaops;
using slaops::test::distinctColours;

namespace {

const QDateTime kTime = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

engine::Figure p95Figure(double value, sla::State state)
{
    engine::Figure f;
    f.id = QStringLiteral("response_time_p95");
    f.name = QStringLiteral("P95 response time");
    f.unit = config::Unit::Milliseconds;
    f.comparison = sla::Comparison::AtMost;
    f.target = 100;
    f.alert = 150;
    f.value = value;
    f.state = state;
    f.sampleTime = kTime;
    f.confirmedAt = kTime;
    f.source = QStringLiteral("http://127.0.0.1:9090");
    f.query = QStringLiteral("histogram_quantile(0.95, sum by (le) "
                             "(rate(erlmcp_response_time_ms_bucket{region=\"eu-west-1\"}[5m])))");
    f.region = QStringLiteral("eu-west-1");
    f.queryLatencyMs = 12;
    return f;
}

engine::Explanation quantile(std::vector<engine::ExplainedBucket> buckets, double value, sla::State state,
                             QStringList warnings = {})
{
    engine::Explanation e;
    e.kind = engine::Explanation::Kind::Quantile;
    e.quantile = 0.95;
    e.innerQuery =
        QStringLiteral("sum by (le) (rate(erlmcp_response_time_ms_bucket{region=\"eu-west-1\"}[5m]))");
    e.evaluatedAt = kTime;
    e.explainLatencyMs = 9;
    std::vector<sla::Bucket> input;
    for (const auto &b : buckets)
        input.push_back({b.upperBound, b.cumulative});
    e.buckets = std::move(buckets);
    e.steps = sla::explainHistogramQuantile(0.95, input);
    e.recomputed = e.steps.value;
    e.figure = p95Figure(value, state);
    e.reproduced = e.steps.value == value;
    e.warnings = std::move(warnings);
    return e;
}

engine::ExplainedBucket b(double le, double count)
{
    return {std::isinf(le) ? QStringLiteral("+Inf") : QString::number(le), le, count};
}

QString shotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("SLAOPS_UI_SHOTS");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

// Not blank: more than a handful of distinct colours over the grab.
QImage render(ui::ExplainDialog &d, const QString &name)
{
    d.show();
    if (!QTest::qWaitForWindowExposed(&d))
        return {};
    const QImage img = d.grab().toImage();
    img.save(shotPath(name));
    return img;
}

} // namespace

class TestExplainDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quantileStraddlingTheTarget();
    void ratio();
    void plusInfBucket();
    void errorAndPlainSeries();
    void recordedSeries();
};

void TestExplainDialog::initTestCase()
{
    // Grouped digits as in the brief's examples, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExplainDialog::quantileStraddlingTheTarget()
{
    // 12,345 observations; the rank 11,727.75 falls in (90, 120], which also holds the 100 ms target.
    const std::vector<engine::ExplainedBucket> buckets{b(10, 2000),   b(25, 6000),       b(50, 9000),
                                                       b(90, 11000),  b(120, 12234),     b(250, 12340),
                                                       b(500, 12345), b(INFINITY, 12345)};
    const double value = sla::histogramQuantile(0.95, {{10, 2000},
                                                       {25, 6000},
                                                       {50, 9000},
                                                       {90, 11000},
                                                       {120, 12234},
                                                       {250, 12340},
                                                       {500, 12345},
                                                       {INFINITY, 12345}});
    engine::Explanation e = quantile(
        buckets, value, sla::State::Warning,
        {QStringLiteral("The bucket (90, 120] is wider than the margin to the SLA target 100: the true "
                        "P95 may lie on either side of the target.")});
    ui::ExplainDialog d(e);
    QVERIFY(d.windowTitle().contains(QStringLiteral("P95 response time")));
    QVERIFY2(d.figureText().contains(engine::FigureFormat::value(e.figure)), qPrintable(d.figureText()));
    QVERIFY(d.figureText().contains(QStringLiteral("SLA ≤ 100 ms")));
    QCOMPARE(d.queryText(), e.figure.query);
    QVERIFY(d.sourceText().contains(QStringLiteral("http://127.0.0.1:9090")));
    QVERIFY(d.sourceText().contains(QStringLiteral("12 ms")));
    QVERIFY(d.warningsText().contains(QStringLiteral("(90, 120]")));

    const QString steps = d.stepsText();
    QVERIFY2(steps.contains(QStringLiteral("rank = 0.95 × 12,345 = 11,727.75")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("bucket (90, 120] holding 1,234 observations; 11,000 lie below")),
             qPrintable(steps));
    QVERIFY2(
        steps.contains(QStringLiteral("P95 = 90 + (120 − 90) × (11,727.75 − 11,000) / 1,234 = 107.6925 ms")),
        qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("This reproduces the figure")), qPrintable(steps));

    QTableWidget *t = d.bucketTable();
    QCOMPARE(t->rowCount(), 8);
    QCOMPARE(d.chosenBucketRow(), 4);
    QCOMPARE(t->item(4, 0)->text(), QStringLiteral("120"));
    QCOMPARE(t->item(4, 1)->text(), QStringLiteral("12,234"));
    QCOMPARE(t->item(4, 2)->text(), QStringLiteral("1,234"));
    QVERIFY(t->item(4, 3)->text().contains(QStringLiteral("rank")));
    QVERIFY(t->item(4, 0)->font().bold());
    QVERIFY(!t->item(3, 0)->font().bold());
    QCOMPARE(t->item(7, 0)->text(), QStringLiteral("+Inf"));
    QVERIFY(!t->accessibleName().isEmpty());

    // The copy button puts the query on the clipboard.
    d.copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), e.figure.query);

    const QImage img = render(d, QStringLiteral("explain_quantile"));
    QVERIFY(!img.isNull());
    QVERIFY(distinctColours(img, 3) > 20);
}

void TestExplainDialog::ratio()
{
    engine::Explanation e;
    e.kind = engine::Explanation::Kind::Ratio;
    e.figure.id = QStringLiteral("error_rate");
    e.figure.name = QStringLiteral("Error rate");
    e.figure.unit = config::Unit::Percent;
    e.figure.comparison = sla::Comparison::AtMost;
    e.figure.target = 0.0001;
    e.figure.alert = 0.001;
    e.figure.state = sla::State::Ok;
    e.figure.sampleTime = kTime;
    e.figure.source = QStringLiteral("http://127.0.0.1:9090");
    e.figure.queryLatencyMs = 7;
    e.figure.query =
        QStringLiteral("sum(rate(erlmcp_errors_total{}[5m])) / sum(rate(erlmcp_requests_total{}[5m]))");
    e.numeratorQuery = QStringLiteral("sum(rate(erlmcp_errors_total{}[5m]))");
    e.denominatorQuery = QStringLiteral("sum(rate(erlmcp_requests_total{}[5m]))");
    e.numerator = 1.25;
    e.denominator = 29874;
    e.figure.value = e.numerator / e.denominator;
    e.recomputed = e.figure.value;
    e.reproduced = true;

    ui::ExplainDialog d(e);
    QVERIFY(d.warningsText().isEmpty());
    QVERIFY(d.bucketTable()->isHidden());
    const QString steps = d.stepsText();
    QVERIFY2(steps.contains(QStringLiteral("Numerator: sum(rate(erlmcp_errors_total{}[5m]))")),
             qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("= 29,874")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("1.25 / 29,874 = 0.0000418424")), qPrintable(steps));
    QVERIFY2(steps.contains(engine::FigureFormat::value(e.figure)), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("This reproduces the figure")), qPrintable(steps));

    const QImage img = render(d, QStringLiteral("explain_ratio"));
    QVERIFY(!img.isNull());
    QVERIFY(distinctColours(img, 3) > 20);
}

void TestExplainDialog::plusInfBucket()
{
    // 5 % of 1,000 observations took longer than the highest bound: the P95 is only known to be > 500.
    const std::vector<engine::ExplainedBucket> buckets{b(50, 600), b(100, 800), b(500, 900),
                                                       b(INFINITY, 1000)};
    engine::Explanation e =
        quantile(buckets, 500, sla::State::Breach,
                 {QStringLiteral(
                     "The P95 fell in the +Inf bucket: the real value is above the highest bound 500, which "
                     "is all the figure can show.")});
    ui::ExplainDialog d(e);
    QVERIFY(d.warningsText().contains(QStringLiteral("+Inf bucket")));
    QVERIFY(d.warningsText().contains(QStringLiteral("above the highest bound 500")));
    QCOMPARE(d.chosenBucketRow(), 3);
    QVERIFY(d.bucketTable()->item(3, 0)->font().bold());
    const QString steps = d.stepsText();
    QVERIFY2(steps.contains(QStringLiteral("rank = 0.95 × 1,000 = 950")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("+Inf bucket (500, +Inf] holding 100 observations")),
             qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("a lower limit only")), qPrintable(steps));

    const QImage img = render(d, QStringLiteral("explain_inf"));
    QVERIFY(!img.isNull());
    QVERIFY(distinctColours(img, 3) > 20);
    // The warning is painted prominently: a good share of the amber frame colour in the grab.
    const QRgb amber = qRgb(0xff, 0xf3, 0xcd);
    int hits = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            hits += img.pixel(x, y) == amber;
    QVERIFY2(hits > 2000, qPrintable(QString::number(hits)));
}

void TestExplainDialog::errorAndPlainSeries()
{
    engine::Explanation e;
    e.kind = engine::Explanation::Kind::Plain;
    e.figure.name = QStringLiteral("Throughput");
    e.figure.unit = config::Unit::RequestsPerSecond;
    e.figure.state = sla::State::Error;
    e.figure.query = QStringLiteral("sum by (region) (rate(erlmcp_requests_total[1m]))");
    e.error = QStringLiteral("the query: Connection refused");
    prom::Series s;
    s.labels = {{QStringLiteral("region"), QStringLiteral("eu-west-1")}};
    s.samples = {{0, 9876.5}};
    e.series = {s};
    ui::ExplainDialog d(e);
    QVERIFY(d.warningsText().contains(QStringLiteral("Connection refused")));
    QCOMPARE(d.seriesTable()->rowCount(), 1);
    QCOMPARE(d.seriesTable()->item(0, 0)->text(), QStringLiteral("{region=\"eu-west-1\"}"));
    QCOMPARE(d.seriesTable()->item(0, 1)->text(), QStringLiteral("9,876.5"));
    const QImage img = render(d, QStringLiteral("explain_plain"));
    QVERIFY(distinctColours(img, 3) > 20);
}

// A figure read from a recorded series names its rule, shows the rule's expression and when the rule
// wrote the value; the parts are those of the rule's expression. A raw figure shows no rule.
void TestExplainDialog::recordedSeries()
{
    engine::Explanation e;
    e.kind = engine::Explanation::Kind::Ratio;
    e.figure.id = QStringLiteral("error_rate");
    e.figure.name = QStringLiteral("Error rate");
    e.figure.unit = config::Unit::Percent;
    e.figure.comparison = sla::Comparison::AtMost;
    e.figure.target = 0.0001;
    e.figure.alert = 0.001;
    e.figure.state = sla::State::Ok;
    e.figure.sampleTime = kTime;
    e.figure.source = QStringLiteral("http://127.0.0.1:9090");
    e.figure.query = QStringLiteral(
        "slaops:sla:value{slaops_profile=\"erlmcp-v3\",slaops_sla=\"error_rate\",slaops_region=\"\"} and "
        "(time() - timestamp(slaops:sla:value{slaops_profile=\"erlmcp-v3\",slaops_sla=\"error_rate\","
        "slaops_region=\"\"}) < 90)");
    e.figure.rule = QStringLiteral("slaops:sla_numerator:rate5m{slaops_sla=\"error_rate\"} / "
                                   "slaops:sla_denominator:rate5m{slaops_sla=\"error_rate\"}");
    e.recordedAt = kTime.addSecs(-17);
    e.evaluatedAt = e.recordedAt;
    e.expression = e.figure.rule;
    e.numeratorQuery = QStringLiteral("slaops:sla_numerator:rate5m{slaops_sla=\"error_rate\"}");
    e.denominatorQuery = QStringLiteral("slaops:sla_denominator:rate5m{slaops_sla=\"error_rate\"}");
    e.numerator = 2.5;
    e.denominator = 30000;
    e.figure.value = e.numerator / e.denominator;
    e.recomputed = e.figure.value;
    e.reproduced = true;

    ui::ExplainDialog d(e);
    QCOMPARE(d.ruleText(), e.figure.rule);
    QCOMPARE(d.queryText(), e.figure.query);
    const QImage img = render(d, QStringLiteral("explain_recorded"));
    QVERIFY(!img.isNull());
    const auto labels = d.findChildren<QLabel *>();
    const bool noted = std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->isVisible() && l->text().contains(QLatin1String("recorded series")) &&
               l->text().contains(QLatin1String("2026-11-27 02:59:43"));
    });
    QVERIFY(noted);
    QVERIFY2(d.stepsText().contains(QStringLiteral("Numerator: slaops:sla_numerator:rate5m")),
             qPrintable(d.stepsText()));

    engine::Explanation raw = e;
    raw.figure.rule.clear();
    raw.recordedAt = {};
    ui::ExplainDialog plain(raw);
    QVERIFY(plain.ruleText().isEmpty());
}

QTEST_MAIN(TestExplainDialog)
#include "tst_explaindialog.moc"
