#include "triageview.h"

#include "acknowledgedialog.h"
#include "alertdetails.h"
#include "alerts/alertmessage.h"
#include "alertsmodel.h"
#include "alertstyle.h"
#include "config/settings.h"
#include "prom/servertext.h"
#include "statestyle.h"
#include "theme.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcTriage, "slaops.ui.triage", QtInfoMsg)

namespace slaops::ui {

namespace {

QString hms(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

void paint(QLabel *label, const QColor &background)
{
    QPalette p = label->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, Theme::textOn(background));
    label->setPalette(p);
    label->setAutoFillBackground(true);
}

} // namespace

TriageView::TriageView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertsModel(this))
{
    setObjectName(QStringLiteral("triageView"));
    auto *layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("instancesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    paint(m_banner, StateStyle::colour(sla::State::Error));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    QFont big = m_counts->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_counts->setFont(big);
    bar->addWidget(m_counts, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    bar->addWidget(m_result, 1);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItem(tr("By severity"), AlertsModel::groupingName(AlertsModel::Grouping::Severity));
    m_grouping->addItem(tr("By SLA"), AlertsModel::groupingName(AlertsModel::Grouping::Sla));
    m_grouping->addItem(tr("By region"), AlertsModel::groupingName(AlertsModel::Grouping::Region));
    m_grouping->setAccessibleName(tr("Group alerts"));
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    layout->addLayout(bar);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int) {
        const QString name = m_grouping->currentData().toString();
        const QString current = currentFingerprint();
        m_model->setGrouping(AlertsModel::parseGrouping(name));
        if (m_settings)
            m_settings->setAlertGrouping(name);
        restore(current, {}, -1);
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("alertsTree"));
    m_tree->setModel(m_model);
    // Fixed row height: a 10,000-alert incident scrolls without measuring every row.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAccessibleName(tr("Alerts"));
    m_tree->header()->setStretchLastSection(true);
    // Widths from the font and a typical cell, so that values and the countdown fit at any DPI.
    const std::pair<int, const char *> widths[] = {
        {AlertsModel::Summary, "SLADataConsistencyBreach — Data consistency"},
        {AlertsModel::Value, "99.9820 % · SLA ≥ 99.999 %"},
        {AlertsModel::Region, "ap-southeast-1"},
        {AlertsModel::StartsAt, "00:00:00"},
        {AlertsModel::Firing, "18 min 50 s"},
        {AlertsModel::State, "◌ Silenced"},
        {AlertsModel::SilencedBy, "alice: Rollback of 3.4.1"}};
    for (const auto &[column, sample] : widths)
        m_tree->header()->resizeSection(column,
                                        fontMetrics().horizontalAdvance(QString::fromUtf8(sample)) + 24);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeView::doubleClicked, this, &TriageView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        if (detailsVisible())
            updateDetails();
    });
    split->addWidget(m_tree);
    m_details = new AlertDetails(split);
    connect(m_details, &AlertDetails::acknowledgeRequested, this, &TriageView::acknowledgeCurrent);
    connect(m_details, &AlertDetails::containRequested, this, &TriageView::containCurrent);
    connect(m_details, &AlertDetails::copyRequested, this, &TriageView::copyCurrent);
    connect(m_details, &AlertDetails::runbookRequested, this, &TriageView::openRunbook);
    connect(m_details, &AlertDetails::logFailed, this, [this](const QString &error) {
        m_result->setText(tr("⚠ The incident log cannot be written: %1").arg(error));
    });
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_details->hide();
    layout->addWidget(split, 1);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &TriageView::tick);
    m_clock.start();
    updateCounts();
}

TriageView::~TriageView() = default;

void TriageView::setProfile(const config::Profile &profile)
{
    m_profile = profile;
    m_model->setProfile(profile);
    m_details->setEscalation(profile.escalation);
}

void TriageView::setSettings(config::Settings *settings)
{
    m_settings = settings;
    m_details->setSettings(settings);
    if (!settings)
        return;
    const int i = m_grouping->findData(settings->alertGrouping());
    if (i >= 0)
        m_grouping->setCurrentIndex(i);
}

void TriageView::setIncidentLog(alerts::IncidentLog *log)
{
    m_log = log;
    m_details->setIncidentLog(log);
}

QDateTime TriageView::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void TriageView::setClockForTesting(const QDateTime &now)
{
    m_fixedNow = now;
    tick();
}

