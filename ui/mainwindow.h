#pragma once

#include "engine/snapshot.h"

#include <QMainWindow>
#include <QTimer>
#include <vector>

class QLabel;

namespace slaops::ui {

class GaugeWidget;

// The console's main window: one gauge per SLA of the profile and a status bar that says where the
// data comes from, when it was refreshed and how old it is. Only reads snapshots.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setSnapshot(const engine::SnapshotPtr &snapshot);
    engine::SnapshotPtr snapshot() const { return m_snapshot; }

    // For tests and for --screenshot: the same wall clock the window uses to write ages.
    void setClockForTesting(const QDateTime &now);

    const std::vector<GaugeWidget *> &gauges() const { return m_gauges; }
    QString sourceText() const;
    QString refreshText() const;
    QString problemText() const;

private:
    void rebuildGauges();
    void updateTimes();
    QDateTime now() const;

    engine::SnapshotPtr m_snapshot;
    std::vector<engine::Figure> m_fleet;
    QWidget *m_grid = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_refresh = nullptr;
    QLabel *m_problem = nullptr;
    std::vector<GaugeWidget *> m_gauges;
    QTimer m_clock;
    QDateTime m_fixedNow;
};

} // namespace slaops::ui
