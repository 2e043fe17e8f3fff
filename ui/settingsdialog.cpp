#include "settingsdialog.h"

#include "secrets/credentialstore.h"
#include "statestyle.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slaops::ui {

using config::Settings;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

QString viewLabel(const QString &id)
{
    if (id == QLatin1String("overview"))
        return SettingsDialog::tr("O&verview");
    if (id == QLatin1String("regions"))
        return SettingsDialog::tr("Re&gions");
    if (id == QLatin1String("budgets"))
        return SettingsDialog::tr("&Budgets");
    if (id == QLatin1String("alerts"))
        return SettingsDialog::tr("Alert&s");
    return id;
}

} // namespace

SettingsDialog::SettingsDialog(config::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("slaops settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    // Sources
    auto *sources = new QGroupBox(tr("Sources"), this);
    auto *sourcesForm = new QFormLayout(sources);
    m_prometheus = new QLineEdit(sources);
    m_prometheus->setObjectName(QStringLiteral("prometheusUrl"));
    m_prometheus->setPlaceholderText(tr("From the profile"));
    m_prometheus->setAccessibleName(tr("Prometheus URL"));
    m_prometheus->setAccessibleDescription(
        tr("Overrides the profile's Prometheus; empty to use the profile's."));
    sourcesForm->addRow(buddyLabel(tr("&Prometheus URL:"), m_prometheus, sources), m_prometheus);

    m_alertmanagers = new QPlainTextEdit(sources);
    m_alertmanagers->setObjectName(QStringLiteral("alertmanagerUrls"));
    m_alertmanagers->setTabChangesFocus(true); // Tab must leave the field, or the dialog traps the keyboard
    m_alertmanagers->setPlaceholderText(tr("From the profile; one URL a line"));
    m_alertmanagers->setAccessibleName(tr("Alertmanager URLs"));
    m_alertmanagers->setAccessibleDescription(tr("One URL a line; empty to use the profile's."));
    m_alertmanagers->setFixedHeight(m_alertmanagers->fontMetrics().lineSpacing() * 4);
    sourcesForm->addRow(buddyLabel(tr("&Alertmanager URLs:"), m_alertmanagers, sources), m_alertmanagers);

    m_token = new QPushButton(tr("Set &token…"), sources);
    m_token->setObjectName(QStringLiteral("setToken"));
    m_token->setAccessibleName(tr("Set Prometheus token"));
    m_token->setEnabled(false);
    m_tokenStatus = new QLabel(tr("The profile names no keychain entry for a token."), sources);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setWordWrap(true);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token);
    tokenRow->addWidget(m_tokenStatus, 1);
    sourcesForm->addRow(tr("Credentials:"), tokenRow);
    connect(m_token, &QPushButton::clicked, this, &SettingsDialog::setToken);

    m_interval = new QSpinBox(sources);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    // 1..199 can be typed, so that the dialog can say why it is refused instead of silently clamping.
    m_interval->setRange(0, int(Settings::MaxRefreshInterval.count()));
    m_interval->setSingleStep(100);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("From the profile"));
    m_interval->setAccessibleName(tr("Refresh interval in milliseconds"));
    sourcesForm->addRow(buddyLabel(tr("&Refresh interval:"), m_interval, sources), m_interval);
    layout->addWidget(sources);

    // Appearance
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Settings::Theme::HighContrast));
    m_theme->setAccessibleName(tr("Theme"));
    appearanceForm->addRow(buddyLabel(tr("T&heme:"), m_theme, appearance), m_theme);

    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setEditable(true); // any installed translation, by its code
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch (de)"), QStringLiteral("de"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Takes effect at the next start."));
    appearanceForm->addRow(buddyLabel(tr("&Language:"), m_language, appearance), m_language);
    layout->addWidget(appearance);

    // War room
    auto *warRoom = new QGroupBox(tr("War room"), this);
    auto *warRoomForm = new QFormLayout(warRoom);
    m_rotation = new QSpinBox(warRoom);
    m_rotation->setObjectName(QStringLiteral("rotationSeconds"));
    m_rotation->setRange(1, Settings::MaxRotationSeconds);
    m_rotation->setSuffix(tr(" s"));
    m_rotation->setAccessibleName(tr("War-room rotation in seconds"));
    warRoomForm->addRow(buddyLabel(tr("Rotate &every:"), m_rotation, warRoom), m_rotation);
    auto *viewsRow = new QHBoxLayout;
    for (const QString &id : Settings::knownWarRoomViews()) {
        auto *box = new QCheckBox(viewLabel(id), warRoom);
        box->setObjectName(QStringLiteral("view_") + id);
        box->setProperty("viewId", id);
        viewsRow->addWidget(box);
        m_views.push_back(box);
    }
    viewsRow->addStretch(1);
    warRoomForm->addRow(tr("Views:"), viewsRow);
    layout->addWidget(warRoom);

    // Alerts
    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    auto *alertsForm = new QFormLayout(alertsBox);
    m_alertAuthor = new QLineEdit(alertsBox);
    m_alertAuthor->setObjectName(QStringLiteral("alertAuthor"));
    m_alertAuthor->setPlaceholderText(Settings::defaultAlertAuthor());
    m_alertAuthor->setAccessibleName(tr("Author of acknowledgements"));
    m_alertAuthor->setAccessibleDescription(tr("Written as the creator of the silences you make."));
    alertsForm->addRow(buddyLabel(tr("Ac&knowledge as:"), m_alertAuthor, alertsBox), m_alertAuthor);
    m_alertNotifications = new QCheckBox(tr("&Notify me of each new critical or high alert"), alertsBox);
    m_alertNotifications->setObjectName(QStringLiteral("alertNotifications"));
    alertsForm->addRow(QString(), m_alertNotifications);
    layout->addWidget(alertsBox);

    // Errors are said in words, with a glyph, not by colour alone.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Problems"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    load();
}

