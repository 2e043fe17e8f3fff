#include "mainwindow.h"

#include "budgetpanel.h"
#include "compliancetable.h"
#include "engine/figureformat.h"
#include "engine/freshness.h"
#include "engine/verdict.h"
#include "explaindialog.h"
#include "gaugewidget.h"
#include "regionpanel.h"
#include "reportsview.h"
#include "silencesview.h"
#include "slachart.h"
#include "statestyle.h"
#include "theme.h"
#include "triageview.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace slaops::ui {

using engine::FigureFormat;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("slaops — SLA operations console"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summary"));
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_summary->setFont(f);
    m_summary->setText(tr("Waiting for the first refresh…"));
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_grid = new QWidget(m_tabs);
    m_grid->setLayout(new QGridLayout);
    m_tabs->addTab(m_grid, tr("&Overview"));
    m_regions = new RegionPanel(m_tabs);
    m_tabs->addTab(m_regions, tr("&Regions"));
    m_budgets = new BudgetPanel(m_tabs);
    m_tabs->addTab(m_budgets, tr("Error &budgets"));
    m_table = new ComplianceTable(m_tabs);
    m_tabs->addTab(m_table, tr("&Compliance"));
    connect(m_table, &ComplianceTable::figureActivated, this, &MainWindow::explain);

    auto *charts = new QWidget(m_tabs);
    auto *chartLayout = new QVBoxLayout(charts);
    m_chartFigure = new QComboBox(charts);
    m_chartFigure->setAccessibleName(tr("Figure to chart"));
    chartLayout->addWidget(m_chartFigure);
    m_chart = new SlaChart(charts);
    // The last hour first: what an on-call engineer asks first, and all a young Prometheus has.
    m_chart->setRange(engine::HistoryRange::Hour);
    chartLayout->addWidget(m_chart, 1);
    m_tabs->addTab(charts, tr("C&harts"));
    connect(m_chartFigure, &QComboBox::currentIndexChanged, this, &MainWindow::requestHistory);
    connect(m_chart, &SlaChart::rangeRequested, this, [this](engine::HistoryRange r) {
        m_chart->setRange(r);
        requestHistory();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, charts](int) {
        if (m_tabs->currentWidget() == charts)
            requestHistory();
    });
    m_triage = new TriageView(m_tabs);
    m_tabs->addTab(m_triage, tr("&Alerts"));
    m_silences = new SilencesView(m_tabs);
    m_tabs->addTab(m_silences, tr("&Silences"));
    m_reports = new ReportsView(m_tabs);
    m_tabs->addTab(m_reports, tr("Re&ports"));
    connect(m_triage, &TriageView::silenceRequested, this, &MainWindow::silenceRequested);
    connect(m_silences, &SilencesView::silenceRequested, this, &MainWindow::silenceRequested);
    connect(m_silences, &SilencesView::expireRequested, this, &MainWindow::expireRequested);
    auto contain = [this](const QString &region) {
        if (!m_actionsEnabled)
            return;
        actions::ActionRequest r;
        r.kind = actions::ActionKind::DivertTraffic;
        r.from = region;
        Q_EMIT actionRequested(r);
    };
    connect(m_regions, &RegionPanel::containRequested, this, contain);
    connect(m_triage, &TriageView::containRequested, this, contain);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    buildMenus();

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_refresh = new QLabel(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                 .arg(StateStyle::colour(sla::State::Error).darker(130).name()));
    statusBar()->addWidget(m_source);
    statusBar()->addWidget(m_refresh);
    statusBar()->addWidget(m_problem, 1);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::updateTimes);
    m_clock.start();
    resize(1200, 720);
}

void MainWindow::buildMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *themes = new QActionGroup(this);
    const std::pair<QString, Theme::Kind> kinds[] = {{tr("&System theme"), Theme::Kind::System},
                                                     {tr("&Light"), Theme::Kind::Light},
                                                     {tr("&Dark"), Theme::Kind::Dark},
                                                     {tr("&High contrast"), Theme::Kind::HighContrast}};
    for (const auto &[label, kind] : kinds) {
        QAction *a = view->addAction(label);
        a->setCheckable(true);
        a->setChecked(kind == Theme::Kind::System);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [kind]() { Theme::apply(kind); });
    }
    view->addSeparator();
    QAction *warRoom = view->addAction(tr("&War-room display"));
    warRoom->setShortcut(QKeySequence(Qt::Key_F11));
    connect(warRoom, &QAction::triggered, this, &MainWindow::warRoomRequested);
    // Actions change production: the menu exists only in a console that may act (setActionsEnabled).
    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    m_actionsMenu->menuAction()->setVisible(false);
    const std::pair<QString, actions::ActionKind> kinds2[] = {
        {tr("&Divert traffic…"), actions::ActionKind::DivertTraffic},
        {tr("&Rate-limit…"), actions::ActionKind::RateLimit},
        {tr("&Migrate sessions…"), actions::ActionKind::MigrateSessions}};
    for (const auto &[label, kind] : kinds2) {
        QAction *a = m_actionsMenu->addAction(label);
        a->setObjectName(actions::actionName(kind));
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, kind]() {
            if (!m_actionsEnabled)
                return;
            actions::ActionRequest r;
            r.kind = kind;
            Q_EMIT actionRequested(r);
        });
    }
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    // Reading the audit log is not acting: it stays in a read-only console.
    QAction *audit = tools->addAction(tr("&Audit log…"));
    audit->setObjectName(QStringLiteral("auditLog"));
    connect(audit, &QAction::triggered, this, &MainWindow::auditLogRequested);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About slaops")), &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this, tr("About slaops"),
            tr("slaops %1 — SLA operations console.\nFigures from Prometheus, alerts from Alertmanager.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    m_actionsMenu->menuAction()->setVisible(enabled);
    for (QAction *a : m_actionsMenu->actions())
        a->setEnabled(enabled);
    m_regions->setActionsEnabled(enabled);
    m_triage->setActionsEnabled(enabled);
}

