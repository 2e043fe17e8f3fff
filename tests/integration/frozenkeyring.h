#pragma once
// A keychain that does not answer, made from the real one: the test session's gnome-keyring (started by
// tests/harness/with-keyring) is stopped with SIGSTOP, so every call waits in its socket exactly as it
// does while the keyring shows an unlock prompt, and answers once it is continued.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <signal.h>
#include <sys/types.h>

namespace slaops::testing {

// The process that owns org.freedesktop.secrets on the session bus, or 0 (and why, in *error).
inline pid_t secretServicePid(QString *error)
{
    QProcess p;
    p.start(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
             QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
             QStringLiteral("string:org.freedesktop.secrets")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0) {
        *error = QStringLiteral("dbus-send found no Secret Service: ") + p.errorString() + QLatin1Char(' ') +
                 QString::fromLocal8Bit(p.readAllStandardError());
        return 0;
    }
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("uint32 (\\d+)")).match(out);
    if (!m.hasMatch()) {
        *error = QStringLiteral("unexpected answer from dbus-send: ") + out;
        return 0;
    }
    return pid_t(m.captured(1).toLongLong());
}

// Stopped for the scope (or until thaw()), continued whatever happens, so that a failing test does not
// leave the keyring stopped for the tests after it.
class FrozenKeyring {
public:
    explicit FrozenKeyring(pid_t pid)
        : m_pid(pid > 0 && ::kill(pid, SIGSTOP) == 0 ? pid : 0)
    {
    }
    ~FrozenKeyring() { thaw(); }
    FrozenKeyring(const FrozenKeyring &) = delete;
    FrozenKeyring &operator=(const FrozenKeyring &) = delete;

    bool frozen() const { return m_pid > 0; }
    void thaw()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGCONT);
        m_pid = 0;
    }

private:
    pid_t m_pid;
};

} // namespace slaops::testing
