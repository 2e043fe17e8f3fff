#pragma once

#include "actions/planner.h"
#include "alerts/alertbook.h"
#include "engine/explanation.h"
#include "engine/historyseries.h"
#include "engine/snapshot.h"

#include <QMainWindow>
#include <QTimer>
#include <vector>

class QLabel;
class QComboBox;
class QMenu;
class QTabWidget;

namespace slaops::ui {

class GaugeWidget;
class RegionPanel;
class ReportsView;
class BudgetPanel;
class ComplianceTable;
class SlaChart;
class SilencesView;
class TriageView;

// The console's main window: one gauge per SLA of the profile and a status bar that says where the
// data comes from, when it was refreshed and how old it is. Only reads snapshots.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setSnapshot(const engine::SnapshotPtr &snapshot);
    engine::SnapshotPtr snapshot() const { return m_snapshot; }

    // Results of requests this window made (explainRequested, historyRequested), delivered by the app.
    void showExplanation(const engine::Explanation &explanation);
    void setHistory(const engine::HistorySeries &series);
    // A sparkline for the gauge of the series' figure (the P95's, say).
    void setTrend(const engine::HistorySeries &series);

    // The merged alerts of every Alertmanager. The first book in which an alert fires (not silenced)
    // brings the Alerts tab to the front, once: after that the user's choice of tab is respected.
    void setAlertBook(const alerts::AlertBookPtr &book);
    // --read-only: the alert views show and copy, but acknowledge, expire and extend nothing.
    void setReadOnly(bool readOnly);
    // Containment: the Actions menu, "Contain…" on regions in trouble and on alerts. Off by default
    // and in a read-only console (the app never turns it on there).
    void setActionsEnabled(bool enabled);
    bool actionsEnabled() const { return m_actionsEnabled; }
    QMenu *actionsMenu() const { return m_actionsMenu; }
    TriageView *triageView() const { return m_triage; }
    SilencesView *silencesView() const { return m_silences; }

    // The tabs, by stable name: overview, regions, budgets, compliance, charts, alerts, silences,
    // reports.
    QStringList viewNames() const;
    bool showView(const QString &name);
    QTabWidget *tabs() const { return m_tabs; }
    ReportsView *reportsView() const { return m_reports; }
    RegionPanel *regionPanel() const { return m_regions; }
    BudgetPanel *budgetPanel() const { return m_budgets; }
    ComplianceTable *complianceTable() const { return m_table; }
    SlaChart *chart() const { return m_chart; }

    // For tests and for --screenshot: the same wall clock the window uses to write ages.
    void setClockForTesting(const QDateTime &now);

    const std::vector<GaugeWidget *> &gauges() const { return m_gauges; }
    QString sourceText() const;
    QString refreshText() const;
    QString problemText() const;
    // The verdict line above the tabs, and its state, as judged at the window's clock.
    QString summaryText() const;
    sla::State summaryState() const { return m_summaryState; }

Q_SIGNALS:
    // The window does no I/O: it asks, the app answers through showExplanation / setHistory.
    void explainRequested(const slaops::engine::Figure &figure);
    void historyRequested(const slaops::engine::Figure &figure, slaops::engine::HistoryRange range,
                          int widthPixels);
    void settingsRequested();
    void warRoomRequested();
    // From the Alerts and Silences tabs: a new silence (acknowledge) or an extension (its id set), and
    // an expiry. The app sends them and answers through silenceResult.
    void silenceRequested(const slaops::alerts::SilenceRequest &request);
    void expireRequested(const QString &id);
    // The action wizard, preset from where it was asked for (a region's card, an alert, the menu).
    void actionRequested(const slaops::actions::ActionRequest &request);
    void auditLogRequested();

public Q_SLOTS:
    void silenceResult(bool ok, const QString &message);

private:
    static QString sourceText(const engine::Snapshot &snapshot);
    void buildMenus();
    void explain(const QString &id, const QString &region);
    void requestHistory();
    void rebuildGauges();
    void updateTimes();
    QDateTime now() const;

    engine::SnapshotPtr m_snapshot;
    std::vector<engine::Figure> m_fleet;
    QWidget *m_grid = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReportsView *m_reports = nullptr;
    RegionPanel *m_regions = nullptr;
    BudgetPanel *m_budgets = nullptr;
    ComplianceTable *m_table = nullptr;
    SlaChart *m_chart = nullptr;
    TriageView *m_triage = nullptr;
    SilencesView *m_silences = nullptr;
    bool m_alertsBroughtForward = false;
    bool m_actionsEnabled = false;
    QMenu *m_actionsMenu = nullptr;
    QComboBox *m_chartFigure = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_refresh = nullptr;
    QLabel *m_problem = nullptr;
    std::vector<GaugeWidget *> m_gauges;
    QTimer m_clock;
    QDateTime m_fixedNow;
    sla::State m_summaryState = sla::State::NoData;
};

} // namespace slaops::ui
