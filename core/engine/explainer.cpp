#include "explainer.h"

#include "offthread.h"
#include "prom/client.h"
#include "prom/responseparser.h"
#include "promqlshape.h"
#include "refreshplan.h"

#include <QMetaObject>
#include <algorithm>
#include <cmath>
#include <map>

namespace slaops::engine {

namespace {

constexpr double kTolerance = 1e-9;

// Equal to the last bits that matter: both are the same double computation on the same data, so
// anything beyond rounding noise means the data moved.
bool sameValue(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return a == b || std::abs(a - b) <= kTolerance * std::max(std::abs(a), std::abs(b));
}

QString exact(double v)
{
    return QString::number(v, 'g', 12);
}

// "P95", "P99.9": how SREs name a quantile.
QString quantileName(double q)
{
    return QStringLiteral("P") + QString::number(q * 100, 'g', 6);
}

// The labels of a bucket series that tell histograms apart: all but le (and the name, which
// histogram_quantile drops).
QString groupKey(const prom::Series &s)
{
    QString key;
    for (const auto &[k, v] : s.labels)
        if (k != QLatin1String("le") && k != QLatin1String("__name__"))
            key += k + QLatin1Char('=') + v + QLatin1Char('\x1f');
    return key;
}

} // namespace

Explainer::Explainer(prom::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // One explanation needs at most two answers at a time.
    m_pool.setMaxThreadCount(2);
}

Explainer::~Explainer()
{
    m_pool.waitForDone();
}

// --- Gathering ----------------------------------------------------------------------------------

void Explainer::explain(const Figure &figure)
{
    const quint64 generation = ++m_generation;
    m_current = Explanation{};
    m_current.figure = figure;
    m_current.evaluatedAt = figure.sampleTime.isValid() ? figure.sampleTime : QDateTime::currentDateTimeUtc();
    // Held by the setup itself, so that no answer can finish the explanation before every query is sent.
    m_pending = 1;

    if (figure.direct) {
        m_current.error = tr("This figure was computed from a direct scrape of the nodes while Prometheus "
                             "was down: there is no query behind it to evaluate again.");
    } else if (figure.query.trimmed().isEmpty()) {
        m_current.error = tr("This figure has no query.");
    } else if (!(m_asked = m_picker ? m_picker(figure.source) : m_client)) {
        m_current.error = tr("No Prometheus is configured to evaluate the query.");
    } else if (!figure.rule.isEmpty()) {
        explainRecorded(generation);
    } else {
        explainExpression(generation, figure.query);
    }
    if (--m_pending == 0)
        finish(generation);
}

void Explainer::explainExpression(quint64 generation, const QString &promql)
{
    m_current.expression = promql;
    if (const auto quantile = PromqlShape::splitHistogramQuantile(promql))
        explainQuantile(generation, *quantile);
    else if (const auto ratio = PromqlShape::splitRatio(promql))
        explainRatio(generation, *ratio);
    else
        explainPlain(generation);
}

// A figure read from a recorded series is explained by its rule's own expression, evaluated at the
// time the rule wrote the sample (not the refresh's: the rule runs on its own schedule), so that the
// parts are the very data the recorded number was computed from.
void Explainer::explainRecorded(quint64 generation)
{
    const QString selector = RefreshPlan::recordedSelectorOf(m_current.figure.query);
    query(generation, QStringLiteral("timestamp(") + selector + QLatin1Char(')'),
          [this, generation](const prom::QueryResult &answer) {
              const prom::QueryResult *r = read(answer, tr("the recorded series' time"));
              if (!r)
                  return;
              if (r->series.size() != 1 || r->series.front().samples.empty()) {
                  m_current.error =
                      tr("The recorded series is no longer there (its rule may have been unloaded).");
                  return;
              }
              const double t = r->series.front().samples.back().value;
              m_current.recordedAt = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t * 1000)), Qt::UTC);
              m_current.evaluatedAt = m_current.recordedAt;
              explainExpression(generation, m_current.figure.rule);
          });
}

