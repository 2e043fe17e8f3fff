#include "explainer.h"

#include "prom/client.h"
#include "prom/responseparser.h"

#include <QMetaObject>
#include <algorithm>
#include <cmath>
#include <map>

namespace slaops::engine {

namespace {

constexpr double kTolerance = 1e-9;

bool isOpener(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{';
}

bool isCloser(QChar c)
{
    return c == u')' || c == u']' || c == u'}';
}

QChar closerOf(QChar c)
{
    return c == u'(' ? u')' : c == u'[' ? u']' : u'}';
}

bool isWordStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
}

bool isWordChar(QChar c)
{
    return isWordStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// If s[i] opens a string or a comment, the index just after it; i when it does not; -1 when it is
// unterminated. Strings matter because label values may hold any character: {x="a(b)"} or "a/b".
qsizetype skipQuotedOrComment(QStringView s, qsizetype i)
{
    const QChar c = s[i];
    if (c == u'#') {
        const qsizetype nl = s.indexOf(u'\n', i);
        return nl < 0 ? s.size() : nl + 1;
    }
    if (c != u'"' && c != u'\'' && c != u'`')
        return i;
    // Backquoted strings are raw; the other two know backslash escapes.
    for (qsizetype j = i + 1; j < s.size(); ++j) {
        if (s[j] == u'\\' && c != u'`')
            ++j;
        else if (s[j] == c)
            return j + 1;
    }
    return -1;
}

// The index of the bracket closing the one at `open`, or -1.
qsizetype matchingClose(QStringView s, qsizetype open)
{
    std::vector<QChar> stack;
    for (qsizetype i = open; i < s.size();) {
        const qsizetype j = skipQuotedOrComment(s, i);
        if (j < 0)
            return -1;
        if (j != i) {
            i = j;
            continue;
        }
        const QChar c = s[i];
        if (isOpener(c)) {
            stack.push_back(closerOf(c));
        } else if (isCloser(c)) {
            if (stack.empty() || stack.back() != c)
                return -1;
            stack.pop_back();
            if (stack.empty())
                return i;
        }
        ++i;
    }
    return -1;
}

// The text between commas at depth 0 (the arguments of a call, without its parentheses).
std::optional<std::vector<QStringView>> splitArguments(QStringView s)
{
    std::vector<QStringView> args;
    qsizetype start = 0;
    int depth = 0;
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype j = skipQuotedOrComment(s, i);
        if (j < 0)
            return std::nullopt;
        if (j != i) {
            i = j;
            continue;
        }
        const QChar c = s[i];
        if (isOpener(c))
            ++depth;
        else if (isCloser(c))
            --depth;
        else if (c == u',' && depth == 0) {
            args.push_back(s.mid(start, i - start).trimmed());
            start = i + 1;
        }
        if (depth < 0)
            return std::nullopt;
        ++i;
    }
    args.push_back(s.mid(start).trimmed());
    return args;
}

std::optional<double> numberLiteral(QStringView s)
{
    const QByteArray text = s.trimmed().toLatin1();
    double v = 0;
    if (text.isEmpty() || !prom::ResponseParser::parseSampleValue(text.toStdString(), v))
        return std::nullopt;
    return v;
}

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
}

// --- PromQL structure ---------------------------------------------------------------------------

std::optional<QString> Explainer::stripOuter(QStringView promql)
{
    // Comments out first: a '#' in a comment could otherwise hide a closing parenthesis.
    QString text;
    text.reserve(promql.size());
    for (qsizetype i = 0; i < promql.size();) {
        const qsizetype j = skipQuotedOrComment(promql, i);
        if (j < 0)
            return std::nullopt;
        if (j == i) {
            text += promql[i++];
        } else {
            if (promql[i] == u'#')
                text += QLatin1Char(' ');
            else
                text += promql.mid(i, j - i);
            i = j;
        }
    }
    QStringView s = QStringView(text).trimmed();
    if (s.isEmpty() || !topLevelOperators(s))
        return std::nullopt;
    while (s.startsWith(u'(') && matchingClose(s, 0) == s.size() - 1)
        s = s.mid(1, s.size() - 2).trimmed();
    return s.toString();
}

std::optional<std::vector<Explainer::Operator>> Explainer::topLevelOperators(QStringView s)
{
    static const QStringList wordOperators{QStringLiteral("and"), QStringLiteral("or"),
                                           QStringLiteral("unless"), QStringLiteral("atan2")};
    std::vector<Operator> ops;
    std::vector<QChar> stack;
    // Whether the last thing at depth 0 ends an operand: a following + or - is then binary.
    bool operand = false;
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype j = skipQuotedOrComment(s, i);
        if (j < 0)
            return std::nullopt;
        if (j != i) {
            if (s[i] != u'#' && stack.empty())
                operand = true;
            i = j;
            continue;
        }
        const QChar c = s[i];
        if (isOpener(c)) {
            stack.push_back(closerOf(c));
            ++i;
            continue;
        }
        if (isCloser(c)) {
            if (stack.empty() || stack.back() != c)
                return std::nullopt;
            stack.pop_back();
            if (stack.empty())
                operand = true;
            ++i;
            continue;
        }
        if (!stack.empty() || c.isSpace()) {
            ++i;
            continue;
        }
        if (isDigit(c) || (c == u'.' && i + 1 < s.size() && isDigit(s[i + 1]))) {
            // A number or a duration; the sign of an exponent (1e-3) belongs to it.
            qsizetype k = i;
            const bool hex = c == u'0' && i + 1 < s.size() && (s[i + 1] == u'x' || s[i + 1] == u'X');
            while (k < s.size()) {
                if (isWordChar(s[k]) || s[k] == u'.') {
                    ++k;
                } else if (!hex && (s[k] == u'+' || s[k] == u'-') && (s[k - 1] == u'e' || s[k - 1] == u'E') &&
                           k + 1 < s.size() && isDigit(s[k + 1])) {
                    ++k;
                } else {
                    break;
                }
            }
            operand = true;
            i = k;
            continue;
        }
        if (isWordStart(c)) {
            qsizetype k = i;
            while (k < s.size() && isWordChar(s[k]))
                ++k;
            const QString word = s.mid(i, k - i).toString().toLower();
            if (operand && wordOperators.contains(word)) {
                ops.push_back({i, word});
                operand = false;
            } else if (word == QLatin1String("offset") || word == QLatin1String("bool") ||
                       word == QLatin1String("on") || word == QLatin1String("ignoring") ||
                       word == QLatin1String("group_left") || word == QLatin1String("group_right") ||
                       word == QLatin1String("by") || word == QLatin1String("without")) {
                // Modifiers: what follows them is not the right side of a + or -.
                operand = false;
            } else {
                operand = true;
            }
            i = k;
            continue;
        }
        if (c == u',')
            return std::nullopt; // a comma outside any call
        const QStringView two = s.mid(i, 2);
        if (two == u"==" || two == u"!=" || two == u"<=" || two == u">=") {
            ops.push_back({i, two.toString()});
            operand = false;
            i += 2;
            continue;
        }
        if (c == u'+' || c == u'-') {
            if (operand)
                ops.push_back({i, QString(c)});
            operand = false;
            ++i;
            continue;
        }
        if (c == u'*' || c == u'/' || c == u'%' || c == u'^' || c == u'<' || c == u'>') {
            ops.push_back({i, QString(c)});
            operand = false;
            ++i;
            continue;
        }
        if (c == u'@') {
            operand = false;
            ++i;
            continue;
        }
        return std::nullopt; // nothing PromQL knows at the top level
    }
    if (!stack.empty())
        return std::nullopt;
    return ops;
}

