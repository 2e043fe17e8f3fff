#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <chrono>

namespace slaops::actions {

struct StepResult;

// One kubectl run: an argument list (never a shell), a sanitised environment, a deadline (terminate,
// then kill 2 s later), stdout and stderr bounded and streamed, the exit turned into a message for
// people. Lives on the thread that created it.
class KubectlProcess : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxStreamBytes = 4 * 1024 * 1024;
    static constexpr std::chrono::milliseconds KillGrace{2000};

    explicit KubectlProcess(QObject *parent = nullptr);
    ~KubectlProcess() override;

    // The absolute path of the kubectl to run: `configured` when given (it must be absolute and
    // executable), else the first kubectl on PATH. Empty, with `error` set, when there is none.
    static QString findKubectl(const QString &configured, QString *error);

    // What kubectl may see of `from`: HOME, USER, LOGNAME, LANG, LC_*, TZ, PATH (exec credential
    // plugins need it), XDG_*, and KUBECONFIG only when no --kubeconfig is given. Nothing else: no
    // KUBECTL_EXTERNAL_DIFF, KUBE_EDITOR, EDITOR, KUBECTL_* or proxies, which would change what runs.
    static QProcessEnvironment environment(const QProcessEnvironment &from, bool kubeconfigGiven);

    // The argument list kubectl gets for `command`: --kubeconfig F first when a kubeconfig is given.
    static QStringList arguments(const Command &command, const QString &kubeconfig);

    // A message for people from kubectl's exit code and stderr; empty for exit 0. `context` names
    // the kubeconfig context in messages about the credential or the cluster.
    static QString describeExit(int exitCode, const QByteArray &stderrText, const QString &context);

    // Starts `kubectl` (absolute) with `args`; finished() follows exactly once.
    void start(const QString &kubectl, const QStringList &args, const QProcessEnvironment &env,
               std::chrono::milliseconds timeout, const QString &context);
    // Kills the process; finished() reports it as cancelled.
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    void output(const QString &text, bool isStderr);
    // exitCode -1 when it did not exit normally; `error` empty on success.
    void finished(int exitCode, const QByteArray &out, const QByteArray &err, const QString &error,
                  qint64 ms);

private:
    void read(bool isStderr);
    void done(int exitCode, QProcess::ExitStatus status);
    void finish(int exitCode, const QString &error);

    QProcess *m_process = nullptr;
    QTimer m_deadline;
    QTimer m_kill;
    QElapsedTimer m_clock;
    QByteArray m_out;
    QByteArray m_err;
    bool m_outCut = false;
    bool m_errCut = false;
    bool m_hung = false;
    bool m_cancelled = false;
    bool m_running = false;
    std::chrono::milliseconds m_timeout{0};
    QString m_context;
};

} // namespace slaops::actions
