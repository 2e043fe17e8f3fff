#include "warroomalertspage.h"

#include "alertsmodel.h"
#include "alertstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace slaops::ui {

WarRoomAlertsPage::WarRoomAlertsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertsModel(this))
{
    setObjectName(QStringLiteral("warRoomAlerts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("alertsHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    layout->addWidget(m_headline);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("warRoomAlertsTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // From across the room: what, where, for how long, and who must answer by when.
    for (int c : {int(AlertsModel::StartsAt), int(AlertsModel::State), int(AlertsModel::SilencedBy)})
        m_tree->setColumnHidden(c, true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    updateHeadline();
}

void WarRoomAlertsPage::setProfile(const config::Profile &profile)
{
    m_model->setProfile(profile);
}

void WarRoomAlertsPage::setBook(const alerts::AlertBookPtr &book)
{
    m_model->setBook(book);
    updateHeadline();
}

void WarRoomAlertsPage::update(const engine::SnapshotPtr &snapshot, const QDateTime &now)
{
    if (snapshot != m_model->snapshot())
        m_model->setSnapshot(snapshot);
    m_model->setNow(now);
}

QString WarRoomAlertsPage::headlineText() const
{
    return m_headline->text();
}

void WarRoomAlertsPage::updateHeadline()
{
    const alerts::AlertBookPtr book = m_model->book();
    // The counts are in the wall's header; the page adds what the header cannot say.
    const bool down = book && !book->allInstancesUp();
    const QString text =
        down ? QStringLiteral("⚠ ") + tr("An Alertmanager is down: its alerts are the last known.")
             : QString();
    m_headline->setText(text);
    m_headline->setAccessibleName(text);
    m_headline->setVisible(down);
}

void WarRoomAlertsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The same scale as the wall's header: 1080 pixels give rows of about 40 pixels.
    const double unit = std::max(6.0, window()->height() / 100.0);
    QFont rows = font();
    rows.setPixelSize(int(unit * 2.6));
    m_tree->setFont(rows);
    QFont head = font();
    head.setPixelSize(int(unit * 3.2));
    head.setBold(true);
    m_headline->setFont(head);
    m_headline->setMinimumHeight(QFontMetrics(head).height() + int(unit));
    // Laid out now: the wall grabs and measures right after a resize.
    layout()->activate();
    const int w = std::max(200, m_tree->viewport()->width());
    m_tree->header()->resizeSection(AlertsModel::Summary, w * 36 / 100);
    m_tree->header()->resizeSection(AlertsModel::Value, w * 17 / 100);
    m_tree->header()->resizeSection(AlertsModel::Region, w * 10 / 100);
    m_tree->header()->resizeSection(AlertsModel::Firing, w * 9 / 100);
}

} // namespace slaops::ui