std::optional<Explainer::QuantileParts> Explainer::splitHistogramQuantile(QStringView promql)
{
    const std::optional<QString> stripped = stripOuter(promql);
    if (!stripped)
        return std::nullopt;
    const QStringView s(*stripped);
    static const QString name = QStringLiteral("histogram_quantile");
    if (!s.startsWith(name))
        return std::nullopt;
    qsizetype open = name.size();
    while (open < s.size() && s[open].isSpace())
        ++open;
    if (open >= s.size() || s[open] != u'(' || matchingClose(s, open) != s.size() - 1)
        return std::nullopt;
    const auto args = splitArguments(s.mid(open + 1, s.size() - open - 2));
    if (!args || args->size() != 2 || (*args)[1].isEmpty())
        return std::nullopt;
    const std::optional<double> q = numberLiteral((*args)[0]);
    if (!q)
        return std::nullopt;
    return QuantileParts{*q, (*args)[1].toString()};
}

std::optional<Explainer::RatioParts> Explainer::splitRatio(QStringView promql)
{
    const std::optional<QString> stripped = stripOuter(promql);
    if (!stripped)
        return std::nullopt;
    const QStringView s(*stripped);
    const auto ops = topLevelOperators(s);
    if (!ops || ops->empty())
        return std::nullopt;

    // c - A / B: the subtraction binds last, so it comes first at the top level.
    if (ops->front().op == QLatin1String("-")) {
        const std::optional<double> c = numberLiteral(s.left(ops->front().pos));
        if (!c)
            return std::nullopt;
        std::optional<RatioParts> inner = splitRatio(s.mid(ops->front().pos + 1));
        if (!inner || inner->complement)
            return std::nullopt;
        inner->complement = true;
        inner->constant = *c;
        return inner;
    }
    if (ops->size() != 1 || ops->front().op != QLatin1String("/"))
        return std::nullopt;

    RatioParts parts;
    parts.numerator = s.left(ops->front().pos).trimmed().toString();
    QStringView rest = s.mid(ops->front().pos + 1).trimmed();
    // Vector matching: "/ on (a) group_left (b) B". Kept aside; each side is evaluated on its own.
    const auto takeWord = [&rest](QLatin1StringView word) {
        if (!rest.startsWith(word, Qt::CaseInsensitive) ||
            (rest.size() > word.size() && isWordChar(rest[word.size()])))
            return false;
        rest = rest.mid(word.size()).trimmed();
        return true;
    };
    const auto takeParens = [&rest]() {
        if (!rest.startsWith(u'('))
            return false;
        const qsizetype close = matchingClose(rest, 0);
        if (close < 0)
            return false;
        rest = rest.mid(close + 1).trimmed();
        return true;
    };
    const qsizetype before = rest.size();
    const QStringView whole = rest;
    if (takeWord(QLatin1StringView("on")) || takeWord(QLatin1StringView("ignoring"))) {
        if (!takeParens())
            return std::nullopt;
        if (takeWord(QLatin1StringView("group_left")) || takeWord(QLatin1StringView("group_right")))
            takeParens();
        parts.matching = whole.left(before - rest.size()).trimmed().toString();
    }
    parts.denominator = rest.toString();
    if (parts.numerator.isEmpty() || parts.denominator.isEmpty())
        return std::nullopt;
    return parts;
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
    } else if (!m_client) {
        m_current.error = tr("No Prometheus is configured to evaluate the query.");
    } else if (const auto quantile = splitHistogramQuantile(figure.query)) {
        explainQuantile(generation, *quantile);
    } else if (const auto ratio = splitRatio(figure.query)) {
        explainRatio(generation, *ratio);
    } else {
        explainPlain(generation);
    }
    if (--m_pending == 0)
        finish(generation);
}

