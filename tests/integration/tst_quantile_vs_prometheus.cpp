// Differential test: sla::histogramQuantile against the histogram_quantile() of a real Prometheus
// (the one scripts/stack runs, ctest fixture live_stack). Each histogram is built inline in PromQL from
// vector() and label_replace(), so no stored data is involved and any bucket set can be expressed:
// hand-picked edge cases and a few hundred random ones from a fixed seed. Results must agree to 1e-9
// relative, and NaN / +Inf / -Inf must agree in kind.
#include "sla/histogramquantile.h"
#include "stackenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

using slaops::sla::Bucket;

using slaops::testing::readEnv;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTolerance = 1e-9;
// Expressions per query: one query stays a few tens of kilobytes, well inside a POST body.
constexpr int kBatch = 40;

struct PromBucket {
    QString le; // spelled as Prometheus sees it ("0.1", "1.0e-01", "+Inf")
    double upperBound;
    double count;
};

struct Case {
    QString name;
    double q;
    std::vector<PromBucket> buckets;
};

// A PromQL number literal that parses back to exactly v.
QString literal(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', 17);
}

QString le(double v)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', 17);
}

PromBucket b(double upperBound, double count)
{
    return {le(upperBound), upperBound, count};
}

QString expression(const Case &c, int id)
{
    QStringList terms;
    for (const PromBucket &pb : c.buckets)
        terms << QStringLiteral(
                     R"(label_replace(label_replace(vector(%1),"le","%2","",""),"case","%3","",""))")
                     .arg(literal(pb.count), pb.le)
                     .arg(id);
    return QStringLiteral("histogram_quantile(%1, %2)").arg(literal(c.q), terms.join(QStringLiteral(" or ")));
}

double parsePromValue(const QString &s)
{
    if (s == QLatin1String("NaN"))
        return kNaN;
    if (s == QLatin1String("+Inf"))
        return kInf;
    if (s == QLatin1String("-Inf"))
        return -kInf;
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? v : kNaN;
}

// 0 when equal (including NaN with NaN and infinities of one sign), +Inf when of a different kind.
double difference(double ours, double theirs)
{
    if (std::isnan(ours) || std::isnan(theirs))
        return std::isnan(ours) && std::isnan(theirs) ? 0 : kInf;
    if (std::isinf(ours) || std::isinf(theirs))
        return ours == theirs ? 0 : kInf;
    if (ours == theirs)
        return 0;
    return std::abs(ours - theirs) / std::max(std::abs(ours), std::abs(theirs));
}

