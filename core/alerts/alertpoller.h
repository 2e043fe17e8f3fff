#pragma once

#include "alertbook.h"
#include "config/profile.h"
#include "prom/rawresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <vector>

namespace slaops::secrets {
class CredentialStore;
}

namespace slaops::alerts {

class AlertClient;

// Polls every Alertmanager of the profile (alerts, silences, status) once per refresh interval, at
// most one poll at a time, has the answers parsed and merged on its own pool, and publishes one
// immutable AlertBook per poll (the Engine's pattern, DESIGN.md §3). An instance that fails keeps
// its last alerts in the book, marked stale, with its health saying since when it is down. Also
// carries out the silence actions the views and `slaops silence` request. Lives on the GUI thread.
class AlertPoller : public QObject {
    Q_OBJECT
public:
    explicit AlertPoller(config::Profile profile, QObject *parent = nullptr);
    ~AlertPoller() override;

    AlertBookPtr current() const { return m_current; }
    const std::vector<QUrl> &alertmanagers() const { return m_urls; }

    void start();
    void stop();
    // Starts a poll now; if one is in flight, another starts as soon as it ends.
    void pollNow();
    // Settings saved while running: new Alertmanagers (access from the profile, by URL) and interval.
    void setSources(const std::vector<QUrl> &alertmanagers, std::chrono::milliseconds interval);
    // The longest a poll may take, start to book, whatever the servers do.
    std::chrono::milliseconds refreshDeadline() const;

    struct ActionResult {
        bool ok = false;
        QStringList silenceIds; // created: one per cluster and standalone instance that accepted it
        QString error;          // why not (Alertmanager's own words when it refused), empty when ok
        bool sent = false;      // false when refused before any request
    };
    using ActionCallback = std::function<void(ActionResult)>;

    // Why `request` is refused before any request: an empty comment, no matcher, a matcher without
    // a name, an invalid regex, an end not after the start. Empty when it may be sent.
    static QString validate(const SilenceRequest &request);
    // Creates the silence on one up instance of each HA cluster and on each standalone instance
    // (peers gossip silences; standalone ones would otherwise keep notifying). After any success a
    // poll starts at once, so the alert shows silenced. `done` runs unless `context` is gone.
    // With an id (an extension) it updates each copy of that silence where it lives instead.
    void createSilence(const SilenceRequest &request, QObject *context, ActionCallback done);
    // Expires silence `id` and its copies on the other clusters (BookSilence::twins) wherever the
    // book has them (one up peer per cluster), else `id` on one up instance per cluster.
    void expireSilence(const QString &id, QObject *context, ActionCallback done);

    // What one answer may weigh: as much as one of Prometheus' (engine::Engine::kAnswerMaxBytes);
    // 10,000 alerts are about 10 MB.
    static constexpr qint64 kAnswerMaxBytes = 32LL * 1024 * 1024;

Q_SIGNALS:
    void bookReady(slaops::alerts::AlertBookPtr book);

private:
    struct Instance {
        QUrl url;
        config::AlertmanagerAccess access;
        AlertClient *client = nullptr;
        bool needCredential = false;
        QString setupError; // a CA file that cannot be used, a keychain that failed
    };
    enum Endpoint { Alerts, Silences, Status, EndpointCount };

    void makeInstances();
    void readCredentials(quint64 ticket);
    void beginPoll();
    void finishPoll(quint64 generation);
    void deadlinePassed();
    void publish(AlertBook book, quint64 generation);
    // One up instance per cluster, limited to `among` when not empty.
    std::vector<int> targets(const std::vector<int> &among) const;
    // One request per (instance, silence id): a new silence has no id; extending or expiring one
    // goes to each of its copies (one per cluster) on an instance that knows that copy.
    using ActionTargets = std::vector<std::pair<int, QString>>;
    ActionTargets copyTargets(const QString &id) const;
    void runAction(const ActionTargets &to, bool create, const SilenceRequest &request,
                   const QString &refusal, QObject *context, ActionCallback done);

    config::Profile m_profile;
    std::vector<QUrl> m_urls;
    std::vector<Instance> m_instances;
    secrets::CredentialStore *m_credentials = nullptr;
    QTimer m_timer;
    QTimer m_deadline;
    QThreadPool m_pool; // owned so that the destructor can wait for jobs that post to this poller

    quint64 m_generation = 0;
    quint64 m_credentialTicket = 0;
    bool m_inFlight = false;
    bool m_collecting = false;
    bool m_readingCredentials = false;
    bool m_again = false;
    bool m_running = false;
    int m_pending = 0;
    int m_failures = 0;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    std::vector<prom::RawResponse> m_responses; // instance * EndpointCount + endpoint
    std::vector<bool> m_received;
    AlertBookPtr m_current;
};

} // namespace slaops::alerts
