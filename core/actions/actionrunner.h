#pragma once

#include "config/profile.h"
#include "plan.h"
#include "verification.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <chrono>
#include <memory>

namespace slaops::secrets {
class CredentialStore;
}

namespace slaops::actions {

// Where and how actions run: from the profile, overridden by the command line (--kubeconfig,
// --context, --api, --audit-log) and the environment (KUBECONFIG, ERLMCP_API_URL, ERLMCP_API_CA).
struct RunnerConfig {
    QString kubectl;    // absolute path of the binary; empty: the first kubectl on PATH, made absolute
    QString kubeconfig; // passed as --kubeconfig; empty: kubectl's own default (KUBECONFIG, ~/.kube/config)
    std::chrono::milliseconds timeout{30000}; // per kubectl run or REST request; then killed / aborted
    config::Auth restAuth; // the REST API's credential: a keychain reference, never the secret
    QString restCaFile;
    QString auditLog;      // AuditLog::defaultPath() when empty
    QString actor;         // who acts, for the audit log: the OS user
    bool readOnly = false; // --read-only: every preview and apply is refused before anything runs
};

// One command as it ran.
struct StepResult {
    Command command;
    bool ran = false;  // the process started / the request got an answer
    int exitCode = -1; // kubectl's exit code; for HTTP the status code
    QByteArray out;    // stdout / the answer's body (bounded)
    QByteArray err;    // stderr
    QString error;     // for people, from the exit code, stderr or the HTTP answer; empty on success
    qint64 ms = 0;
    bool ok() const { return ran && error.isEmpty(); }
};

// What the wizard's preview shows.
struct Preview {
    Plan plan; // completed by Planner::withState
    StepResult read;
    StepResult dryRun; // the server's dry run; a failed one blocks the action
    QString diff;      // unified diff of the current object against the dry run's (or the request's) result
    QString clusterServer; // the context's API server URL at preview time (a changed kubeconfig is caught)
    QString error;         // why it cannot be applied; empty when it can
    bool ok() const { return error.isEmpty(); }
};

struct Outcome {
    Plan plan;
    StepResult result;
    bool applied = false;             // the server accepted the change
    bool changedSincePreview = false; // nothing was applied because the object or context changed
    QString error;
    qint64 ms = 0;
};

// Runs plans: kubectl through QProcess with an argument list (no shell, a sanitised environment, a
// timeout then kill), REST through QNetworkAccessManager (token from the keychain, TLS verified).
// Everything is asynchronous on the owning thread (DESIGN.md §3); one action at a time. Every apply
// is written to the audit log before it runs (intent) and after (outcome); a log that cannot be
// written stops the action before it runs.
class ActionRunner : public QObject {
    Q_OBJECT
public:
    ActionRunner(RunnerConfig config, secrets::CredentialStore *credentials, QObject *parent = nullptr);
    ~ActionRunner() override;

    const RunnerConfig &config() const { return m_config; }
    bool busy() const;

    // The environment kubectl runs with, from `from` (the process's own): an allow-list only
    // (KubectlProcess::environment). Public so that tests check what the runner hands kubectl.
    static QProcessEnvironment kubectlEnvironment(const QProcessEnvironment &from,
                                                  const RunnerConfig &config);

    // Reads the state, completes the plan, has the server dry-run it: previewReady.
    void preview(const Plan &plan);
    // Reads the state again and applies only if its key and the context's server are unchanged:
    // finished. The preview must come from this runner.
    void apply(const Preview &preview);
    // Appends the verification record of an applied plan.
    bool recordVerification(const Plan &plan, const Verification &verification, QString *error = nullptr);
    // Kills the running process or aborts the request; what was running is reported as cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);              // "Reading Service erlmcp/erlmcp-service…"
    void output(const QString &text, bool isStderr); // streamed as the command writes it
    void previewReady(const slaops::actions::Preview &preview);
    void finished(const slaops::actions::Outcome &outcome);

private:
    struct Impl;
    RunnerConfig m_config;
    std::unique_ptr<Impl> m_impl;
};

} // namespace slaops::actions

Q_DECLARE_METATYPE(slaops::actions::Preview)
Q_DECLARE_METATYPE(slaops::actions::Outcome)
