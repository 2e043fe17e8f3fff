#include "reportsview.h"

#include "reportpdf.h"
#include "reportstyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcReportsView, "slaops.ui.reports", QtInfoMsg)

namespace slaops::ui {

namespace {

constexpr double kA4WidthInches = 210.0 / 25.4;

QPushButton *button(const QString &text, const QString &name, const QString &accessible)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

ReportsView::ReportsView(QWidget *parent)
    : QWidget(parent)
{
    // The picker: kind, any day of the period, zone, resolution.
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report period kind"));
    m_kind->addItem(tr("Day"), int(report::PeriodKind::Day));
    m_kind->addItem(tr("Month"), int(report::PeriodKind::Month));
    m_kind->addItem(tr("Quarter (business review)"), int(report::PeriodKind::Quarter));
    m_kind->setCurrentIndex(1);

    m_date = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setAccessibleName(tr("A day of the period"));
    m_date->setToolTip(tr("Any day of the period: the month or quarter that contains it is reported."));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());

    m_zone = new QComboBox;
    m_zone->setObjectName(QStringLiteral("reportZone"));
    m_zone->setAccessibleName(tr("Time zone of the report's days"));
    // UTC first (the default of every report), then this machine's zone, then all of them.
    m_zone->addItem(QStringLiteral("UTC"), QByteArray("UTC"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && system != "UTC" && QTimeZone(system).isValid())
        m_zone->addItem(tr("%1 (this computer)").arg(QString::fromUtf8(system)), system);
    m_zone->insertSeparator(m_zone->count());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id != "UTC" && id != system)
            m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setMaxVisibleItems(20);

    m_resolution = new QComboBox;
    m_resolution->setObjectName(QStringLiteral("reportResolution"));
    m_resolution->setAccessibleName(tr("Resolution of violations and charts"));
    m_resolution->addItem(tr("Default (1 min, 5 min for a quarter)"), 0);
    for (int secs : {60, 300, 900, 3600})
        m_resolution->addItem(ReportStyle::duration(secs), secs);

    m_periodLabel = new QLabel;
    m_periodLabel->setObjectName(QStringLiteral("reportPeriod"));
    m_periodLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_build = button(tr("&Build report"), QStringLiteral("reportBuild"), tr("Build the report"));
    m_build->setDefault(true);
    m_cancel = button(tr("Cancel"), QStringLiteral("reportCancel"), tr("Cancel building the report"));
    m_cancel->setEnabled(false);

    auto *picker = new QFormLayout;
    auto addRow = [picker](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        picker->addRow(l, field);
    };
    addRow(tr("&Period:"), m_kind);
    addRow(tr("&Date:"), m_date);
    addRow(tr("Time &zone:"), m_zone);
    addRow(tr("&Resolution:"), m_resolution);
    picker->addRow(QString(), m_periodLabel);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_build);
    actions->addWidget(m_cancel);
    actions->addStretch();
    picker->addRow(QString(), actions);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setVisible(false);
    // The status's colour as a bar beside its words: colour is never the only cue.
    m_statusBar = new QWidget;
    m_statusBar->setObjectName(QStringLiteral("reportStatusColour"));
    m_statusBar->setFixedWidth(5);
    m_statusBar->setAutoFillBackground(true);
    m_statusBar->setVisible(false);
    m_status = new QLabel(tr("Choose a period and build its report."));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Report status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The quarter's free-text sections, kept with the report.
    m_initiatives = new QPlainTextEdit;
    m_initiatives->setObjectName(QStringLiteral("reportInitiatives"));
    m_initiatives->setAccessibleName(tr("Improvement initiatives"));
    m_initiatives->setPlaceholderText(tr("What will be improved, and why (shown in the business review)"));
    m_initiatives->setTabChangesFocus(true);
    m_roadmap = new QPlainTextEdit;
    m_roadmap->setObjectName(QStringLiteral("reportRoadmap"));
    m_roadmap->setAccessibleName(tr("Roadmap"));
    m_roadmap->setPlaceholderText(tr("What comes next, quarter by quarter"));
    m_roadmap->setTabChangesFocus(true);
    m_freeText = new QGroupBox(tr("Business review"));
    auto *free = new QFormLayout(m_freeText);
    auto *li = new QLabel(tr("&Initiatives:"));
    li->setBuddy(m_initiatives);
    auto *lr = new QLabel(tr("Road&map:"));
    lr->setBuddy(m_roadmap);
    free->addRow(li, m_initiatives);
    free->addRow(lr, m_roadmap);

