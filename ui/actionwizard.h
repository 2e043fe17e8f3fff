#pragma once

#include "actions/actionrunner.h"
#include "actions/planner.h"
#include "actions/verification.h"
#include "config/profile.h"
#include "engine/snapshot.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace slaops::ui {

class ActionChoosePage;
class ActionChecksPage;
class ActionConfirmPage;
class ActionPreviewPage;
class ActionRunPage;
class ActionVerifyPage;

// The containment wizard (issue 9): choose → pre-checks → preview → confirm → run → verify, and the
// rollback through the same steps. It plans with the pure Planner and does no I/O (DESIGN.md §2): the
// preview, the apply and a cancel are asked for through signals, and the runner's answers come back
// through the slots; the app wires both (and feeds the verification).
class ActionWizard : public QDialog {
    Q_OBJECT
public:
    enum class Step { Choose, Checks, Preview, Confirm, Run, Verify };

    ActionWizard(const config::Profile &profile, QWidget *parent = nullptr);
    ~ActionWizard() override;

    // The newest figures: re-plans while on the choose or checks step (pre-checks follow the live
    // state); once previewed, the plan is fixed and the figures feed nothing else here.
    void setSnapshot(engine::SnapshotPtr snapshot);
    // Opens on the choose step with the request's action and region preselected.
    void start(const actions::ActionRequest &request);
    // A second guard behind the app's (which never creates the wizard in read-only mode): Apply is
    // hidden and applyRequested never emitted.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    Step step() const { return m_step; }
    const actions::Plan &plan() const { return m_plan; }
    bool isRollback() const { return m_plan.isRollback; }
    // Why Next (or Apply) is disabled now, in words; empty when it is not.
    QString blockedReason() const { return m_blocked; }

    // For tests and the lead's wiring.
    ActionChoosePage *choosePage() const { return m_choose; }
    ActionChecksPage *checksPage() const { return m_checks; }
    ActionPreviewPage *previewPage() const { return m_preview; }
    ActionConfirmPage *confirmPage() const { return m_confirm; }
    ActionRunPage *runPage() const { return m_run; }
    ActionVerifyPage *verifyPage() const { return m_verify; }

    void reject() override;

public Q_SLOTS:
    void showProgress(const QString &step);
    void appendOutput(const QString &text, bool isStderr);
    void showPreview(const slaops::actions::Preview &preview);
    void showOutcome(const slaops::actions::Outcome &outcome);
    void showVerification(const slaops::actions::Verification &verification);

    void next();
    void back();
    void apply();
    void rollback();

Q_SIGNALS:
    void previewRequested(const slaops::actions::Plan &plan);
    void applyRequested(const slaops::actions::Preview &preview);
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void replan();
    void goTo(Step step);
    void updateButtons();

    config::Profile m_profile;
    engine::SnapshotPtr m_snapshot;
    actions::ActionRequest m_request;
    actions::Plan m_plan;
    actions::Plan m_applied; // the plan a rollback undoes
    actions::Preview m_lastPreview;
    actions::Outcome m_outcome;
    bool m_havePreview = false;
    bool m_running = false;
    bool m_haveOutcome = false;
    bool m_readOnly = false;
    bool m_rollbackMode = false;
    Step m_step = Step::Choose;
    QString m_blocked;

    QLabel *m_stepLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    ActionChoosePage *m_choose = nullptr;
    ActionChecksPage *m_checks = nullptr;
    ActionPreviewPage *m_preview = nullptr;
    ActionConfirmPage *m_confirm = nullptr;
    ActionRunPage *m_run = nullptr;
    ActionVerifyPage *m_verify = nullptr;
    QLabel *m_blockedLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace slaops::ui
