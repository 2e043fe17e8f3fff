#include "report.h"

#include <QCoreApplication>

namespace slaops::report {

QString statusName(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("met");
    case Status::Violated:
        return QStringLiteral("violated");
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::NotInEffect:
        return QStringLiteral("not_in_effect");
    }
    return QStringLiteral("unknown");
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Met:
        return QCoreApplication::translate("slaops::report", "Met");
    case Status::Violated:
        return QCoreApplication::translate("slaops::report", "Violated");
    case Status::Unknown:
        return QCoreApplication::translate("slaops::report", "Unknown");
    case Status::NotInEffect:
        return QCoreApplication::translate("slaops::report", "Not in effect");
    }
    return QCoreApplication::translate("slaops::report", "Unknown");
}

Status combine(Status a, Status b)
{
    if (a == Status::Violated || b == Status::Violated)
        return Status::Violated;
    if (a == Status::Unknown || b == Status::Unknown)
        return Status::Unknown;
    if (a == Status::Met || b == Status::Met)
        return Status::Met;
    return Status::NotInEffect;
}

QString trendDirectionName(TrendDirection d)
{
    switch (d) {
    case TrendDirection::Improving:
        return QStringLiteral("improving");
    case TrendDirection::Degrading:
        return QStringLiteral("degrading");
    case TrendDirection::Stable:
        return QStringLiteral("stable");
    case TrendDirection::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Status Report::status() const
{
    if (!missing.isEmpty())
        return Status::Unknown;
    Status s = Status::NotInEffect;
    for (const SlaRow &row : rows)
        s = combine(s, row.overall.status);
    // A report with no SLA in effect has nothing it could have met.
    return s == Status::NotInEffect ? Status::Unknown : s;
}

int Report::exitCode() const
{
    switch (status()) {
    case Status::Met:
        return 0;
    case Status::Violated:
        return 1;
    default:
        return 2;
    }
}

} // namespace slaops::report
