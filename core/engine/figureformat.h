#pragma once

#include "figure.h"

#include <QCoreApplication>
#include <QString>

namespace slaops::engine {

// How a figure's numbers are written for people, shared by the console and the command line.
class FigureFormat {
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)

public:
    // "99.9993 %", "42.1 ms", "2.30 s", "29,874 RPS"; "—" when there is no value.
    static QString value(const Figure &f);
    static QString value(double v, config::Unit unit);
    // The bare number without the unit symbol.
    static QString number(double v, config::Unit unit);
    // A threshold as people write it: "99.999 %", "100 ms", "50,000 RPS".
    static QString threshold(double v, config::Unit unit);
    // "SLA ≥ 99.999 %" or "SLA ≤ 100 ms"
    static QString target(const Figure &f);
    static QString alert(const Figure &f);
    // "4 s", "3 min 12 s", "2 h 5 min"
    static QString age(qint64 seconds);
};

} // namespace slaops::engine
