#include "erlmcpnodemetrics.h"

#include "simrandom.h"

#include <algorithm>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

using namespace prometheus;

const std::vector<double> &ErlmcpNodeMetrics::responseTimeBucketsMs()
{
    static const std::vector<double> b{5,   10,  20,  30,  40,  50,  60,   70,   80,  90,
                                       100, 125, 150, 200, 300, 500, 1000, 2500, 5000};
    return b;
}

const std::vector<double> &ErlmcpNodeMetrics::failoverBucketsSeconds()
{
    static const std::vector<double> b{0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 60};
    return b;
}

ErlmcpNodeMetrics::ErlmcpNodeMetrics(Registry &r, const QString &region, const QString &node)
{
    // Constant labels on every family: Prometheus adds job/instance, the file_sd labels repeat
    // region/node for `up`, and honor_labels keeps these identical either way.
    const Labels labels{{"region", region.toStdString()}, {"node", node.toStdString()}};
    m_requests = &BuildCounter()
                      .Name("erlmcp_requests_total")
                      .Help("Requests handled by the node")
                      .Labels(labels)
                      .Register(r)
                      .Add({});
    auto &errors = BuildCounter()
                       .Name("erlmcp_errors_total")
                       .Help("Failed requests by error type")
                       .Labels(labels)
                       .Register(r);
    // Created eagerly so every type exists at 0 and rate() has a series before the first error.
    for (std::size_t i = 0; i < kErrorTypes.size(); ++i)
        m_errors[i] = &errors.Add({{"type", kErrorTypes[i]}});
    m_responseTime = &BuildHistogram()
                          .Name("erlmcp_response_time_ms")
                          .Help("Request response time in milliseconds")
                          .Labels(labels)
                          .Register(r)
                          .Add({}, responseTimeBucketsMs());
    m_failover = &BuildHistogram()
                      .Name("erlmcp_session_failover_duration_seconds")
                      .Help("Time to fail a session over to another node")
                      .Labels(labels)
                      .Register(r)
                      .Add({}, failoverBucketsSeconds());
    m_consistencyChecks = &BuildCounter()
                               .Name("erlmcp_consistency_checks_total")
                               .Help("Replica consistency checks performed")
                               .Labels(labels)
                               .Register(r)
                               .Add({});
    m_consistencyFailures = &BuildCounter()
                                 .Name("erlmcp_consistency_failures_total")
                                 .Help("Replica consistency checks that found a divergence")
                                 .Labels(labels)
                                 .Register(r)
                                 .Add({});
    auto gauge = [&](const char *name, const char *help) {
        return &BuildGauge().Name(name).Help(help).Labels(labels).Register(r).Add({});
    };
    m_replicationLag = gauge("erlmcp_replication_lag_seconds", "Replication lag to the replicas (RPO)");
    m_recoveryTime = gauge("erlmcp_recovery_time_seconds", "Last measured recovery time (RTO)");
    m_networkLatency = gauge("erlmcp_network_latency_ms", "Regional network latency in milliseconds");
    m_throughput = gauge("erlmcp_throughput_rps", "Current requests per second of the node");
    m_rateLimit = gauge("erlmcp_rate_limit_rps", "Current rate limit of the node in requests per second");
    m_sessions = gauge("erlmcp_active_sessions", "Client sessions held by the node");
    m_bucketScratch.resize(responseTimeBucketsMs().size() + 1);
}

void ErlmcpNodeMetrics::setRecoveryTimeSeconds(double seconds)
{
    m_recoveryTime->Set(seconds);
}

void ErlmcpNodeMetrics::setActiveSessions(double sessions)
{
    m_sessions->Set(sessions);
}

void ErlmcpNodeMetrics::observeFailovers(std::uint64_t count, double medianSeconds, SimRandom &random)
{
    for (std::uint64_t i = 0; i < count; ++i)
        m_failover->Observe(
            std::clamp(random.lognormal(medianSeconds, 0.2), medianSeconds * 0.5, medianSeconds * 1.8));
}

void ErlmcpNodeMetrics::tick(const NodeLoad &load, bool serving, double dtSeconds, SimRandom &random)
{
    m_rateLimit->Set(load.rateLimitRps);
    m_networkLatency->Set(std::max(0.1, load.networkLatencyMs * (1.0 + random.normal(0.0, 0.05))));
    m_replicationLag->Set(std::max(0.01, load.replicationLagSeconds * (1.0 + random.normal(0.0, 0.1))));

    // A down node serves nothing: its counters stand still and nobody scrapes them anyway.
    if (!serving) {
        m_throughput->Set(0.0);
        return;
    }

    // Past the rate limit the node answers 503 at once: those requests count as requests and as
    // errors of type unavailable (observed in the first latency bucket), so the error ratio shows
    // the limit and the throughput gauge (served requests only) stays under it.
    const double offered =
        std::max(0.0, load.requestsPerSecond * dtSeconds * (1.0 + random.normal(0.0, 0.02)));
    const double allowed = load.rateLimitRps * dtSeconds;
    const double expected = std::min(offered, allowed);
    const auto rejected = random.stochasticRound(std::max(0.0, offered - allowed));
    double requests = 0.0;
    const std::vector<double> &p = *load.latencyBuckets;
    for (std::size_t i = 0; i < p.size(); ++i) {
        m_bucketScratch[i] = static_cast<double>(random.stochasticRound(expected * p[i]));
        requests += m_bucketScratch[i];
    }
    // The histogram's count is the request count, exactly, so ratios over either agree.
    m_throughput->Set(requests / dtSeconds);
    const double served = requests;
    m_bucketScratch[0] += static_cast<double>(rejected);
    requests += static_cast<double>(rejected);
    m_responseTime->ObserveMultiple(m_bucketScratch,
                                    served * load.meanLatencyMs + static_cast<double>(rejected));
    m_requests->Increment(requests);
    if (rejected > 0)
        m_errors[2]->Increment(static_cast<double>(rejected));

    for (std::size_t i = 0; i < kErrorTypes.size(); ++i) {
        const auto n = random.poisson(served * load.errorRatio * kErrorTypeShare[i]);
        if (n > 0)
            m_errors[i]->Increment(static_cast<double>(n));
    }

    const auto checks = random.stochasticRound(served * load.consistencyChecksPerRequest);
    m_consistencyChecks->Increment(static_cast<double>(checks));
    const auto failures = random.poisson(static_cast<double>(checks) * load.consistencyFailureRatio);
    if (failures > 0)
        m_consistencyFailures->Increment(static_cast<double>(failures));

    // Failovers are rare events, so observing each one is cheap.
    const auto failovers = random.poisson(load.failoversPerSecond * dtSeconds);
    for (std::uint64_t i = 0; i < failovers; ++i)
        m_failover->Observe(std::clamp(random.lognormal(load.failoverMedianSeconds, 0.2),
                                       load.failoverMedianSeconds * 0.5, load.failoverMedianSeconds * 1.8));
}
