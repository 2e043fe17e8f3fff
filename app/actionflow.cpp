#include "actionflow.h"

#include "actions/actionrunner.h"
#include "actions/auditlog.h"
#include "actionwizard.h"
#include "auditview.h"
#include "engine/offthread.h"
#include "secrets/credentialstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcActionFlow, "slaops.actionflow", QtInfoMsg)

namespace slaops::app {

ActionFlow::ActionFlow(actions::ActionSetup setup, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_window(window)
    , m_credentials(new secrets::CredentialStore(this))
{
    m_runner = new actions::ActionRunner(m_setup.runner, m_credentials, this);
    connect(m_runner, &actions::ActionRunner::finished, this, &ActionFlow::applied);
}

ActionFlow::~ActionFlow() = default;

void ActionFlow::setSnapshot(const engine::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (m_wizard)
        m_wizard->setSnapshot(snapshot);
    if (!m_verifying || !snapshot)
        return;
    m_verification = actions::Verifier::update(m_verification, *snapshot, m_beforeGeneration);
    if (m_wizard)
        m_wizard->showVerification(m_verification);
    if (m_verification.done())
        finishVerification();
}

void ActionFlow::open(const actions::ActionRequest &request)
{
    if (m_setup.runner.readOnly)
        return;
    if (m_wizard && m_wizard->isVisible()) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    delete m_wizard;
    auto *w = new ui::ActionWizard(m_setup.profile, m_window);
    m_wizard = w;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setSnapshot(m_snapshot);
    connect(w, &ui::ActionWizard::previewRequested, m_runner, &actions::ActionRunner::preview);
    connect(w, &ui::ActionWizard::applyRequested, this,
            [this](const actions::Preview &p) { m_runner->apply(p); });
    connect(w, &ui::ActionWizard::cancelRequested, m_runner, &actions::ActionRunner::cancel);
    connect(m_runner, &actions::ActionRunner::progress, w, &ui::ActionWizard::showProgress);
    connect(m_runner, &actions::ActionRunner::output, w, &ui::ActionWizard::appendOutput);
    connect(m_runner, &actions::ActionRunner::previewReady, w, &ui::ActionWizard::showPreview);
    connect(m_runner, &actions::ActionRunner::finished, w, &ui::ActionWizard::showOutcome);
    w->start(request);
    w->show();
}

void ActionFlow::applied(const actions::Outcome &outcome)
{
    if (!outcome.applied)
        return;
    // A verification still running for an earlier action ends here: its record says how far it got.
    if (m_verifying)
        finishVerification();
    m_verifying = true;
    m_verifiedPlan = outcome.plan;
    m_beforeGeneration = m_snapshot ? m_snapshot->generation : 0;
    m_verification = actions::Verifier::start(outcome.plan, m_snapshot.get(),
                                              actions::verificationRefreshes(outcome.plan, m_setup.profile));
    if (m_wizard)
        m_wizard->showVerification(m_verification);
}

void ActionFlow::finishVerification()
{
    m_verifying = false;
    QString error;
    if (!m_runner->recordVerification(m_verifiedPlan, m_verification, &error))
        qCWarning(lcActionFlow).noquote() << "cannot write the verification to the audit log:" << error;
}

void ActionFlow::openAuditLog()
{
    if (m_auditDialog) {
        m_auditDialog->raise();
        m_auditDialog->activateWindow();
    }
    const QString path =
        m_setup.runner.auditLog.isEmpty() ? actions::AuditLog::defaultPath() : m_setup.runner.auditLog;
    auto *dialog = m_auditDialog ? m_auditDialog.data() : new QDialog(m_window);
    if (!m_auditDialog) {
        m_auditDialog = dialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Containment audit log — %1").arg(path));
        auto *layout = new QVBoxLayout(dialog);
        auto *view = new ui::AuditView(dialog);
        view->setObjectName(QStringLiteral("auditView"));
        layout->addWidget(view, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QPushButton *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
        connect(reload, &QPushButton::clicked, this, &ActionFlow::openAuditLog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog->resize(1100, 640);
    }
    dialog->show();
    // The whole log is read and its chain checked in one pass, off the GUI thread: a long log must
    // not freeze the console (a wall refreshes behind this window).
    const quint64 read = ++m_auditRead;
    engine::runOffThread(
        m_pool, this, [path]() { return actions::AuditLog::load(path); },
        [this, read](actions::AuditLog::Loaded loaded) {
            if (read != m_auditRead || !m_auditDialog)
                return;
            if (!loaded.error.isEmpty() && loaded.verdict.reason.isEmpty())
                loaded.verdict.reason = loaded.error;
            m_auditDialog->findChild<ui::AuditView *>(QStringLiteral("auditView"))
                ->setRecords(std::move(loaded.records), loaded.verdict);
            Q_EMIT auditLogShown();
        });
}

} // namespace slaops::app