    auto *exportBox = new QGroupBox(tr("Export"));
    auto *exportRow = new QHBoxLayout(exportBox);
    m_exports = {button(tr("Export &PDF…"), QStringLiteral("exportPdf"), tr("Export the report as PDF")),
                 button(tr("Export &CSV…"), QStringLiteral("exportCsv"), tr("Export the report as CSV")),
                 button(tr("Export &JSON…"), QStringLiteral("exportJson"), tr("Export the report as JSON"))};
    const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json")};
    for (int i = 0; i < m_exports.size(); ++i) {
        m_exports[i]->setEnabled(false);
        exportRow->addWidget(m_exports[i]);
        connect(m_exports[i], &QPushButton::clicked, this, [this, f = formats[i]] { exportAs(f); });
    }

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(picker);
    sideLayout->addWidget(m_progress);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusBar);
    statusRow->addWidget(m_status, 1);
    sideLayout->addLayout(statusRow);
    sideLayout->addWidget(m_freeText, 1);
    sideLayout->addWidget(exportBox);
    sideLayout->addStretch();

    // The preview: the PDF's pages as images, zoomed to the width of the view.
    auto *host = new QWidget;
    host->setObjectName(QStringLiteral("reportPagesHost"));
    host->setBackgroundRole(QPalette::Dark);
    host->setAutoFillBackground(true);
    m_pages = new QVBoxLayout(host);
    m_pages->setSpacing(12);
    m_pages->setContentsMargins(12, 12, 12, 12);
    m_pages->addStretch();
    m_preview = new QScrollArea;
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setAccessibleDescription(tr("The pages of the PDF; scroll with the arrow and page keys."));
    m_preview->setFocusPolicy(Qt::StrongFocus);
    m_preview->setWidgetResizable(true);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so that the width the pages are zoomed to does not change when it would appear.
    m_preview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_preview->setWidget(host);
    m_preview->viewport()->installEventFilter(this);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(side);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_zoomTimer.setSingleShot(true);
    m_zoomTimer.setInterval(120);
    connect(&m_zoomTimer, &QTimer::timeout, this, &ReportsView::renderPreview);
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(400);
    connect(&m_textTimer, &QTimer::timeout, this, &ReportsView::applyFreeText);
    for (QPlainTextEdit *e : {m_initiatives, m_roadmap})
        connect(e, &QPlainTextEdit::textChanged, this, [this] { m_textTimer.start(); });

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsView::updatePeriod);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsView::updatePeriod);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ReportsView::updatePeriod);
    connect(m_build, &QPushButton::clicked, this, &ReportsView::build);
    auto cancel = [this] {
        if (!m_building)
            return;
        m_cancel->setEnabled(false);
        setStatus(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    };
    connect(m_cancel, &QPushButton::clicked, this, cancel);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, cancel);
    updatePeriod();
}

report::ReportRequest ReportsView::request() const
{
    report::ReportRequest rq;
    const auto kind = report::PeriodKind(m_kind->currentData().toInt());
    QString error;
    if (auto period = report::Period::make(kind, m_date->date(),
                                           QTimeZone(m_zone->currentData().toByteArray()), &error))
        rq.period = *period;
    rq.resolution = std::chrono::seconds(m_resolution->currentData().toInt());
    if (kind == report::PeriodKind::Quarter) {
        rq.initiatives = m_initiatives->toPlainText().trimmed();
        rq.roadmap = m_roadmap->toPlainText().trimmed();
    }
    return rq;
}

std::shared_ptr<const report::Report> ReportsView::report() const
{
    return m_report;
}

int ReportsView::previewPageCount() const
{
    return int(m_pageLabels.size());
}

QString ReportsView::statusText() const
{
    return m_status->text();
}

void ReportsView::updatePeriod()
{
    QString error;
    const auto kind = report::PeriodKind(m_kind->currentData().toInt());
    const auto period =
        report::Period::make(kind, m_date->date(), QTimeZone(m_zone->currentData().toByteArray()), &error);
    m_freeText->setVisible(kind == report::PeriodKind::Quarter);
    if (!period) {
        m_periodLabel->setText(error);
        m_build->setEnabled(false);
        return;
    }
    const QString days = period->days.size() == 1 ? ReportStyle::date(period->days.front().date)
                                                  : tr("%1 to %2")
                                                        .arg(ReportStyle::date(period->days.front().date),
                                                             ReportStyle::date(period->days.back().date));
    m_periodLabel->setText(tr("%1 (%2): %3, %n day(s)", nullptr, int(period->days.size()))
                               .arg(period->title(), period->label(), days));
    m_build->setEnabled(!m_building);
}

void ReportsView::setBuilding(bool building)
{
    m_building = building;
    m_build->setEnabled(!building);
    m_cancel->setEnabled(building);
    m_progress->setVisible(building);
}

void ReportsView::setStatus(const QString &text, const QColor &edge)
{
    m_status->setText(text);
    m_statusBar->setVisible(edge.isValid());
    if (edge.isValid()) {
        QPalette palette = m_statusBar->palette();
        palette.setColor(QPalette::Window, edge);
        m_statusBar->setPalette(palette);
    }
}

void ReportsView::setProgress(int done, int total)
{
    if (!m_building)
        return;
    m_progress->setRange(0, std::max(0, total));
    m_progress->setValue(std::clamp(done, 0, std::max(0, total)));
    if (total > 0)
        setStatus(tr("Asking Prometheus: %1 of %n queries answered.", nullptr, total).arg(done));
}

