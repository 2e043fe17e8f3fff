#include "engine.h"

#include "offthread.h"
#include "prom/client.h"
#include "replicaset.h"
#include "secrets/credentialstore.h"
#include "snapshotbuilder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "slaops.engine", QtInfoMsg)

namespace slaops::engine {

Engine::Engine(config::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_scraper(new prom::Client(QUrl(), this))
{
    qRegisterMetaType<SnapshotPtr>();
    m_scraper->setTimeout(std::min(m_profile.sources.timeout, m_profile.refreshInterval));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Engine::refreshNow);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Engine::deadlinePassed);
    // Parsing is short and the pool is ours alone; two threads keep one slow parse from delaying the next.
    m_pool.setMaxThreadCount(2);
    prepareSources();
}

void Engine::prepareSources()
{
    bool anyCredential = false;
    for (const auto &[name, source] : m_profile.prometheusSources()) {
        m_sources.push_back(new ReplicaSet(name, source, m_profile.sources.timeout, this));
        anyCredential = anyCredential || source.auth.kind != config::Auth::Kind::None;
    }
    if (anyCredential) {
        m_credentials = new secrets::CredentialStore(this);
        // A token set or deleted in this process (the settings dialog) is read again at the next refresh.
        connect(m_credentials, &secrets::CredentialStore::credentialChanged, this,
                [this](const QString &name) {
                    for (ReplicaSet *s : m_sources)
                        if (name == s->source().auth.secretRef)
                            s->requireCredential();
                });
    }
}

prom::Client *Engine::prometheusClient() const
{
    return m_sources.front()->client(0);
}

