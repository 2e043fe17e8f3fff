#include "actionwizard.h"

#include "actioncheckspage.h"
#include "actionchoosepage.h"
#include "actionconfirmpage.h"
#include "actionpreviewpage.h"
#include "actionrunpage.h"
#include "actionstyle.h"
#include "actionverifypage.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWizard, "slaops.ui.wizard", QtInfoMsg)

namespace slaops::ui {

namespace {
constexpr int kSteps = 6;

QStringList regionNames(const config::Profile &p)
{
    QStringList out;
    for (const config::RegionSpec &r : p.regions)
        out << r.name;
    return out;
}
} // namespace

ActionWizard::ActionWizard(const config::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("actionWizard"));
    setWindowTitle(tr("Containment action"));
    auto *layout = new QVBoxLayout(this);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    QFont big = m_stepLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_stepLabel->setFont(big);
    layout->addWidget(m_stepLabel);

    m_stack = new QStackedWidget(this);
    m_choose = new ActionChoosePage(regionNames(m_profile), m_stack);
    m_checks = new ActionChecksPage(m_stack);
    m_preview = new ActionPreviewPage(m_stack);
    m_confirm = new ActionConfirmPage(m_stack);
    m_run = new ActionRunPage(m_stack);
    m_verify = new ActionVerifyPage(m_profile, m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_choose), static_cast<QWidget *>(m_checks),
                       static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_confirm),
                       static_cast<QWidget *>(m_run), static_cast<QWidget *>(m_verify)})
        m_stack->addWidget(w);
    layout->addWidget(m_stack, 1);

    m_blockedLabel = new QLabel(this);
    m_blockedLabel->setObjectName(QStringLiteral("blockedReason"));
    m_blockedLabel->setWordWrap(true);
    layout->addWidget(m_blockedLabel);

    auto *buttons = new QHBoxLayout;
    m_back = ActionStyle::button(tr("‹ &Back"), QStringLiteral("back"), this);
    m_rollback = ActionStyle::button(tr("&Roll back…"), QStringLiteral("rollback"), this);
    m_cancel = ActionStyle::button(tr("Cancel"), QStringLiteral("cancel"), this);
    m_close = ActionStyle::button(tr("C&lose"), QStringLiteral("close"), this);
    m_next = ActionStyle::button(tr("&Next ›"), QStringLiteral("next"), this);
    // No mnemonic: Apply is a click, or Tab to it and Space, never a reflex.
    m_apply = ActionStyle::button(tr("Apply"), QStringLiteral("apply"), this);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    buttons->addWidget(m_next);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ActionWizard::back);
    connect(m_next, &QPushButton::clicked, this, &ActionWizard::next);
    connect(m_apply, &QPushButton::clicked, this, &ActionWizard::apply);
    connect(m_rollback, &QPushButton::clicked, this, &ActionWizard::rollback);
    connect(m_cancel, &QPushButton::clicked, this, &ActionWizard::reject);
    connect(m_close, &QPushButton::clicked, this, &ActionWizard::accept);
    connect(m_choose, &ActionChoosePage::requestChanged, this, &ActionWizard::replan);
    connect(m_confirm, &ActionConfirmPage::confirmationChanged, this, &ActionWizard::updateButtons);

    resize(820, 640);
    goTo(Step::Choose);
}

ActionWizard::~ActionWizard() = default;

void ActionWizard::setSnapshot(engine::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    if (m_step == Step::Choose || m_step == Step::Checks)
        replan();
}

void ActionWizard::start(const actions::ActionRequest &request)
{
    m_request = request;
    m_plan = {};
    m_applied = {};
    m_rollbackMode = false;
    m_havePreview = m_haveOutcome = m_running = false;
    m_choose->setRequest(request);
    goTo(Step::Choose);
}

void ActionWizard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ActionWizard::replan()
{
    if (m_rollbackMode) {
        // A rollback: planned from the applied plan's state before, checked against the newest figures.
        m_plan = actions::Planner::rollback(m_applied, m_snapshot.get(), m_profile);
        m_plan.isRollback = true;
    } else {
        actions::ActionRequest r = m_choose->request();
        r.context = m_request.context;
        r.api = m_request.api;
        m_plan = actions::Planner::plan(r, m_snapshot.get(), m_profile);
    }
    m_choose->showPlan(m_plan);
    m_checks->setPlan(m_plan);
    setWindowTitle(m_plan.isRollback ? tr("Rollback: %1").arg(m_plan.title)
                                     : tr("Containment action: %1").arg(m_plan.title));
    updateButtons();
}

