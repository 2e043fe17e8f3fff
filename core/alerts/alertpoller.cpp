#include "alertpoller.h"

#include "alertbookbuilder.h"
#include "alertclient.h"
#include "apiparser.h"
#include "engine/engine.h"
#include "engine/offthread.h"
#include "matching.h"
#include "secrets/credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <memory>

Q_LOGGING_CATEGORY(lcAlerts, "slaops.alerts", QtInfoMsg)

namespace slaops::alerts {

namespace {

const char *const kEndpointNames[] = {"/api/v2/alerts", "/api/v2/silences", "/api/v2/status"};

// What a finished poll hands to the worker: copies only (DESIGN.md §3).
struct PollInput {
    quint64 generation = 0;
    QDateTime now;
    std::chrono::milliseconds interval{5000};
    std::vector<QUrl> urls;
    std::vector<prom::RawResponse> responses;
    AlertBookPtr previous;
};

struct PollOutput {
    quint64 generation = 0;
    AlertBook book;
};

// One instance's three answers parsed; the first failure decides its health.
InstancePoll parseInstance(const QUrl &url, const prom::RawResponse *r)
{
    InstancePoll poll;
    poll.health.url = url;
    const auto failed = [&poll](int endpoint, const prom::RawResponse &raw, AnswerError kind,
                                const QString &message) {
        if (!poll.health.up)
            return; // the first failure is the one reported
        poll.health.up = false;
        poll.health.error = raw.error;
        poll.health.answerError = kind;
        poll.health.httpStatus = raw.httpStatus;
        poll.health.message = QLatin1String(kEndpointNames[endpoint]) + QStringLiteral(": ") + message;
    };
    poll.health.up = true;
    for (int e = 0; e < 3; ++e)
        if (r[e].error != prom::TransportError::None)
            failed(e, r[e], AnswerError::None, r[e].transportError);
    if (!poll.health.up) {
        poll.health.cluster = {};
        return poll;
    }
    auto alerts = ApiParser::alerts(r[0].body, r[0].httpStatus, r[0].contentType);
    if (!alerts.ok())
        failed(0, r[0], alerts.error, alerts.message);
    auto silences = ApiParser::silences(r[1].body, r[1].httpStatus, r[1].contentType);
    if (!silences.ok())
        failed(1, r[1], silences.error, silences.message);
    auto status = ApiParser::status(r[2].body, r[2].httpStatus, r[2].contentType);
    if (!status.ok())
        failed(2, r[2], status.error, status.message);
    if (poll.health.up) {
        poll.alerts = std::move(alerts.value);
        poll.silences = std::move(silences.value);
        poll.health.cluster = std::move(status.value);
    }
    return poll;
}

PollOutput buildBook(const PollInput &in)
{
    BookInput b;
    b.now = in.now;
    b.refreshInterval = in.interval;
    b.previous = in.previous;
    b.instances.reserve(in.urls.size());
    for (std::size_t i = 0; i < in.urls.size(); ++i)
        b.instances.push_back(parseInstance(in.urls[i], &in.responses[i * 3]));
    return PollOutput{in.generation, AlertBookBuilder::build(b)};
}

} // namespace

AlertPoller::AlertPoller(config::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_urls(m_profile.sources.alertmanagers)
{
    qRegisterMetaType<AlertBookPtr>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AlertPoller::pollNow);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AlertPoller::deadlinePassed);
    m_pool.setMaxThreadCount(1); // one poll at a time; parsing a few MB takes milliseconds
    makeInstances();
}

AlertPoller::~AlertPoller()
{
    m_timer.stop();
    // Jobs post their result to this object; wait for them so none outlives it.
    m_pool.waitForDone();
}

void AlertPoller::makeInstances()
{
    for (Instance &i : m_instances)
        delete i.client;
    m_instances.clear();
    for (const QUrl &url : m_urls) {
        Instance in;
        in.url = url;
        in.access = m_profile.sources.alertmanagerAccessFor(url);
        in.client = new AlertClient(url, this);
        in.client->setTimeout(m_profile.sources.timeout);
        in.client->setRetries(m_profile.sources.retries);
        in.client->setMaxBytes(kAnswerMaxBytes);
        if (!in.access.caFile.isEmpty()) {
            QString error;
            if (!in.client->setCaFile(in.access.caFile, &error))
                in.setupError = error;
        }
        in.needCredential = in.access.auth.kind != config::Auth::Kind::None;
        if (in.needCredential && !m_credentials) {
            m_credentials = new secrets::CredentialStore(this);
            // A secret set or deleted in this process (the settings dialog) is read again next poll.
            connect(m_credentials, &secrets::CredentialStore::credentialChanged, this,
                    [this](const QString &name) {
                        for (Instance &i : m_instances)
                            if (i.access.auth.kind != config::Auth::Kind::None &&
                                i.access.auth.secretRef == name)
                                i.needCredential = true;
                    });
        }
        m_instances.push_back(std::move(in));
    }
}

