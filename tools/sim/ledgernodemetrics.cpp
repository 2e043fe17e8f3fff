#include "ledgernodemetrics.h"

#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

using namespace prometheus;

namespace {

constexpr double kServerErrorShare500 = 0.7; // the rest are 503
// Settlements queue up behind a lagging settler: the depth follows the lag.
constexpr double kQueuedPerLagSecond = 5.0;

} // namespace

const std::vector<double> &LedgerNodeMetrics::durationBucketsSeconds()
{
    static const std::vector<double> b{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    return b;
}

LedgerNodeMetrics::LedgerNodeMetrics(Registry &r)
{
    auto &requests = BuildCounter()
                         .Name("ledger_http_requests_total")
                         .Help("HTTP requests answered, by status code")
                         .Register(r);
    // Created eagerly so every code exists at 0 and rate() has a series before the first 5xx.
    for (std::size_t i = 0; i < kCodes.size(); ++i)
        m_requests[i] = &requests.Add({{"code", kCodes[i]}});
    m_duration = &BuildHistogram()
                      .Name("ledger_http_request_duration_seconds")
                      .Help("Time to answer an HTTP request")
                      .Register(r)
                      .Add({}, durationBucketsSeconds());
    m_settlementLag = &BuildGauge()
                           .Name("ledger_settlement_lag_seconds")
                           .Help("How far settlement lags behind the newest posted entry")
                           .Register(r)
                           .Add({});
    m_replicaLag = &BuildGauge()
                        .Name("ledger_replica_lag_seconds")
                        .Help("Replication lag to the other zone")
                        .Register(r)
                        .Add({});
    BuildGauge()
        .Name("ledger_build_info")
        .Help("The running build; always 1")
        .Register(r)
        .Add({{"version", kVersion}})
        .Set(1.0);
    m_bucketScratch.resize(durationBucketsSeconds().size() + 1);
}

void LedgerNodeMetrics::tick(const LedgerLoad &load, bool serving, double dtSeconds, SimRandom &random)
{
    const double settlementLag = std::max(0.01, load.settlementLagSeconds * (1.0 + random.normal(0.0, 0.1)));
    m_settlementLag->Set(settlementLag);
    m_replicaLag->Set(std::max(0.001, load.replicaLagSeconds * (1.0 + random.normal(0.0, 0.1))));
    m_queueDepth = std::llround(settlementLag * kQueuedPerLagSecond);
    if (!serving)
        return;

    const double expected =
        std::max(0.0, load.requestsPerSecond * dtSeconds * (1.0 + random.normal(0.0, 0.02)));
    std::uint64_t requests = 0;
    const std::vector<double> &p = *load.latencyBuckets;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const std::uint64_t n = random.stochasticRound(expected * p[i]);
        m_bucketScratch[i] = static_cast<double>(n);
        requests += n;
    }
    const double total = static_cast<double>(requests);
    m_duration->ObserveMultiple(m_bucketScratch, total * load.meanLatencySeconds);

    // Every request has exactly one code, so the codes sum to the histogram's count.
    const std::uint64_t e500 =
        std::min(requests, random.poisson(total * load.serverErrorRatio * kServerErrorShare500));
    const std::uint64_t e503 = std::min(
        requests - e500, random.poisson(total * load.serverErrorRatio * (1.0 - kServerErrorShare500)));
    const std::uint64_t conflicts =
        std::min(requests - e500 - e503, random.poisson(total * load.conflictRatio));
    const std::array<std::uint64_t, 4> byCode{requests - e500 - e503 - conflicts, conflicts, e500, e503};
    for (std::size_t i = 0; i < byCode.size(); ++i) {
        if (byCode[i] > 0)
            m_requests[i]->Increment(static_cast<double>(byCode[i]));
    }
}

void LedgerNodeMetrics::appendUntyped(std::string &page) const
{
    page += "# HELP ledger_queue_depth Settlements waiting to be posted\n";
    page += "ledger_queue_depth ";
    page += std::to_string(m_queueDepth.load(std::memory_order_relaxed));
    page += '\n';
}