void TriageView::tick()
{
    m_model->setNow(now());
    if (detailsVisible())
        updateDetails();
}

QString TriageView::currentFingerprint() const
{
    return m_tree->currentIndex().data(AlertsModel::FingerprintRole).toString();
}

bool TriageView::selectFingerprint(const QString &fingerprint)
{
    const QModelIndex i = m_model->indexOf(fingerprint);
    if (!i.isValid())
        return false;
    m_tree->setCurrentIndex(i);
    return true;
}

const alerts::BookAlert *TriageView::currentAlert() const
{
    return m_model->alert(m_tree->currentIndex());
}

void TriageView::restore(const QString &current, const QString &top, int currentRow)
{
    if (const QModelIndex t = m_model->indexOf(top); t.isValid())
        m_tree->scrollTo(t, QAbstractItemView::PositionAtTop);
    if (const QModelIndex c = m_model->indexOf(current); c.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(c, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        if (!top.isEmpty())
            return; // the scroll position was restored: the current row is where it was on screen
        m_tree->scrollTo(c);
    } else if (currentRow >= 0 && !current.isEmpty()) {
        // The alert resolved: its neighbour becomes current, so the keyboard stays in the list.
        QModelIndex n = m_tree->indexAt(QPoint(1, currentRow));
        if (n.isValid())
            m_tree->selectionModel()->setCurrentIndex(n, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
}

void TriageView::setBook(const alerts::AlertBookPtr &book)
{
    const QString current = currentFingerprint();
    const QModelIndex topIndex = m_tree->indexAt(QPoint(1, 1));
    QString top = topIndex.data(AlertsModel::FingerprintRole).toString();
    if (top.isEmpty() && topIndex.isValid() && topIndex.parent().isValid() == false &&
        m_tree->verticalScrollBar()->value() > 0) {
        // A section heads the viewport: keep its first alert there.
        top = m_model->index(0, 0, topIndex).data(AlertsModel::FingerprintRole).toString();
    }
    const int currentY = m_tree->visualRect(m_tree->currentIndex()).center().y();
    m_model->setBook(book);
    restore(current, m_tree->verticalScrollBar()->value() > 0 || !top.isEmpty() ? top : QString(), currentY);
    updateBanner();
    updateCounts();
    if (detailsVisible())
        updateDetails();
}

void TriageView::setSnapshot(const engine::SnapshotPtr &snapshot)
{
    const QString current = currentFingerprint();
    m_model->setSnapshot(snapshot);
    restore(current, {}, -1);
    if (detailsVisible())
        updateDetails();
}

void TriageView::updateCounts()
{
    const alerts::AlertBookPtr book = m_model->book();
    int acknowledged = 0;
    if (book)
        for (const alerts::BookAlert &a : book->alerts)
            acknowledged += a.status == alerts::BookAlert::Status::Silenced ? 1 : 0;
    QString text = AlertStyle::firingCounts(book.get());
    if (acknowledged > 0)
        text += tr(" · %1 acknowledged").arg(acknowledged);
    m_counts->setText(text);
    m_counts->setAccessibleName(text);
}

void TriageView::updateBanner()
{
    const alerts::AlertBookPtr book = m_model->book();
    QStringList down;
    if (book)
        for (const alerts::InstanceHealth &i : book->instances) {
            if (i.up)
                continue;
            const QString url = i.url.toDisplayString(QUrl::RemoveUserInfo);
            const QString why = prom::ServerText::clean(i.message, 300);
            down << (i.downSince.isValid()
                         ? tr("Alertmanager %1 down since %2: %3").arg(url, hms(i.downSince), why)
                         : tr("Alertmanager %1 down: %2").arg(url, why));
        }
    if (down.isEmpty()) {
        m_banner->hide();
        m_banner->clear();
        return;
    }
    m_banner->setText(QStringLiteral("⚠ ") + down.join(QStringLiteral("\n⚠ ")) +
                      tr("\nIts alerts are shown as last known."));
    m_banner->setAccessibleName(m_banner->text());
    m_banner->show();
}

QString TriageView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}
QString TriageView::resultText() const
{
    return m_result->text();
}
QString TriageView::countsText() const
{
    return m_counts->text();
}
QString TriageView::detailsText() const
{
    return m_details->text();
}

const std::vector<QCheckBox *> &TriageView::checklistBoxes() const
{
    return m_details->checklistBoxes();
}

void TriageView::updateDetails()
{
    m_details->showAlert(m_model, currentFingerprint(), now());
}

bool TriageView::detailsVisible() const
{
    return !m_details->isHidden();
}

void TriageView::showDetails()
{
    m_details->show();
    // A pane shown for the first time gets a third of the width, not the splitter's zero.
    const QList<int> sizes = m_split->sizes();
    if (sizes.size() == 2 && sizes[1] < 100) {
        const int w = std::max(600, m_split->width());
        m_split->setSizes({w * 3 / 5, w * 2 / 5});
    }
    updateDetails();
}

void TriageView::hideDetails()
{
    m_details->hide();
    m_tree->setFocus();
}

void TriageView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_details->setAcknowledgeEnabled(!readOnly);
}

void TriageView::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    m_details->setContainEnabled(enabled);
}