prom::Client *Engine::clientFor(const QString &url) const
{
    if (!url.isEmpty())
        for (const ReplicaSet *s : m_sources) {
            const std::vector<QString> urls = s->urls();
            for (std::size_t i = 0; i < urls.size(); ++i)
                if (urls[i] == url)
                    return s->client(i);
        }
    const ReplicaSet *global = m_sources.front();
    return global->client(global->preferred());
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

void Engine::setSources(const QUrl &prometheus, std::chrono::milliseconds refreshInterval)
{
    const bool moved = prometheus.isValid() && prometheus != m_profile.sources.prometheus;
    if (!moved && refreshInterval == m_profile.refreshInterval)
        return;
    if (prometheus.isValid())
        m_profile.sources.prometheus = prometheus;
    if (refreshInterval.count() > 0)
        m_profile.refreshInterval = refreshInterval;
    qCInfo(lcEngine).noquote() << "sources changed: Prometheus" << m_profile.sources.prometheus.toString()
                               << "every" << m_profile.refreshInterval.count() << "ms";
    if (moved) {
        m_profile.sources.usePrometheus(prometheus);
        m_sources.front()->replaceBy(prometheus);
        m_failures = 0;
    }
    // What is in flight asked the old source: its answers are dropped and a new refresh starts.
    m_collecting = false;
    m_deadline.stop();
    ++m_credentialTicket;
    m_readingCredential = false;
    m_inFlight = false;
    m_rulesDue = true;
    ++m_rulesTicket;
    refreshNow();
}

std::chrono::milliseconds Engine::refreshDeadline() const
{
    // Every request has the profile's timeout as its total deadline, and retries happen inside it;
    // the grace lets the client's own deadline report first, with its own words.
    return m_profile.sources.timeout + std::chrono::milliseconds(500);
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
    // Whatever happens below (a keychain that never answers, a server that trickles), the refresh
    // ends by this deadline: the engine never waits on one longer.
    m_deadline.start(refreshDeadline());
    readCredentials();
}

void Engine::readCredentials()
{
    // Each source's token is read from the keychain when first needed, and again while reading it
    // fails (the keychain may be unlocked later) or after a replica refused it; it is held in memory
    // only. The sources' reads run side by side; the refresh begins when all have come back.
    std::vector<QPointer<ReplicaSet>> need;
    for (ReplicaSet *s : m_sources)
        if (s->needsCredential())
            need.emplace_back(s);
    if (need.empty()) {
        askRecordedRules();
        return;
    }
    const quint64 ticket = ++m_credentialTicket;
    m_readingCredential = true;
    m_credentialReads = int(need.size());
    for (const QPointer<ReplicaSet> &set : need) {
        const config::Auth a = set->source().auth;
        m_credentials->read(
            a.secretRef, this, [this, a, ticket, set](bool ok, QString secret, QString error) {
                if (ticket != m_credentialTicket)
                    return; // the deadline gave up on this read; a later refresh reads again
                if (set && ok) {
                    prom::Auth auth;
                    auth.kind = a.kind == config::Auth::Kind::Bearer ? prom::Auth::Kind::Bearer
                                                                     : prom::Auth::Kind::Basic;
                    auth.username = a.username;
                    auth.secret = std::move(secret);
                    set->setAuth(auth);
                } else if (set) {
                    set->setKeychainError(tr("keychain: %1").arg(error));
                }
                if (--m_credentialReads > 0)
                    return;
                m_readingCredential = false;
                askRecordedRules();
            });
    }
}

void Engine::deadlinePassed()
{
    if (!m_inFlight)
        return;
    if (!m_readingCredential && !m_collecting)
        return; // the snapshot is being built; it is on its way
    if (m_readingCredential) {
        ++m_credentialTicket;
        m_readingCredential = false;
        for (ReplicaSet *s : m_sources)
            if (s->needsCredential())
                s->setKeychainError(
                    tr("keychain: no answer within %L1 s (is it locked, or waiting for a prompt?)")
                        .arg(m_profile.sources.timeout.count() / 1000.0));
        beginRefresh();
        return;
    }
    // What has not come back by now is a timeout; late answers are dropped by their generation.
    const QString text =
        tr("no complete answer within %L1 s").arg(m_profile.sources.timeout.count() / 1000.0);
    qCWarning(lcEngine) << "refresh" << m_generation << "passed its deadline with" << m_pending
                        << "answers missing";
    for (std::size_t i = 0; i < m_responses.size(); ++i) {
        if (!m_received[i]) {
            m_responses[i].error = prom::TransportError::Timeout;
            m_responses[i].transportError = text;
        }
    }
    for (std::size_t i = 0; i < m_scrapes.size(); ++i) {
        if (!m_scrapeReceived[i]) {
            m_scrapes[i].error = prom::TransportError::Timeout;
            m_scrapes[i].transportError = text;
        }
    }
    m_pending = 0;
    finishRefresh(m_generation);
}

// A budget's coverage is measured with subqueries over the whole period, which are costly over a
// large fleet (seconds at 10,000 nodes), and it changes slowly (it grows with time, which the
// calculator adds between measurements): asked at the start and every five minutes after, whether
// or not the last attempt succeeded, so that a Prometheus too slow for it delays one refresh in five
// minutes, not every one.
bool Engine::budgetCoverageDue(const QDateTime &lastAttempt, const QDateTime &now)
{
    constexpr qint64 kEverySeconds = 300;
    return !lastAttempt.isValid() || lastAttempt.secsTo(now) >= kEverySeconds || now < lastAttempt;
}

bool Engine::recordedRulesDue(const QDateTime &lastAsked, const QDateTime &now)
{
    constexpr qint64 kEverySeconds = 60;
    return !lastAsked.isValid() || lastAsked.secsTo(now) >= kEverySeconds || now < lastAsked;
}

// Before a refresh is planned, when due: which of this profile's series the source records. The
// refresh waits for the answer (a few kilobytes), because at 10,000 nodes a refresh planned with raw
// queries instead takes tens of seconds; a failed or slow answer plans raw queries, as without rules.
void Engine::askRecordedRules()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_recorded.resize(m_sources.size());
    if (!m_useRecorded || (!m_rulesDue && !recordedRulesDue(m_rulesAsked, now))) {
        beginRefresh();
        return;
    }
    m_rulesDue = false;
    m_rulesAsked = now;
    const quint64 ticket = ++m_rulesTicket;
    // Each source is asked on its preferred replica (the one that will answer the refresh), and on
    // the next one when that fails; all answers (or failures) come back before the refresh is planned.
    m_rulesPending = 0;
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        if (!m_sources[i]->setupError().isEmpty())
            continue;
        ++m_rulesPending;
        askRecordedRulesOf(i, 0, ticket);
    }
    if (m_rulesPending == 0)
        beginRefresh();
}

