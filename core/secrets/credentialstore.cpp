#include "credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "slaops.secrets", QtInfoMsg)

namespace slaops::secrets {

namespace {

// Called only when the caller's context (if any) is still alive.
bool contextAlive(bool hadContext, const QPointer<QObject> &guard)
{
    return !hadContext || guard;
}

QString describeFailure(const QString &name, QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return CredentialStore::tr(
                   "no secret named %1 in the keychain (store one with: slaops secret set %1)")
            .arg(name);
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no keychain is available: %1 (a Secret Service such as gnome-keyring or "
                                   "KWallet must be running in this session)")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("the keychain is locked or unavailable: %1").arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return CredentialStore::tr("could not delete the secret %1 from the keychain: %2").arg(name, detail);
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::tr("the keychain failed for %1: %2").arg(name, detail);
}

QString timedOut(std::chrono::milliseconds timeout)
{
    return CredentialStore::tr("the keychain did not answer within %1 s (is it locked, or waiting for a "
                               "prompt?)")
        .arg(QString::number(double(timeout.count()) / 1000.0, 'g', 3));
}

// One sender for the whole process, so that a token set in the settings dialog reaches the engine's
// store. Never destroyed: stores may be destroyed in any order, up to the very end of the process.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    static ChangeNotifier *instance()
    {
        static auto *notifier = new ChangeNotifier;
        return notifier;
    }
Q_SIGNALS:
    void changed(const QString &name);
};

// Starts `job` and reports its outcome once: `answered` with the keychain's answer, or `expired` when
// `timeout` passes first; a later answer then only reaches `always`. Neither report is made once the
// context (when one was given) is gone; `always` runs on every answer, for logging and notifying.
//
// The job has no parent and deletes itself when the keychain answers. It must not die earlier, as a
// child of a store inside a closed dialog would: QtKeychain's libsecret backend calls back into the job
// through a raw pointer, with no way to cancel, so that answer would land in freed memory. The bookkeeping
// is a child of the job, so a keychain that never answers costs one small job and nothing that runs.
void run(QKeychain::Job *job, QObject *context, std::chrono::milliseconds timeout,
         std::function<void(QKeychain::Job *)> always, std::function<void(QKeychain::Job *)> answered,
         std::function<void()> expired)
{
    job->setAutoDelete(true);
    auto *call = new QObject(job);
    auto *timer = new QTimer(call);
    timer->setSingleShot(true);
    auto reported = std::make_shared<bool>(false);
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject::connect(timer, &QTimer::timeout, call,
                     [reported, guard, hadContext, expired = std::move(expired)]() {
                         *reported = true;
                         if (contextAlive(hadContext, guard))
                             expired();
                     });
    QObject::connect(job, &QKeychain::Job::finished, call,
                     [timer, reported, guard, hadContext, always = std::move(always),
                      answered = std::move(answered)](QKeychain::Job *j) {
                         timer->stop();
                         always(j);
                         if (*reported)
                             return;
                         *reported = true;
                         if (contextAlive(hadContext, guard))
                             answered(j);
                     });
    timer->start(timeout);
    job->start();
}

QString invalidName(const QString &name)
{
    // The name is echoed on purpose: it is an identifier, never a secret. It is cut short in case a
    // secret was pasted where a name belongs, and never inside a character.
    QString shown = name;
    if (name.size() > 16)
        shown = name.left(name.at(3).isHighSurrogate() ? 3 : 4) + QStringLiteral("…");
    return CredentialStore::tr("invalid secret name '%1': use 1 to 64 of A-Z a-z 0-9 _ . -").arg(shown);
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, &CredentialStore::credentialChanged);
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("slaops");
}

bool CredentialStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9_.-]{1,64}\\z"));
    return re.match(name).hasMatch();
}

void CredentialStore::failLater(QObject *context, std::function<void()> fail)
{
    // Even a refusal is reported asynchronously, so callers see one behaviour whatever the input.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [hadContext = context != nullptr, guard, fail = std::move(fail)]() {
        if (contextAlive(hadContext, guard))
            fail();
    });
}

void CredentialStore::read(const QString &name, QObject *context, ReadCallback done)
{
    if (!isValidName(name)) {
        failLater(context, [done, err = invalidName(name)]() { done(false, QString(), err); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(name);
    job->setInsecureFallback(false);
    run(
        job, context, m_timeout,
        [name](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError)
                qCDebug(lcSecrets) << "read of" << name << "failed:" << j->error() << j->errorString();
        },
        [name, done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError)
                done(false, QString(), describeFailure(name, j->error(), j->errorString()));
            else
                done(true, static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), QString());
        },
        [done, err = timedOut(m_timeout)]() { done(false, QString(), err); });
}

// Write and delete end alike: log the outcome (never the secret), tell every store of a change, even
// one that arrives after the timeout or after the caller died, then report unless the caller died.
void CredentialStore::finishWrite(QKeychain::Job *job, const QString &name, const QString &what,
                                  QObject *context, WriteCallback done)
{
    run(
        job, context, m_timeout,
        [name, what](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                qCDebug(lcSecrets) << what << "of" << name << "failed:" << j->error() << j->errorString();
                return;
            }
            qCDebug(lcSecrets) << what << "of" << name << "done";
            Q_EMIT ChangeNotifier::instance()->changed(name);
        },
        [name, done](QKeychain::Job *j) {
            done(j->error() == QKeychain::NoError, describeFailure(name, j->error(), j->errorString()));
        },
        [done, err = timedOut(m_timeout)]() { done(false, err); });
}

void CredentialStore::write(const QString &name, const QString &secret, QObject *context, WriteCallback done)
{
    if (!isValidName(name)) {
        failLater(context, [done, err = invalidName(name)]() { done(false, err); });
        return;
    }
    if (secret.isEmpty()) {
        failLater(context, [done]() { done(false, tr("refusing to store an empty secret")); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(name);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    finishWrite(job, name, QStringLiteral("store"), context, std::move(done));
}

void CredentialStore::remove(const QString &name, QObject *context, WriteCallback done)
{
    if (!isValidName(name)) {
        failLater(context, [done, err = invalidName(name)]() { done(false, err); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(name);
    job->setInsecureFallback(false);
    finishWrite(job, name, QStringLiteral("delete"), context, std::move(done));
}

void CredentialStore::contains(const QString &name, QObject *context, ContainsCallback done)
{
    if (!isValidName(name)) {
        failLater(context, [done, err = invalidName(name)]() { done(false, false, err); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(name);
    job->setInsecureFallback(false);
    run(
        job, context, m_timeout, [](QKeychain::Job *) {},
        [name, done](QKeychain::Job *j) {
            switch (j->error()) {
            case QKeychain::NoError:
                done(true, true, QString());
                break;
            case QKeychain::EntryNotFound:
                done(true, false, describeFailure(name, j->error(), j->errorString()));
                break;
            default:
                done(false, false, describeFailure(name, j->error(), j->errorString()));
            }
        },
        [done, err = timedOut(m_timeout)]() { done(false, false, err); });
}

} // namespace slaops::secrets

#include "credentialstore.moc"
