#pragma once
// What the report tests build their inputs from: a period by kind, date and zone, and a profile with
// one fleet-only ratio SLA (so that a plan's queries are few enough to check one by one).
#include "config/profile.h"
#include "report/period.h"

#include <QByteArray>
#include <QDate>
#include <QTimeZone>
#include <QtGlobal>
#include <chrono>

namespace slaops::testing {

inline report::Period period(report::PeriodKind kind, QDate date, const QByteArray &zone = "UTC")
{
    QString error;
    const auto p =
        report::Period::make(kind, date, zone == "UTC" ? QTimeZone::utc() : QTimeZone(zone), &error);
    if (!p)
        qFatal("period: %s", qPrintable(error));
    return *p;
}

inline config::Profile oneSlaProfile()
{
    using namespace std::chrono_literals;
    config::Profile p;
    p.name = QStringLiteral("t");
    config::SlaSpec s;
    s.id = QStringLiteral("errors");
    s.name = QStringLiteral("Errors");
    s.query = QStringLiteral("sum(rate(e{$selector}[$window])) / sum(rate(r{$selector}[$window]))");
    s.unit = config::Unit::Percent;
    s.comparison = sla::Comparison::AtMost;
    s.target = 0.0001;
    s.alert = 0.001;
    s.window = 300s;
    s.regional = false;
    p.slas.push_back(s);
    return p;
}

} // namespace slaops::testing
