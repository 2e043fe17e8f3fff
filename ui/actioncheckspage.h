#pragma once

#include "actions/plan.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace slaops::ui {

// Step 2: the plan's pre-checks against the live figures, each with ✓ or ✗, what it checks and the
// figures behind it. The wizard re-plans on every snapshot, so this follows the live state.
class ActionChecksPage : public QWidget {
    Q_OBJECT
public:
    explicit ActionChecksPage(QWidget *parent = nullptr);

    void setPlan(const actions::Plan &plan);
    // Why the action may not go on, in words; empty when every check passes.
    QString blockingReason() const { return m_reason; }
    static QString blockingReason(const actions::Plan &plan);

private:
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_verdict = nullptr;
    QString m_reason;
};

} // namespace slaops::ui
