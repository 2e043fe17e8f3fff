#pragma once

#include "config/profile.h"
#include "engine/snapshot.h"
#include "options.h"

#include <QObject>
#include <QSettings>
#include <memory>

namespace slaops::alerts {
class AlertPoller;
class IncidentLog;
} // namespace slaops::alerts
namespace slaops::config {
class Settings;
}
namespace slaops::engine {
class Engine;
class Explainer;
class HistoryFetcher;
class TrendFetcher;
struct HistorySeries;
} // namespace slaops::engine
namespace slaops::ui {
class MainWindow;
class WarRoomView;
class RegionPanel;
class BudgetPanel;
class AlertNotifier;
class WarRoomAlertsPage;
} // namespace slaops::ui

namespace slaops::app {

class ActionFlow;
class ReportsController;

// The console: wires the core (engine, explainer, history) to the windows, and runs --screenshot.
// The only place where core objects and widgets meet.
class Console : public QObject {
    Q_OBJECT
public:
    Console(config::Profile profile, Options options, QObject *parent = nullptr);
    ~Console() override;

    void start();

private:
    void showWarRoom();
    void openSettings();
    void applySettings();
    void armScreenshot();
    void grab(QWidget *widget);
    void tryScreenshot(const engine::SnapshotPtr &snapshot);
    void showTrend(const engine::HistorySeries &series);
    void wireAlerts();
    void wireActions();
    void wireReports();
    void screenshotActions();

    config::Profile m_profile;
    Options m_options;
    QSettings m_qsettings;
    std::unique_ptr<config::Settings> m_settings;
    std::unique_ptr<engine::Engine> m_engine;
    std::unique_ptr<alerts::AlertPoller> m_alerts;
    std::unique_ptr<alerts::IncidentLog> m_incidentLog;
    engine::Explainer *m_explainer = nullptr;
    engine::HistoryFetcher *m_history = nullptr;
    engine::TrendFetcher *m_trends = nullptr;
    bool m_trendDelivered = false;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::WarRoomView> m_warRoom;
    ui::RegionPanel *m_warRoomRegions = nullptr;
    ui::BudgetPanel *m_warRoomBudgets = nullptr;
    ui::WarRoomAlertsPage *m_warRoomAlerts = nullptr;
    ui::AlertNotifier *m_notifier = nullptr;
    ActionFlow *m_actions = nullptr;
    ReportsController *m_reports = nullptr;
    bool m_screenshotTaken = false;
    bool m_actionShotStarted = false;
};

} // namespace slaops::app