void Explainer::query(quint64 generation, const QString &promql,
                      std::function<void(const prom::RawResponse &)> done)
{
    ++m_pending;
    m_client->instantQuery(promql, m_current.evaluatedAt, this,
                           [this, generation, done = std::move(done)](prom::RawResponse raw) {
                               if (generation != m_generation)
                                   return; // superseded by a newer explain()
                               m_current.explainLatencyMs =
                                   std::max(m_current.explainLatencyMs, raw.latencyMs);
                               done(raw);
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

std::optional<prom::QueryResult> Explainer::read(const prom::RawResponse &raw, const QString &what)
{
    const auto fail = [&](const QString &why) {
        if (m_current.error.isEmpty())
            m_current.error = tr("%1: %2").arg(what, why);
        return std::nullopt;
    };
    if (!raw.transportError.isEmpty())
        return fail(raw.transportError);
    prom::QueryResult r = prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType);
    for (const QString &w : r.warnings)
        if (!m_current.promWarnings.contains(w))
            m_current.promWarnings << w;
    if (!r.ok)
        return fail(r.error);
    if (r.type != prom::ResultType::Vector && r.type != prom::ResultType::Scalar)
        return fail(tr("the query must return an instant vector or a scalar"));
    return r;
}

void Explainer::explainQuantile(quint64 generation, const QuantileParts &parts)
{
    m_current.kind = Explanation::Kind::Quantile;
    m_current.quantile = parts.q;
    m_current.innerQuery = parts.inner;
    query(generation, parts.inner, [this, q = parts.q](const prom::RawResponse &raw) {
        const std::optional<prom::QueryResult> r = read(raw, tr("the buckets"));
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

void Explainer::explainRatio(quint64 generation, const RatioParts &parts)
{
    m_current.kind = Explanation::Kind::Ratio;
    m_current.numeratorQuery = parts.numerator;
    m_current.denominatorQuery = parts.denominator;
    m_current.complement = parts.complement;
    m_current.constant = parts.constant;
    // Each side must come down to one number to be shown as the rate behind the ratio.
    const auto side = [this](const prom::RawResponse &raw, const QString &what, double &out) {
        const std::optional<prom::QueryResult> r = read(raw, what);
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
    query(generation, parts.numerator,
          [this, side](const prom::RawResponse &raw) { side(raw, tr("numerator"), m_current.numerator); });
    query(generation, parts.denominator, [this, side](const prom::RawResponse &raw) {
        side(raw, tr("denominator"), m_current.denominator);
    });
}

void Explainer::explainPlain(quint64 generation)
{
    m_current.kind = Explanation::Kind::Plain;
    query(generation, m_current.figure.query, [this](const prom::RawResponse &raw) {
        const std::optional<prom::QueryResult> r = read(raw, tr("the query"));
        if (!r)
            return;
        m_current.series = r->series;
        if (r->series.size() == 1 && !r->series.front().samples.empty())
            m_current.recomputed = r->series.front().samples.front().value;
    });
}

} // namespace slaops::engine
