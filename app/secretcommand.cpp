#include "secretcommand.h"

#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSecretCmd, "slaops.secretcmd", QtInfoMsg)

namespace slaops::app {

namespace {

class SecretCommand {
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
};

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
// Tokens are at most a few KiB; a larger input is a mistake (a file piped in by accident).
constexpr qsizetype kMaxSecretBytes = 64 * 1024;

void printErr(const QString &message)
{
    std::fprintf(stderr, "slaops secret: %s\n", message.toLocal8Bit().constData());
}

QString usage()
{
    return SecretCommand::tr(
        "usage: slaops secret set NAME | slaops secret delete NAME | slaops secret check NAME\n"
        "  set reads the secret from the terminal (not echoed) or from standard input;\n"
        "  it is never taken from the command line.");
}

// Restored from a signal handler too, so that Ctrl-C at the prompt does not leave echo off.
struct termios g_savedTermios;
volatile sig_atomic_t g_echoOff = 0;

void restoreEcho()
{
    if (g_echoOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTermios);
        g_echoOff = 0;
    }
}

extern "C" void onSignalAtPrompt(int sig)
{
    restoreEcho();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void wipe(QByteArray &bytes)
{
    // Best effort: the secret should not linger in freed memory longer than needed.
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

// Reads the secret from the terminal with echo off, or all of stdin when it is a pipe or file.
// Returns false with `error` set on failure.
bool readSecret(const QString &name, QByteArray *secret, QString *error)
{
    QByteArray buf;
    const bool tty = isatty(STDIN_FILENO);
    if (tty) {
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0) {
            *error = SecretCommand::tr("cannot read the terminal settings: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        struct termios noEcho = g_savedTermios;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        noEcho.c_lflag |= ECHONL;
        auto oldInt = std::signal(SIGINT, onSignalAtPrompt);
        auto oldTerm = std::signal(SIGTERM, onSignalAtPrompt);
        auto oldHup = std::signal(SIGHUP, onSignalAtPrompt);
        auto restoreSignals = [&]() {
            std::signal(SIGINT, oldInt);
            std::signal(SIGTERM, oldTerm);
            std::signal(SIGHUP, oldHup);
        };
        // Echo goes off before the prompt appears: whatever was typed earlier was typed visibly,
        // and TCSAFLUSH discards it, as getpass() does.
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho) != 0) {
            restoreSignals();
            *error = SecretCommand::tr("cannot turn off terminal echo: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        g_echoOff = 1;
        std::fprintf(
            stderr, "%s",
            SecretCommand::tr("Secret for %1 (input is hidden): ").arg(name).toLocal8Bit().constData());
        std::fflush(stderr);
        // One line, read byte by byte so that nothing past it is consumed into a stdio buffer.
        char c = 0;
        ssize_t n = 0;
        while ((n = ::read(STDIN_FILENO, &c, 1)) == 1 && c != '\n' && buf.size() <= kMaxSecretBytes)
            buf.append(c);
        restoreEcho();
        restoreSignals();
        c = 0;
        if (n < 0) {
            wipe(buf);
            *error = SecretCommand::tr("cannot read the secret: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    } else {
        char chunk[4096];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                wipe(buf);
                std::memset(chunk, 0, sizeof chunk);
                *error = SecretCommand::tr("cannot read the secret from standard input: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)));
                return false;
            }
            if (n == 0)
                break;
            buf.append(chunk, n);
            if (buf.size() > kMaxSecretBytes)
                break;
        }
        std::memset(chunk, 0, sizeof chunk);
        // `echo TOKEN | slaops secret set NAME` adds one newline that is not part of the secret.
        if (buf.endsWith('\n')) {
            buf.chop(1);
            if (buf.endsWith('\r'))
                buf.chop(1);
        }
    }
    if (buf.size() > kMaxSecretBytes) {
        wipe(buf);
        *error =
            SecretCommand::tr("the secret is longer than %1 KiB; refusing it").arg(kMaxSecretBytes / 1024);
        return false;
    }
    if (buf.isEmpty()) {
        *error = SecretCommand::tr("refusing an empty secret; nothing was stored");
        return false;
    }
    *secret = buf;
    wipe(buf);
    return true;
}

int runSet(secrets::CredentialStore &store, const QString &name)
{
    QByteArray bytes;
    QString error;
    if (!readSecret(name, &bytes, &error)) {
        printErr(error);
        return kExitFailed;
    }
    QString secret = QString::fromUtf8(bytes);
    wipe(bytes);
    QEventLoop loop;
    int code = kExitFailed;
    store.write(name, secret, &loop, [&](bool ok, const QString &err) {
        if (ok) {
            std::fprintf(stderr, "%s\n",
                         SecretCommand::tr("slaops secret: stored %1 in the keychain")
                             .arg(name)
                             .toLocal8Bit()
                             .constData());
            code = kExitOk;
        } else {
            printErr(err);
        }
        loop.quit();
    });
    secret.fill(QLatin1Char('\0'));
    secret.clear();
    loop.exec();
    return code;
}

int runDelete(secrets::CredentialStore &store, const QString &name)
{
    QEventLoop loop;
    int code = kExitFailed;
    // Deleting what is not there is reported, so that a typo in NAME does not look like success.
    store.contains(name, &loop, [&](bool ok, bool found, const QString &err) {
        if (!ok || !found) {
            printErr(err);
            loop.quit();
            return;
        }
        store.remove(name, &loop, [&](bool removed, const QString &removeErr) {
            if (removed) {
                std::fprintf(stderr, "%s\n",
                             SecretCommand::tr("slaops secret: deleted %1 from the keychain")
                                 .arg(name)
                                 .toLocal8Bit()
                                 .constData());
                code = kExitOk;
            } else {
                printErr(removeErr);
            }
            loop.quit();
        });
    });
    loop.exec();
    return code;
}

int runCheck(secrets::CredentialStore &store, const QString &name)
{
    QEventLoop loop;
    int code = kExitFailed;
    store.contains(name, &loop, [&](bool ok, bool found, const QString &err) {
        if (!ok) {
            printErr(err);
        } else if (found) {
            std::printf("%s\n",
                        SecretCommand::tr("%1: stored in the keychain").arg(name).toLocal8Bit().constData());
            code = kExitOk;
        } else {
            std::printf("%s\n",
                        SecretCommand::tr("%1: not in the keychain (store it with: slaops secret set %1)")
                            .arg(name)
                            .toLocal8Bit()
                            .constData());
        }
        loop.quit();
    });
    loop.exec();
    return code;
}

} // namespace

int runSecretCommand(const QStringList &args)
{
    if (args.isEmpty()) {
        std::fprintf(stderr, "%s\n", usage().toLocal8Bit().constData());
        return kExitUsage;
    }
    // Asked-for help is output, not an error: it goes to stdout, where `| less` finds it.
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::printf("%s\n", usage().toLocal8Bit().constData());
        return kExitOk;
    }
    const QString verb = args.first();
    if (verb != QLatin1String("set") && verb != QLatin1String("delete") && verb != QLatin1String("check")) {
        printErr(SecretCommand::tr("unknown command '%1'").arg(verb));
        std::fprintf(stderr, "%s\n", usage().toLocal8Bit().constData());
        return kExitUsage;
    }
    if (args.size() < 2) {
        printErr(SecretCommand::tr("%1 needs a NAME").arg(verb));
        std::fprintf(stderr, "%s\n", usage().toLocal8Bit().constData());
        return kExitUsage;
    }
    if (args.size() > 2) {
        // Never echo the extra arguments: one of them may be the secret itself.
        printErr(
            verb == QLatin1String("set")
                ? SecretCommand::tr("the secret is never taken from the command line (it would end up in "
                                    "the shell history and the process list); pipe it in or type it at "
                                    "the prompt")
                : SecretCommand::tr("%1 takes exactly one NAME").arg(verb));
        return kExitUsage;
    }
    const QString name = args.at(1);
    if (!secrets::CredentialStore::isValidName(name)) {
        printErr(SecretCommand::tr("invalid secret name: use 1 to 64 of A-Z a-z 0-9 _ . -"));
        return kExitUsage;
    }
    qCDebug(lcSecretCmd) << verb << name;
    secrets::CredentialStore store;
    if (verb == QLatin1String("set"))
        return runSet(store, name);
    if (verb == QLatin1String("delete"))
        return runDelete(store, name);
    return runCheck(store, name);
}

} // namespace slaops::app
