#include "alertnotifier.h"

#include "alertstyle.h"
#include "prom/servertext.h"
#include "statestyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace slaops::ui {

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason) { Q_EMIT activated(); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    }
    updateIcon();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    updateIcon();
}

void AlertNotifier::setBook(const alerts::AlertBookPtr &book)
{
    if (!book)
        return;
    const QDateTime at = book->at.isValid() ? book->at : QDateTime::currentDateTimeUtc();
    m_firing = 0;
    m_worst = 6;
    for (const alerts::BookAlert &a : book->alerts) {
        const bool silenced = a.status == alerts::BookAlert::Status::Silenced;
        const int rank = AlertStyle::severityRank(a.alert.severity());
        if (!silenced) {
            ++m_firing;
            m_worst = std::min(m_worst, rank);
        }
        const bool isNew = !m_seen.contains(a.alert.fingerprint);
        m_seen.insert(a.alert.fingerprint, at);
        // Critical and high only, never an acknowledged one, never twice.
        if (!isNew || silenced || rank > 1 || !m_enabled)
            continue;
        const QString name = prom::ServerText::clean(a.alert.name(), 120);
        const QString region = prom::ServerText::clean(a.alert.label(u"region"), 60);
        const QString title =
            region.isEmpty()
                ? tr("%1: %2").arg(AlertStyle::severityTitle(a.alert.severity()), name)
                : tr("%1: %2 in %3").arg(AlertStyle::severityTitle(a.alert.severity()), name, region);
        const QString message = prom::ServerText::clean(a.alert.annotation(u"summary"), 300);
        Q_EMIT notified(a.alert.fingerprint, title, message);
        if (m_tray && m_tray->isVisible())
            m_tray->showMessage(title, message,
                                rank == 0 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
    }
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it.value().secsTo(at) > ForgetAfterSeconds ? m_seen.erase(it) : std::next(it);
    updateIcon();
}

void AlertNotifier::updateIcon()
{
    m_toolTip = m_firing == 0 ? tr("slaops: no alert firing") : tr("slaops: %1 alerts firing").arg(m_firing);
    if (!m_tray)
        return;
    m_tray->setVisible(m_enabled);
    if (!m_enabled)
        return;
    // The count on a disc of the worst severity's colour; grey when nothing fires (never green).
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor bg = m_worst < 6 ? AlertStyle::severityColour(m_worst == 0   ? u"critical"
                                                               : m_worst == 1 ? u"high"
                                                               : m_worst == 2 ? u"medium"
                                                                              : u"low")
                                  : StateStyle::grey();
    p.setBrush(bg);
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 60, 60);
    QFont f = QGuiApplication::font();
    f.setBold(true);
    f.setPixelSize(m_firing > 99 ? 22 : 34);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(pm.rect(), Qt::AlignCenter,
               m_firing > 999 ? QStringLiteral("1k+") : QString::number(m_firing));
    p.end();
    m_tray->setIcon(QIcon(pm));
    m_tray->setToolTip(m_toolTip);
}

} // namespace slaops::ui
