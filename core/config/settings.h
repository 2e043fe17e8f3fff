#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <chrono>
#include <optional>
#include <vector>

class QSettings;

namespace slaops::config {

// The user's preferences, typed, over QSettings (DESIGN.md §8). Every key name lives in this class and
// nowhere else, so a rename or a migration touches one file. Values that cannot be used (a bad URL, an
// interval the engine cannot keep up with, an unknown theme) read back as the default, with a warning:
// a hand-edited file never stops the console from starting.
//
// Secrets are never stored here: tokens and passwords live in the keychain (secrets::CredentialStore);
// a URL's user info is stripped before it is written.
class Settings {
public:
    enum class Theme { System, Light, Dark, HighContrast };

    // The war-room views that can be rotated, by stable id.
    static QStringList knownWarRoomViews();

    static constexpr std::chrono::milliseconds MinRefreshInterval{200};
    static constexpr std::chrono::milliseconds MaxRefreshInterval{3600 * 1000};
    static constexpr int MinRotationSeconds = 3;
    static constexpr int MaxRotationSeconds = 3600;
    static constexpr int DefaultRotationSeconds = 20;

    // Uses QSettings' default location for the application (organisation and name set on the app).
    Settings();
    // Uses the given backend (tests: a temporary ini file); not owned, must outlive this object.
    explicit Settings(QSettings *backend);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // Every key this class reads or writes.
    static QStringList allKeys();

    // Prometheus URL that overrides the profile's; empty: the profile's.
    QUrl prometheusUrl() const;
    void setPrometheusUrl(const QUrl &url);
    // Alertmanager URLs that override the profile's; empty: the profile's.
    std::vector<QUrl> alertmanagerUrls() const;
    void setAlertmanagerUrls(const std::vector<QUrl> &urls);
    // Refresh interval; 0: the profile's.
    std::chrono::milliseconds refreshInterval() const;
    void setRefreshInterval(std::chrono::milliseconds interval);
    Theme theme() const;
    void setTheme(Theme theme);
    // A locale name such as "de" or "pt_BR"; empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);
    int warRoomRotationSeconds() const;
    void setWarRoomRotationSeconds(int seconds);
    // Ids from knownWarRoomViews(), in rotation order.
    QStringList warRoomViews() const;
    void setWarRoomViews(const QStringList &views);
    // Who acknowledges alerts (the silence's createdBy); default: the login name ($USER, %USERNAME%).
    QString alertAuthor() const;
    void setAlertAuthor(const QString &author);
    // A desktop notification for each new critical or high alert; on by default.
    bool alertNotifications() const;
    void setAlertNotifications(bool on);
    // How the triage view groups alerts: one of knownAlertGroupings(); default "severity".
    static QStringList knownAlertGroupings();
    QString alertGrouping() const;
    void setAlertGrouping(const QString &grouping);
    // The time zone reports (slaops report, the Reports view) cut their days and months in; UTC by
    // default, so that a report reads the same wherever it is made. An unknown zone reads as UTC.
    QTimeZone reportTimeZone() const;
    void setReportTimeZone(const QTimeZone &zone);
    static QString checkAlertAuthor(const QString &author);
    static QString defaultAlertAuthor();

    // QWidget::saveGeometry() of the main window; empty if never saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync();

    // Validation shared with the settings dialog, so that both say the same thing. Each returns an
    // empty string when the value is acceptable, else a message for people.
    static QString checkSourceUrl(const QUrl &url);
    static QString checkRefreshInterval(std::chrono::milliseconds interval);
    static QString checkRotationSeconds(int seconds);
    static QString checkLanguage(const QString &language);

    static QString themeName(Theme theme); // stable, as stored
    static std::optional<Theme> parseTheme(const QString &name);

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace slaops::config
