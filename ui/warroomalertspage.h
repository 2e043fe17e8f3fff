#pragma once

#include "alerts/alertbook.h"
#include "config/profile.h"
#include "engine/snapshot.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTreeView;

namespace slaops::ui {

class AlertsModel;

// The war room's alerts page: what fires, by severity, with how long and the escalation countdown, in
// type read from across the room. Read-only by construction (no dialog, no action, no key handling)
// and made read-only again by WarRoomView::addPage.
class WarRoomAlertsPage : public QWidget {
    Q_OBJECT
public:
    explicit WarRoomAlertsPage(QWidget *parent = nullptr);

    void setProfile(const config::Profile &profile);
    void setBook(const alerts::AlertBookPtr &book);
    // WarRoomView's Feed: the snapshot as the wall shows it, and the wall's clock.
    void update(const engine::SnapshotPtr &snapshot, const QDateTime &now);

    AlertsModel *model() const { return m_model; }
    QString headlineText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeadline();

    AlertsModel *m_model = nullptr;
    QLabel *m_headline = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace slaops::ui
