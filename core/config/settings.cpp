#include "settings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSettings, "slaops.settings", QtInfoMsg)

namespace slaops::config {

namespace {

// The one place where key names are written.
namespace Key {
constexpr auto PrometheusUrl = "sources/prometheusUrl";
constexpr auto AlertmanagerUrls = "sources/alertmanagerUrls";
constexpr auto RefreshIntervalMs = "refresh/intervalMs";
constexpr auto Theme = "appearance/theme";
constexpr auto Language = "appearance/language";
constexpr auto WarRoomRotationSeconds = "warRoom/rotationSeconds";
constexpr auto WarRoomViews = "warRoom/views";
constexpr auto WindowGeometry = "window/geometry";
constexpr auto AlertAuthor = "alerts/author";
constexpr auto AlertNotifications = "alerts/notifications";
constexpr auto AlertGrouping = "alerts/grouping";
constexpr auto ReportTimeZone = "reports/timeZone";
} // namespace Key

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("slaops::config::Settings", text);
}

// A source URL as it may be stored: never with a password or a user name in it.
QUrl withoutUserInfo(QUrl url)
{
    if (!url.userInfo().isEmpty()) {
        qCWarning(lcSettings) << "a source URL's user info is not stored; use the keychain for credentials";
        url.setUserInfo(QString());
    }
    return url;
}

} // namespace

QStringList Settings::knownWarRoomViews()
{
    return {QStringLiteral("overview"), QStringLiteral("regions"), QStringLiteral("budgets"),
            QStringLiteral("alerts")};
}

Settings::Settings()
    : m_settings(new QSettings)
    , m_owned(true)
{
}

Settings::Settings(QSettings *backend)
    : m_settings(backend)
    , m_owned(false)
{
}

Settings::~Settings()
{
    if (m_owned)
        delete m_settings;
}

QStringList Settings::allKeys()
{
    return {key(Key::PrometheusUrl),     key(Key::AlertmanagerUrls),
            key(Key::RefreshIntervalMs), key(Key::Theme),
            key(Key::Language),          key(Key::WarRoomRotationSeconds),
            key(Key::WarRoomViews),      key(Key::WindowGeometry),
            key(Key::AlertAuthor),       key(Key::AlertNotifications),
            key(Key::AlertGrouping),     key(Key::ReportTimeZone)};
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::checkSourceUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid())
        return tr("“%1” is not a valid URL.").arg(url.toString());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("“%1” must start with http:// or https://.").arg(url.toDisplayString());
    if (url.host().isEmpty())
        return tr("“%1” names no host.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("“%1” contains a user name or password; credentials belong in the keychain.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return {};
}

QString Settings::checkRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval.count() == 0)
        return {}; // the profile's
    if (interval < MinRefreshInterval)
        return tr("%1 ms is too short: at least %2 ms.")
            .arg(interval.count())
            .arg(MinRefreshInterval.count());
    if (interval > MaxRefreshInterval)
        return tr("%1 ms is too long: at most one hour.").arg(interval.count());
    return {};
}

QString Settings::checkRotationSeconds(int seconds)
{
    if (seconds < MinRotationSeconds || seconds > MaxRotationSeconds)
        return tr("The war-room rotation must be between %1 and %2 seconds.")
            .arg(MinRotationSeconds)
            .arg(MaxRotationSeconds);
    return {};
}

QString Settings::checkLanguage(const QString &language)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (language.isEmpty() || re.match(language).hasMatch())
        return {};
    return tr("“%1” is not a language code such as de or pt_BR.").arg(language);
}

QString Settings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

std::optional<Settings::Theme> Settings::parseTheme(const QString &name)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast})
        if (themeName(t) == name)
            return t;
    return std::nullopt;
}

QUrl Settings::prometheusUrl() const
{
    const QString stored = m_settings->value(key(Key::PrometheusUrl)).toString();
    const QUrl url(stored, QUrl::StrictMode);
    if (const QString err = checkSourceUrl(url); !err.isEmpty()) {
        qCWarning(lcSettings).noquote() << key(Key::PrometheusUrl) << ":" << err << "; using the profile's";
        return {};
    }
    return url;
}

