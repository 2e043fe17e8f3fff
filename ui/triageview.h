#pragma once

#include "alerts/alertbook.h"
#include "alerts/incidentlog.h"
#include "config/profile.h"
#include "engine/snapshot.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace slaops::config {
class Settings;
}

namespace slaops::ui {

class AcknowledgeDialog;
class AlertDetails;
class AlertsModel;

// The triage view (issue 8): the alerts of every Alertmanager, grouped by severity, SLA or region (the
// user's choice, kept in Settings), acknowledged ones in their own section; a details pane with labels,
// annotations, the instances holding the alert, the escalation countdown and the response checklist.
// Keyboard first: arrows, Enter details, Esc closes them, A acknowledge, C copy as message, R runbook.
// A new book keeps the current alert and the scroll position by fingerprint. The view does no network
// I/O: acknowledging emits silenceRequested and the app answers through silenceResult.
class TriageView : public QWidget {
    Q_OBJECT
public:
    explicit TriageView(QWidget *parent = nullptr);
    ~TriageView() override;

    void setProfile(const config::Profile &profile);
    // Author and grouping are read from and written to it; not owned, may be null.
    void setSettings(config::Settings *settings);
    // Where checklist ticks go; not owned, may be null (the checklist is then read-only).
    void setIncidentLog(alerts::IncidentLog *log);
    // --read-only: A and the details' button acknowledge nothing; reading, copying and runbooks stay.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Containment offered from an alert (K and the details' button) when the console can act.
    void setActionsEnabled(bool enabled);
    void setBook(const alerts::AlertBookPtr &book);
    void setSnapshot(const engine::SnapshotPtr &snapshot);
    void setClockForTesting(const QDateTime &now);

    AlertsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString currentFingerprint() const;
    bool selectFingerprint(const QString &fingerprint);

    void showDetails();
    void hideDetails();
    bool detailsVisible() const;
    void acknowledgeCurrent();
    void containCurrent();
    void copyCurrent();
    void openRunbook();
    AcknowledgeDialog *acknowledgeDialog() const;

    QString bannerText() const;
    QString resultText() const;
    QString countsText() const;
    QString detailsText() const;
    const std::vector<QCheckBox *> &checklistBoxes() const;

public Q_SLOTS:
    // The app's answer to silenceRequested: Alertmanager's silence id, or its refusal.
    void silenceResult(bool ok, const QString &message);

Q_SIGNALS:
    void silenceRequested(const slaops::alerts::SilenceRequest &request);
    // Contain the trouble the current alert is about: `region` is the value of its first label that
    // names a region of the profile, empty when none does.
    void containRequested(const QString &region);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDetails();
    void updateBanner();
    void updateCounts();
    void tick();
    void restore(const QString &current, const QString &top, int currentRow);
    const alerts::BookAlert *currentAlert() const;
    QDateTime now() const;

    config::Profile m_profile;
    config::Settings *m_settings = nullptr;
    alerts::IncidentLog *m_log = nullptr;
    AlertsModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_result = nullptr;
    bool m_readOnly = false;
    bool m_actionsEnabled = false;
    AlertDetails *m_details = nullptr;
    QSplitter *m_split = nullptr;
    QPointer<AcknowledgeDialog> m_dialog;
    QTimer m_clock;
    QDateTime m_fixedNow;
};

} // namespace slaops::ui
