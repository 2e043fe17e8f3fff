#include "credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
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

QString invalidName(const QString &name)
{
    // The name is echoed on purpose: it is an identifier, never a secret. It is cut short in case a
    // secret was pasted where a name belongs.
    return CredentialStore::tr("invalid secret name '%1': use 1 to 64 of A-Z a-z 0-9 _ . -")
        .arg(name.size() > 16 ? name.left(4) + QStringLiteral("…") : name);
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
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
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(name);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [name, hadContext = context != nullptr, guard, done = std::move(done)](QKeychain::Job *j) {
                auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
                if (j->error() != QKeychain::NoError)
                    qCDebug(lcSecrets) << "read of" << name << "failed:" << j->error() << j->errorString();
                if (!contextAlive(hadContext, guard))
                    return;
                if (j->error() != QKeychain::NoError)
                    done(false, QString(), describeFailure(name, j->error(), j->errorString()));
                else
                    done(true, rj->textData(), QString());
            });
    job->start();
}

// Write and delete end alike: log the outcome (never the secret), then report unless the caller died.
void CredentialStore::finishWrite(QKeychain::Job *job, const QString &name, const QString &what,
                                  QObject *context, WriteCallback done)
{
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [name, what, hadContext = context != nullptr, guard, done = std::move(done)](QKeychain::Job *j) {
                if (j->error() != QKeychain::NoError)
                    qCDebug(lcSecrets) << what << "of" << name << "failed:" << j->error() << j->errorString();
                else
                    qCDebug(lcSecrets) << what << "of" << name << "done";
                if (!contextAlive(hadContext, guard))
                    return;
                done(j->error() == QKeychain::NoError, describeFailure(name, j->error(), j->errorString()));
            });
    job->start();
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
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
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
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
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
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(name);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [name, hadContext = context != nullptr, guard, done = std::move(done)](QKeychain::Job *j) {
                if (!contextAlive(hadContext, guard))
                    return;
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
            });
    job->start();
}

} // namespace slaops::secrets