void AlertPoller::start()
{
    m_running = true;
    pollNow();
}

void AlertPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void AlertPoller::setSources(const std::vector<QUrl> &alertmanagers, std::chrono::milliseconds interval)
{
    if (interval.count() > 0)
        m_profile.refreshInterval = interval;
    if (alertmanagers == m_urls)
        return;
    m_urls = alertmanagers;
    // What is in flight asked the old instances: its answers are dropped and a poll starts.
    m_collecting = false;
    m_deadline.stop();
    ++m_credentialTicket;
    ++m_generation;
    m_inFlight = false;
    m_current.reset(); // indices of the old book do not name the new instances
    makeInstances();
    pollNow();
}

std::chrono::milliseconds AlertPoller::refreshDeadline() const
{
    // Every request has the profile's timeout as its total deadline, retries included; the grace
    // lets the client's own deadline report first, in its own words.
    return m_profile.sources.timeout + std::chrono::milliseconds(500);
}

void AlertPoller::pollNow()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    m_again = false;
    m_inFlight = true;
    m_clock.start();
    m_deadline.start(refreshDeadline());
    readCredentials(++m_credentialTicket);
}

void AlertPoller::readCredentials(quint64 ticket)
{
    auto pending = std::make_shared<int>(0);
    for (const Instance &i : m_instances)
        *pending += i.needCredential && i.setupError.isEmpty() ? 1 : 0;
    if (*pending == 0) {
        beginPoll();
        return;
    }
    m_readingCredentials = true;
    // Read from the keychain when first needed, again after a failure or a refused credential;
    // held in memory only.
    for (std::size_t n = 0; n < m_instances.size(); ++n) {
        const Instance &i = m_instances[n];
        if (!i.needCredential || !i.setupError.isEmpty())
            continue;
        const config::Auth a = i.access.auth;
        m_credentials->read(
            a.secretRef, this, [this, a, n, ticket, pending](bool ok, QString secret, QString error) {
                if (ticket != m_credentialTicket || n >= m_instances.size())
                    return; // the deadline gave up on this read, or the sources changed
                Instance &in = m_instances[n];
                if (ok) {
                    prom::Auth auth;
                    auth.kind = a.kind == config::Auth::Kind::Bearer ? prom::Auth::Kind::Bearer
                                                                     : prom::Auth::Kind::Basic;
                    auth.username = a.username;
                    auth.secret = std::move(secret);
                    in.client->setAuth(auth);
                    in.needCredential = false;
                    in.setupError.clear();
                } else {
                    in.setupError = tr("keychain: %1").arg(error);
                }
                if (--*pending == 0)
                    beginPoll();
            });
    }
}

void AlertPoller::beginPoll()
{
    m_readingCredentials = false;
    const quint64 generation = ++m_generation;
    m_collecting = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_responses.assign(m_instances.size() * EndpointCount, {});
    m_received.assign(m_responses.size(), false);
    m_pending = int(m_responses.size());
    if (m_pending == 0) {
        finishPoll(generation);
        return;
    }
    const auto left = std::chrono::milliseconds(m_profile.sources.timeout.count() - m_clock.elapsed());
    const prom::Transport::Limits limits{std::max(left, std::chrono::milliseconds(100)), kAnswerMaxBytes};
    for (std::size_t n = 0; n < m_instances.size(); ++n) {
        Instance &in = m_instances[n];
        const QString refused = !in.setupError.isEmpty() ? in.setupError : QString();
        for (int e = 0; e < EndpointCount; ++e) {
            const std::size_t slot = n * EndpointCount + std::size_t(e);
            if (!refused.isEmpty()) {
                m_responses[slot].error = prom::TransportError::Refused;
                m_responses[slot].transportError = refused;
                m_received[slot] = true;
                --m_pending;
                continue;
            }
            auto done = [this, slot, n, generation](prom::RawResponse r) {
                if (generation != m_generation || !m_collecting || m_received[slot])
                    return;
                if (r.credentialRejected() && n < m_instances.size())
                    m_instances[n].needCredential =
                        m_instances[n].access.auth.kind != config::Auth::Kind::None;
                m_responses[slot] = std::move(r);
                m_received[slot] = true;
                if (--m_pending == 0)
                    finishPoll(generation);
            };
            switch (e) {
            case Alerts:
                in.client->getAlerts(limits, this, std::move(done));
                break;
            case Silences:
                in.client->getSilences(limits, this, std::move(done));
                break;
            default:
                in.client->getStatus(limits, this, std::move(done));
                break;
            }
        }
    }
    if (m_pending == 0)
        finishPoll(generation);
}