QStringList MainWindow::viewNames() const
{
    return {QStringLiteral("overview"),   QStringLiteral("regions"), QStringLiteral("budgets"),
            QStringLiteral("compliance"), QStringLiteral("charts"),  QStringLiteral("alerts"),
            QStringLiteral("silences"),   QStringLiteral("reports")};
}

bool MainWindow::showView(const QString &name)
{
    const int i = int(viewNames().indexOf(name));
    if (i < 0)
        return false;
    m_tabs->setCurrentIndex(i);
    return true;
}

void MainWindow::setAlertBook(const alerts::AlertBookPtr &book)
{
    m_triage->setBook(book);
    m_silences->setBook(book);
    if (m_alertsBroughtForward || !book)
        return;
    const bool firing = std::any_of(book->alerts.begin(), book->alerts.end(), [](const alerts::BookAlert &a) {
        return a.status != alerts::BookAlert::Status::Silenced;
    });
    if (firing) {
        m_alertsBroughtForward = true;
        showView(QStringLiteral("alerts"));
        m_triage->tree()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_triage->setReadOnly(readOnly);
    m_silences->setReadOnly(readOnly);
}

void MainWindow::silenceResult(bool ok, const QString &message)
{
    m_triage->silenceResult(ok, message);
    m_silences->silenceResult(ok, message);
}

void MainWindow::explain(const QString &id, const QString &region)
{
    if (!m_snapshot)
        return;
    if (const engine::Figure *f = m_snapshot->figure(id, region)) {
        statusBar()->showMessage(tr("Explaining %1…").arg(f->name), 3000);
        Q_EMIT explainRequested(*f);
    }
}

void MainWindow::showExplanation(const engine::Explanation &explanation)
{
    auto *dialog = new ExplainDialog(explanation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::requestHistory()
{
    if (!m_snapshot || m_chartFigure->currentIndex() < 0)
        return;
    const QStringList key = m_chartFigure->currentData().toStringList();
    if (key.size() != 2)
        return;
    if (const engine::Figure *f = m_snapshot->figure(key[0], key[1])) {
        m_chart->setFigure(*f);
        Q_EMIT historyRequested(*f, m_chart->range(), m_chart->plotWidthPixels());
    }
}

void MainWindow::setHistory(const engine::HistorySeries &series)
{
    m_chart->setHistory(series);
}

void MainWindow::setTrend(const engine::HistorySeries &series)
{
    for (GaugeWidget *g : m_gauges)
        g->setTrend(series);
}

void MainWindow::setClockForTesting(const QDateTime &now)
{
    m_fixedNow = now;
    m_triage->setClockForTesting(now);
    m_silences->setClockForTesting(now);
    updateTimes();
}

QDateTime MainWindow::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void MainWindow::setSnapshot(const engine::SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    m_triage->setSnapshot(snapshot);
    if (m_chartFigure->count() != int(m_snapshot->figures.size())) {
        // The chart can show any figure: fleet first, then each region's, in the snapshot's order.
        const QSignalBlocker block(m_chartFigure);
        m_chartFigure->clear();
        for (const engine::Figure &f : m_snapshot->figures)
            m_chartFigure->addItem(f.region.isEmpty() ? f.name : f.region + QStringLiteral(" · ") + f.name,
                                   QStringList{f.id, f.region});
        if (m_tabs->currentIndex() == int(viewNames().indexOf(QStringLiteral("charts"))))
            requestHistory();
    }
    updateTimes();
}

void MainWindow::rebuildGauges()
{
    for (GaugeWidget *g : m_gauges)
        g->deleteLater();
    m_gauges.clear();
    auto *grid = static_cast<QGridLayout *>(m_grid->layout());
    const int columns = m_fleet.size() > 4 ? 3 : 2;
    for (std::size_t i = 0; i < m_fleet.size(); ++i) {
        auto *g = new GaugeWidget(m_grid);
        g->setObjectName(QStringLiteral("gauge_") + m_fleet[i].id);
        connect(g, &GaugeWidget::activated, this, &MainWindow::explain);
        grid->addWidget(g, int(i) / columns, int(i) % columns);
        m_gauges.push_back(g);
    }
}

QString MainWindow::sourceText() const
{
    return m_source->text();
}
QString MainWindow::refreshText() const
{
    return m_refresh->text();
}
QString MainWindow::summaryText() const
{
    return m_summary->text();
}
QString MainWindow::problemText() const
{
    return m_problem->text();
}

void MainWindow::updateTimes()
{
    if (!m_snapshot)
        return;
    const QDateTime t = now();
    // Aged by this window's own clock: a refresh that never completes cannot leave a verdict standing.
    const engine::SnapshotPtr shown = engine::Freshness::aged(m_snapshot, t);
    // The gauges show the fleet; regions get their own panel. The summary counts every figure, so a
    // region in breach is never hidden behind a healthy fleet average.
    std::vector<engine::Figure> fleet;
    for (const engine::Figure &f : shown->figures)
        if (f.region.isEmpty())
            fleet.push_back(f);
    const bool layoutChanged = fleet.size() != m_fleet.size();
    m_fleet = std::move(fleet);
    if (layoutChanged)
        rebuildGauges();
    for (std::size_t i = 0; i < m_gauges.size() && i < m_fleet.size(); ++i)
        m_gauges[i]->setFigure(m_fleet[i], t);
    m_regions->setSnapshot(shown, t);
    m_budgets->setSnapshot(shown, t);
    m_table->setSnapshot(shown, t);

    const engine::Verdict verdict = engine::Verdict::judge(*shown);
    const QString summary = tr("%1 — %2").arg(shown->profileName, verdict.text());
    if (m_summary->text() != summary) {
        m_summary->setText(summary);
        m_summary->setAccessibleName(summary);
        setWindowTitle(tr("%1 — slaops").arg(verdict.text()));
    }
    m_summaryState = verdict.state();

    const engine::SourceStatus &prom = shown->prometheus;
    m_source->setText(sourceText(*shown));
    const QDateTime last = prom.lastSuccess;
    if (last.isValid())
        m_refresh->setText(tr("Last refresh %1 · data age %2")
                               .arg(QLocale().toString(last.toLocalTime().time(), QLocale::LongFormat),
                                    FigureFormat::age(last.secsTo(t))));
    else
        m_refresh->setText(tr("No successful refresh yet"));
    if (prom.reachable) {
        // The global source answers; a region's own may not (its figures are greyed), or the rules
        // loaded may be another profile version's.
        QStringList problems;
        for (std::size_t i = 1; i < shown->sources.size(); ++i) {
            const engine::SourceState &src = shown->sources[i];
            if (!src.status.reachable)
                problems << tr("⚠ Prometheus of %1 unreachable since %2: %3 — its figures greyed")
                                .arg(src.name,
                                     QLocale().toString(src.status.downSince.toLocalTime().time(),
                                                        QLocale::LongFormat),
                                     src.status.error);
        }
        if (!prom.rulesWarning.isEmpty())
            problems << QStringLiteral("⚠ ") + prom.rulesWarning;
        m_problem->setText(problems.join(QLatin1Char(' ')));
    } else if (prom.credentialRejected)
        m_problem->setText(QStringLiteral("⚠ ") + prom.error);
    else
        m_problem->setText(
            tr("⚠ Prometheus unreachable since %1: %2 — showing the last good values, greyed")
                .arg(QLocale().toString(prom.downSince.toLocalTime().time(), QLocale::LongFormat),
                     prom.error));
}

// "Prometheus: URL", and for an HA pair which replica answers and what the others do; whether the
// figures are read from the generated recording rules.
QString MainWindow::sourceText(const engine::Snapshot &s)
{
    QString text = tr("Prometheus: %1").arg(s.prometheus.url);
    if (!s.sources.empty() && s.sources.front().replicas.size() > 1) {
        const engine::SourceState &global = s.sources.front();
        text = tr("Prometheus: %1 (replica %2 of %3)")
                   .arg(s.prometheus.url)
                   .arg(global.active + 1)
                   .arg(global.replicas.size());
        for (std::size_t i = 0; i < global.replicas.size(); ++i) {
            const engine::ReplicaStatus &r = global.replicas[i];
            if (i == global.active)
                continue;
            if (!r.reachable)
                text += QStringLiteral(" · ") + tr("%1 down").arg(r.url);
            else if (r.lagging)
                text += QStringLiteral(" · ") + tr("%1 lagging %L2 s").arg(r.url).arg(r.lagMs / 1000);
        }
    }
    if (s.prometheus.rules == engine::RecordedRules::Status::Loaded)
        text += QStringLiteral(" · ") + tr("recorded rules");
    return text;
}

} // namespace slaops::ui
