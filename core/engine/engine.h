#pragma once

#include "config/profile.h"
#include "prom/rawresponse.h"
#include "refreshplan.h"
#include "snapshot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <vector>

namespace slaops::prom {
class Client;
}
namespace slaops::secrets {
class CredentialStore;
}

namespace slaops::engine {

class ReplicaSet;

// Schedules refreshes, sends every query of a refresh at once (each with a timeout and bounded
// retries), has the answers parsed and turned into a snapshot on its own thread pool, and publishes
// one immutable snapshot per refresh (DESIGN.md §3). Backs off while Prometheus is down.
// Lives on the GUI thread: its network I/O is asynchronous, its CPU work runs on the pool.
class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(config::Profile profile, QObject *parent = nullptr);
    ~Engine() override;

    const config::Profile &profile() const { return m_profile; }
    SnapshotPtr current() const { return m_current; }
    // The global source's first replica, for those that ask it directly (charts, explanations).
    prom::Client *prometheusClient() const;
    // The client of the replica with this URL in any source; else the global source's preferred one.
    prom::Client *clientFor(const QString &url) const;
    // Every source the refresh asks: Profile::prometheusSources(), same order.
    const std::vector<ReplicaSet *> &sources() const { return m_sources; }

    // Plan only this region's figures (slaops check --region); empty for everything.
    void setRegionFilter(const QString &region) { m_region = region; }
    // Whether recorded series of the profile's generated rules are read when the source has them (the
    // default); off: raw queries always (`slaops check --raw`, the benchmark's baseline).
    void setUseRecordedRules(bool use) { m_useRecorded = use; }

    void start();
    void stop();
    // Starts a refresh now, unless one is in flight (at most one per source).
    void refreshNow();
    // Settings saved while running: a new Prometheus (replacing the global source by that one
    // server) and refresh interval take effect at the next refresh, without a restart. The refresh in flight
    // (if any) is dropped; one starts at once.
    void setSources(const QUrl &prometheus, std::chrono::milliseconds refreshInterval);

    // The delay before the next refresh after `failures` refreshes in a row found Prometheus down.
    static std::chrono::milliseconds backoff(std::chrono::milliseconds interval, int failures);
    // Whether a failed request is worth sending again within the same refresh (by kind, not text).
    static bool worthRetrying(const prom::RawResponse &response);
    // The longest a refresh may take, start to snapshot, whatever the servers do.
    std::chrono::milliseconds refreshDeadline() const;
    static bool budgetCoverageDue(const QDateTime &lastAttempt, const QDateTime &now);
    static bool recordedRulesDue(const QDateTime &lastAsked, const QDateTime &now);

    // What one answer may weigh, and all answers of one refresh together.
    static constexpr qint64 kAnswerMaxBytes = 32LL * 1024 * 1024;
    static constexpr qint64 kRefreshMaxBytes = 128LL * 1024 * 1024;

Q_SIGNALS:
    void snapshotReady(slaops::engine::SnapshotPtr snapshot);

private:
    void prepareSources();
    void readCredentials();
    void beginRefresh();
    void askRecordedRules();
    void askRecordedRulesOf(std::size_t source, std::size_t attempt, quint64 ticket);
    void recordedRulesArrived(quint64 ticket);
    void send(std::size_t index, int attempt, quint64 generation);
    void finishRefresh(quint64 generation);
    void deadlinePassed();
    void keepWithinBudget(prom::RawResponse &response);
    void publish(Snapshot snapshot);

    config::Profile m_profile;
    QString m_region;
    bool m_readingCredential = false;
    int m_credentialReads = 0; // keychain reads of this refresh still under way
    quint64 m_credentialTicket = 0;
    std::vector<ReplicaSet *> m_sources; // owned (children)
    prom::Client *m_scraper;             // no credentials: Prometheus' token never goes to the nodes
    std::vector<prom::RawResponse> m_scrapes;
    secrets::CredentialStore *m_credentials = nullptr;
    QTimer m_timer;
    QTimer m_deadline;
    QThreadPool m_pool; // owned so that the destructor can wait for jobs that refer to this engine

    quint64 m_generation = 0;
    bool m_inFlight = false;
    bool m_collecting = false; // answers of generation m_generation are still taken
    int m_pending = 0;
    int m_failures = 0;
    QDateTime m_startedAt;
    QDateTime m_coverageAttempt; // the last refresh that measured the budgets' coverage
    QElapsedTimer m_refreshClock;
    RefreshPlan m_plan;
    // What the source says of this profile's generated rules, asked at the first refresh, every minute
    // after and as soon as a recorded series stops answering (rules unloaded, another version).
    std::vector<RecordedRules> m_recorded; // per source, Profile::prometheusSources() order
    int m_rulesPending = 0;
    QDateTime m_rulesAsked;
    bool m_rulesDue = true;
    bool m_useRecorded = true;
    quint64 m_rulesTicket = 0; // the rules answer awaited; another one is dropped
    std::vector<QString> m_queries;
    std::vector<int> m_querySources; // per query, its index into m_sources
    std::vector<int> m_answeredBy;   // per query, the replica that gave its answer
    std::vector<prom::RawResponse> m_responses;
    std::vector<bool> m_received;
    std::vector<bool> m_scrapeReceived;
    qint64 m_bytes = 0;
    SnapshotPtr m_current;
};

} // namespace slaops::engine
