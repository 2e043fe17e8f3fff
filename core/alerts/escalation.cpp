#include "escalation.h"

namespace slaops::alerts {

const config::EscalationLevel *Escalation::level(const std::vector<config::EscalationLevel> &matrix,
                                                 QStringView severity)
{
    if (severity.isEmpty())
        return nullptr;
    for (const config::EscalationLevel &l : matrix)
        if (severity.compare(l.severity, Qt::CaseInsensitive) == 0)
            return &l;
    if (severity.compare(u"warning", Qt::CaseInsensitive) == 0)
        return level(matrix, u"medium");
    return nullptr;
}

Countdown Escalation::countdown(const std::vector<config::EscalationLevel> &matrix, const Alert &alert,
                                bool acknowledged, const QDateTime &now)
{
    Countdown c;
    c.severity = alert.severity();
    const config::EscalationLevel *l = level(matrix, c.severity);
    if (!l) {
        c.status = Countdown::Status::NoLevel;
        return c;
    }
    c.level = *l;
    if (!alert.startsAt.isValid()) {
        c.status = Countdown::Status::NoStart;
        return c;
    }
    c.deadline = alert.startsAt.toUTC().addSecs(l->responseTime.count());
    if (acknowledged) {
        c.status = Countdown::Status::Acknowledged;
        return c;
    }
    // secsTo compares instants, so a startsAt written with +01:00 and a UTC clock agree.
    const qint64 remaining = now.secsTo(c.deadline);
    if (remaining > 0) {
        c.status = Countdown::Status::Counting;
        c.left = std::chrono::seconds(remaining);
    } else {
        // At the deadline itself the time is up: "0:00 left" would read as still within it.
        c.status = Countdown::Status::Overdue;
        c.over = std::chrono::seconds(-remaining);
    }
    return c;
}

QString Escalation::clock(std::chrono::seconds d)
{
    const qint64 s = std::max<qint64>(0, d.count());
    const qint64 h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
}

QString Escalation::responseText(std::chrono::seconds response)
{
    const qint64 s = response.count();
    const qint64 h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (h > 0 && m > 0)
        return tr("%1 h %2 min").arg(h).arg(m);
    if (h > 0)
        return tr("%1 h").arg(h);
    if (m > 0 && sec == 0)
        return tr("%1 min").arg(m);
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(sec);
    return tr("%1 s").arg(sec);
}

QString Escalation::text(const Countdown &c)
{
    switch (c.status) {
    case Countdown::Status::NoLevel:
        if (c.severity.isEmpty())
            return tr("no severity label: no escalation level applies");
        return tr("no escalation level for severity “%1”").arg(c.severity);
    case Countdown::Status::NoStart:
        return tr("acknowledge within %1: start time unknown").arg(responseText(c.level->responseTime));
    case Countdown::Status::Acknowledged:
        return tr("acknowledged: countdown stopped");
    case Countdown::Status::Counting:
        return tr("acknowledge within %1: %2 left").arg(responseText(c.level->responseTime), clock(c.left));
    case Countdown::Status::Overdue:
        return tr("acknowledge within %1: OVERDUE by %2")
            .arg(responseText(c.level->responseTime), clock(c.over));
    }
    return {};
}

QString Escalation::deadlineText(const Countdown &c, const QDateTime &now, const QTimeZone &zone)
{
    if (!c.deadline.isValid())
        return {};
    const QDateTime local = c.deadline.toTimeZone(zone);
    const QString abbreviation = zone.abbreviation(local);
    QString when = local.toString(QStringLiteral("HH:mm"));
    // A deadline on another local day than today is dated, or "03:15" is ambiguous.
    if (local.date() != now.toTimeZone(zone).date())
        when = local.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') + when;
    return abbreviation.isEmpty() ? tr("due %1").arg(when) : tr("due %1 %2").arg(when, abbreviation);
}

QString Escalation::pathText(const Countdown &c)
{
    return c.level ? c.level->path.join(QStringLiteral(" → ")) : QString();
}

QString Escalation::channelsText(const Countdown &c)
{
    return c.level ? c.level->channels.join(QStringLiteral(", ")) : QString();
}

} // namespace slaops::alerts
