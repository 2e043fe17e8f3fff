#pragma once

#include "actions/actionsetup.h"
#include "actions/planner.h"
#include "actions/verification.h"
#include "actionwizard.h"
#include "engine/snapshot.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>

namespace slaops::secrets {
class CredentialStore;
}
class QDialog;
class QWidget;

namespace slaops::app {

// The console's containment: the wizard (ui/) asks, the runner (core/actions) runs, the engine's
// snapshots feed the pre-checks and, after an action, its verification, whose verdict goes into the
// audit log. One wizard at a time. Never created in a read-only console (Console checks), and the
// runner refuses by itself when read-only as a second guard.
class ActionFlow : public QObject {
    Q_OBJECT
public:
    ActionFlow(actions::ActionSetup setup, QWidget *window, QObject *parent = nullptr);
    ~ActionFlow() override;

    void setSnapshot(const engine::SnapshotPtr &snapshot);
    void open(const actions::ActionRequest &request);
    void openAuditLog();

    ui::ActionWizard *wizard() const { return m_wizard; }
    actions::ActionRunner *runner() const { return m_runner; }
    QDialog *auditDialog() const { return m_auditDialog; }

Q_SIGNALS:
    // The audit window shows the log as read just now (the read runs off the GUI thread).
    void auditLogShown();

private:
    void applied(const actions::Outcome &outcome);
    void finishVerification();

    actions::ActionSetup m_setup;
    QWidget *m_window;
    secrets::CredentialStore *m_credentials;
    actions::ActionRunner *m_runner = nullptr;
    QPointer<ui::ActionWizard> m_wizard;
    QPointer<QDialog> m_auditDialog;
    engine::SnapshotPtr m_snapshot;
    QThreadPool m_pool;      // reads the audit log for its window
    quint64 m_auditRead = 0; // the newest read asked for; an older answer is dropped

    // The action being verified: its plan, the generation current when it was applied, the state.
    bool m_verifying = false;
    actions::Plan m_verifiedPlan;
    quint64 m_beforeGeneration = 0;
    actions::Verification m_verification;
};

} // namespace slaops::app
