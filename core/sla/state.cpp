#include "state.h"

#include <QCoreApplication>
#include <cmath>

namespace slaops::sla {

QString stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Warning:
        return QStringLiteral("warning");
    case State::Breach:
        return QStringLiteral("breach");
    case State::NoData:
        return QStringLiteral("nodata");
    case State::Stale:
        return QStringLiteral("stale");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString stateLabel(State state)
{
    switch (state) {
    case State::Ok:
        return QCoreApplication::translate("slaops::sla", "OK");
    case State::Warning:
        return QCoreApplication::translate("slaops::sla", "Warning");
    case State::Breach:
        return QCoreApplication::translate("slaops::sla", "Breach");
    case State::NoData:
        return QCoreApplication::translate("slaops::sla", "No data");
    case State::Stale:
        return QCoreApplication::translate("slaops::sla", "Stale");
    case State::Error:
        return QCoreApplication::translate("slaops::sla", "Error");
    }
    return {};
}

bool isKnown(State state)
{
    return state == State::Ok || state == State::Warning || state == State::Breach;
}

static bool pastBound(double value, Comparison cmp, double bound)
{
    return cmp == Comparison::AtLeast ? value < bound : value > bound;
}

State classify(double value, Comparison cmp, double target, double alert)
{
    if (std::isnan(value))
        return State::NoData;
    if (pastBound(value, cmp, target))
        return State::Breach;
    if (!std::isnan(alert) && pastBound(value, cmp, alert))
        return State::Warning;
    return State::Ok;
}

} // namespace slaops::sla