std::vector<Case> edgeCases()
{
    const std::vector<PromBucket> simple{b(0.1, 5), b(0.5, 12), b(kInf, 12)};
    const std::vector<PromBucket> latency{b(0.05, 100), b(0.1, 200), b(0.25, 300),
                                          b(0.5, 380),  b(1, 395),   b(kInf, 400)};
    std::vector<Case> cases{
        {QStringLiteral("worked P95"), 0.95, simple},
        {QStringLiteral("latency P50"), 0.5, latency},
        {QStringLiteral("latency P90"), 0.9, latency},
        {QStringLiteral("latency P95"), 0.95, latency},
        {QStringLiteral("rank in +Inf bucket"), 0.99, latency},
        {QStringLiteral("q = 1 into +Inf"), 1, {b(0.1, 5), b(0.5, 12), b(kInf, 13)}},
        {QStringLiteral("+Inf missing"), 0.5, {b(0.1, 5), b(0.5, 12)}},
        {QStringLiteral("only +Inf"), 0.5, {b(kInf, 10)}},
        {QStringLiteral("two spellings of +Inf merge"),
         0.5,
         {{QStringLiteral("+Inf"), kInf, 4}, {QStringLiteral("Inf"), kInf, 6}}},
        {QStringLiteral("two spellings of +Inf plus a bucket"),
         0.5,
         {b(1, 3), {QStringLiteral("+Inf"), kInf, 4}, {QStringLiteral("inf"), kInf, 6}}},
        {QStringLiteral("no observations"), 0.5, {b(0.1, 0), b(0.5, 0), b(kInf, 0)}},
        {QStringLiteral("non-monotonic, first bucket"), 0.5, {b(0.1, 10), b(0.5, 8), b(1, 12), b(kInf, 12)}},
        {QStringLiteral("non-monotonic, later bucket"), 0.9, {b(0.1, 10), b(0.5, 8), b(1, 12), b(kInf, 12)}},
        {QStringLiteral("non-monotonic +Inf"), 0.5, {b(0.1, 4), b(0.5, 10), b(kInf, 6)}},
        {QStringLiteral("duplicate bound, two spellings"),
         0.25,
         {{QStringLiteral("0.1"), 0.1, 3}, {QStringLiteral("0.10"), 0.1, 2}, b(0.5, 10), b(kInf, 10)}},
        {QStringLiteral("duplicate bound 1 and 1.0"),
         0.6,
         {{QStringLiteral("1"), 1, 3}, {QStringLiteral("1.0"), 1, 4}, b(2, 10), b(kInf, 10)}},
        {QStringLiteral("q < 0"), -0.5, simple},
        {QStringLiteral("q > 1"), 1.5, simple},
        {QStringLiteral("q NaN"), kNaN, simple},
        {QStringLiteral("q -Inf"), -kInf, simple},
        {QStringLiteral("q +Inf"), kInf, simple},
        {QStringLiteral("q < 0 without +Inf"), -0.1, {b(1, 1)}},
        {QStringLiteral("q = 0"), 0, simple},
        {QStringLiteral("q = 0, empty first bucket"), 0, {b(0.1, 0), b(0.5, 4), b(kInf, 4)}},
        {QStringLiteral("q = 1"), 1, simple},
        {QStringLiteral("q = 1, empty buckets above"), 1, {b(0.1, 5), b(0.5, 12), b(1, 12), b(kInf, 12)}},
        {QStringLiteral("negative first bound"), 0.1, {b(-1, 2), b(0, 5), b(1, 10), b(kInf, 10)}},
        {QStringLiteral("negative first bound, next bucket"),
         0.4,
         {b(-1, 2), b(0, 5), b(1, 10), b(kInf, 10)}},
        {QStringLiteral("first bound 0"), 0.2, {b(0, 3), b(1, 10), b(kInf, 10)}},
        {QStringLiteral("-Inf lowest bucket"), 0.1, {b(-kInf, 2), b(1, 10), b(kInf, 10)}},
        {QStringLiteral("single bucket with +Inf"), 0.5, {b(2, 10), b(kInf, 10)}},
        {QStringLiteral("single bucket with +Inf, rank above"), 0.5, {b(2, 4), b(kInf, 10)}},
        {QStringLiteral("big counts"), 0.5, {b(0.1, 1e15), b(0.2, 3e15), b(kInf, 4e15)}},
        {QStringLiteral("huge counts"), 0.5, {b(0.1, 1e300), b(0.2, 3e300), b(kInf, 4e300)}},
        {QStringLiteral("tiny rates"), 0.95, {b(0.1, 1e-300), b(0.5, 3e-300), b(kInf, 3e-300)}},
        {QStringLiteral("NaN count in a bucket"), 0.5, {b(0.1, kNaN), b(0.5, 10), b(kInf, 10)}},
        {QStringLiteral("NaN observations"), 0.5, {b(0.1, 5), b(0.5, 10), b(kInf, kNaN)}},
        {QStringLiteral("+Inf count"), 0.5, {b(0.1, 5), b(0.5, kInf), b(kInf, kInf)}},
        {QStringLiteral("negative counts"), 0.5, {b(0.1, -5), b(0.5, -2), b(kInf, -1)}},
        {QStringLiteral("rank exactly on an edge"), 0.5, {b(1, 5), b(2, 10), b(kInf, 10)}},
        {QStringLiteral("unsorted input"), 0.95, {b(kInf, 12), b(0.5, 12), b(0.1, 5)}},
    };
    // The seed document's nearest-rank example: 20 values 1..20, one bucket each.
    Case twenty{QStringLiteral("values 1..20, P95"), 0.95, {}};
    for (int i = 1; i <= 20; ++i)
        twenty.buckets.push_back(b(i, i));
    twenty.buckets.push_back(b(kInf, 20));
    cases.push_back(twenty);
    return cases;
}