void AlertPoller::deadlinePassed()
{
    if (!m_inFlight || !m_collecting) {
        if (m_inFlight && m_readingCredentials) {
            // Still reading credentials: give up on the keychain for this poll.
            ++m_credentialTicket;
            for (Instance &i : m_instances)
                if (i.needCredential && i.setupError.isEmpty())
                    i.setupError =
                        tr("keychain: no answer within %L1 s (is it locked, or waiting for a prompt?)")
                            .arg(m_profile.sources.timeout.count() / 1000.0);
            beginPoll();
        }
        return;
    }
    const QString text =
        tr("no complete answer within %L1 s").arg(m_profile.sources.timeout.count() / 1000.0);
    qCWarning(lcAlerts) << "poll" << m_generation << "passed its deadline with" << m_pending
                        << "answers missing";
    for (std::size_t i = 0; i < m_responses.size(); ++i) {
        if (!m_received[i]) {
            m_responses[i].error = prom::TransportError::Timeout;
            m_responses[i].transportError = text;
        }
    }
    m_pending = 0;
    finishPoll(m_generation);
}

void AlertPoller::finishPoll(quint64 generation)
{
    m_deadline.stop();
    m_collecting = false;
    PollInput in;
    in.generation = generation;
    in.now = QDateTime::currentDateTimeUtc();
    in.interval = m_profile.refreshInterval;
    in.urls = m_urls;
    in.responses = std::move(m_responses);
    m_responses.clear();
    in.previous = m_current;
    engine::runOffThread(
        m_pool, this, [in = std::move(in)]() { return buildBook(in); },
        [this](PollOutput out) { publish(std::move(out.book), out.generation); });
}

void AlertPoller::publish(AlertBook book, quint64 generation)
{
    if (generation != m_generation)
        return; // a poll of sources since replaced
    m_inFlight = false;
    m_current = std::make_shared<const AlertBook>(std::move(book));
    bool anyUp = false;
    for (const InstanceHealth &h : m_current->instances) {
        anyUp = anyUp || h.up;
        if (!h.up)
            qCInfo(lcAlerts).noquote() << "Alertmanager" << h.url.toString() << "down:" << h.message;
    }
    m_failures = anyUp || m_current->instances.empty() ? 0 : m_failures + 1;
    if (m_again) {
        QTimer::singleShot(0, this, &AlertPoller::pollNow);
    } else if (m_running) {
        const auto delay = m_failures > 0 ? engine::Engine::backoff(m_profile.refreshInterval, m_failures)
                                          : m_profile.refreshInterval;
        m_timer.start(std::max<qint64>(0, delay.count() - (m_failures > 0 ? 0 : m_clock.elapsed())));
    }
    Q_EMIT bookReady(m_current);
}

QString AlertPoller::validate(const SilenceRequest &r)
{
    if (r.comment.trimmed().isEmpty())
        return tr("a silence needs a comment: say why it is silenced");
    if (r.matchers.empty())
        return tr("a silence needs at least one matcher");
    for (const Matcher &m : r.matchers) {
        if (m.name.isEmpty())
            return tr("a matcher has no label name");
        if (m.isRegex)
            if (const QString e = regexError(m.value); !e.isEmpty())
                return tr("the regex of %1 is invalid: %2").arg(m.name, e);
    }
    // Alertmanager refuses a silence whose matchers all match the empty string: it would silence
    // every alert.
    bool selective = false;
    for (const Matcher &m : r.matchers)
        selective = selective || !matches(m, {});
    if (!selective)
        return tr(
            "the matchers select every alert (each also matches a missing label); name one that must be set");
    if (!r.endsAt.isValid() || (r.startsAt.isValid() && r.endsAt <= r.startsAt))
        return tr("a silence must end after it starts");
    if (r.endsAt <= QDateTime::currentDateTimeUtc())
        return tr("a silence must end in the future");
    return {};
}

std::vector<int> AlertPoller::targets(const std::vector<int> &among) const
{
    std::vector<int> out;
    if (!m_current)
        return out;
    for (const std::vector<int> &group : m_current->clusters) {
        for (int i : group) {
            const bool allowed = among.empty() || std::find(among.begin(), among.end(), i) != among.end();
            if (allowed && m_current->instances[std::size_t(i)].up) {
                out.push_back(i);
                break;
            }
        }
    }
    return out;
}

