#include "console.h"

#include "actionflow.h"
#include "actions/actionrunner.h"
#include "actions/auditlog.h"
#include "actionwizard.h"
#include "alertnotifier.h"
#include "alerts/alertpoller.h"
#include "alerts/incidentlog.h"
#include "budgetpanel.h"
#include "config/settings.h"
#include "engine/engine.h"
#include "engine/explainer.h"
#include "engine/historyfetcher.h"
#include "engine/trendfetcher.h"
#include "explaindialog.h"
#include "mainwindow.h"
#include "regionpanel.h"
#include "report/period.h"
#include "reportscontroller.h"
#include "reportsview.h"
#include "secrets/credentialstore.h"
#include "settingsdialog.h"
#include "theme.h"
#include "triageview.h"
#include "warroomalertspage.h"
#include "warroomview.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

Q_LOGGING_CATEGORY(lcConsole, "slaops.console", QtInfoMsg)

namespace slaops::app {

static bool hasLiveData(const engine::Snapshot &s)
{
    if (!s.prometheus.reachable || s.figures.empty())
        return false;
    for (const engine::Figure &f : s.figures)
        if (f.region.isEmpty() && !sla::isKnown(f.state))
            return false;
    return true;
}

Console::Console(config::Profile profile, Options options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_settings(std::make_unique<config::Settings>(&m_qsettings))
    , m_engine(std::make_unique<engine::Engine>(m_profile))
    , m_alerts(std::make_unique<alerts::AlertPoller>(m_profile))
    , m_explainer(new engine::Explainer(m_engine->prometheusClient(), this))
    , m_history(new engine::HistoryFetcher(m_engine->prometheusClient(), this))
    , m_trends(new engine::TrendFetcher(m_engine->prometheusClient(), this))
    , m_window(std::make_unique<ui::MainWindow>())
{
    if (m_options.screenshotPath.isEmpty())
        ui::Theme::apply(m_settings->theme());
    connect(m_engine.get(), &engine::Engine::snapshotReady, m_window.get(), &ui::MainWindow::setSnapshot);
    // Charts and explanations ask the replica that answers the refresh, so they fail over with it.
    const engine::ClientPicker picker = [engine = m_engine.get()](const QString &url) {
        return engine->clientFor(url);
    };
    m_explainer->setClientPicker(picker);
    m_history->setClientPicker(picker);
    m_trends->setClientPicker(picker);
    connect(m_window.get(), &ui::MainWindow::explainRequested, m_explainer, &engine::Explainer::explain);
    connect(m_explainer, &engine::Explainer::ready, m_window.get(), &ui::MainWindow::showExplanation);
    connect(m_window.get(), &ui::MainWindow::historyRequested, this,
            [this](const engine::Figure &f, engine::HistoryRange range, int width) {
                m_history->fetch(f, range, width);
            });
    connect(m_history, &engine::HistoryFetcher::historyReady, m_window.get(), &ui::MainWindow::setHistory);
    connect(m_engine.get(), &engine::Engine::snapshotReady, m_trends, &engine::TrendFetcher::update);
    connect(m_trends, &engine::TrendFetcher::trendReady, this, &Console::showTrend);
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, &Console::openSettings);
    connect(m_window.get(), &ui::MainWindow::warRoomRequested, this, &Console::showWarRoom);
    wireAlerts();
    wireActions();
    wireReports();
}

// Reports: the view's requests to a builder on the engine's Prometheus client, the zone from the
// settings, containment actions from the same audit log the wizard writes. Reading, so also in a
// read-only console.
void Console::wireReports()
{
    ui::ReportsView *view = m_window->reportsView();
    view->setTimeZone(m_settings->reportTimeZone());
    if (const auto label = report::Period::parseLabel(m_options.reportDate))
        view->setPeriod(label->first, label->second);
    m_reports = new ReportsController(m_profile, m_engine->prometheusClient(), view,
                                      actions::AuditLog::defaultPath(), this);
}

// Containment: the wizard from the Actions menu, a region's card and an alert; the audit log from
// Tools, in a read-only console too (reading it is not acting).
void Console::wireActions()
{
    actions::ActionOverrides overrides;
    overrides.readOnly = m_options.readOnly;
    m_actions = new ActionFlow(actions::setupActions(m_profile, overrides), m_window.get(), this);
    connect(m_engine.get(), &engine::Engine::snapshotReady, m_actions, &ActionFlow::setSnapshot);
    connect(m_window.get(), &ui::MainWindow::actionRequested, m_actions, &ActionFlow::open);
    connect(m_window.get(), &ui::MainWindow::auditLogRequested, m_actions, &ActionFlow::openAuditLog);
    m_window->setActionsEnabled(!m_options.readOnly);
}

// The alerts: the poller's books to the views, the views' requests to the poller, whose answers
// (Alertmanager's own words on a refusal) go back to the view that asked.
void Console::wireAlerts()
{
    m_window->triageView()->setProfile(m_profile);
    m_window->triageView()->setSettings(m_settings.get());
    m_window->setReadOnly(m_options.readOnly);
    // The checklist's ticks survive restarts: read back what the log holds, then append to it.
    m_incidentLog = std::make_unique<alerts::IncidentLog>();
    const alerts::IncidentLog::LoadResult loaded = m_incidentLog->load();
    for (const QString &w : loaded.warnings)
        qCWarning(lcConsole) << w;
    if (!loaded.error.isEmpty())
        qCWarning(lcConsole) << loaded.error;
    m_window->triageView()->setIncidentLog(m_incidentLog.get());
    connect(m_alerts.get(), &alerts::AlertPoller::bookReady, m_window.get(), &ui::MainWindow::setAlertBook);
    ui::MainWindow *window = m_window.get();
    connect(window, &ui::MainWindow::silenceRequested, this, [this, window](const alerts::SilenceRequest &r) {
        const bool extend = !r.id.isEmpty();
        m_alerts->createSilence(r, window, [window, extend](const alerts::AlertPoller::ActionResult &result) {
            window->silenceResult(result.ok, result.ok
                                                 ? (extend ? tr("Silence extended: %1") : tr("Silenced: %1"))
                                                       .arg(result.silenceIds.join(QStringLiteral(", ")))
                                                 : result.error);
        });
    });
    connect(window, &ui::MainWindow::expireRequested, this, [this, window](const QString &id) {
        m_alerts->expireSilence(id, window, [window, id](const alerts::AlertPoller::ActionResult &result) {
            window->silenceResult(result.ok, result.ok ? tr("Silence %1 expired").arg(id) : result.error);
        });
    });
    // A wall or a screenshot announces nothing on the desktop.
    if (m_options.warRoom || !m_options.screenshotPath.isEmpty())
        return;
    m_notifier = new ui::AlertNotifier(this);
    m_notifier->setEnabled(m_settings->alertNotifications());
    connect(m_alerts.get(), &alerts::AlertPoller::bookReady, m_notifier, &ui::AlertNotifier::setBook);
    connect(m_notifier, &ui::AlertNotifier::activated, this, [this]() {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        m_window->showView(QStringLiteral("alerts"));
    });
}

Console::~Console()
{
    // Where the window was, for the next start; a wall or a screenshot is not a place to remember.
    if (m_options.screenshotPath.isEmpty() && !m_options.warRoom && m_window)
        m_settings->setWindowGeometry(m_window->saveGeometry());
}

void Console::start()
{
    if (!m_options.screenshotPath.isEmpty())
        armScreenshot();
    if (m_options.warRoom) {
        showWarRoom();
    } else {
        if (!m_options.screenshotPath.isEmpty())
            m_window->resize(1280, 820);
        else if (const QByteArray g = m_settings->windowGeometry(); !g.isEmpty())
            m_window->restoreGeometry(g); // where it was last closed
        m_window->show();
        if (!m_options.view.isEmpty() && m_options.view != QLatin1String("explain"))
            m_window->showView(m_options.view);
    }
    m_engine->start();
    m_alerts->start();
    // --view reports --screenshot: the report of --report-date, grabbed once its pages are shown.
    if (m_options.view == QLatin1String("reports") && !m_options.screenshotPath.isEmpty()) {
        ui::ReportsView *view = m_window->reportsView();
        const auto grabWhenShown = [this]() {
            QTimer::singleShot(0, this, [this]() { grab(m_window.get()); });
        };
        connect(m_reports->builder(), &report::ReportBuilder::finished, this, grabWhenShown);
        connect(m_reports->builder(), &report::ReportBuilder::failed, this, grabWhenShown);
        view->build();
    }
}

void Console::showWarRoom()
{
    if (!m_warRoom) {
        m_warRoom = std::make_unique<ui::WarRoomView>();
        m_warRoomRegions = new ui::RegionPanel;
        m_warRoomBudgets = new ui::BudgetPanel;
        auto *regions = m_warRoomRegions;
        auto *budgets = m_warRoomBudgets;
        m_warRoom->addPage(
            tr("Regions"), regions,
            [regions](const engine::SnapshotPtr &s, const QDateTime &t) { regions->setSnapshot(s, t); });
        m_warRoom->addPage(
            tr("Error budgets"), budgets,
            [budgets](const engine::SnapshotPtr &s, const QDateTime &t) { budgets->setSnapshot(s, t); });
        m_warRoomAlerts = new ui::WarRoomAlertsPage;
        m_warRoomAlerts->setProfile(m_profile);
        auto *alertsPage = m_warRoomAlerts;
        m_warRoom->addPage(
            tr("Alerts"), alertsPage,
            [alertsPage](const engine::SnapshotPtr &s, const QDateTime &t) { alertsPage->update(s, t); });
        connect(m_alerts.get(), &alerts::AlertPoller::bookReady, alertsPage, &ui::WarRoomAlertsPage::setBook);
        connect(m_alerts.get(), &alerts::AlertPoller::bookReady, m_warRoom.get(),
                &ui::WarRoomView::setAlertBook);
        if (const alerts::AlertBookPtr book = m_alerts->current()) {
            alertsPage->setBook(book);
            m_warRoom->setAlertBook(book);
        }
        m_warRoom->setRotationSeconds(m_settings->warRoomRotationSeconds());
        connect(m_engine.get(), &engine::Engine::snapshotReady, m_warRoom.get(),
                &ui::WarRoomView::setSnapshot);
        if (m_engine->current())
            m_warRoom->setSnapshot(m_engine->current());
        // Its gauges are new: their sparklines come now, not at the next 30 s refetch.
        m_trends->fetch(m_engine->current());
    }
    if (!m_options.screenshotPath.isEmpty()) {
        m_warRoom->resize(1920, 1080);
        m_warRoom->show();
    } else {
        m_warRoom->showFullScreen();
    }
}

void Console::showTrend(const engine::HistorySeries &series)
{
    m_trendDelivered = true;
    m_window->setTrend(series);
    if (m_warRoom)
        m_warRoom->setTrend(series);
    if (!m_options.screenshotPath.isEmpty())
        tryScreenshot(m_engine->current());
}

void Console::openSettings()
{
    auto *dialog = new ui::SettingsDialog(m_settings.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const config::Auth &auth = m_profile.sources.prometheusAuth;
    if (auth.kind != config::Auth::Kind::None)
        dialog->setCredentialStore(new secrets::CredentialStore(dialog), auth.secretRef);
    connect(dialog, &ui::SettingsDialog::settingsSaved, this, &Console::applySettings);
    dialog->open();
}

void Console::applySettings()
{
    ui::Theme::apply(m_settings->theme());
    // The command line wins over Settings, as at start-up (app/main.cpp); what it leaves open follows
    // Settings at once, without a restart.
    const QUrl prometheus = m_options.prometheus.isValid()          ? m_options.prometheus
                            : m_settings->prometheusUrl().isValid() ? m_settings->prometheusUrl()
                                                                    : m_profile.sources.prometheus;
    const auto interval = m_options.refreshMs > 0 ? std::chrono::milliseconds(m_options.refreshMs)
                          : m_settings->refreshInterval().count() > 0 ? m_settings->refreshInterval()
                                                                      : m_profile.refreshInterval;
    m_engine->setSources(prometheus, interval);
    const std::vector<QUrl> alertmanagers = !m_options.alertmanagers.empty() ? m_options.alertmanagers
                                            : !m_settings->alertmanagerUrls().empty()
                                                ? m_settings->alertmanagerUrls()
                                                : m_profile.sources.alertmanagers;
    m_alerts->setSources(alertmanagers, interval);
    if (m_warRoom)
        m_warRoom->setRotationSeconds(m_settings->warRoomRotationSeconds());
    if (m_notifier)
        m_notifier->setEnabled(m_settings->alertNotifications());
}

void Console::grab(QWidget *widget)
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    // Let the layout settle and paint once before grabbing.
    QTimer::singleShot(300, this, [this, widget]() {
        const QString path = QDir::current().absoluteFilePath(m_options.screenshotPath);
        if (!widget->grab().save(path, "PNG")) {
            std::fprintf(stderr, "slaops: cannot write %s\n", qPrintable(path));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("%s\n", qPrintable(path));
        QCoreApplication::exit(0);
    });
}

void Console::tryScreenshot(const engine::SnapshotPtr &s)
{
    if (m_screenshotTaken || !s || !hasLiveData(*s))
        return;
    if (m_options.view == QLatin1String("reports"))
        return; // grabbed when its report is shown (start())
    if (m_options.view == QLatin1String("action") || m_options.view == QLatin1String("audit")) {
        screenshotActions();
        return;
    }
    if (m_options.view == QLatin1String("explain")) {
        // The trend SLA explained (the P95 in the default profile): buckets and interpolation are the
        // most telling view; a profile without one explains its first figure.
        const engine::Figure *f = s->figures.empty() ? nullptr : &s->figures.front();
        for (const engine::Figure &g : s->figures)
            if (g.roles.trend && g.region.isEmpty()) {
                f = &g;
                break;
            }
        if (f)
            m_explainer->explain(*f);
        return;
    }
    // Gauges are shown with their sparklines: wait for the first answer (a failed one draws none).
    if (!m_trendDelivered || m_options.view == QLatin1String("charts"))
        return;
    // The alerts and silences as they are, not before the first book.
    const bool alertsView =
        m_options.view == QLatin1String("alerts") || m_options.view == QLatin1String("silences");
    if (alertsView && !m_alerts->current())
        return;
    if (alertsView)
        m_window->showView(m_options.view); // the first firing book brings Alerts forward; the user asked
    grab(m_options.warRoom ? static_cast<QWidget *>(m_warRoom.get()) : m_window.get());
}

// --view action: the wizard opened on the region in the worst trouble, walked to its preview, and
// grabbed once the server's real dry run is shown; --view audit: the audit log's window.
void Console::screenshotActions()
{
    if (m_options.view == QLatin1String("audit")) {
        if (m_actionShotStarted)
            return;
        m_actionShotStarted = true;
        connect(m_actions, &ActionFlow::auditLogShown, this, [this]() {
            if (QDialog *d = m_actions->auditDialog())
                grab(d);
        });
        m_actions->openAuditLog();
        return;
    }
    if (!m_actionShotStarted) {
        m_actionShotStarted = true;
        actions::ActionRequest request;
        request.kind = actions::ActionKind::DivertTraffic;
        m_actions->open(request);
        if (!m_actions->wizard()) {
            std::fprintf(stderr, "slaops: no action wizard (read-only?)\n");
            QCoreApplication::exit(1);
            return;
        }
        ui::ActionWizard *w = m_actions->wizard();
        connect(m_actions->runner(), &actions::ActionRunner::previewReady, this, [this, w]() {
            // After the wizard has shown it (connected first).
            QTimer::singleShot(0, this, [this, w]() { grab(w); });
        });
    }
    // Each refresh, as a person would: on to the pre-checks, and on to the preview once they hold
    // (the wizard refuses Next while one fails).
    ui::ActionWizard *w = m_actions->wizard();
    if (w && (w->step() == ui::ActionWizard::Step::Choose || w->step() == ui::ActionWizard::Step::Checks))
        w->next();
    if (w && w->step() == ui::ActionWizard::Step::Checks)
        w->next();
}

void Console::armScreenshot()
{
    connect(m_engine.get(), &engine::Engine::snapshotReady, this, &Console::tryScreenshot);
    connect(m_alerts.get(), &alerts::AlertPoller::bookReady, this,
            [this]() { tryScreenshot(m_engine->current()); });
    if (m_options.view == QLatin1String("explain")) {
        disconnect(m_explainer, &engine::Explainer::ready, m_window.get(), &ui::MainWindow::showExplanation);
        connect(m_explainer, &engine::Explainer::ready, this, [this](const engine::Explanation &e) {
            auto *dialog = new ui::ExplainDialog(e, m_window.get());
            dialog->resize(980, 860);
            dialog->show();
            grab(dialog);
        });
    }
    if (m_options.view == QLatin1String("charts"))
        connect(m_history, &engine::HistoryFetcher::historyReady, this,
                [this](const engine::HistorySeries &h) {
                    if (h.error.isEmpty() && !h.points.empty())
                        grab(m_window.get());
                });
    QTimer::singleShot(m_options.screenshotTimeoutSec * 1000, this, [this]() {
        const auto s = m_engine->current();
        std::fprintf(stderr, "slaops: no live data within the time allowed for --screenshot%s%s\n",
                     s && !s->prometheus.error.isEmpty() ? ": " : "",
                     s ? qPrintable(s->prometheus.error) : "");
        QCoreApplication::exit(1);
    });
}

} // namespace slaops::app
