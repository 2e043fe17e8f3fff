#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace slaops::secrets {

// Secrets (API tokens, passwords) live only in the OS keychain, under the service "slaops" and a
// short name that profiles refer to. Nothing here ever writes a secret to settings, logs or messages.
// Every operation is asynchronous; callbacks run on the calling thread, exactly once: with the
// keychain's answer, or with a failure once timeout() has passed without one (a locked keychain waiting
// for its prompt). They are dropped if the `context` given (when not null) has been destroyed by then.
// A call outlives the store that made it: a dialog may close, taking its store with it, while the
// keychain still prompts.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    using ReadCallback = std::function<void(bool ok, QString secret, QString error)>;
    using WriteCallback = std::function<void(bool ok, QString error)>;
    // ok is false only when the keychain itself failed; a missing entry is ok with found == false.
    using ContainsCallback = std::function<void(bool ok, bool found, QString error)>;

    explicit CredentialStore(QObject *parent = nullptr);

    static QString serviceName();
    // [A-Za-z0-9_.-]{1,64}: names appear in profiles and on command lines, so they stay plain.
    static bool isValidName(const QString &name);

    void read(const QString &name, QObject *context, ReadCallback done);
    void write(const QString &name, const QString &secret, QObject *context, WriteCallback done);
    void remove(const QString &name, QObject *context, WriteCallback done);
    void contains(const QString &name, QObject *context, ContainsCallback done);

    // For calls started after it is set.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

Q_SIGNALS:
    // After a write or delete succeeded through any CredentialStore of this process, also one since
    // destroyed, so that whoever holds that secret in memory reads it again. Not for changes made by
    // other processes (`slaops secret set`): the keychain announces none.
    void credentialChanged(const QString &name);

private:
    void failLater(QObject *context, std::function<void()> fail);
    void finishWrite(QKeychain::Job *job, const QString &name, const QString &what, QObject *context,
                     WriteCallback done);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace slaops::secrets
