#pragma once

#include "alerts/alertbook.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace slaops::ui {

// The desktop notification of issue 8: a tray icon with the firing count, and a message for each new
// critical or high alert, once per fingerprint. The tray is used only where the desktop has one
// (QSystemTrayIcon::isSystemTrayAvailable()); the decision of what to announce does not depend on it,
// so it is the same, and testable, everywhere (notified).
class AlertNotifier : public QObject {
    Q_OBJECT
public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    // Settings' alertNotifications: off hides the icon and announces nothing (what fires meanwhile is
    // remembered, so turning it on does not replay old alerts).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setBook(const alerts::AlertBookPtr &book);

    bool hasTray() const { return m_tray != nullptr; }
    QString toolTip() const { return m_toolTip; }
    int firingCount() const { return m_firing; }

    // A fingerprint absent from the books for this long is forgotten (bounded memory over weeks); if it
    // fires again after that, it is a new incident and is announced again.
    static constexpr qint64 ForgetAfterSeconds = 24 * 3600;

Q_SIGNALS:
    // Each new critical or high alert, when enabled; the tray shows the same message.
    void notified(const QString &fingerprint, const QString &title, const QString &message);
    // The tray icon was clicked: the app raises the console on its Alerts tab.
    void activated();

private:
    void updateIcon();

    bool m_enabled = true;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QDateTime> m_seen; // fingerprint -> last book that had it
    QString m_toolTip;
    int m_firing = 0;
    int m_worst = 6;
};

} // namespace slaops::ui
