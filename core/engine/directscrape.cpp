#include "directscrape.h"

#include "prom/expositionparser.h"

#include <QLocale>
#include <set>

namespace slaops::engine {
namespace {

using config::DirectFormula;
using config::MetricSelector;

enum class Need { Counter, Gauge, Histogram };

prometheus::MetricType expectedType(Need need)
{
    switch (need) {
    case Need::Counter:
        return prometheus::MetricType::Counter;
    case Need::Gauge:
        return prometheus::MetricType::Gauge;
    case Need::Histogram:
        return prometheus::MetricType::Histogram;
    }
    return prometheus::MetricType::Untyped;
}

const char *typeName(prometheus::MetricType t)
{
    switch (t) {
    case prometheus::MetricType::Counter:
        return "counter";
    case prometheus::MetricType::Gauge:
        return "gauge";
    case prometheus::MetricType::Histogram:
        return "histogram";
    case prometheus::MetricType::Summary:
        return "summary";
    case prometheus::MetricType::Untyped:
        return "untyped";
    }
    return "untyped";
}

// Every metric the formulas read, each with the type it must have.
std::vector<std::pair<const MetricSelector *, Need>> needsOf(const std::vector<FigureSpec> &figures)
{
    std::vector<std::pair<const MetricSelector *, Need>> needs;
    std::set<QString> seen;
    auto add = [&](const MetricSelector &s, Need n) {
        if (!s.name.isEmpty() && seen.insert(s.text()).second)
            needs.emplace_back(&s, n);
    };
    for (const FigureSpec &f : figures) {
        switch (f.direct.kind) {
        case DirectFormula::Kind::None:
            break;
        case DirectFormula::Kind::Rate:
            add(f.direct.metric, Need::Counter);
            break;
        case DirectFormula::Kind::Ratio:
            add(f.direct.metric, Need::Counter);
            add(f.direct.denominator, Need::Counter);
            break;
        case DirectFormula::Kind::Quantile:
            add(f.direct.metric, Need::Histogram);
            break;
        case DirectFormula::Kind::Gauge:
            add(f.direct.metric, Need::Gauge);
            break;
        }
    }
    return needs;
}

QString seriesLabel(const prometheus::ClientMetric &m, const NodeSample &node, const QString &name)
{
    const std::string key = name.toStdString();
    for (const auto &l : m.label)
        if (l.name == key)
            return QString::fromStdString(l.value);
    return node.label(name);
}

void read(const prometheus::MetricFamily &fam, const MetricSelector &sel, Need need, NodeSample &node)
{
    if (fam.type != expectedType(need)) {
        // An untyped page must not give zeros that read as OK: the figure says what it found.
        node.problems << DirectScrape::tr("%1 is %2, not a %3")
                             .arg(sel.name, QLatin1String(typeName(fam.type)),
                                  QLatin1String(typeName(expectedType(need))));
        return;
    }
    double sum = 0;
    std::vector<double> values;
    std::map<double, double> byBound; // sum by (le), as PromQL's sum by (le) does
    for (const prometheus::ClientMetric &m : fam.metric) {
        if (!sel.matches([&](const QString &label) { return seriesLabel(m, node, label); }))
            continue;
        switch (need) {
        case Need::Counter:
            sum += m.counter.value;
            break;
        case Need::Gauge:
            values.push_back(m.gauge.value);
            break;
        case Need::Histogram:
            for (const auto &b : m.histogram.bucket)
                byBound[b.upper_bound] += double(b.cumulative_count);
            break;
        }
    }
    switch (need) {
    case Need::Counter:
        node.counters[sel.text()] = sum;
        break;
    case Need::Gauge:
        node.gauges[sel.text()] = std::move(values);
        break;
    case Need::Histogram: {
        std::vector<sla::Bucket> out;
        for (const auto &[bound, count] : byBound)
            out.push_back({bound, count});
        node.histograms[sel.text()] = std::move(out);
        break;
    }
    }
}

// Counter increase between two scrapes; a smaller value means the node restarted (counter reset).
double increase(double before, double after)
{
    if (std::isnan(before) || std::isnan(after))
        return NAN;
    return after >= before ? after - before : after;
}

std::vector<sla::Bucket> increase(const std::vector<sla::Bucket> &before,
                                  const std::vector<sla::Bucket> &after)
{
    std::vector<sla::Bucket> out;
    for (const sla::Bucket &a : after) {
        double prev = 0;
        for (const sla::Bucket &b : before)
            if (b.upperBound == a.upperBound)
                prev = b.count;
        out.push_back({a.upperBound, increase(prev, a.count)});
    }
    return out;
}

void addBuckets(std::vector<sla::Bucket> &sum, const std::vector<sla::Bucket> &more)
{
    for (const sla::Bucket &b : more) {
        auto it = std::find_if(sum.begin(), sum.end(),
                               [&](const sla::Bucket &s) { return s.upperBound == b.upperBound; });
        if (it == sum.end())
            sum.push_back(b);
        else
            it->count += b.count;
    }
    std::sort(sum.begin(), sum.end(),
              [](const sla::Bucket &a, const sla::Bucket &b) { return a.upperBound < b.upperBound; });
}

template <typename Map> bool has(const Map &m, const MetricSelector &s)
{
    return m.find(s.text()) != m.end();
}

// Whether the formula's inputs are on this node (the previous round's too, for increases).
bool hasInputs(const DirectFormula &f, const NodeSample &now, const NodeSample *before)
{
    switch (f.kind) {
    case DirectFormula::Kind::None:
        return false;
    case DirectFormula::Kind::Rate:
        return has(now.counters, f.metric) && before && has(before->counters, f.metric);
    case DirectFormula::Kind::Ratio:
        return has(now.counters, f.metric) && has(now.counters, f.denominator) && before &&
               has(before->counters, f.metric) && has(before->counters, f.denominator);
    case DirectFormula::Kind::Quantile:
        return has(now.histograms, f.metric) && before && has(before->histograms, f.metric);
    case DirectFormula::Kind::Gauge:
        return has(now.gauges, f.metric) && !now.gauges.at(f.metric.text()).empty();
    }
    return false;
}

// A value from only some nodes proves its state only where the missing ones can only push it
// further the same way: a sum or a maximum that is already past an at-most bound, or already above
// an at-least one.
bool partialProves(const DirectFormula &f, sla::Comparison cmp, sla::State state)
{
    const bool grows =
        f.kind == DirectFormula::Kind::Rate ||
        (f.kind == DirectFormula::Kind::Gauge &&
         (f.aggregate == DirectFormula::Aggregate::Sum || f.aggregate == DirectFormula::Aggregate::Max));
    const bool shrinks = f.kind == DirectFormula::Kind::Gauge && f.aggregate == DirectFormula::Aggregate::Min;
    if (state == sla::State::Ok)
        return (grows && cmp == sla::Comparison::AtLeast) || (shrinks && cmp == sla::Comparison::AtMost);
    return (grows && cmp == sla::Comparison::AtMost) || (shrinks && cmp == sla::Comparison::AtLeast);
}

} // namespace

ScrapeRound DirectScrape::summarize(const std::vector<config::ScrapeTarget> &targets,
                                    const std::vector<prom::RawResponse> &answers, const QDateTime &time,
                                    const std::vector<FigureSpec> &figures)
{
    const auto needs = needsOf(figures);
    ScrapeRound round;
    round.time = time;
    for (std::size_t i = 0; i < targets.size() && i < answers.size(); ++i) {
        NodeSample n;
        n.url = targets[i].url.toString();
        n.labels = targets[i].labels;
        const prom::RawResponse &a = answers[i];
        if (!a.answered() || a.httpStatus != 200) {
            n.error = a.answered() ? tr("HTTP %1").arg(a.httpStatus) : a.transportError;
            round.nodes.push_back(std::move(n));
            continue;
        }
        const prom::ExpositionResult parsed = prom::ExpositionParser::parse(a.body);
        if (!parsed.ok) {
            n.error = parsed.error;
            round.nodes.push_back(std::move(n));
            continue;
        }
        n.up = true;
        // Labels the page writes on its series (region, node) count as the node's own, unless the
        // target's labels already say.
        for (const prometheus::MetricFamily &fam : parsed.families)
            for (const auto &m : fam.metric)
                for (const auto &l : m.label) {
                    const QString name = QString::fromStdString(l.name);
                    if (name != QLatin1String("le") && name != QLatin1String("quantile") &&
                        std::none_of(n.labels.begin(), n.labels.end(),
                                     [&](const auto &p) { return p.first == name; }))
                        n.labels.emplace_back(name, QString::fromStdString(l.value));
                }
        for (const auto &[sel, need] : needs) {
            const std::string name = sel->name.toStdString();
            const auto fam = std::find_if(parsed.families.begin(), parsed.families.end(),
                                          [&](const prometheus::MetricFamily &f) { return f.name == name; });
            if (fam == parsed.families.end())
                n.problems << tr("%1 is not on the page").arg(sel->name);
            else
                read(*fam, *sel, need, n);
        }
        round.nodes.push_back(std::move(n));
    }
    return round;
}

std::optional<Figure> DirectScrape::figure(const FigureSpec &spec, const ScrapeRound &previous,
                                           const ScrapeRound &current)
{
    const DirectFormula &f = spec.direct;
    const double seconds = previous.time.msecsTo(current.time) / 1000.0;
    if (!f.isSet() || seconds <= 0)
        return std::nullopt;
    MetricSelector scope;
    if (!spec.selector.isEmpty() && !MetricSelector::parse(spec.selector, scope, nullptr, true))
        return std::nullopt;

    double numerator = 0, denominator = 0, agg = NAN;
    qsizetype gaugeCount = 0;
    int answered = 0, total = 0;
    QString problem;
    std::vector<sla::Bucket> buckets;
    for (const NodeSample &now : current.nodes) {
        // A node is in the region's scope when its labels match the region's selector; a node that
        // did not answer and whose labels do not say counts everywhere, as one that may be missing.
        const bool labelled =
            std::all_of(scope.matchers.begin(), scope.matchers.end(),
                        [&](const config::LabelMatcher &m) { return !now.label(m.label).isNull(); });
        if (labelled && !scope.matches([&](const QString &l) { return now.label(l); }))
            continue;
        if (!labelled && now.up)
            continue;
        ++total;
        const auto before = std::find_if(previous.nodes.begin(), previous.nodes.end(),
                                         [&](const NodeSample &p) { return p.url == now.url; });
        const NodeSample *b = before != previous.nodes.end() && before->up ? &*before : nullptr;
        if (!now.up || !hasInputs(f, now, b)) {
            if (problem.isEmpty())
                problem = !now.up ? now.error : now.problems.value(0);
            continue;
        }
        ++answered;
        switch (f.kind) {
        case DirectFormula::Kind::None:
            break;
        case DirectFormula::Kind::Rate:
            numerator += increase(b->counters.at(f.metric.text()), now.counters.at(f.metric.text()));
            break;
        case DirectFormula::Kind::Ratio:
            numerator += increase(b->counters.at(f.metric.text()), now.counters.at(f.metric.text()));
            denominator +=
                increase(b->counters.at(f.denominator.text()), now.counters.at(f.denominator.text()));
            break;
        case DirectFormula::Kind::Quantile:
            addBuckets(buckets,
                       increase(b->histograms.at(f.metric.text()), now.histograms.at(f.metric.text())));
            break;
        case DirectFormula::Kind::Gauge:
            for (double v : now.gauges.at(f.metric.text())) {
                ++gaugeCount;
                switch (f.aggregate) {
                case DirectFormula::Aggregate::Sum:
                case DirectFormula::Aggregate::Avg:
                    agg = std::isnan(agg) ? v : agg + v;
                    break;
                case DirectFormula::Aggregate::Max:
                    agg = std::isnan(agg) ? v : std::max(agg, v);
                    break;
                case DirectFormula::Aggregate::Min:
                    agg = std::isnan(agg) ? v : std::min(agg, v);
                    break;
                }
            }
            break;
        }
    }
    if (answered == 0)
        return std::nullopt;

    double value = NAN;
    switch (f.kind) {
    case DirectFormula::Kind::None:
        break;
    case DirectFormula::Kind::Rate:
        value = numerator / seconds;
        break;
    case DirectFormula::Kind::Ratio:
        value = denominator > 0 ? numerator / denominator : NAN;
        if (f.complement)
            value = 1.0 - value;
        break;
    case DirectFormula::Kind::Quantile:
        value = sla::histogramQuantile(f.quantile, buckets);
        break;
    case DirectFormula::Kind::Gauge:
        value =
            f.aggregate == DirectFormula::Aggregate::Avg && gaugeCount > 0 ? agg / double(gaugeCount) : agg;
        break;
    }
    value *= f.scale;

    Figure fig = spec.blankFigure(tr("direct scrape of %1 of %2 nodes").arg(answered).arg(total));
    fig.sampleTime = current.time;
    fig.direct = true;
    fig.message =
        tr("Prometheus is down: instant value over the last %1 s from a direct scrape of %2 of %3 nodes")
            .arg(QLocale().toString(seconds, 'f', 1))
            .arg(answered)
            .arg(total);
    if (answered < total && !problem.isEmpty())
        fig.message += QStringLiteral("; ") + tr("missing: %1").arg(problem);
    if (std::isnan(value) || std::isinf(value)) {
        fig.state = sla::State::NoData;
        return fig;
    }
    fig.value = value;
    fig.confirmedAt = current.time;
    fig.state = sla::classify(value, fig.comparison, fig.target, fig.alert);
    if (answered < total && sla::isKnown(fig.state) && !partialProves(f, fig.comparison, fig.state) &&
        fig.state == sla::State::Ok) {
        // The nodes that did not answer could change the verdict: shown, but never green.
        fig.state = sla::State::Stale;
        fig.message += QStringLiteral("; ") +
                       tr("the %n missing node(s) could change the verdict", nullptr, total - answered);
    }
    return fig;
}

} // namespace slaops::engine