void Engine::askRecordedRulesOf(std::size_t i, std::size_t attempt, quint64 ticket)
{
    ReplicaSet *source = m_sources[i];
    const std::vector<std::size_t> order = ReplicaChoice::order(source->health());
    const std::size_t replica = order[attempt];
    // The rules take a few kilobytes: each replica gets a share of three seconds at most.
    const auto limit =
        std::min(m_profile.sources.timeout / 2, std::chrono::milliseconds(3000)) / qint64(order.size());
    source->client(replica)->recordingRules(
        {limit, 4 * 1024 * 1024}, this,
        [this, ticket, i, attempt, last = attempt + 1 >= order.size(),
         profile = m_profile](prom::RawResponse r) {
            if (ticket != m_rulesTicket || !m_inFlight)
                return; // the refresh it was for was dropped (new sources, deadline)
            if (r.error != prom::TransportError::None || r.httpStatus != 200) {
                qCDebug(lcEngine) << "recording rules of" << m_sources[i]->name()
                                  << "not read:" << r.httpStatus << r.transportError;
                if (!last) {
                    askRecordedRulesOf(i, attempt + 1, ticket);
                    return;
                }
                // What was known stays (a source briefly down does not turn a large fleet's refresh
                // raw); asked again next refresh.
                m_rulesDue = true;
                recordedRulesArrived(ticket);
                return;
            }
            runOffThread(
                m_pool, this,
                [body = std::move(r.body), profile]() { return RecordedRules::parse(body, profile); },
                [this, ticket, i](RecordedRules rules) {
                    if (ticket != m_rulesTicket || !m_inFlight)
                        return;
                    if (rules.status != m_recorded[i].status)
                        qCInfo(lcEngine).noquote()
                            << QStringLiteral("%1: recorded series %2 (%3 rules of profile version %4)")
                                   .arg(m_sources[i]->name(), rules.status == RecordedRules::Status::Loaded
                                                                  ? QStringLiteral("in use")
                                                                  : QStringLiteral("not used"))
                                   .arg(rules.rules.size())
                                   .arg(rules.version);
                    if (!rules.warning().isEmpty())
                        qCWarning(lcEngine).noquote() << rules.warning();
                    m_recorded[i] = std::move(rules);
                    recordedRulesArrived(ticket);
                });
        });
}

void Engine::recordedRulesArrived(quint64 ticket)
{
    if (ticket == m_rulesTicket && --m_rulesPending == 0)
        beginRefresh();
}