std::vector<Case> randomCases(int n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    const auto chance = [&](double p) { return uniform(0, 1) < p; };
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const double specialQ[] = {0, 1, 0.5, 0.9, 0.95, 0.99, 0.999, -0.1, 1.1, kNaN};
    const QString infSpellings[] = {QStringLiteral("+Inf"), QStringLiteral("Inf"), QStringLiteral("inf"),
                                    QStringLiteral("+inf")};

    std::vector<Case> cases;
    for (int i = 0; i < n; ++i) {
        Case c;
        c.name = QStringLiteral("random #%1").arg(i);
        c.q = chance(0.2) ? specialQ[pick(0, std::size(specialQ) - 1)] : uniform(0, 1);

        const int finite = pick(0, 10);
        double bound = chance(0.15) ? -uniform(0, 5) : (chance(0.5) ? 0.005 : uniform(0, 1));
        const bool exponential = chance(0.4);
        const bool rates = chance(0.5);
        const bool empty = chance(0.05);
        double count = 0;
        for (int k = 0; k < finite; ++k) {
            count += empty ? 0 : (rates ? uniform(0, 5) : double(pick(0, 100)));
            c.buckets.push_back(b(bound, count));
            bound = exponential && bound > 0 ? bound * 2 : bound + uniform(0.001, 3);
        }
        if (!c.buckets.empty() && chance(0.15)) // a partial scrape: one bucket lags behind
            c.buckets[std::size_t(pick(0, int(c.buckets.size()) - 1))].count *= uniform(0, 1);
        if (!c.buckets.empty() && chance(0.1)) { // the same bound spelled differently ("0.5" and "5e-01")
            const PromBucket &d = c.buckets[std::size_t(pick(0, int(c.buckets.size()) - 1))];
            c.buckets.push_back({QString::number(d.upperBound, 'e', 20), d.upperBound, double(pick(0, 20))});
        }
        if (chance(0.9)) {
            const double total = count + (empty ? 0 : (chance(0.5) ? 0 : double(pick(0, 30))));
            c.buckets.push_back({infSpellings[pick(0, 3)], kInf, total});
        }
        std::shuffle(c.buckets.begin(), c.buckets.end(), rng);
        if (c.buckets.empty())
            c.buckets.push_back(b(kInf, 1));
        cases.push_back(std::move(c));
    }
    return cases;
}

} // namespace

class TestQuantileVsPrometheus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void edgeCasesMatch();
    void randomCasesMatch();
    void cleanupTestCase();

private:
    QJsonArray query(const QString &expr);
    void compare(const std::vector<Case> &cases);

    QNetworkAccessManager m_nam;
    QUrl m_prometheus;
    int m_compared = 0;
    int m_finite = 0; // how many answers were ordinary numbers: the comparison must not be all NaN
    int m_special = 0;
    double m_maxDifference = 0;
};

