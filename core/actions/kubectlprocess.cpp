#include "kubectlprocess.h"

#include "prom/servertext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcKubectl, "slaops.actions.kubectl", QtInfoMsg)

namespace slaops::actions {

namespace {

QString cleanedStderr(const QByteArray &err)
{
    const QByteArray trimmed = err.trimmed();
    return prom::ServerText::clean(std::string_view(trimmed.constData(), std::size_t(trimmed.size())), 500);
}

bool has(const QByteArray &text, const char *word, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return QString::fromUtf8(text).contains(QLatin1String(word), cs);
}

} // namespace

KubectlProcess::KubectlProcess(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_kill.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        if (!m_process)
            return;
        m_hung = true;
        qCWarning(lcKubectl) << "kubectl did not exit within" << m_timeout.count() << "ms; terminating";
        m_process->terminate();
        m_kill.start(KillGrace);
    });
    connect(&m_kill, &QTimer::timeout, this, [this]() {
        if (m_process)
            m_process->kill();
    });
}

KubectlProcess::~KubectlProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString KubectlProcess::findKubectl(const QString &configured, QString *error)
{
    if (!configured.isEmpty()) {
        const QFileInfo info(configured);
        if (!info.isAbsolute()) {
            *error = tr("the kubectl path %1 is not absolute").arg(configured);
            return {};
        }
        if (!info.isFile() || !info.isExecutable()) {
            *error = tr("kubectl not found at %1; install kubernetes-client").arg(configured);
            return {};
        }
        return info.absoluteFilePath();
    }
    const QString found = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (found.isEmpty()) {
        *error = tr("kubectl not found; install kubernetes-client");
        return {};
    }
    return QFileInfo(found).absoluteFilePath();
}

QProcessEnvironment KubectlProcess::environment(const QProcessEnvironment &from, bool kubeconfigGiven)
{
    static const QStringList exact = {QStringLiteral("HOME"),    QStringLiteral("USER"),
                                      QStringLiteral("LOGNAME"), QStringLiteral("LANG"),
                                      QStringLiteral("TZ"),      QStringLiteral("PATH")};
    QProcessEnvironment env;
    for (const QString &key : from.keys()) {
        const bool allowed = exact.contains(key) || key.startsWith(QLatin1String("LC_")) ||
                             key.startsWith(QLatin1String("XDG_")) ||
                             (key == QLatin1String("KUBECONFIG") && !kubeconfigGiven);
        if (allowed)
            env.insert(key, from.value(key));
    }
    return env;
}

QStringList KubectlProcess::arguments(const Command &command, const QString &kubeconfig)
{
    QStringList args;
    if (!kubeconfig.isEmpty())
        args << QStringLiteral("--kubeconfig") << kubeconfig;
    return args + command.args;
}

QString KubectlProcess::describeExit(int exitCode, const QByteArray &err, const QString &context)
{
    if (exitCode == 0)
        return {};
    const QString said = cleanedStderr(err);
    const QString where = context.isEmpty() ? tr("the current context") : tr("context %1").arg(context);
    // kubectl has no machine-readable failure kinds; its stderr carries the API server's Status
    // reason (Forbidden, NotFound, Conflict) or Go's network and TLS errors, which are stable words.
    if (has(err, "(Forbidden)") || has(err, "forbidden:"))
        return tr("the credential of %1 is not allowed to do this (Forbidden): %2").arg(where, said);
    if (has(err, "(Unauthorized)") || has(err, "You must be logged in"))
        return tr("the credential of %1 was rejected (Unauthorized): %2").arg(where, said);
    if (has(err, "(NotFound)"))
        return tr("the object does not exist (NotFound): %1").arg(said);
    if (has(err, "(Conflict)"))
        return tr("the object was changed meanwhile (Conflict); preview again: %1").arg(said);
    if (has(err, "x509:") || has(err, "certificate", Qt::CaseInsensitive))
        return tr("the API server's TLS certificate of %1 could not be verified: %2").arg(where, said);
    if (has(err, "context was not found") || has(err, "no context exists") ||
        has(err, "cannot locate context"))
        return tr("%1 is not in the kubeconfig: %2").arg(where, said);
    if (has(err, "connection refused") || has(err, "Unable to connect") || has(err, "no such host"))
        return tr("the API server of %1 cannot be reached: %2").arg(where, said);
    if (said.isEmpty())
        return tr("kubectl exited with code %1 and said nothing").arg(exitCode);
    return tr("kubectl exited with code %1: %2").arg(exitCode).arg(said);
}

void KubectlProcess::start(const QString &kubectl, const QStringList &args, const QProcessEnvironment &env,
                           std::chrono::milliseconds timeout, const QString &context)
{
    Q_ASSERT(!m_process);
    m_out.clear();
    m_err.clear();
    m_outCut = m_errCut = m_hung = m_cancelled = false;
    m_timeout = timeout;
    m_context = context;
    m_running = true;
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    m_process->setWorkingDirectory(QDir::tempPath());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this]() { read(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this]() { read(true); });
    connect(m_process, &QProcess::finished, this, &KubectlProcess::done);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(-1, tr("kubectl could not be started (%1): %2")
                           .arg(m_process->program(), m_process->errorString()));
    });
    m_clock.start();
    m_deadline.start(timeout);
    // The arguments are logged (they never hold a secret: Command's contract); the environment is not.
    qCDebug(lcKubectl) << "running" << kubectl << args;
    m_process->start(kubectl, args, QIODevice::ReadOnly);
    m_process->closeWriteChannel();
}

void KubectlProcess::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

void KubectlProcess::read(bool isStderr)
{
    QByteArray chunk = isStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    QByteArray &buffer = isStderr ? m_err : m_out;
    bool &cut = isStderr ? m_errCut : m_outCut;
    if (cut)
        return; // read and dropped: a runaway kubectl must not fill the memory
    if (buffer.size() + chunk.size() > MaxStreamBytes) {
        chunk.truncate(MaxStreamBytes - buffer.size());
        cut = true;
    }
    buffer += chunk;
    Q_EMIT output(QString::fromUtf8(chunk), isStderr);
    if (cut) {
        const QString note = tr("[output cut off after %1 MiB]\n").arg(MaxStreamBytes / (1024 * 1024));
        Q_EMIT output(note, isStderr);
    }
}

void KubectlProcess::done(int exitCode, QProcess::ExitStatus status)
{
    read(false);
    read(true);
    if (m_cancelled)
        return finish(-1, tr("cancelled: kubectl was killed"));
    if (m_hung)
        return finish(-1, tr("kubectl hung: no exit within %L1 s, so it was stopped")
                              .arg(double(m_timeout.count()) / 1000.0));
    if (status == QProcess::CrashExit)
        return finish(-1, tr("kubectl crashed: %1").arg(cleanedStderr(m_err)));
    finish(exitCode, describeExit(exitCode, m_err, m_context));
}

void KubectlProcess::finish(int exitCode, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_kill.stop();
    QString message = error;
    if (m_outCut || m_errCut)
        message = message.isEmpty()
                      ? tr("the output was cut off after %1 MiB").arg(MaxStreamBytes / (1024 * 1024))
                      : message;
    const qint64 ms = m_clock.elapsed();
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->deleteLater();
    qCInfo(lcKubectl) << "kubectl finished: exit" << exitCode << "in" << ms << "ms";
    Q_EMIT finished(exitCode, m_out, m_err, message, ms);
}

} // namespace slaops::actions