void SettingsDialog::setCredentialStore(secrets::CredentialStore *store, const QString &secretName)
{
    m_credentials = store;
    m_secretName = secretName;
    const bool usable = store && secrets::CredentialStore::isValidName(secretName);
    m_token->setEnabled(usable);
    m_tokenStatus->setText(
        usable ? tr("Stored in the system keychain as “%1”, never in settings.").arg(secretName)
               : tr("The profile names no keychain entry for a token."));
}

void SettingsDialog::setToken()
{
    if (!m_credentials)
        return;
    bool ok = false;
    const QString token = QInputDialog::getText(
        this, tr("Set token"), tr("Token for “%1”:").arg(m_secretName), QLineEdit::Password, QString(), &ok);
    if (!ok || token.isEmpty())
        return;
    m_tokenStatus->setText(tr("Saving to the keychain…"));
    // The dialog may be closed before the keychain answers (it may be showing its unlock prompt); the
    // write still completes, the console's engine hears of it, only this label is not updated.
    m_credentials->write(m_secretName, token, this, [this](bool saved, const QString &error) {
        m_tokenStatus->setText(
            saved ? tr("Token saved in the keychain as “%1”; it is used from the next refresh.")
                        .arg(m_secretName)
                  : tr("The token was not saved: %1").arg(error));
    });
}

void SettingsDialog::load()
{
    m_prometheus->setText(m_settings->prometheusUrl().toString());
    QStringList am;
    for (const QUrl &u : m_settings->alertmanagerUrls())
        am << u.toString();
    m_alertmanagers->setPlainText(am.join(QLatin1Char('\n')));
    m_interval->setValue(int(m_settings->refreshInterval().count()));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(m_settings->theme()))));
    const QString lang = m_settings->language();
    const int li = m_language->findData(lang);
    if (li >= 0)
        m_language->setCurrentIndex(li);
    else
        m_language->setEditText(lang);
    m_rotation->setValue(m_settings->warRoomRotationSeconds());
    const QStringList views = m_settings->warRoomViews();
    for (QCheckBox *box : m_views)
        box->setChecked(views.contains(box->property("viewId").toString()));
    m_alertAuthor->setText(m_settings->alertAuthor());
    m_alertNotifications->setChecked(m_settings->alertNotifications());
}