void Explainer::query(quint64 generation, const QString &promql,
                      std::function<void(const prom::QueryResult &)> done)
{
    ++m_pending;
    m_asked->instantQuery(promql, m_current.evaluatedAt, this,
                          [this, generation, done = std::move(done)](prom::RawResponse raw) mutable {
                              if (generation != m_generation)
                                  return; // superseded by a newer explain()
                              m_current.explainLatencyMs =
                                  std::max(m_current.explainLatencyMs, raw.latencyMs);
                              parse(generation, std::move(raw), std::move(done));
                          });
}

void Explainer::parse(quint64 generation, prom::RawResponse raw,
                      std::function<void(const prom::QueryResult &)> done)
{
    // The destructor waits for the pool; the parse itself touches nothing of this object.
    runOffThread(
        m_pool, this,
        [raw = std::move(raw)]() {
            if (!raw.answered()) {
                prom::QueryResult failed;
                failed.error = raw.transportError;
                return failed;
            }
            return prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType);
        },
        [this, generation, done = std::move(done)](const prom::QueryResult &r) {
            if (generation != m_generation)
                return;
            done(r);
            if (--m_pending == 0)
                finish(generation);
        });
}

void Explainer::finish(quint64 generation)
{
    conclude();
    // Always queued: a caller connects after explain() returns and must still hear of an early failure.
    QMetaObject::invokeMethod(
        this,
        [this, generation]() {
            if (generation == m_generation)
                Q_EMIT ready(m_current);
        },
        Qt::QueuedConnection);
}

void Explainer::conclude()
{
    Explanation &e = m_current;
    if (e.kind == Explanation::Kind::Ratio && e.error.isEmpty()) {
        const double ratio = e.numerator / e.denominator;
        e.recomputed = e.complement ? e.constant - ratio : ratio;
        if (e.denominator == 0)
            e.warnings << tr("The denominator is 0 at that time: the ratio is undefined (nothing counted in "
                             "the window).");
    }
    if (!e.error.isEmpty() || !e.figure.hasValue())
        return;
    e.reproduced = sameValue(e.recomputed, e.figure.value);
    if (!e.reproduced)
        e.warnings << tr("Evaluated again at the figure's time, the data gives %1, not %2: the data moved "
                         "between the two evaluations (late samples), or the figure is from an older "
                         "refresh.")
                          .arg(exact(e.recomputed), exact(e.figure.value));
}

const prom::QueryResult *Explainer::read(const prom::QueryResult &r, const QString &what)
{
    const auto fail = [&](const QString &why) {
        if (m_current.error.isEmpty())
            m_current.error = tr("%1: %2").arg(what, why);
        return static_cast<const prom::QueryResult *>(nullptr);
    };
    for (const QString &w : r.warnings)
        if (!m_current.promWarnings.contains(w))
            m_current.promWarnings << w;
    if (!r.ok)
        return fail(r.error);
    if (r.type != prom::ResultType::Vector && r.type != prom::ResultType::Scalar)
        return fail(tr("the query must return an instant vector or a scalar"));
    return &r;
}