void Engine::beginRefresh()
{
    const quint64 generation = ++m_generation;
    m_collecting = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_refreshClock.start();
    m_deadline.start(refreshDeadline());
    const bool coverage = budgetCoverageDue(m_coverageAttempt, m_startedAt);
    if (coverage)
        m_coverageAttempt = m_startedAt;
    m_plan = RefreshPlan::make(m_profile, m_startedAt, m_region, coverage, m_recorded);
    m_queries = m_plan.queries();
    m_querySources = m_plan.sources();
    for (int &s : m_querySources)
        if (s < 0 || std::size_t(s) >= m_sources.size())
            s = 0; // a plan made for another profile; cannot happen, costs nothing to rule out
    m_answeredBy.assign(m_queries.size(), -1);
    m_responses.assign(m_queries.size(), {});
    m_received.assign(m_queries.size(), false);
    m_bytes = 0;
    m_pending = int(m_queries.size());
    // While Prometheus is down, the nodes listed in the profile are scraped directly as well.
    const auto &targets = m_profile.sources.scrapeTargets;
    const bool scrape = !targets.empty() && m_current && !m_current->prometheus.reachable;
    m_scrapes.assign(scrape ? targets.size() : 0, {});
    m_scrapeReceived.assign(m_scrapes.size(), false);
    for (std::size_t i = 0; i < m_scrapes.size(); ++i) {
        ++m_pending;
        m_scraper->fetch(targets[i].url, this, [this, i, generation](prom::RawResponse r) {
            if (generation != m_generation || !m_collecting)
                return;
            keepWithinBudget(r);
            m_scrapes[i] = std::move(r);
            m_scrapeReceived[i] = true;
            if (--m_pending == 0)
                finishRefresh(generation);
        });
    }
    // A source that cannot be used as configured answers each of its queries with the reason.
    for (std::size_t i = 0; i < m_queries.size(); ++i) {
        const QString setupError = m_sources[std::size_t(m_querySources[i])]->setupError();
        if (setupError.isEmpty())
            continue;
        m_responses[i].error = prom::TransportError::Refused;
        m_responses[i].transportError = setupError;
        m_received[i] = true;
        --m_pending;
    }
    if (m_pending == 0) {
        finishRefresh(generation);
        return;
    }
    for (ReplicaSet *s : m_sources)
        if (s->setupError().isEmpty())
            s->probeLag(m_startedAt);
    for (std::size_t i = 0; i < m_queries.size(); ++i)
        if (!m_received[i])
            send(i, 0, generation);
}

void Engine::keepWithinBudget(prom::RawResponse &r)
{
    // Each answer is capped by the client; the sum of one refresh is capped here, so that dozens of
    // answers just under the cap cannot add up to gigabytes.
    if (m_bytes + r.body.size() > kRefreshMaxBytes) {
        r.body.clear();
        r.httpStatus = 0;
        r.error = prom::TransportError::TooLarge;
        r.transportError = tr("the answers of this refresh pass %1 MiB in all; this one was dropped")
                               .arg(kRefreshMaxBytes / (1024 * 1024));
        return;
    }
    m_bytes += r.body.size();
}

bool Engine::worthRetrying(const prom::RawResponse &r)
{
    // Connection failures and server errors may pass. An answer too large or too slow would be so
    // again; a 4xx (a bad query, a refused credential) or a query timeout (Prometheus answers 503
    // after its own deadline) would only fail again. Decided by kind, never by the (translated) text.
    switch (r.error) {
    case prom::TransportError::Network:
    case prom::TransportError::Truncated:
        return true;
    case prom::TransportError::Timeout:
    case prom::TransportError::TooLarge:
    case prom::TransportError::Tls:
    case prom::TransportError::Refused:
        return false;
    case prom::TransportError::None:
        break;
    }
    return r.httpStatus >= 500 && r.httpStatus != 503;
}

void Engine::send(std::size_t index, int attempt, quint64 generation)
{
    // A request may take what is left of the refresh's deadline, and never more than the budget of
    // bytes left to the refresh.
    const auto left = std::chrono::milliseconds(m_profile.sources.timeout.count() - m_refreshClock.elapsed());
    const QDeadlineTimer deadline(std::max(left, std::chrono::milliseconds(100)));
    const qint64 maxBytes = std::clamp<qint64>(kRefreshMaxBytes - m_bytes, 1, kAnswerMaxBytes);
    ReplicaSet *source = m_sources[std::size_t(m_querySources[index])];
    // The source fails over to its next replica itself; what comes back here is the answer that
    // ended it, from the replica named, or the last replica's failure.
    source->instantQuery(m_queries[index], m_startedAt, deadline, maxBytes, this,
                         [=, this](prom::RawResponse r, std::size_t replica) {
                             if (generation != m_generation || !m_collecting || m_received[index])
                                 return;
                             const qint64 waitMs = 100 * (attempt + 1);
                             const bool retry =
                                 worthRetrying(r) && attempt < m_profile.sources.retries &&
                                 m_refreshClock.elapsed() + waitMs < m_profile.sources.timeout.count();
                             if (retry) {
                                 QTimer::singleShot(waitMs, this, [=, this]() {
                                     if (generation == m_generation && m_collecting && !m_received[index])
                                         send(index, attempt + 1, generation);
                                 });
                                 return;
                             }
                             keepWithinBudget(r);
                             m_responses[index] = std::move(r);
                             m_answeredBy[index] = int(replica);
                             m_received[index] = true;
                             if (--m_pending == 0)
                                 finishRefresh(generation);
                         });
}

