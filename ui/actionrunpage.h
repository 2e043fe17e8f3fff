#pragma once

#include "actions/actionrunner.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace slaops::ui {

// Step 5: the action running: what it is doing, the command's output as it streams (stderr in the
// error colour), and the outcome: applied, refused with the server's message, or changed since the
// preview (nothing applied).
class ActionRunPage : public QWidget {
    Q_OBJECT
public:
    explicit ActionRunPage(QWidget *parent = nullptr);

    void start(const actions::Plan &plan);
    void showProgress(const QString &step);
    void appendOutput(const QString &text, bool isStderr);
    void showOutcome(const actions::Outcome &outcome);
    static QString outcomeText(const actions::Outcome &outcome);

    QString outputText() const;
    QString outcomeText() const;
    QString progressText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_outcome = nullptr;
};

} // namespace slaops::ui
