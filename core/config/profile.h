#pragma once

#include "metricselector.h"
#include "sla/state.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace slaops::config {

// How a figure's raw value is shown and how its targets are written in the profile.
enum class Unit {
    Percent,      // the query returns a ratio 0..1; targets are written "99.999%"
    Milliseconds, // targets "100ms"
    Seconds,      // targets "10s", "5m"
    RequestsPerSecond,
};

QString unitName(Unit unit);   // as written in the profile
QString unitSymbol(Unit unit); // as shown next to a value ("%", "ms", "s", "RPS")

// Query templates use two variables, as Grafana's do: $window (a PromQL duration, e.g. 5m) and
// $selector (label matchers without braces, e.g. region="eu-west-1"; empty for the whole fleet).
QString expandQuery(const QString &query, std::chrono::seconds window, const QString &selector);

// How a figure is computed from two direct scrapes of the nodes while Prometheus is down; the
// profile says it (`direct:`), so that any service's metrics work, not one set of names in code.
struct DirectFormula {
    enum class Kind {
        None,     // not computable from two scrapes (a windowed figure, say): stays stale
        Rate,     // sum of a counter's increase / seconds between the scrapes
        Ratio,    // increase of `metric` / increase of `denominator` (1 - that with complement)
        Quantile, // histogram_quantile over the summed increase of the histogram's buckets
        Gauge,    // a gauge across the nodes, aggregated
    };
    enum class Aggregate { Sum, Max, Min, Avg };
    Kind kind = Kind::None;
    MetricSelector metric; // Rate, Ratio: a counter; Quantile: a histogram; Gauge: a gauge
    MetricSelector denominator;
    bool complement = false;
    double quantile = NAN;
    double scale = 1; // the figure is the computed value times this (a histogram in s, a figure in ms)
    Aggregate aggregate = Aggregate::Sum;

    bool isSet() const { return kind != Kind::None; }
};

struct SlaSpec {
    QString id;    // stable key, [a-z0-9_]+
    QString name;  // shown to people
    QString query; // PromQL template
    Unit unit = Unit::Percent;
    sla::Comparison comparison = sla::Comparison::AtLeast;
    double target = 0; // in the query's own scale (a ratio for Percent)
    double alert = 0;  // alert threshold, same scale
    std::chrono::seconds window{300};
    bool regional = true; // also computed for each region, with the region's selector
    DirectFormula direct;

    // Roles (`roles:` in the profile): what views do with this SLA, so that no view names an SLA id.
    bool trend = false;        // its gauge carries a sparkline of the last hour
    bool regionCard = false;   // shown on each region's card, under the region's own figures
    bool regionUptime = false; // the regions' `uptime:` is its target per region (and it heads their cards)
    // For containment plans: the fleet's capacity (a rate limit keeps it under its alert; a diversion
    // checks the regions left can carry it), and the time sessions take to fail over (what a session
    // migration is watched by).
    bool capacity = false;
    bool sessionFailover = false;
    // Reports: when the SLA came into force and when it ended (`since:` / `until:`, ISO 8601 with a
    // zone; invalid: always), so a report over a period in which the profile changed reports each SLA
    // over the time it existed; and what to look at when it degrades (`advice:`, shown with the figures
    // that led to it).
    QDateTime since;
    QDateTime until;
    QString advice;

    // A ratio SLA (a share of good or bad events) has an error budget.
    bool hasBudget() const { return unit == Unit::Percent; }
    // The first range selector over $window of the query (`up{job="x",$selector}`), without its range:
    // what the refresh asks about to know whether the window is covered by data. Empty if none.
    QString windowSelector() const;
    QString expandedQuery(const QString &selector = {}) const { return expandQuery(query, window, selector); }
};

struct Auth {
    enum class Kind { None, Bearer, Basic };
    Kind kind = Kind::None;
    QString username;
    QString secretRef; // the name of a keychain entry (slaops secret set NAME), never the secret itself
};

