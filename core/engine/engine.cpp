#include "engine.h"

#include "offthread.h"
#include "prom/client.h"
#include "secrets/credentialstore.h"
#include "snapshotbuilder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "slaops.engine", QtInfoMsg)

namespace slaops::engine {

Engine::Engine(config::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_prometheus(new prom::Client(m_profile.sources.prometheus, this))
    , m_scraper(new prom::Client(QUrl(), this))
{
    qRegisterMetaType<SnapshotPtr>();
    m_prometheus->setTimeout(m_profile.sources.timeout);
    m_scraper->setTimeout(std::min(m_profile.sources.timeout, m_profile.refreshInterval));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Engine::refreshNow);
    // Parsing is short and the pool is ours alone; two threads keep one slow parse from delaying the next.
    m_pool.setMaxThreadCount(2);
    prepareSources();
}

void Engine::prepareSources()
{
    if (!m_profile.sources.caFile.isEmpty()) {
        QString error;
        if (!m_prometheus->setCaFile(m_profile.sources.caFile, &error))
            m_setupError = error;
    }
    m_needCredential = m_profile.sources.prometheusAuth.kind != config::Auth::Kind::None;
    if (m_needCredential)
        m_credentials = new secrets::CredentialStore(this);
}

Engine::~Engine()
{
    m_timer.stop();
    // Jobs post their result to this object; wait for them so none outlives it.
    m_pool.waitForDone();
}

void Engine::start()
{
    refreshNow();
}

void Engine::stop()
{
    m_timer.stop();
}

std::chrono::milliseconds Engine::backoff(std::chrono::milliseconds interval, int failures)
{
    // Doubling from the refresh interval, capped at 30 s (or the interval, if longer): a console that
    // hammers a struggling Prometheus makes its recovery slower, one that waits minutes hides it.
    const auto cap = std::max(interval, std::chrono::milliseconds(30000));
    auto d = interval;
    for (int i = 1; i < failures && d < cap; ++i)
        d *= 2;
    return std::min(d, cap);
}

void Engine::refreshNow()
{
    if (m_inFlight) {
        qCDebug(lcEngine) << "refresh skipped: generation" << m_generation << "still in flight";
        return;
    }
    m_timer.stop();
    m_inFlight = true;
    if (!m_needCredential) {
        beginRefresh();
        return;
    }
    // The token is read from the keychain when first needed, and again while reading it fails (the
    // keychain may be unlocked later); it is held in memory only.
    const config::Auth &a = m_profile.sources.prometheusAuth;
    m_credentials->read(a.secretRef, this, [this, a](bool ok, QString secret, QString error) {
        if (ok) {
            prom::Auth auth;
            auth.kind =
                a.kind == config::Auth::Kind::Bearer ? prom::Auth::Kind::Bearer : prom::Auth::Kind::Basic;
            auth.username = a.username;
            auth.secret = std::move(secret);
            m_prometheus->setAuth(auth);
            m_needCredential = false;
            if (m_setupError.startsWith(QLatin1String("keychain: ")))
                m_setupError.clear();
        } else {
            m_setupError = QStringLiteral("keychain: ") + error;
        }
        beginRefresh();
    });
}

void Engine::beginRefresh()
{
    const quint64 generation = ++m_generation;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_refreshClock.start();
    m_plan = RefreshPlan::make(m_profile, m_startedAt, m_region);
    m_queries = m_plan.queries();
    m_responses.assign(m_queries.size(), {});
    m_pending = int(m_queries.size());
    // While Prometheus is down, the nodes listed in the profile are scraped directly as well.
    const auto &targets = m_profile.sources.scrapeTargets;
    const bool scrape = !targets.empty() && m_current && !m_current->prometheus.reachable;
    m_scrapes.assign(scrape ? targets.size() : 0, {});
    for (std::size_t i = 0; i < m_scrapes.size(); ++i) {
        ++m_pending;
        m_scraper->fetch(targets[i], this, [this, i, generation](prom::RawResponse r) {
            if (generation != m_generation)
                return;
            m_scrapes[i] = std::move(r);
            if (--m_pending == 0)
                finishRefresh(generation);
        });
    }
    if (!m_setupError.isEmpty()) {
        for (prom::RawResponse &r : m_responses)
            r.transportError = m_setupError;
        m_pending -= int(m_queries.size());
    }
    if (m_pending == 0) {
        finishRefresh(generation);
        return;
    }
    if (m_setupError.isEmpty())
        for (std::size_t i = 0; i < m_queries.size(); ++i)
            send(i, 0, generation);
}

static bool worthRetrying(const prom::RawResponse &r)
{
    // Connection failures and server errors may pass; a 4xx (a bad query) or a query timeout
    // (Prometheus answered 503 after its own deadline) would only fail again.
    if (r.httpStatus == 0)
        return !r.transportError.contains(QLatin1String("larger than"));
    return r.httpStatus >= 500 && r.httpStatus != 503;
}

void Engine::send(std::size_t index, int attempt, quint64 generation)
{
    m_prometheus->instantQuery(m_queries[index], m_startedAt, this, [=, this](prom::RawResponse r) {
        if (generation != m_generation)
            return;
        const bool retry = worthRetrying(r) && attempt < m_profile.sources.retries &&
                           m_refreshClock.elapsed() < m_profile.refreshInterval.count();
        if (retry) {
            QTimer::singleShot(100 * (attempt + 1), this,
                               [=, this]() { send(index, attempt + 1, generation); });
            return;
        }
        m_responses[index] = std::move(r);
        if (--m_pending == 0)
            finishRefresh(generation);
    });
}

void Engine::finishRefresh(quint64 generation)
{
    BuildInput in;
    in.generation = generation;
    in.startedAt = m_startedAt;
    in.now = QDateTime::currentDateTimeUtc();
    in.profileName = m_profile.name;
    in.source = m_profile.sources.prometheus.toString();
    in.staleAfter = m_profile.staleAfter();
    in.errorAfter = m_profile.errorAfter;
    in.plan = m_plan;
    in.responses = std::move(m_responses);
    in.previous = m_current;
    if (!m_scrapes.empty()) {
        in.scrapeUrls = m_profile.sources.scrapeTargets;
        in.scrapes = std::move(m_scrapes);
        m_scrapes.clear();
    }
    runOffThread(
        m_pool, this, [in = std::move(in)]() { return SnapshotBuilder::build(in); },
        [this](Snapshot snap) { publish(std::move(snap)); });
}

void Engine::publish(Snapshot snapshot)
{
    m_inFlight = false;
    if (m_current && snapshot.generation <= m_current->generation)
        return; // an older refresh finished late; its data is already superseded
    snapshot.refreshMs = m_refreshClock.elapsed();
    m_current = std::make_shared<const Snapshot>(std::move(snapshot));
    if (m_current->prometheus.reachable) {
        m_failures = 0;
    } else {
        ++m_failures;
        qCWarning(lcEngine).noquote()
            << "Prometheus" << m_current->prometheus.url << "unreachable:" << m_current->prometheus.error;
    }
    const auto delay =
        m_failures > 0 ? backoff(m_profile.refreshInterval, m_failures) : m_profile.refreshInterval;
    // The next refresh is counted from this one's start, so a slow refresh does not stretch the interval.
    m_timer.start(std::max<qint64>(0, delay.count() - (m_failures > 0 ? 0 : m_refreshClock.elapsed())));
    Q_EMIT snapshotReady(m_current);
}

} // namespace slaops::engine
