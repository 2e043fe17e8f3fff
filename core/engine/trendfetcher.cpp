#include "trendfetcher.h"

#include "historyfetcher.h"

#include <QStringView>

namespace slaops::engine {

namespace {

// The figures whose gauges carry a sparkline (issue 4: the P95's).
constexpr QStringView kTrendFigures[] = {u"response_time_p95"};

} // namespace

TrendFetcher::TrendFetcher(prom::Client *client, QObject *parent)
    : QObject(parent)
    , m_fetcher(new HistoryFetcher(client, this))
{
    connect(m_fetcher, &HistoryFetcher::historyReady, this, &TrendFetcher::trendReady);
}

void TrendFetcher::update(const SnapshotPtr &snapshot)
{
    if (m_lastFetch.isValid() && m_lastFetch.elapsed() < kRefetchMs)
        return;
    fetch(snapshot);
}

void TrendFetcher::fetch(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    for (QStringView id : kTrendFigures)
        if (const Figure *f = snapshot->figure(id)) {
            m_fetcher->fetch(*f, HistoryRange::Hour, kWidthPixels);
            ++m_fetches;
            // Only a fetch made starts the wait: a snapshot without the figures must not delay the next.
            m_lastFetch.start();
        }
}

} // namespace slaops::engine