std::vector<QUrl> SettingsDialog::alertmanagerUrls() const
{
    std::vector<QUrl> out;
    for (const QString &line : m_alertmanagers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (const QString t = line.trimmed(); !t.isEmpty())
            out.emplace_back(t, QUrl::StrictMode);
    return out;
}

static QString languageCode(const QComboBox *box)
{
    // An item chosen from the list carries its code; a typed one is the code itself.
    const int i = box->findText(box->currentText());
    return i >= 0 ? box->itemData(i).toString() : box->currentText().trimmed();
}

QStringList SettingsDialog::validate() const
{
    QStringList errors;
    const QString prom = m_prometheus->text().trimmed();
    if (const QString e = Settings::checkSourceUrl(QUrl(prom, QUrl::StrictMode));
        !prom.isEmpty() && !e.isEmpty())
        errors << tr("Prometheus URL: %1").arg(e);
    for (const QUrl &u : alertmanagerUrls())
        if (const QString e = Settings::checkSourceUrl(u); !e.isEmpty())
            errors << tr("Alertmanager URL: %1").arg(e);
    if (const QString e = Settings::checkRefreshInterval(std::chrono::milliseconds(m_interval->value()));
        !e.isEmpty())
        errors << tr("Refresh interval: %1").arg(e);
    if (const QString e = Settings::checkLanguage(languageCode(m_language)); !e.isEmpty())
        errors << tr("Language: %1").arg(e);
    if (const QString e = Settings::checkRotationSeconds(m_rotation->value()); !e.isEmpty())
        errors << tr("War room: %1").arg(e);
    if (std::none_of(m_views.begin(), m_views.end(), [](QCheckBox *b) { return b->isChecked(); }))
        errors << tr("War room: choose at least one view.");
    // Empty: the login name, as the placeholder says; the acknowledge dialog insists on one.
    if (const QString e = Settings::checkAlertAuthor(m_alertAuthor->text());
        !m_alertAuthor->text().trimmed().isEmpty() && !e.isEmpty())
        errors << tr("Alerts: %1").arg(e);
    return errors;
}

QWidget *SettingsDialog::firstInvalidField() const
{
    const QString prom = m_prometheus->text().trimmed();
    if (!prom.isEmpty() && !Settings::checkSourceUrl(QUrl(prom, QUrl::StrictMode)).isEmpty())
        return m_prometheus;
    for (const QUrl &u : alertmanagerUrls())
        if (!Settings::checkSourceUrl(u).isEmpty())
            return m_alertmanagers;
    if (!Settings::checkRefreshInterval(std::chrono::milliseconds(m_interval->value())).isEmpty())
        return m_interval;
    if (!Settings::checkLanguage(languageCode(m_language)).isEmpty())
        return m_language;
    if (!Settings::checkRotationSeconds(m_rotation->value()).isEmpty())
        return m_rotation;
    if (!m_alertAuthor->text().trimmed().isEmpty() &&
        !Settings::checkAlertAuthor(m_alertAuthor->text()).isEmpty())
        return m_alertAuthor;
    return m_views.empty() ? nullptr : m_views.front();
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SettingsDialog::save()
{
    const QStringList errors = validate();
    if (!errors.isEmpty()) {
        m_error->setText(QStringLiteral("⚠ ") + errors.join(QLatin1Char('\n')));
        m_error->setAccessibleDescription(errors.join(QLatin1Char(' ')));
        QPalette p = m_error->palette();
        // The Okabe-Ito vermillion, darkened or lightened until it reads on this theme's window.
        QColor c = StateStyle::colour(sla::State::Breach);
        const QColor bg = p.color(QPalette::Window);
        for (int i = 0; i < 8 && Theme::contrast(c, bg) < 4.5; ++i)
            c = Theme::luminance(bg) > 0.5 ? c.darker(120) : c.lighter(120);
        p.setColor(QPalette::WindowText, c);
        m_error->setPalette(p);
        m_error->show();
        if (QWidget *field = firstInvalidField())
            field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hide();
    m_error->clear();

    const Settings::Theme oldTheme = m_settings->theme();
    const QString prom = m_prometheus->text().trimmed();
    m_settings->setPrometheusUrl(prom.isEmpty() ? QUrl() : QUrl(prom, QUrl::StrictMode));
    m_settings->setAlertmanagerUrls(alertmanagerUrls());
    m_settings->setRefreshInterval(std::chrono::milliseconds(m_interval->value()));
    const auto theme = Settings::Theme(m_theme->currentData().toInt());
    m_settings->setTheme(theme);
    m_settings->setLanguage(languageCode(m_language));
    m_settings->setWarRoomRotationSeconds(m_rotation->value());
    QStringList views;
    for (QCheckBox *box : m_views)
        if (box->isChecked())
            views << box->property("viewId").toString();
    m_settings->setWarRoomViews(views);
    m_settings->setAlertAuthor(m_alertAuthor->text());
    m_settings->setAlertNotifications(m_alertNotifications->isChecked());
    m_settings->sync();
    if (theme != oldTheme)
        Theme::apply(theme);
    return true;
}

void SettingsDialog::accept()
{
    if (!save())
        return;
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace slaops::ui
