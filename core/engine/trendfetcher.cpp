#include "trendfetcher.h"

#include "historyfetcher.h"

#include <QStringView>

namespace slaops::engine {

void TrendFetcher::setClientPicker(ClientPicker picker)
{
    m_fetcher->setClientPicker(std::move(picker));
}

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
    // The figures whose gauges carry a sparkline: those of the SLAs with the profile's trend role.
    for (const Figure &fig : snapshot->figures)
        if (const Figure *f = fig.roles.trend && fig.region.isEmpty() ? &fig : nullptr) {
            m_fetcher->fetch(*f, HistoryRange::Hour, kWidthPixels);
            ++m_fetches;
            // Only a fetch made starts the wait: a snapshot without the figures must not delay the next.
            m_lastFetch.start();
        }
}

} // namespace slaops::engine
