#pragma once

#include "config/profile.h"
#include "figure.h"
#include "prom/rawresponse.h"
#include "refreshplan.h"
#include "sla/histogramquantile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <map>
#include <memory>
#include <vector>

namespace slaops::engine {

// What one node's page said, reduced to what the profile's direct formulas read of it (by the
// selector's text). Counters are cumulative, as scraped; a metric that is absent, or not of the type
// the formula expects, is not in the maps and is named in `problems`.
struct NodeSample {
    QString url;
    bool up = false;
    QString error;
    // The target's labels from the profile (what service discovery would attach), then labels the
    // page writes on its series (a node that says its own region).
    std::vector<std::pair<QString, QString>> labels;
    std::map<QString, double> counters;
    std::map<QString, std::vector<double>> gauges;
    std::map<QString, std::vector<sla::Bucket>> histograms;
    QStringList problems;

    QString label(QStringView name) const
    {
        for (const auto &[k, v] : labels)
            if (k == name)
                return v;
        return {};
    }
};

struct ScrapeRound {
    QDateTime time;
    std::vector<NodeSample> nodes;
};

// While Prometheus is down, the engine scrapes the nodes itself. Two rounds give rates over the time
// between them: the figures whose SLA has a `direct:` formula (a rate, a ratio, a quantile, a gauge)
// are computed, marked as direct; the others (a windowed uptime, budgets) stay stale. Pure functions
// over copied data: they run on the worker pool.
class DirectScrape {
    Q_DECLARE_TR_FUNCTIONS(DirectScrape)

public:
    // Reads what the formulas of `figures` need from each node's answer.
    static ScrapeRound summarize(const std::vector<config::ScrapeTarget> &targets,
                                 const std::vector<prom::RawResponse> &answers, const QDateTime &time,
                                 const std::vector<FigureSpec> &figures);
    // The figure of this spec from two rounds, or nullopt when direct scraping cannot compute it.
    static std::optional<Figure> figure(const FigureSpec &spec, const ScrapeRound &previous,
                                        const ScrapeRound &current);
};

} // namespace slaops::engine
