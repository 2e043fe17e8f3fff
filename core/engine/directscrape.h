#pragma once

#include "figure.h"
#include "prom/rawresponse.h"
#include "refreshplan.h"
#include "sla/histogramquantile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <memory>
#include <vector>

namespace slaops::engine {

// What one node's /metrics/sla said, reduced to the sums the SLA figures need (the erlmcp metric
// contract of packaging/prometheus/README.md). Counters are cumulative, as scraped.
struct NodeSample {
    QString url;
    bool up = false;
    QString error;
    QString region;
    double requests = NAN;
    double errors = NAN;
    double consistencyChecks = NAN;
    double consistencyFailures = NAN;
    std::vector<sla::Bucket> latency;  // erlmcp_response_time_ms, cumulative
    std::vector<sla::Bucket> failover; // erlmcp_session_failover_duration_seconds, cumulative
    double replicationLag = NAN;
    double recoveryTime = NAN;
    double networkLatency = NAN;
};

struct ScrapeRound {
    QDateTime time;
    std::vector<NodeSample> nodes;
};

// While Prometheus is down, the engine scrapes the nodes itself. Two rounds give rates over the time
// between them: the instant figures (P95, error rate, throughput, consistency, failover, RPO, RTO,
// network latency) can be computed, marked as direct; windowed figures (uptime over its window, error
// budgets) cannot, and stay stale. Pure functions over copied data: they run on the worker pool.
class DirectScrape {
    Q_DECLARE_TR_FUNCTIONS(DirectScrape)

public:
    static ScrapeRound summarize(const std::vector<QUrl> &urls, const std::vector<prom::RawResponse> &answers,
                                 const QDateTime &time);
    // The figure of this spec from two rounds, or nullopt when direct scraping cannot compute it.
    static std::optional<Figure> figure(const FigureSpec &spec, const ScrapeRound &previous,
                                        const ScrapeRound &current);
};

} // namespace slaops::engine
