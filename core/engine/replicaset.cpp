#include "replicaset.h"

#include "prom/client.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReplicas, "slaops.engine.replicas", QtInfoMsg)

namespace slaops::engine {

struct ReplicaSet::Attempt {
    QString promql;
    QDateTime time;
    QDeadlineTimer deadline;
    qint64 maxBytes = 0;
    QPointer<QObject> context;
    Done done;
    std::vector<std::size_t> order;
    std::size_t step = 0;
};

ReplicaSet::ReplicaSet(QString name, config::PromSource source, std::chrono::milliseconds timeout,
                       QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_source(std::move(source))
{
    for (const QUrl &url : m_source.urls) {
        auto *c = new prom::Client(url, this);
        c->setTimeout(timeout);
        if (!m_source.caFile.isEmpty() && m_caError.isEmpty()) {
            QString error;
            if (!c->setCaFile(m_source.caFile, &error))
                m_caError = error;
        }
        m_clients.push_back(c);
    }
    m_health.assign(m_clients.size(), {});
    m_probes.assign(m_clients.size(), {});
    m_probing.assign(m_clients.size(), false);
    requireCredential();
}

std::vector<QString> ReplicaSet::urls() const
{
    std::vector<QString> u;
    for (const prom::Client *c : m_clients)
        u.push_back(c->baseUrl().toString());
    return u;
}

void ReplicaSet::setAuth(const prom::Auth &auth)
{
    for (prom::Client *c : m_clients)
        c->setAuth(auth);
    m_needCredential = false;
    m_keychainError.clear();
}

void ReplicaSet::record(std::size_t replica, const prom::RawResponse &r)
{
    ReplicaHealth &h = m_health[replica];
    const bool wasUp = h.up;
    if (ReplicaChoice::worthFailingOver(r)) {
        h.up = false;
        h.error = !r.transportError.isEmpty() ? r.transportError : tr("HTTP %1").arg(r.httpStatus);
    } else if (r.answered()) {
        h.up = true;
        h.error.clear();
    }
    if (r.credentialRejected())
        requireCredential();
    if (wasUp != h.up)
        qCInfo(lcReplicas).noquote() << "source" << m_name << "replica"
                                     << m_clients[replica]->baseUrl().toString()
                                     << (h.up ? "answers again" : "failed:") << h.error;
}

void ReplicaSet::instantQuery(const QString &promql, const QDateTime &time, QDeadlineTimer deadline,
                              qint64 maxBytes, QObject *context, Done done)
{
    auto a = std::make_shared<Attempt>();
    a->promql = promql;
    a->time = time;
    a->deadline = deadline;
    a->maxBytes = maxBytes;
    a->context = context;
    a->done = std::move(done);
    a->order = ReplicaChoice::order(m_health);
    attempt(a);
}

void ReplicaSet::attempt(const std::shared_ptr<Attempt> &a)
{
    using std::chrono::milliseconds;
    const std::size_t replica = a->order[a->step];
    const milliseconds left(std::max<qint64>(0, a->deadline.remainingTime()));
    const milliseconds share =
        std::max(ReplicaChoice::slice(left, a->order.size() - a->step), milliseconds(100));
    const quint64 epoch = m_epoch;
    m_clients[replica]->instantQuery(
        a->promql, a->time, prom::Client::Limits{share, a->maxBytes}, this,
        [this, a, replica, epoch](prom::RawResponse r) {
            if (epoch == m_epoch)
                record(replica, r);
            // The next replica gets it at once, while the refresh still has time for it.
            if (epoch == m_epoch && ReplicaChoice::worthFailingOver(r) && a->step + 1 < a->order.size() &&
                a->deadline.remainingTime() > 100) {
                qCDebug(lcReplicas) << "source" << m_name << "fails over from replica" << replica;
                ++a->step;
                attempt(a);
                return;
            }
            if (a->context)
                a->done(std::move(r), replica);
        });
}

void ReplicaSet::probeLag(const QDateTime &time)
{
    if (m_clients.size() < 2)
        return;
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        if (m_probing[i])
            continue;
        m_probing[i] = true;
        const quint64 epoch = m_epoch;
        // A one-sample answer: a few hundred bytes is plenty.
        m_clients[i]->instantQuery(ReplicaChoice::lagQuery(), time, prom::Client::Limits{{}, 64 * 1024}, this,
                                   [this, i, epoch](prom::RawResponse r) {
                                       if (epoch != m_epoch)
                                           return;
                                       m_probing[i] = false;
                                       record(i, r);
                                       m_probes[i] = std::move(r);
                                   });
    }
}

void ReplicaSet::setLagging(const std::vector<bool> &lagging)
{
    for (std::size_t i = 0; i < lagging.size() && i < m_health.size(); ++i)
        m_health[i].lagging = lagging[i];
}

void ReplicaSet::replaceBy(const QUrl &url)
{
    ++m_epoch;
    while (m_clients.size() > 1) {
        delete m_clients.back();
        m_clients.pop_back();
    }
    m_clients.front()->setBaseUrl(url);
    m_source.urls = {url};
    m_health.assign(1, {});
    m_probes.assign(1, {});
    m_probing.assign(1, false);
    requireCredential();
}

} // namespace slaops::engine