void ActionWizard::goTo(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    if (step == Step::Choose || step == Step::Checks)
        replan();
    updateButtons();
    QWidget *focus = nullptr;
    switch (step) {
    case Step::Confirm:
        focus = m_confirm->focusTarget();
        break;
    case Step::Choose:
        focus = m_choose->findChild<QWidget *>(QStringLiteral("actionKind"));
        break;
    default:
        focus = m_stack->currentWidget()->nextInFocusChain();
        break;
    }
    if (focus && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
}

void ActionWizard::updateButtons()
{
    static const char *const names[kSteps] = {
        QT_TR_NOOP("Choose the action"), QT_TR_NOOP("Pre-checks"), QT_TR_NOOP("Preview"),
        QT_TR_NOOP("Confirm"),           QT_TR_NOOP("Run"),        QT_TR_NOOP("Verify")};
    const int i = int(m_step);
    const QString stepText = tr("Step %1 of %2 · %3").arg(i + 1).arg(kSteps).arg(tr(names[i]));
    m_stepLabel->setText(m_plan.isRollback ? tr("Rollback · %1").arg(stepText) : stepText);
    m_stepLabel->setAccessibleName(m_stepLabel->text());

    const bool applied = m_haveOutcome && m_outcome.applied;
    bool back = false, next = false, nextOn = false, apply = false, applyOn = false, cancel = true,
         close = false, rollback = false;
    switch (m_step) {
    case Step::Choose:
        next = true;
        m_blocked = m_plan.error.isEmpty() ? QString() : ActionChecksPage::blockingReason(m_plan);
        nextOn = m_blocked.isEmpty();
        break;
    case Step::Checks:
        back = !m_plan.isRollback;
        next = true;
        m_blocked = m_checks->blockingReason();
        nextOn = m_blocked.isEmpty();
        break;
    case Step::Preview:
        back = true;
        next = true;
        m_blocked = m_preview->blockingReason();
        nextOn = m_havePreview && m_blocked.isEmpty();
        break;
    case Step::Confirm:
        back = true;
        apply = !m_readOnly;
        applyOn = !m_readOnly && m_confirm->confirmed() && m_havePreview && m_lastPreview.ok();
        if (m_readOnly)
            m_blocked = tr("Read-only: nothing can be applied from this console.");
        else if (!m_confirm->confirmed())
            m_blocked = m_confirm->production() ? tr("Apply is enabled once the name is typed exactly: %1")
                                                      .arg(m_lastPreview.plan.target.confirmationWord())
                                                : tr("Apply is enabled once the box is ticked.");
        else
            m_blocked.clear();
        break;
    case Step::Run:
        cancel = m_running;
        close = !m_running;
        back = m_haveOutcome && !applied;
        next = applied;
        nextOn = applied;
        m_blocked.clear();
        break;
    case Step::Verify:
        cancel = false;
        close = true;
        rollback = applied && !m_outcome.plan.isRollback;
        m_blocked.clear();
        break;
    }
    m_back->setVisible(back);
    m_next->setVisible(next);
    m_next->setEnabled(nextOn);
    m_next->setText(m_step == Step::Run ? tr("&Next: watch the figures ›") : tr("&Next ›"));
    m_apply->setVisible(apply);
    m_apply->setEnabled(applyOn);
    m_cancel->setVisible(cancel);
    m_cancel->setText(m_step == Step::Run ? tr("Cancel the run") : tr("Cancel"));
    m_close->setVisible(close);
    m_rollback->setVisible(rollback);
    m_rollback->setEnabled(rollback);
    if (m_blocked.isEmpty()) {
        m_blockedLabel->hide();
    } else {
        ActionStyle::setColouredText(
            m_blockedLabel, m_blocked,
            m_step == Step::Preview && m_preview->waiting() ? QColor() : ActionStyle::errorColour());
        m_blockedLabel->show();
    }
    // A screen reader says why a button is disabled when it reaches it.
    m_next->setAccessibleDescription(m_blocked);
    m_apply->setAccessibleDescription(m_blocked);
}

void ActionWizard::next()
{
    switch (m_step) {
    case Step::Choose:
        if (m_plan.error.isEmpty())
            goTo(Step::Checks);
        break;
    case Step::Checks:
        if (!ActionChecksPage::blockingReason(m_plan).isEmpty())
            return;
        m_havePreview = false;
        m_preview->setWaiting(m_plan);
        goTo(Step::Preview);
        qCInfo(lcWizard) << "preview requested:" << m_plan.title;
        Q_EMIT previewRequested(m_plan);
        break;
    case Step::Preview:
        if (!m_havePreview || !m_preview->blockingReason().isEmpty())
            return;
        m_confirm->setPlan(m_lastPreview.plan);
        goTo(Step::Confirm);
        break;
    case Step::Run:
        if (m_haveOutcome && m_outcome.applied)
            goTo(Step::Verify);
        break;
    case Step::Confirm:
    case Step::Verify:
        break;
    }
}

void ActionWizard::back()
{
    switch (m_step) {
    case Step::Checks:
        if (!m_plan.isRollback)
            goTo(Step::Choose);
        break;
    case Step::Preview:
        if (m_preview->waiting())
            Q_EMIT cancelRequested(); // the read or dry run still running is not wanted any more
        m_havePreview = false;
        goTo(Step::Checks);
        break;
    case Step::Confirm:
        goTo(Step::Preview);
        break;
    case Step::Run:
        if (m_haveOutcome && !m_outcome.applied) {
            // Refused or changed since the preview: plan again from the newest figures and state.
            m_haveOutcome = m_havePreview = false;
            goTo(Step::Checks);
        }
        break;
    case Step::Choose:
    case Step::Verify:
        break;
    }
}

void ActionWizard::apply()
{
    // Every condition again, not only the button's state: this slot is public.
    if (m_readOnly || m_step != Step::Confirm || !m_confirm->confirmed() || !m_havePreview ||
        !m_preview->blockingReason().isEmpty() || m_running) {
        qCWarning(lcWizard) << "apply refused: not confirmed, read-only or no valid preview";
        return;
    }
    m_running = true;
    m_haveOutcome = false;
    m_run->start(m_lastPreview.plan);
    goTo(Step::Run);
    qCInfo(lcWizard) << "apply requested:" << m_lastPreview.plan.title;
    Q_EMIT applyRequested(m_lastPreview);
}

void ActionWizard::rollback()
{
    if (!m_haveOutcome || !m_outcome.applied || m_outcome.plan.isRollback)
        return;
    m_applied = m_outcome.plan;
    m_rollbackMode = true;
    m_haveOutcome = m_havePreview = false;
    m_outcome = {};
    goTo(Step::Checks); // re-plans: Planner::rollback from the applied plan
}

void ActionWizard::showProgress(const QString &step)
{
    if (m_step == Step::Run)
        m_run->showProgress(step);
}

void ActionWizard::appendOutput(const QString &text, bool isStderr)
{
    if (m_step == Step::Run)
        m_run->appendOutput(text, isStderr);
}

void ActionWizard::showPreview(const actions::Preview &preview)
{
    if (m_step != Step::Preview || !m_preview->waiting()) {
        qCInfo(lcWizard) << "a preview nobody waits for is dropped";
        return;
    }
    m_lastPreview = preview;
    m_havePreview = true;
    m_preview->setPreview(preview);
    updateButtons();
}

void ActionWizard::showOutcome(const actions::Outcome &outcome)
{
    if (!m_running) {
        qCInfo(lcWizard) << "an outcome nobody waits for is dropped";
        return;
    }
    m_running = false;
    m_outcome = outcome;
    m_haveOutcome = true;
    m_run->showOutcome(outcome);
    if (outcome.applied)
        m_verify->start(outcome.plan, m_profile.containment.verifyRefreshes);
    updateButtons();
}

void ActionWizard::showVerification(const actions::Verification &verification)
{
    if (!m_haveOutcome || !m_outcome.applied)
        return;
    m_verify->setVerification(verification);
    updateButtons();
}

void ActionWizard::reject()
{
    if (m_running) {
        // The run is stopped, not abandoned: the outcome (cancelled) still comes and is shown.
        Q_EMIT cancelRequested();
        m_run->showProgress(tr("Cancelling…"));
        return;
    }
    if (m_step == Step::Preview && m_preview->waiting())
        Q_EMIT cancelRequested();
    QDialog::reject();
}

void ActionWizard::keyPressEvent(QKeyEvent *event)
{
    // Enter never applies, nor moves on: QDialog would press a default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace slaops::ui