void Settings::setPrometheusUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings->remove(key(Key::PrometheusUrl));
    else
        m_settings->setValue(key(Key::PrometheusUrl), withoutUserInfo(url).toString());
}

std::vector<QUrl> Settings::alertmanagerUrls() const
{
    std::vector<QUrl> out;
    const QStringList stored = m_settings->value(key(Key::AlertmanagerUrls)).toStringList();
    for (const QString &s : stored) {
        const QUrl url(s, QUrl::StrictMode);
        if (const QString err = checkSourceUrl(url); !err.isEmpty() || url.isEmpty()) {
            qCWarning(lcSettings).noquote() << key(Key::AlertmanagerUrls) << ":" << err << "; skipped";
            continue;
        }
        out.push_back(url);
    }
    return out;
}

void Settings::setAlertmanagerUrls(const std::vector<QUrl> &urls)
{
    QStringList list;
    for (const QUrl &u : urls)
        if (!u.isEmpty())
            list << withoutUserInfo(u).toString();
    if (list.isEmpty())
        m_settings->remove(key(Key::AlertmanagerUrls));
    else
        m_settings->setValue(key(Key::AlertmanagerUrls), list);
}

std::chrono::milliseconds Settings::refreshInterval() const
{
    const QVariant v = m_settings->value(key(Key::RefreshIntervalMs));
    if (!v.isValid())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qlonglong ms = v.toLongLong(&ok);
    const QString err = ok ? checkRefreshInterval(std::chrono::milliseconds(ms)) : tr("not a number");
    if (!ok || !err.isEmpty()) {
        qCWarning(lcSettings).noquote()
            << key(Key::RefreshIntervalMs) << ":" << err << "; using the profile's";
        return std::chrono::milliseconds(0);
    }
    return std::chrono::milliseconds(ms);
}

void Settings::setRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval.count() == 0)
        m_settings->remove(key(Key::RefreshIntervalMs));
    else
        m_settings->setValue(key(Key::RefreshIntervalMs), qlonglong(interval.count()));
}

Settings::Theme Settings::theme() const
{
    const QVariant v = m_settings->value(key(Key::Theme));
    if (!v.isValid())
        return Theme::System;
    if (const auto t = parseTheme(v.toString()))
        return *t;
    qCWarning(lcSettings).noquote() << key(Key::Theme) << ": unknown theme" << v.toString()
                                    << "; using the system's";
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    m_settings->setValue(key(Key::Theme), themeName(theme));
}

QString Settings::language() const
{
    const QString lang = m_settings->value(key(Key::Language)).toString();
    if (const QString err = checkLanguage(lang); !err.isEmpty()) {
        qCWarning(lcSettings).noquote() << key(Key::Language) << ":" << err << "; using the system's";
        return {};
    }
    return lang;
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(key(Key::Language));
    else
        m_settings->setValue(key(Key::Language), language);
}

int Settings::warRoomRotationSeconds() const
{
    const QVariant v = m_settings->value(key(Key::WarRoomRotationSeconds));
    if (!v.isValid())
        return DefaultRotationSeconds;
    bool ok = false;
    const int s = v.toInt(&ok);
    const QString err = ok ? checkRotationSeconds(s) : tr("not a number");
    if (!ok || !err.isEmpty()) {
        qCWarning(lcSettings).noquote()
            << key(Key::WarRoomRotationSeconds) << ":" << err << "; using" << DefaultRotationSeconds;
        return DefaultRotationSeconds;
    }
    return s;
}

void Settings::setWarRoomRotationSeconds(int seconds)
{
    m_settings->setValue(key(Key::WarRoomRotationSeconds), seconds);
}