// One Prometheus source: a single server, or the replicas of one HA pair (each scraping the same
// targets), in order of preference, with the credential and CAs they share.
struct PromSource {
    std::vector<QUrl> urls; // 1..4; empty (a region's): the global source
    Auth auth;
    QString caFile; // extra CA certificates (PEM) for TLS; verification always stays on
    // A replica whose newest samples are this much older than the freshest replica's is not preferred.
    std::chrono::milliseconds maxLag{60000};

    bool isSet() const { return !urls.empty(); }
};

// A region's own targets (DESIGN.md §4). NaN: not set for this region.
struct RegionSpec {
    QString name;
    QString selector;      // label matchers without braces
    double uptime = NAN;   // ratio
    double rto = NAN;      // seconds
    double rpo = NAN;      // seconds
    double latency = NAN;  // milliseconds
    PromSource prometheus; // the region's own Prometheus; unset: the global source
};

// Queries of the figures that only regions have; each is a template with $selector.
struct RegionQueries {
    QString rto;
    QString rpo;
    QString latency;
    DirectFormula rtoDirect;
    DirectFormula rpoDirect;
    DirectFormula latencyDirect;
};

// A node to scrape directly. Labels are what service discovery would attach (its region, its
// name): most nodes do not write them on their own pages.
struct ScrapeTarget {
    QUrl url;
    std::vector<std::pair<QString, QString>> labels;

    QString label(QStringView name) const
    {
        for (const auto &[k, v] : labels)
            if (k == name)
                return v;
        return {};
    }
};

// How to reach one Alertmanager of the profile beyond its URL. Kept by URL, so that an Alertmanager
// named again on the command line or in the settings keeps the credential the profile gives it.
struct AlertmanagerAccess {
    QUrl url;
    Auth auth;
    QString caFile; // extra CA certificates (PEM) for this one
};

struct Sources {
    QUrl prometheus; // the global source's first replica, which most users need alone
    Auth prometheusAuth;
    QString caFile; // extra CA certificates (PEM) for TLS; verification always stays on
    // The global source's replicas (`urls:`), in order of preference; their first is `prometheus`.
    std::vector<QUrl> prometheusUrls;
    std::chrono::milliseconds maxLag{60000};
    std::vector<QUrl> alertmanagers;
    std::vector<AlertmanagerAccess> alertmanagerAccess; // the profile's entries with auth or ca_file
    std::vector<ScrapeTarget> scrapeTargets;            // nodes scraped directly while Prometheus is down
    std::chrono::milliseconds timeout{10000};
    int retries = 2; // per query and refresh, for connection failures and 5xx answers

    // The global source as one value. Its replicas are `prometheusUrls` while their first is still
    // `prometheus`; a `prometheus` set alone (--prometheus, the settings, a test) replaces the list
    // by that one server, so that every place that sets it keeps meaning what it meant.
    PromSource globalPrometheus() const
    {
        PromSource s;
        if (!prometheusUrls.empty() && prometheusUrls.front() == prometheus)
            s.urls = prometheusUrls;
        else
            s.urls = {prometheus};
        s.auth = prometheusAuth;
        s.caFile = caFile;
        s.maxLag = maxLag;
        return s;
    }
    // The global source replaced by one server, even one that was the first of the list.
    void usePrometheus(const QUrl &url)
    {
        prometheus = url;
        prometheusUrls = {url};
    }

    // One Alertmanager however its URL is written: without a trailing slash, "/" as no path.
    static QUrl sameServerKey(const QUrl &url)
    {
        QUrl u = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        if (u.path() == QLatin1String("/"))
            u.setPath(QString());
        return u;
    }
    // The access the profile gives `url` (see sameServerKey); none when it gives none.
    AlertmanagerAccess alertmanagerAccessFor(const QUrl &url) const
    {
        for (const AlertmanagerAccess &a : alertmanagerAccess)
            if (sameServerKey(a.url) == sameServerKey(url))
                return a;
        return AlertmanagerAccess{url, {}, {}};
    }
};