void Explainer::explainQuantile(quint64 generation, const PromqlShape::QuantileParts &parts)
{
    m_current.kind = Explanation::Kind::Quantile;
    m_current.quantile = parts.q;
    m_current.innerQuery = parts.inner;
    query(generation, parts.inner, [this, q = parts.q](const prom::QueryResult &answer) {
        const prom::QueryResult *r = read(answer, tr("the buckets"));
        if (!r)
            return;
        // As histogram_quantile: series without a readable le are ignored; the others are grouped by
        // their remaining labels, one histogram per group.
        std::map<QString, std::vector<ExplainedBucket>> groups;
        for (const prom::Series &s : r->series) {
            const QString le = s.label(u"le");
            double bound = 0;
            if (le.isEmpty() || s.samples.empty() ||
                !prom::ResponseParser::parseSampleValue(le.toLatin1().toStdString(), bound))
                continue;
            groups[groupKey(s)].push_back({le, bound, s.samples.front().value});
        }
        if (groups.empty()) {
            m_current.error = tr("The buckets: the inner expression returned no series with an le label at "
                                 "%1.")
                                  .arg(m_current.evaluatedAt.toString(Qt::ISODateWithMs));
            m_current.series = r->series;
            return;
        }
        if (groups.size() > 1) {
            m_current.error = tr("The buckets: the inner expression returned %n histogram(s) (series that "
                                 "differ in labels other than le); a figure comes from one.",
                                 nullptr, int(groups.size()));
            m_current.series = r->series;
            return;
        }
        std::vector<ExplainedBucket> buckets = std::move(groups.begin()->second);
        // Sorted and merged as sla::explainHistogramQuantile does, so that its bucket index is ours.
        std::stable_sort(
            buckets.begin(), buckets.end(),
            [](const ExplainedBucket &a, const ExplainedBucket &b) { return a.upperBound < b.upperBound; });
        std::vector<ExplainedBucket> merged;
        for (const ExplainedBucket &b : buckets) {
            if (!merged.empty() && merged.back().upperBound == b.upperBound)
                merged.back().cumulative += b.cumulative;
            else
                merged.push_back(b);
        }
        std::vector<sla::Bucket> input;
        input.reserve(merged.size());
        for (const ExplainedBucket &b : merged)
            input.push_back({b.upperBound, b.cumulative});
        m_current.buckets = std::move(merged);
        m_current.steps = sla::explainHistogramQuantile(q, std::move(input));
        m_current.recomputed = m_current.steps.value;

        const Figure &f = m_current.figure;
        const sla::QuantileSteps &st = m_current.steps;
        if (st.inInfBucket)
            m_current.warnings << tr("The %1 fell in the +Inf bucket: the real value is above the highest "
                                     "bound %2, which is all the figure can show.")
                                      .arg(quantileName(q), exact(st.bucketStart));
        // Inside a bucket the interpolation assumes evenly spread observations; the true quantile
        // can be anywhere in (start, end]. Only a target strictly inside that range makes the
        // verdict uncertain: outside it, the side is known whatever the spread.
        else if (st.bucketIndex >= 0 && std::isfinite(f.target) && st.bucketStart < f.target &&
                 f.target < st.bucketEnd)
            m_current.warnings << tr("The bucket (%1, %2] is wider than the margin to the SLA target %3: "
                                     "the true %4 may lie on either side of the target.")
                                      .arg(exact(st.bucketStart), exact(st.bucketEnd), exact(f.target),
                                           quantileName(q));
    });
}

void Explainer::explainRatio(quint64 generation, const PromqlShape::RatioParts &parts)
{
    m_current.kind = Explanation::Kind::Ratio;
    m_current.numeratorQuery = parts.numerator;
    m_current.denominatorQuery = parts.denominator;
    m_current.complement = parts.complement;
    m_current.constant = parts.constant;
    // Each side must come down to one number to be shown as the rate behind the ratio.
    const auto side = [this](const prom::QueryResult &answer, const QString &what, double &out) {
        const prom::QueryResult *r = read(answer, what);
        if (!r)
            return;
        if (r->series.empty()) {
            out = NAN;
            m_current.warnings << tr("The %1 returned no series: nothing matched at that time.").arg(what);
            return;
        }
        if (r->series.size() > 1 || r->series.front().samples.empty()) {
            m_current.error = tr("The %1 returned %n series; only one can be shown as a number.", nullptr,
                                 int(r->series.size()))
                                  .arg(what);
            m_current.series.insert(m_current.series.end(), r->series.begin(), r->series.end());
            return;
        }
        out = r->series.front().samples.front().value;
    };
    query(generation, parts.numerator, [this, side](const prom::QueryResult &answer) {
        side(answer, tr("numerator"), m_current.numerator);
    });
    query(generation, parts.denominator, [this, side](const prom::QueryResult &answer) {
        side(answer, tr("denominator"), m_current.denominator);
    });
}

void Explainer::explainPlain(quint64 generation)
{
    m_current.kind = Explanation::Kind::Plain;
    query(generation, m_current.expression, [this](const prom::QueryResult &answer) {
        const prom::QueryResult *r = read(answer, tr("the query"));
        if (!r)
            return;
        m_current.series = r->series;
        if (r->series.size() == 1 && !r->series.front().samples.empty())
            m_current.recomputed = r->series.front().samples.front().value;
    });
}

} // namespace slaops::engine
