#pragma once

#include "actions/actionrunner.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;

namespace slaops::ui {

// Step 3: what will run, exactly (Command::display(), selectable, with a Copy button), the server's
// dry run (accepted, or its error, which blocks the action), the diff of the object and the effects
// expected on the figures.
class ActionPreviewPage : public QWidget {
    Q_OBJECT
public:
    explicit ActionPreviewPage(QWidget *parent = nullptr);

    // "Waiting for the server's dry run…" for this plan.
    void setWaiting(const actions::Plan &plan);
    void setPreview(const actions::Preview &preview);
    bool waiting() const { return m_waiting; }
    // Why the action may not go on from this preview; empty when it may.
    QString blockingReason() const { return m_reason; }
    static QString blockingReason(const actions::Preview &preview);

    QString commandText() const;
    QString diffText() const;
    QString dryRunText() const;

private:
    void showCommand(const actions::Plan &plan);
    void showEffects(const actions::Plan &plan);

    bool m_waiting = false;
    QString m_reason;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_dryRunCommand = nullptr;
    QLabel *m_dryRun = nullptr;
    QTextEdit *m_diff = nullptr;
    QListWidget *m_effects = nullptr;
};

} // namespace slaops::ui
