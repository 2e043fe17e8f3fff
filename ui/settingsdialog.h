#pragma once

#include "config/settings.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace slaops::secrets {
class CredentialStore;
}

namespace slaops::ui {

// The preferences, over the typed settings facade: sources, refresh interval, theme, language and the
// war-room rotation. Validation says what is wrong and puts the cursor there; nothing is saved until all
// of it is right. Tokens never pass through settings: "Set token…" writes straight to the keychain.
// Every control has a label (its buddy, with a mnemonic) and an accessible name.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(config::Settings *settings, QWidget *parent = nullptr);

    // Enables "Set token…" for the keychain entry the profile refers to (its secretRef); without it the
    // button stays disabled and says why.
    void setCredentialStore(secrets::CredentialStore *store, const QString &secretName);

    // The problems with what is entered now, in words; empty when it can be saved.
    QStringList validate() const;
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    // After the settings were written; the theme is already applied. Language takes effect at the next
    // start, the sources and the interval when the caller restarts the engine.
    void settingsSaved();

private:
    void load();
    bool save();
    void setToken();
    QWidget *firstInvalidField() const;
    std::vector<QUrl> alertmanagerUrls() const;

    config::Settings *m_settings;
    secrets::CredentialStore *m_credentials = nullptr;
    QString m_secretName;
    QLineEdit *m_prometheus = nullptr;
    QPlainTextEdit *m_alertmanagers = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_rotation = nullptr;
    QLineEdit *m_alertAuthor = nullptr;
    QCheckBox *m_alertNotifications = nullptr;
    std::vector<QCheckBox *> m_views;
    QPushButton *m_token = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace slaops::ui
