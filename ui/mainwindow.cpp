#include "mainwindow.h"

#include "engine/figureformat.h"
#include "gaugewidget.h"
#include "statestyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

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
    m_grid = new QWidget(central);
    m_grid->setLayout(new QGridLayout);
    layout->addWidget(m_grid, 1);
    setCentralWidget(central);

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

void MainWindow::setClockForTesting(const QDateTime &now)
{
    m_fixedNow = now;
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
    // The gauges show the fleet; regions get their own panel. The summary counts every figure, so a
    // region in breach is never hidden behind a healthy fleet average.
    std::vector<engine::Figure> fleet;
    for (const engine::Figure &f : m_snapshot->figures)
        if (f.region.isEmpty())
            fleet.push_back(f);
    const bool layoutChanged = fleet.size() != m_fleet.size();
    m_fleet = std::move(fleet);
    if (layoutChanged)
        rebuildGauges();

    int breaches = 0, unknown = 0;
    for (const engine::Figure &fig : m_snapshot->figures) {
        if (fig.state == sla::State::Breach)
            ++breaches;
        else if (!sla::isKnown(fig.state))
            ++unknown;
    }
    QString summary;
    if (breaches > 0)
        summary = tr("%1 — %n SLA(s) in breach", nullptr, breaches).arg(m_snapshot->profileName);
    else if (unknown > 0)
        summary = tr("%1 — %n SLA(s) without a current value", nullptr, unknown).arg(m_snapshot->profileName);
    else
        summary = tr("%1 — every SLA met").arg(m_snapshot->profileName);
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
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
QString MainWindow::problemText() const
{
    return m_problem->text();
}

void MainWindow::updateTimes()
{
    if (!m_snapshot)
        return;
    const QDateTime t = now();
    for (std::size_t i = 0; i < m_gauges.size() && i < m_fleet.size(); ++i)
        m_gauges[i]->setFigure(m_fleet[i], t);

    const engine::SourceStatus &prom = m_snapshot->prometheus;
    m_source->setText(tr("Prometheus: %1").arg(prom.url));
    const QDateTime last = prom.lastSuccess;
    if (last.isValid())
        m_refresh->setText(tr("Last refresh %1 · data age %2")
                               .arg(QLocale().toString(last.toLocalTime().time(), QLocale::LongFormat),
                                    FigureFormat::age(last.secsTo(t))));
    else
        m_refresh->setText(tr("No successful refresh yet"));
    if (prom.reachable)
        m_problem->clear();
    else
        m_problem->setText(
            tr("⚠ Prometheus unreachable since %1: %2 — showing the last good values, greyed")
                .arg(QLocale().toString(prom.downSince.toLocalTime().time(), QLocale::LongFormat),
                     prom.error));
}

} // namespace slaops::ui