void ReportsView::setReport(std::shared_ptr<const slaops::report::Report> report)
{
    setBuilding(false);
    m_report = std::move(report);
    for (QPushButton *b : m_exports)
        b->setEnabled(m_report != nullptr);
    if (!m_report) {
        renderPreview();
        return;
    }
    if (m_report->period.kind == report::PeriodKind::Quarter) {
        // The editors show what the report carries; edits from here on go into the shown report.
        const QSignalBlocker a(m_initiatives), b(m_roadmap);
        m_initiatives->setPlainText(m_report->initiatives);
        m_roadmap->setPlainText(m_report->roadmap);
    }
    const report::Status status = m_report->status();
    setStatus(tr("Report for %1: %2. %3")
                  .arg(m_report->period.title(), ReportStyle::words(status), ReportStyle::meaning(status)),
              ReportStyle::colour(status));
    m_renderedWidth = 0;
    renderPreview();
}

void ReportsView::setFailed(const QString &message)
{
    setBuilding(false);
    QString text = tr("Could not build the report: %1").arg(message);
    if (m_report)
        text +=
            QLatin1Char(' ') + tr("The report shown is still the one for %1.").arg(m_report->period.title());
    setStatus(text, ReportStyle::colour(report::Status::Violated));
}

void ReportsView::setExportResult(bool ok, const QString &message)
{
    setStatus(ok ? message : tr("Export failed: %1").arg(message),
              ok ? ReportStyle::colour(report::Status::Met) : ReportStyle::colour(report::Status::Violated));
}

void ReportsView::build()
{
    const report::ReportRequest rq = request();
    if (rq.period.days.empty() || m_building)
        return;
    setBuilding(true);
    m_progress->setRange(0, 0);
    setStatus(tr("Building the report for %1…").arg(rq.period.title()));
    qCInfo(lcReportsView) << "build" << rq.period.label() << rq.period.zone.id();
    Q_EMIT buildRequested(rq);
}

void ReportsView::setPeriod(report::PeriodKind kind, QDate date)
{
    const int i = m_kind->findData(int(kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
    if (date.isValid())
        m_date->setDate(date);
}

void ReportsView::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    const int i = m_zone->findData(zone.id());
    if (i >= 0)
        m_zone->setCurrentIndex(i);
}

void ReportsView::setCancelled()
{
    setBuilding(false);
    QString text = tr("Cancelled: no new report was built.");
    if (m_report)
        text +=
            QLatin1Char(' ') + tr("The report shown is still the one for %1.").arg(m_report->period.title());
    setStatus(text);
}

bool ReportsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview->viewport() && event->type() == QEvent::Resize && m_report)
        m_zoomTimer.start();
    return QWidget::eventFilter(watched, event);
}

void ReportsView::renderPreview()
{
    const int width = std::max(200, m_preview->viewport()->width() - 24);
    if (m_report && width == m_renderedWidth)
        return;
    for (QLabel *l : m_pageLabels)
        delete l;
    m_pageLabels.clear();
    if (!m_report)
        return;
    m_renderedWidth = width;
    // Zoom to width: rendered at the resolution that makes a page as wide as the view.
    const int dpi = std::max(30, int(width / kA4WidthInches));
    const QList<QImage> pages = ReportPdf::renderPages(*m_report, dpi);
    for (int i = 0; i < pages.size(); ++i) {
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("reportPage"));
        label->setPixmap(QPixmap::fromImage(pages[i]));
        // A page keeps its size: the preview scrolls rather than squeezes.
        label->setFixedSize(pages[i].size());
        label->setAlignment(Qt::AlignHCenter);
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        m_pages->insertWidget(m_pages->count() - 1, label, 0, Qt::AlignHCenter);
        m_pageLabels << label;
    }
    m_pages->activate(); // the pages' places now, not at the next layout pass
}

void ReportsView::applyFreeText()
{
    if (!m_report || m_report->period.kind != report::PeriodKind::Quarter)
        return;
    const QString initiatives = m_initiatives->toPlainText().trimmed();
    const QString roadmap = m_roadmap->toPlainText().trimmed();
    if (initiatives == m_report->initiatives && roadmap == m_report->roadmap)
        return;
    auto edited = std::make_shared<report::Report>(*m_report);
    edited->initiatives = initiatives;
    edited->roadmap = roadmap;
    m_report = std::move(edited);
    const int scroll = m_preview->verticalScrollBar()->value();
    m_renderedWidth = 0;
    renderPreview();
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ReportsView::exportAs(const QString &format)
{
    if (!m_report)
        return;
    m_textTimer.stop();
    applyFreeText(); // what is exported is what the editors say now
    const QString suggested = QStringLiteral("slaops-report-%1.%2").arg(m_report->period.label(), format);
    QString path;
    if (m_chooser) {
        path = m_chooser(format, suggested);
    } else {
        const QString filter = format == QLatin1String("pdf")   ? tr("PDF (*.pdf)")
                               : format == QLatin1String("csv") ? tr("CSV (*.csv)")
                                                                : tr("JSON (*.json)");
        path = QFileDialog::getSaveFileName(this, tr("Export the report"), suggested, filter);
    }
    if (path.isEmpty())
        return;
    Q_EMIT exportRequested(format, path);
}

} // namespace slaops::ui