void TriageView::containCurrent()
{
    const alerts::BookAlert *ba = currentAlert();
    if (!m_actionsEnabled || !ba)
        return;
    for (const auto &[name, value] : ba->alert.labels)
        for (const config::RegionSpec &r : m_profile.regions)
            if (r.name == value) {
                Q_EMIT containRequested(value);
                return;
            }
    Q_EMIT containRequested(QString());
}

void TriageView::acknowledgeCurrent()
{
    const alerts::BookAlert *ba = currentAlert();
    if (!ba)
        return;
    if (m_readOnly) {
        m_result->setText(tr("Read-only console (--read-only): acknowledging is off"));
        m_result->show();
        return;
    }
    if (m_dialog)
        m_dialog->close();
    const QString author = m_settings ? m_settings->alertAuthor() : config::Settings::defaultAlertAuthor();
    m_dialog = new AcknowledgeDialog(*ba, m_model->book(), author, now(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AcknowledgeDialog::silenceRequested, this, [this](const alerts::SilenceRequest &r) {
        m_result->setText(tr("Sending the silence to Alertmanager…"));
        Q_EMIT silenceRequested(r);
    });
    m_dialog->open();
}

AcknowledgeDialog *TriageView::acknowledgeDialog() const
{
    return m_dialog.data();
}

void TriageView::silenceResult(bool ok, const QString &message)
{
    const QString text = prom::ServerText::clean(message, 500);
    if (ok)
        m_result->setText(QStringLiteral("✔ ") + tr("Silence created: %1").arg(text));
    else
        m_result->setText(QStringLiteral("⚠ ") + tr("Alertmanager refused the silence: %1").arg(text));
    m_result->setAccessibleName(m_result->text());
}

void TriageView::copyCurrent()
{
    const alerts::BookAlert *ba = currentAlert();
    if (!ba)
        return;
    const engine::SnapshotPtr snapshot = m_model->snapshot();
    const alerts::AlertMessage m = alerts::AlertMessage::build(ba->alert, m_profile, snapshot.get());
    auto *mime = new QMimeData;
    mime->setText(m.plainText());
    mime->setData(QStringLiteral("text/markdown"), m.markdown().toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_result->setText(tr("Copied %1 as a message (text and Markdown).").arg(m.name));
}

void TriageView::openRunbook()
{
    const QUrl url = m_tree->currentIndex().data(AlertsModel::RunbookRole).toUrl();
    if (!url.isValid()) {
        m_result->setText(tr("This alert names no runbook (annotation runbook_url)."));
        return;
    }
    qCInfo(lcTriage).noquote() << "opening runbook" << url.toDisplayString(QUrl::RemoveUserInfo);
    QDesktopServices::openUrl(url);
}

bool TriageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return false;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_tree->currentIndex().data(AlertsModel::IsSectionRole).toBool()) {
                const QModelIndex s = m_tree->currentIndex().siblingAtColumn(0);
                m_tree->setExpanded(s, !m_tree->isExpanded(s));
            } else {
                showDetails();
            }
            return true;
        case Qt::Key_Escape:
            if (detailsVisible()) {
                hideDetails();
                return true;
            }
            return false;
        case Qt::Key_A:
            acknowledgeCurrent();
            return true;
        case Qt::Key_C:
            copyCurrent();
            return true;
        case Qt::Key_K:
            if (!m_actionsEnabled)
                return false;
            containCurrent();
            return true;
        case Qt::Key_R:
            openRunbook();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace slaops::ui