AlertPoller::ActionTargets AlertPoller::copyTargets(const QString &id) const
{
    ActionTargets out;
    if (!m_current)
        return out;
    for (const BookSilence &s : m_current->silences)
        if (s.hasId(id))
            for (const SilenceCopy &c : s.copies())
                for (int i : targets(c.instances))
                    out.emplace_back(i, c.id);
    return out;
}

void AlertPoller::createSilence(const SilenceRequest &request, QObject *context, ActionCallback done)
{
    SilenceRequest r = request;
    if (!r.startsAt.isValid())
        r.startsAt = QDateTime::currentDateTimeUtc();
    QString refusal = validate(r);
    ActionTargets to;
    if (r.id.isEmpty()) {
        for (int i : targets({}))
            to.emplace_back(i, QString());
    } else {
        // An extension: each copy where it lives. An id the book does not know (made a moment ago
        // elsewhere, or mistyped) goes to one up instance per cluster, which answers for itself.
        to = copyTargets(r.id);
        if (to.empty())
            for (int i : targets({}))
                to.emplace_back(i, r.id);
    }
    if (refusal.isEmpty() && to.empty())
        refusal = m_current ? tr("no Alertmanager is up") : tr("no Alertmanager has answered yet");
    runAction(refusal.isEmpty() ? to : ActionTargets{}, true, r, refusal, context, std::move(done));
}

void AlertPoller::expireSilence(const QString &id, QObject *context, ActionCallback done)
{
    QString refusal = id.trimmed().isEmpty() ? tr("no silence id given") : QString();
    ActionTargets to;
    if (refusal.isEmpty()) {
        to = copyTargets(id);
        // Not in the book (made elsewhere a moment ago): one up instance per cluster may know it.
        if (to.empty())
            for (int i : targets({}))
                to.emplace_back(i, id);
    }
    if (refusal.isEmpty() && to.empty())
        refusal = m_current ? tr("no Alertmanager that knows silence %1 is up").arg(id)
                            : tr("no Alertmanager has answered yet");
    runAction(refusal.isEmpty() ? to : ActionTargets{}, false, {}, refusal, context, std::move(done));
}

void AlertPoller::runAction(const ActionTargets &to, bool create, const SilenceRequest &request,
                            const QString &refusal, QObject *context, ActionCallback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    if (to.empty()) {
        // Refused before any request; reported asynchronously like every other outcome.
        QTimer::singleShot(0, this, [guard, hadContext, done, refusal]() {
            if (hadContext && !guard)
                return;
            done(ActionResult{false, {}, refusal, false});
        });
        return;
    }
    struct Shared {
        int pending = 0;
        ActionResult result;
        QStringList errors;
        bool anyOk = false;
    };
    auto shared = std::make_shared<Shared>();
    shared->pending = int(to.size());
    shared->result.sent = true;
    for (const auto &[i, id] : to) {
        AlertClient *client = m_instances[std::size_t(i)].client;
        const QString where = m_urls[std::size_t(i)].toString();
        auto finished = [this, shared, where, create, guard, hadContext, done](prom::RawResponse r) {
            // A POST or DELETE answer is a few bytes: read here, not worth a trip to the pool.
            QString error;
            if (r.error != prom::TransportError::None) {
                error = r.transportError;
            } else if (create) {
                const auto id = ApiParser::silenceId(r.body, r.httpStatus, r.contentType);
                if (id.ok())
                    shared->result.silenceIds << id.value;
                else
                    error = id.message;
            } else if (const auto d = ApiParser::deleted(r.body, r.httpStatus, r.contentType); !d.ok()) {
                error = d.message;
            }
            if (error.isEmpty())
                shared->anyOk = true;
            else
                shared->errors << where + QStringLiteral(": ") + error;
            if (--shared->pending > 0)
                return;
            shared->result.ok = shared->errors.isEmpty();
            shared->result.error = shared->errors.join(QStringLiteral("; "));
            if (shared->anyOk)
                pollNow(); // so that the view shows the alert silenced (or active again) at once
            if (!hadContext || guard)
                done(shared->result);
        };
        if (create) {
            SilenceRequest copy = request;
            if (!id.isEmpty())
                copy.id = id;
            client->postSilence(copy, this, std::move(finished));
        } else {
            client->deleteSilence(id, this, std::move(finished));
        }
    }
}

} // namespace slaops::alerts