QStringList Settings::warRoomViews() const
{
    const QVariant v = m_settings->value(key(Key::WarRoomViews));
    const QStringList all = knownWarRoomViews();
    if (!v.isValid())
        return all;
    QStringList out;
    for (const QString &id : v.toStringList()) {
        if (!all.contains(id)) {
            qCWarning(lcSettings).noquote()
                << key(Key::WarRoomViews) << ": unknown view" << id << "; skipped";
            continue;
        }
        if (!out.contains(id))
            out << id;
    }
    if (out.isEmpty()) {
        // A war room that shows nothing helps nobody.
        qCWarning(lcSettings).noquote() << key(Key::WarRoomViews) << ": no usable view; using all";
        return all;
    }
    return out;
}

void Settings::setWarRoomViews(const QStringList &views)
{
    m_settings->setValue(key(Key::WarRoomViews), views);
}

QString Settings::defaultAlertAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.trimmed();
}

QString Settings::checkAlertAuthor(const QString &author)
{
    // Alertmanager refuses a silence without createdBy; a line break would forge lines in logs.
    if (author.trimmed().isEmpty())
        return tr("The author of acknowledgements must not be empty.");
    if (author.size() > 200)
        return tr("The author of acknowledgements is too long: at most 200 characters.");
    for (const QChar c : author)
        if (c.category() == QChar::Other_Control)
            return tr("The author of acknowledgements must not contain control characters.");
    return {};
}

QString Settings::alertAuthor() const
{
    const QVariant v = m_settings->value(key(Key::AlertAuthor));
    if (!v.isValid())
        return defaultAlertAuthor();
    const QString author = v.toString().trimmed();
    if (const QString err = checkAlertAuthor(author); !err.isEmpty()) {
        qCWarning(lcSettings).noquote() << key(Key::AlertAuthor) << ":" << err << "; using the login name";
        return defaultAlertAuthor();
    }
    return author;
}

void Settings::setAlertAuthor(const QString &author)
{
    const QString a = author.trimmed();
    if (a.isEmpty() || a == defaultAlertAuthor())
        m_settings->remove(key(Key::AlertAuthor));
    else
        m_settings->setValue(key(Key::AlertAuthor), a);
}

bool Settings::alertNotifications() const
{
    const QVariant v = m_settings->value(key(Key::AlertNotifications));
    if (!v.isValid())
        return true;
    const QString s = v.toString().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0"))
        return false;
    qCWarning(lcSettings).noquote() << key(Key::AlertNotifications)
                                    << ": not true or false; notifications on";
    return true;
}

void Settings::setAlertNotifications(bool on)
{
    m_settings->setValue(key(Key::AlertNotifications), on);
}

QStringList Settings::knownAlertGroupings()
{
    return {QStringLiteral("severity"), QStringLiteral("sla"), QStringLiteral("region")};
}

QString Settings::alertGrouping() const
{
    const QVariant v = m_settings->value(key(Key::AlertGrouping));
    if (!v.isValid())
        return knownAlertGroupings().front();
    const QString g = v.toString();
    if (!knownAlertGroupings().contains(g)) {
        qCWarning(lcSettings).noquote()
            << key(Key::AlertGrouping) << ": unknown grouping" << g << "; by severity";
        return knownAlertGroupings().front();
    }
    return g;
}

void Settings::setAlertGrouping(const QString &grouping)
{
    if (knownAlertGroupings().contains(grouping))
        m_settings->setValue(key(Key::AlertGrouping), grouping);
}

QTimeZone Settings::reportTimeZone() const
{
    const QVariant v = m_settings->value(key(Key::ReportTimeZone));
    if (!v.isValid())
        return QTimeZone::utc();
    const QTimeZone zone(v.toString().toUtf8());
    if (!zone.isValid()) {
        qCWarning(lcSettings).noquote()
            << key(Key::ReportTimeZone) << ": unknown time zone" << v.toString() << "; UTC";
        return QTimeZone::utc();
    }
    return zone;
}

void Settings::setReportTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_settings->setValue(key(Key::ReportTimeZone), QString::fromUtf8(zone.id()));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(key(Key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key(Key::WindowGeometry), geometry);
}

} // namespace slaops::config
