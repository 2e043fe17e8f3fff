#pragma once

#include "actions/planner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QSpinBox;

namespace slaops::ui {

// Step 1 of the action wizard: which action, and its parameters. A parameter the person has not
// touched stays empty in the request, so the planner keeps choosing it from the newest figures; the
// field shows the planner's choice meanwhile (from the plan's parameters). One touched is the person's.
class ActionChoosePage : public QWidget {
    Q_OBJECT
public:
    ActionChoosePage(const QStringList &regions, QWidget *parent = nullptr);

    // Starts over from a request (what a breaching figure or an alert preselects).
    void setRequest(const actions::ActionRequest &request);
    actions::ActionRequest request() const { return m_request; }
    // Shows the planner's choices in the fields not touched, and the plan's title, rationale or error.
    void showPlan(const actions::Plan &plan);

Q_SIGNALS:
    void requestChanged();

private:
    void updateRows();
    void takeFromWidgets(); // the touched fields into m_request
    void fillUntouched(const actions::Plan &plan);

    QStringList m_regions;
    actions::ActionRequest m_request;
    bool m_fromTouched = false;
    bool m_toTouched = false;
    bool m_limitTouched = false;
    bool m_regionTouched = false;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_from = nullptr;
    QListWidget *m_divertTo = nullptr;
    QComboBox *m_migrateTo = nullptr;
    QSpinBox *m_limit = nullptr;
    QCheckBox *m_clear = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_rationale = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace slaops::ui