void TestQuantileVsPrometheus::initTestCase()
{
    const QString dir = qEnvironmentVariable("SLAOPS_STACK_DIR");
    QVERIFY2(!dir.isEmpty(), "SLAOPS_STACK_DIR is not set (run under ctest, fixture live_stack)");
    const QString url = readEnv(dir).value(QStringLiteral("PROMETHEUS_URL"));
    QVERIFY2(!url.isEmpty(), qPrintable(QStringLiteral("no PROMETHEUS_URL in %1/env").arg(dir)));
    m_prometheus = QUrl(url);
    // The inline form itself must work before its answers mean anything.
    const QJsonArray r =
        query(expression({QStringLiteral("probe"), 0.95, {b(0.1, 5), b(0.5, 12), b(kInf, 12)}}, 0));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0)[QStringLiteral("metric")][QStringLiteral("case")].toString(), QStringLiteral("0"));
}

QJsonArray TestQuantileVsPrometheus::query(const QString &expr)
{
    QUrl url = m_prometheus;
    url.setPath(url.path() + QStringLiteral("/api/v1/query"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Percent-encode everything: a literal '+' in "+Inf" would read as a space in a form body.
    std::unique_ptr<QNetworkReply> reply(m_nam.post(req, "query=" + QUrl::toPercentEncoding(expr)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000)) {
        qWarning("query timed out");
        return {};
    }
    const QByteArray body = reply->readAll();
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    if (reply->error() != QNetworkReply::NoError ||
        doc[QStringLiteral("status")].toString() != QLatin1String("success")) {
        qWarning("query failed: %s: %s", qPrintable(reply->errorString()), body.left(2000).constData());
        return {};
    }
    return doc[QStringLiteral("data")][QStringLiteral("result")].toArray();
}

void TestQuantileVsPrometheus::compare(const std::vector<Case> &cases)
{
    QStringList mismatches;
    for (std::size_t start = 0; start < cases.size(); start += kBatch) {
        const std::size_t end = std::min(cases.size(), start + kBatch);
        QStringList exprs;
        for (std::size_t i = start; i < end; ++i)
            exprs << expression(cases[i], int(i));
        const QJsonArray result = query(exprs.join(QStringLiteral(" or ")));
        QHash<int, double> theirs;
        for (const QJsonValue &s : result)
            theirs.insert(s[QStringLiteral("metric")][QStringLiteral("case")].toString().toInt(),
                          parsePromValue(s[QStringLiteral("value")].toArray().at(1).toString()));
        QCOMPARE(theirs.size(), int(end - start));

        for (std::size_t i = start; i < end; ++i) {
            const Case &c = cases[i];
            std::vector<Bucket> buckets;
            for (const PromBucket &pb : c.buckets)
                buckets.push_back({pb.upperBound, pb.count});
            const double ours = slaops::sla::histogramQuantile(c.q, buckets);
            const double prom = theirs.value(int(i), kNaN);
            const double diff = difference(ours, prom);
            ++m_compared;
            ++(std::isfinite(prom) ? m_finite : m_special);
            if (diff <= kTolerance) {
                m_maxDifference = std::max(m_maxDifference, diff);
                continue;
            }
            mismatches << QStringLiteral("%1: ours %2, Prometheus %3\n    %4")
                              .arg(c.name, QString::number(ours, 'g', 17), QString::number(prom, 'g', 17),
                                   expression(c, int(i)));
        }
    }
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 differ:\n").arg(mismatches.size()).arg(cases.size()) +
                        mismatches.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestQuantileVsPrometheus::edgeCasesMatch()
{
    compare(edgeCases());
}

void TestQuantileVsPrometheus::randomCasesMatch()
{
    const int finiteBefore = m_finite;
    compare(randomCases(400, 20260527));
    QVERIFY2(m_finite - finiteBefore > 250, "the random histograms should mostly have finite quantiles");
}

void TestQuantileVsPrometheus::cleanupTestCase()
{
    qInfo("%d cases compared with Prometheus (%d finite, %d NaN or infinite), largest relative difference %g",
          m_compared, m_finite, m_special, m_maxDifference);
}

QTEST_GUILESS_MAIN(TestQuantileVsPrometheus)
#include "tst_quantile_vs_prometheus.moc"