struct KubectlTarget {
    QString context;
    QString nameSpace;
    QString service;
    QString sessionManager = QStringLiteral("erlmcp-session-manager"); // the Pod migrate-sessions runs in
};

struct RestTarget {
    QUrl url;
    Auth auth;
    QString caFile; // extra CA certificates (PEM); verification always stays on
};

// How a kubeconfig context looks in a confirmation. A context the profile does not list is treated
// as production: a typed confirmation costs seconds, a wrong cluster costs an outage.
struct ContextLook {
    QString name;
    bool production = true;
    QString colour; // "#rrggbb"; empty: the theme's warning colour for production, none otherwise
};

struct Containment {
    KubectlTarget kubectl;
    RestTarget rest;
    std::vector<ContextLook> contexts;
    int verifyRefreshes = 6; // refreshes the affected figures are watched for after an action
    std::chrono::milliseconds timeout{30000}; // the longest one kubectl run or REST request may take

    ContextLook look(const QString &context) const
    {
        for (const ContextLook &c : contexts)
            if (c.name == context)
                return c;
        return ContextLook{context, true, {}};
    }
};

struct EscalationLevel {
    QString severity; // critical, high, medium, low
    std::chrono::seconds responseTime{0};
    QStringList path;     // who, in order
    QStringList channels; // how
};

// The severities of the multi-window burn-rate alerts `slaops rules generate` writes (`burn_alerts:
// {page: critical, ticket: medium}`), each one of the escalation matrix's. Empty: the matrix's first
// level pages, the level halfway down it tickets.
struct BurnAlerts {
    QString page;
    QString ticket;
};

struct Profile {
    QString name;
    QString file; // where it was loaded from, for messages
    std::chrono::milliseconds refreshInterval{5000};
    // A figure whose query fails stays Stale (last value kept, greyed) until its last good value is
    // this old; after that it is an Error. Stale from the first failure: a value we cannot confirm
    // is never shown as Ok.
    std::chrono::milliseconds errorAfter{60000};
    std::chrono::seconds budgetPeriod{30 * 86400}; // the rolling error-budget period

    // A value not confirmed for this long is Stale, whether or not a refresh is still under way: two
    // refresh intervals, or one plus the longest a refresh may take (the request deadline) when that
    // is longer, so that a slow but healthy refresh does not flicker to Stale.
    std::chrono::milliseconds staleAfter() const
    {
        return std::max(2 * refreshInterval, refreshInterval + sources.timeout);
    }
    Sources sources;
    std::vector<SlaSpec> slas;
    std::vector<RegionSpec> regions;
    RegionQueries regionQueries;
    Containment containment;
    std::vector<EscalationLevel> escalation;
    BurnAlerts burnAlerts;

    // The SLA whose gauge gets the sparkline (the first with the trend role), or null.
    const SlaSpec *trendSla() const
    {
        for (const SlaSpec &s : slas)
            if (s.trend)
                return &s;
        return nullptr;
    }
    // Every Prometheus source the engine asks: the global one first ("global"), then each region
    // that names its own, in the profile's order. A figure's source index points into this list.
    std::vector<std::pair<QString, PromSource>> prometheusSources() const
    {
        std::vector<std::pair<QString, PromSource>> list{
            {QStringLiteral("global"), sources.globalPrometheus()}};
        for (const RegionSpec &r : regions)
            if (r.prometheus.isSet())
                list.emplace_back(r.name, r.prometheus);
        return list;
    }
    // The index in prometheusSources() of a region's figures (0: the global source).
    int sourceIndex(QStringView region) const
    {
        int i = 0;
        for (const RegionSpec &r : regions) {
            if (r.prometheus.isSet())
                ++i;
            if (r.name == region)
                return r.prometheus.isSet() ? i : 0;
        }
        return 0;
    }
    const SlaSpec *sla(QStringView id) const
    {
        for (const SlaSpec &s : slas)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

QString formatDuration(std::chrono::seconds d); // "5m", "1h30m", as PromQL writes it

} // namespace slaops::config
