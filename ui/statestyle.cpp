#include "statestyle.h"

#include <QCoreApplication>

namespace slaops::ui {

QColor StateStyle::colour(sla::State state)
{
    switch (state) {
    case sla::State::Ok:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case sla::State::Warning:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case sla::State::Breach:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case sla::State::NoData:
        return QColor(0x56, 0xb4, 0xe9); // sky blue: nothing to judge, not "fine"
    case sla::State::Stale:
        return grey();
    case sla::State::Error:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    }
    return grey();
}

QString StateStyle::glyph(sla::State state)
{
    switch (state) {
    case sla::State::Ok:
        return QStringLiteral("✔");
    case sla::State::Warning:
        return QStringLiteral("▲");
    case sla::State::Breach:
        return QStringLiteral("✖");
    case sla::State::NoData:
        return QStringLiteral("∅");
    case sla::State::Stale:
        return QStringLiteral("◷");
    case sla::State::Error:
        return QStringLiteral("⚠");
    }
    return {};
}

QString StateStyle::words(sla::State state)
{
    return glyph(state) + QLatin1Char(' ') + sla::stateLabel(state);
}

QString StateStyle::words(sla::State state, sla::State lastKnown)
{
    // "Stale, was Breach": an outage in the middle of an incident must not hide what was known.
    if (sla::isKnown(state) || !sla::isKnown(lastKnown))
        return words(state);
    return words(state) + QStringLiteral(" · ") +
           QCoreApplication::translate("slaops::ui::StateStyle", "was %1").arg(sla::stateLabel(lastKnown));
}

} // namespace slaops::ui