void Engine::finishRefresh(quint64 generation)
{
    m_deadline.stop();
    // Answers still under way belong to a refresh that is over: they are dropped.
    m_collecting = false;
    BuildInput in;
    in.generation = generation;
    in.startedAt = m_startedAt;
    in.now = QDateTime::currentDateTimeUtc();
    in.profileName = m_profile.name;
    in.source = m_profile.sources.prometheus.toString();
    in.secretRef = m_profile.sources.prometheusAuth.kind == config::Auth::Kind::None
                       ? QString()
                       : m_profile.sources.prometheusAuth.secretRef;
    in.staleAfter = m_profile.staleAfter();
    in.errorAfter = m_profile.errorAfter;
    in.plan = m_plan;
    for (const RecordedRules &r : m_recorded)
        in.rules.emplace_back(r.status, r.warning());
    in.responses = std::move(m_responses);
    in.answeredBy = std::move(m_answeredBy);
    for (const ReplicaSet *s : m_sources) {
        SourceInput src;
        src.name = s->name();
        src.urls = s->urls();
        src.health = s->health();
        src.probes = s->probes();
        src.maxLag = s->source().maxLag;
        src.secretRef =
            s->source().auth.kind == config::Auth::Kind::None ? QString() : s->source().auth.secretRef;
        src.preferred = s->preferred();
        in.sources.push_back(std::move(src));
    }
    in.previous = m_current;
    if (!m_scrapes.empty()) {
        in.scrapeTargets = m_profile.sources.scrapeTargets;
        in.scrapes = std::move(m_scrapes);
        m_scrapes.clear();
    }
    runOffThread(
        m_pool, this, [in = std::move(in)]() { return SnapshotBuilder::build(in); },
        [this](Snapshot snap) { publish(std::move(snap)); });
}

void Engine::publish(Snapshot snapshot)
{
    // A refresh dropped by setSources() may still finish building; it does not end the one in flight.
    if (snapshot.generation == m_generation)
        m_inFlight = false;
    if (m_current && snapshot.generation <= m_current->generation)
        return; // an older refresh finished late; its data is already superseded
    snapshot.refreshMs = m_refreshClock.elapsed();
    m_current = std::make_shared<const Snapshot>(std::move(snapshot));
    // A recorded series that answers nothing: its rules were unloaded or changed; ask again.
    for (const Figure &f : m_current->figures)
        if (!f.rule.isEmpty() && f.state == sla::State::NoData)
            m_rulesDue = true;
    // What the builder made of the lag probes decides which replica the next refresh prefers.
    for (std::size_t i = 0; i < m_current->sources.size() && i < m_sources.size(); ++i) {
        std::vector<bool> lagging;
        for (const ReplicaStatus &r : m_current->sources[i].replicas)
            lagging.push_back(r.lagging);
        m_sources[i]->setLagging(lagging);
        if (i > 0 && !m_current->sources[i].status.reachable)
            qCWarning(lcEngine).noquote()
                << "Prometheus of" << m_current->sources[i].name << m_current->sources[i].status.url
                << "unreachable:" << m_current->sources[i].status.error;
    }
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
