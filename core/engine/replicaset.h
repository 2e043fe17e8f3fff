#pragma once

#include "config/profile.h"
#include "prom/auth.h"
#include "prom/rawresponse.h"
#include "replicachoice.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

// One Prometheus source of the engine (the global one or a region's): a single server or the
// replicas of one HA pair, one prom::Client each, sharing the source's credential and CAs. A query
// goes to the preferred replica (ReplicaChoice) and, when that one fails in a way worth failing over,
// to the next at once, within the same deadline. Every refresh also asks each replica, without
// anyone waiting, for the time of its newest sample, so that a replica far behind is not preferred.
// Lives on the engine's thread; its callbacks run there.
class ReplicaSet : public QObject {
    Q_OBJECT
public:
    ReplicaSet(QString name, config::PromSource source, std::chrono::milliseconds timeout,
               QObject *parent = nullptr);

    const QString &name() const { return m_name; }
    const config::PromSource &source() const { return m_source; }
    std::size_t size() const { return m_clients.size(); }
    prom::Client *client(std::size_t replica) const { return m_clients[replica]; }
    std::vector<QString> urls() const;
    const std::vector<ReplicaHealth> &health() const { return m_health; }
    std::size_t preferred() const { return ReplicaChoice::preferred(m_health); }

    // The source's credential: read from the keychain by the engine when first needed, and again
    // after a replica refused it.
    bool needsCredential() const { return m_needCredential; }
    void requireCredential() { m_needCredential = m_source.auth.kind != config::Auth::Kind::None; }
    void setAuth(const prom::Auth &auth);
    // Why no query can go to this source as configured (a bad CA file, a keychain that failed):
    // each of its queries reports it. Empty when there is none.
    QString setupError() const { return !m_caError.isEmpty() ? m_caError : m_keychainError; }
    void setKeychainError(const QString &error) { m_keychainError = error; }

    using Done = std::function<void(prom::RawResponse response, std::size_t replica)>;
    // GET /api/v1/query on the preferred replica; on a failure worth failing over, on the next ones,
    // each in turn getting an equal share of what is left before `deadline`. `done` gets the answer
    // that ended it and the replica that gave it, unless `context` is gone by then.
    void instantQuery(const QString &promql, const QDateTime &time, QDeadlineTimer deadline, qint64 maxBytes,
                      QObject *context, Done done);

    // Sends ReplicaChoice::lagQuery() to every replica whose last probe has come back (one in flight
    // per replica: a hung one is not asked again and again). Only with two replicas or more: alone, a
    // replica has nothing to lag behind. Answers are kept raw, for the snapshot builder to parse.
    void probeLag(const QDateTime &time);
    const std::vector<prom::RawResponse> &probes() const { return m_probes; }
    // What the snapshot builder made of the probes.
    void setLagging(const std::vector<bool> &lagging);

    // The source replaced by one server (the settings saved while running); the first client stays,
    // so that those who hold it (charts, explanations) follow.
    void replaceBy(const QUrl &url);

private:
    struct Attempt;
    void attempt(const std::shared_ptr<Attempt> &a);
    void record(std::size_t replica, const prom::RawResponse &r);

    QString m_name;
    config::PromSource m_source;
    std::vector<prom::Client *> m_clients;
    std::vector<ReplicaHealth> m_health;
    std::vector<prom::RawResponse> m_probes;
    std::vector<bool> m_probing;
    QString m_caError;
    QString m_keychainError;
    bool m_needCredential = false;
    quint64 m_epoch = 0; // bumped by replaceBy: answers of the clients before it change no health
};

} // namespace slaops::engine
