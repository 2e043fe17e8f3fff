#pragma once

#include "alerts/incidentlog.h"
#include "config/profile.h"

#include <QDateTime>
#include <QScrollArea>
#include <vector>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace slaops::config {
class Settings;
}

class QPushButton;

namespace slaops::ui {

class AlertsModel;

// The triage view's details pane for one alert: labels, annotations (links opened in the browser), the
// instances holding it, the escalation countdown with path and channels, and the immediate-response
// checklist, whose ticks go to the incident log with the author and the time.
class AlertDetails : public QScrollArea {
    Q_OBJECT
public:
    explicit AlertDetails(QWidget *parent = nullptr);

    void setEscalation(const std::vector<config::EscalationLevel> &matrix);
    void setIncidentLog(alerts::IncidentLog *log);
    // --read-only: no acknowledging from here (the checklist follows its incident log).
    void setAcknowledgeEnabled(bool enabled); // not owned; null: the checklist is read-only
    // Containment offered from the alert (K); hidden in a read-only console and where none is set up.
    void setContainEnabled(bool enabled);
    void setSettings(config::Settings *settings); // the author of ticks; not owned, may be null
    // Shows the alert of that fingerprint in the model (or "no alert"), as at `now`.
    void showAlert(const AlertsModel *model, const QString &fingerprint, const QDateTime &now);

    QString text() const;
    const std::vector<QCheckBox *> &checklistBoxes() const { return m_checks; }

Q_SIGNALS:
    void acknowledgeRequested();
    void containRequested();
    void copyRequested();
    void runbookRequested();
    void logFailed(const QString &error);

private:
    void updateChecklist();
    void toggleStep(const QString &step, bool ticked);

    std::vector<config::EscalationLevel> m_matrix;
    alerts::IncidentLog *m_log = nullptr;
    config::Settings *m_settings = nullptr;
    const AlertsModel *m_model = nullptr;
    QString m_fingerprint;
    QDateTime m_now;
    QPushButton *m_contain = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_checklistNote = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QVBoxLayout *m_checklistLayout = nullptr;
    std::vector<QCheckBox *> m_checks;
    QString m_checklistFor; // the fingerprint the boxes were built for
};

} // namespace slaops::ui
