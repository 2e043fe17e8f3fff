#include "alertstyle.h"

#include "statestyle.h"

#include <QCoreApplication>
#include <array>

namespace slaops::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("slaops::ui::AlertStyle", text);
}
} // namespace

int AlertStyle::severityRank(QStringView s)
{
    if (s.compare(u"critical", Qt::CaseInsensitive) == 0)
        return 0;
    if (s.compare(u"high", Qt::CaseInsensitive) == 0)
        return 1;
    if (s.compare(u"warning", Qt::CaseInsensitive) == 0 || s.compare(u"medium", Qt::CaseInsensitive) == 0)
        return 2;
    if (s.compare(u"low", Qt::CaseInsensitive) == 0)
        return 3;
    if (s.compare(u"info", Qt::CaseInsensitive) == 0)
        return 4;
    return 5;
}

QString AlertStyle::severityTitle(QStringView s)
{
    switch (severityRank(s)) {
    case 0:
        return tr("Critical");
    case 1:
        return tr("High");
    case 2:
        return s.compare(u"warning", Qt::CaseInsensitive) == 0 ? tr("Warning") : tr("Medium");
    case 3:
        return tr("Low");
    case 4:
        return tr("Info");
    }
    return s.isEmpty() ? tr("No severity") : s.toString();
}

QColor AlertStyle::severityColour(QStringView s)
{
    switch (severityRank(s)) {
    case 0:
        return StateStyle::colour(sla::State::Breach); // vermillion
    case 1:
        return StateStyle::colour(sla::State::Warning); // orange
    case 2:
        return QColor(0xf0, 0xe4, 0x42); // Okabe-Ito yellow
    case 3:
        return StateStyle::colour(sla::State::NoData); // sky blue
    }
    return StateStyle::grey();
}

QString AlertStyle::statusWords(alerts::BookAlert::Status status)
{
    switch (status) {
    case alerts::BookAlert::Status::Active:
        return QStringLiteral("● ") + tr("Active");
    case alerts::BookAlert::Status::Silenced:
        return QStringLiteral("◌ ") + tr("Silenced");
    case alerts::BookAlert::Status::Inhibited:
        return QStringLiteral("◑ ") + tr("Inhibited");
    }
    return {};
}

QColor AlertStyle::countdownColour(const alerts::Countdown &c)
{
    using St = alerts::Countdown::Status;
    switch (c.status) {
    case St::Overdue:
        return StateStyle::colour(sla::State::Breach);
    case St::Counting:
        // The last third of the response time is urgent.
        if (c.level && c.left.count() * 3 <= c.level->responseTime.count())
            return StateStyle::colour(sla::State::Warning);
        return StateStyle::colour(sla::State::NoData);
    case St::Acknowledged:
    case St::NoLevel:
    case St::NoStart:
        break;
    }
    return StateStyle::grey();
}

QString AlertStyle::countdownGlyph(const alerts::Countdown &c)
{
    using St = alerts::Countdown::Status;
    switch (c.status) {
    case St::Overdue:
        return QStringLiteral("⚠");
    case St::Counting:
        return QStringLiteral("◔");
    case St::Acknowledged:
        return QStringLiteral("◌");
    case St::NoLevel:
    case St::NoStart:
        return QStringLiteral("∅");
    }
    return {};
}

QString AlertStyle::firingCounts(const alerts::AlertBook *book)
{
    std::array<int, 6> n{};
    int firing = 0;
    if (book)
        for (const alerts::BookAlert &a : book->alerts) {
            if (a.status == alerts::BookAlert::Status::Silenced)
                continue;
            ++firing;
            ++n[std::size_t(severityRank(a.alert.severity()))];
        }
    if (firing == 0)
        return tr("no alert firing");
    static const char *const names[] = {QT_TRANSLATE_NOOP("slaops::ui::AlertStyle", "critical"),
                                        QT_TRANSLATE_NOOP("slaops::ui::AlertStyle", "high"),
                                        QT_TRANSLATE_NOOP("slaops::ui::AlertStyle", "medium"),
                                        QT_TRANSLATE_NOOP("slaops::ui::AlertStyle", "low"),
                                        QT_TRANSLATE_NOOP("slaops::ui::AlertStyle", "info"),
                                        QT_TRANSLATE_NOOP("slaops::ui::AlertStyle", "other")};
    QStringList parts;
    for (std::size_t i = 0; i < n.size(); ++i)
        if (n[i] > 0)
            parts << QStringLiteral("%1 %2").arg(n[i]).arg(tr(names[i]));
    return parts.join(QStringLiteral(" · "));
}

} // namespace slaops::ui
