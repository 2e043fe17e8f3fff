#include "directscrape.h"

#include "prom/expositionparser.h"

#include <QLocale>
#include <map>

namespace slaops::engine {
namespace {

double labelledSum(const prometheus::MetricFamily &fam, bool gauge)
{
    double sum = 0;
    for (const auto &m : fam.metric)
        sum += gauge                                         ? m.gauge.value
               : fam.type == prometheus::MetricType::Untyped ? m.untyped.value
                                                             : m.counter.value;
    return sum;
}

std::vector<sla::Bucket> buckets(const prometheus::MetricFamily &fam)
{
    // Sum the buckets of every series of the family by upper bound, as sum by (le) does.
    std::map<double, double> byBound;
    for (const auto &m : fam.metric)
        for (const auto &b : m.histogram.bucket)
            byBound[b.upper_bound] += double(b.cumulative_count);
    std::vector<sla::Bucket> out;
    for (const auto &[bound, count] : byBound)
        out.push_back({bound, count});
    return out;
}

QString regionOf(const prometheus::MetricFamily &fam)
{
    for (const auto &m : fam.metric)
        for (const auto &l : m.label)
            if (l.name == "region")
                return QString::fromStdString(l.value);
    return {};
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
}

} // namespace

ScrapeRound DirectScrape::summarize(const std::vector<QUrl> &urls,
                                    const std::vector<prom::RawResponse> &answers, const QDateTime &time)
{
    ScrapeRound round;
    round.time = time;
    for (std::size_t i = 0; i < urls.size() && i < answers.size(); ++i) {
        NodeSample n;
        n.url = urls[i].toString();
        const prom::RawResponse &a = answers[i];
        if (!a.answered() || a.httpStatus != 200) {
            n.error = a.transportError.isEmpty() ? tr("HTTP %1").arg(a.httpStatus) : a.transportError;
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
        for (const prometheus::MetricFamily &fam : parsed.families) {
            const std::string &name = fam.name;
            if (n.region.isEmpty() && name.rfind("erlmcp_", 0) == 0)
                n.region = regionOf(fam);
            if (name == "erlmcp_requests_total")
                n.requests = labelledSum(fam, false);
            else if (name == "erlmcp_errors_total")
                n.errors = labelledSum(fam, false);
            else if (name == "erlmcp_consistency_checks_total")
                n.consistencyChecks = labelledSum(fam, false);
            else if (name == "erlmcp_consistency_failures_total")
                n.consistencyFailures = labelledSum(fam, false);
            else if (name == "erlmcp_replication_lag_seconds")
                n.replicationLag = labelledSum(fam, true);
            else if (name == "erlmcp_recovery_time_seconds")
                n.recoveryTime = labelledSum(fam, true);
            else if (name == "erlmcp_network_latency_ms")
                n.networkLatency = labelledSum(fam, true);
            else if (name == "erlmcp_response_time_ms")
                n.latency = buckets(fam);
            else if (name == "erlmcp_session_failover_duration_seconds")
                n.failover = buckets(fam);
        }
        round.nodes.push_back(std::move(n));
    }
    return round;
}

std::optional<Figure> DirectScrape::figure(const FigureSpec &spec, const ScrapeRound &previous,
                                           const ScrapeRound &current)
{
    const double seconds = previous.time.msecsTo(current.time) / 1000.0;
    if (seconds <= 0)
        return std::nullopt;
    // Sums over the nodes of the scope that answered both rounds.
    double requests = 0, errors = 0, checks = 0, failures = 0, lag = NAN, rto = NAN, netSum = 0;
    int netCount = 0, answered = 0, total = 0;
    std::vector<sla::Bucket> latency, failover;
    for (const NodeSample &now : current.nodes) {
        if (!spec.region.isEmpty() && now.region != spec.region && now.up)
            continue;
        ++total;
        const auto before = std::find_if(previous.nodes.begin(), previous.nodes.end(),
                                         [&](const NodeSample &p) { return p.url == now.url; });
        if (!now.up || before == previous.nodes.end() || !before->up)
            continue;
        ++answered;
        requests += increase(before->requests, now.requests);
        errors += increase(before->errors, now.errors);
        checks += increase(before->consistencyChecks, now.consistencyChecks);
        failures += increase(before->consistencyFailures, now.consistencyFailures);
        addBuckets(latency, increase(before->latency, now.latency));
        addBuckets(failover, increase(before->failover, now.failover));
        lag = std::isnan(lag) ? now.replicationLag : std::max(lag, now.replicationLag);
        rto = std::isnan(rto) ? now.recoveryTime : std::max(rto, now.recoveryTime);
        if (!std::isnan(now.networkLatency)) {
            netSum += now.networkLatency;
            ++netCount;
        }
    }
    if (answered == 0)
        return std::nullopt;

    double value = NAN;
    const QString &id = spec.id;
    if (id == QLatin1String("response_time_p95"))
        value = sla::histogramQuantile(0.95, latency);
    else if (id == QLatin1String("session_failover"))
        value = sla::histogramQuantile(0.99, failover);
    else if (id == QLatin1String("error_rate"))
        value = requests > 0 ? errors / requests : NAN;
    else if (id == QLatin1String("data_consistency"))
        value = checks > 0 ? 1.0 - failures / checks : NAN;
    else if (id == QLatin1String("throughput"))
        value = requests / seconds;
    else if (id == QLatin1String("rpo"))
        value = lag;
    else if (id == QLatin1String("rto"))
        value = rto;
    else if (id == QLatin1String("network_latency"))
        value = netCount > 0 ? netSum / netCount : NAN;
    else
        return std::nullopt; // windowed (uptime over its window): not from two scrapes

    Figure f = spec.blankFigure(tr("direct scrape of %1 of %2 nodes").arg(answered).arg(total));
    f.sampleTime = current.time;
    f.direct = true;
    // Throughput of the nodes that answered understates the fleet's: say so rather than hide it.
    f.message =
        tr("Prometheus is down: instant value over the last %1 s from a direct scrape of %2 of %3 nodes")
            .arg(QLocale().toString(seconds, 'f', 1))
            .arg(answered)
            .arg(total);
    if (std::isnan(value) || std::isinf(value)) {
        f.state = sla::State::NoData;
        return f;
    }
    f.value = value;
    f.confirmedAt = current.time;
    f.state = sla::classify(value, f.comparison, f.target, f.alert);
    return f;
}

} // namespace slaops::engine
