#pragma once

#include "report/report.h"

#include <QColor>
#include <QCoreApplication>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QTimeZone>
#include <vector>

namespace slaops::ui {

// One SLA's chart on a report page: the fleet and each region as lines over the period (a point a
// day, or the series at the report's resolution for a day report), the target as a dashed line,
// days past the target ringed, stretches that could not be judged hatched and left as gaps.
struct ReportChartData {
    struct Line {
        QString label;
        QColor colour;
        bool fleet = false;
        std::vector<double> xs;               // Unix seconds
        std::vector<double> ys;               // in the shown scale (percent as percent); NaN: a gap
        std::vector<report::Status> statuses; // per point
    };
    QString title;
    QString unitSymbol;
    double target = NAN; // shown scale
    QString targetText;  // "SLA ≤ 0.01 %"
    double x0 = 0, x1 = 1;
    bool daily = true; // x ticks are days (month, quarter), else hours (a day)
    QTimeZone zone = QTimeZone::utc();
    std::vector<Line> lines;
    std::vector<std::pair<double, double>> unknown; // [from, to) spans in Unix seconds, hatched

    // From the report's rows of one SLA (the fleet's first).
    static ReportChartData fromRows(const report::Report &report,
                                    const std::vector<const report::SlaRow *> &rows);
};

class ReportChart {
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    static void paint(QPainter &p, const QRectF &rect, const ReportChartData &data);
    // The colour of the n-th region's line (Okabe-Ito blue, reddish purple, sky blue, orange): none
    // of them is a status colour.
    static QColor regionColour(int n);
};

} // namespace slaops::ui
