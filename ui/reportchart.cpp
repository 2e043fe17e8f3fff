#include "reportchart.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>

namespace slaops::ui {

namespace {

double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) // steps whose labels are exact at their decimals
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

report::Status pointStatus(const report::SlaRow &row, double value)
{
    if (!std::isfinite(value))
        return report::Status::Unknown;
    return sla::classify(value, row.comparison, row.target, row.alert) == sla::State::Breach
               ? report::Status::Violated
               : report::Status::Met;
}

} // namespace

QColor ReportChart::regionColour(int n)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00)};
    return colours[std::size_t(n) % std::size(colours)];
}

ReportChartData ReportChartData::fromRows(const report::Report &report,
                                          const std::vector<const report::SlaRow *> &rows)
{
    ReportChartData d;
    if (rows.empty())
        return d;
    const report::SlaRow &first = *rows.front();
    d.title = first.name;
    d.unitSymbol = config::unitSymbol(first.unit);
    d.target = ReportStyle::shown(first.target, first.unit);
    d.targetText = QStringLiteral("SLA ") + ReportStyle::target(first.target, first.unit, first.comparison);
    d.zone = report.period.zone;
    d.x0 = double(report.period.whole.start.toSecsSinceEpoch());
    d.x1 = double(report.period.whole.end.toSecsSinceEpoch());
    const bool series = report.period.kind == report::PeriodKind::Day &&
                        std::any_of(rows.begin(), rows.end(), [](auto *r) { return !r->series.empty(); });
    d.daily = !series;
    const double step = double(report.resolution.count());
    int region = 0;
    for (const report::SlaRow *row : rows) {
        Line line;
        line.fleet = row->region.isEmpty();
        line.label = ReportStyle::region(row->region);
        line.colour = line.fleet ? ReportStyle::ink() : ReportChart::regionColour(region++);
        if (series) {
            for (const report::Point &pt : row->series) {
                line.xs.push_back(double(pt.t));
                line.ys.push_back(ReportStyle::shown(pt.value, row->unit));
                line.statuses.push_back(pointStatus(*row, pt.value));
            }
            if (line.fleet) {
                // Stretches of the fleet's series without data are what could not be judged.
                for (std::size_t i = 0; i < row->series.size(); ++i) {
                    if (std::isfinite(row->series[i].value))
                        continue;
                    // A chart point stands for the grid points since the one before it (a bucket).
                    const double from =
                        i > 0 ? double(row->series[i - 1].t) : double(row->series[i].t) - step;
                    if (!d.unknown.empty() && d.unknown.back().second >= from)
                        d.unknown.back().second = double(row->series[i].t);
                    else
                        d.unknown.emplace_back(from, double(row->series[i].t));
                }
            }
        } else {
            const std::size_t n = std::min(row->days.size(), report.period.days.size());
            for (std::size_t i = 0; i < n; ++i) {
                const report::Interval &day = report.period.days[i];
                const report::Value &v = row->days[i];
                line.xs.push_back(double(day.start.toSecsSinceEpoch()) + double(day.seconds()) / 2);
                const bool judged = v.status == report::Status::Met || v.status == report::Status::Violated;
                // An unknown day is a gap: a value from part of the day must not read as the day's.
                line.ys.push_back(judged ? ReportStyle::shown(v.value, row->unit) : NAN);
                line.statuses.push_back(v.status);
                if (v.status == report::Status::Unknown) {
                    const std::pair<double, double> span(double(day.start.toSecsSinceEpoch()),
                                                         double(day.end.toSecsSinceEpoch()));
                    if (std::find(d.unknown.begin(), d.unknown.end(), span) == d.unknown.end())
                        d.unknown.push_back(span);
                }
            }
        }
        d.lines.push_back(std::move(line));
    }
    return d;
}

void ReportChart::paint(QPainter &p, const QRectF &rect, const ReportChartData &d)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont titleFont = ReportStyle::font(10, true);
    const QFont small = ReportStyle::font(7);
    const QFontMetricsF tfm(titleFont), sfm(small);

    // Title, and the legend along the bottom.
    p.setFont(titleFont);
    p.setPen(ReportStyle::ink());
    p.drawText(QPointF(rect.left(), rect.top() + tfm.ascent()),
               d.unitSymbol.isEmpty() ? d.title : QStringLiteral("%1 (%2)").arg(d.title, d.unitSymbol));
    const double xAxisH = sfm.lineSpacing() * 1.5;

    // The legend's entries, laid out first: the plot gets what they leave.
    std::vector<std::pair<QString, std::function<void(const QRectF &)>>> legend;
    for (const auto &line : d.lines)
        legend.emplace_back(line.label, [&p, &line](const QRectF &r) {
            p.setPen(QPen(line.colour, ReportStyle::pt(line.fleet ? 1.5 : 0.9)));
            p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        });
    legend.emplace_back(d.targetText, [&p](const QRectF &r) {
        p.setPen(QPen(ReportStyle::colour(report::Status::Violated), ReportStyle::pt(1.1), Qt::DashLine));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
    if (d.daily)
        legend.emplace_back(ReportChart::tr("past the target"), [&p](const QRectF &r) {
            p.setPen(QPen(ReportStyle::colour(report::Status::Violated), ReportStyle::pt(1)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.center(), ReportStyle::pt(3.2), ReportStyle::pt(3.2));
        });
    if (!d.unknown.empty())
        legend.emplace_back(ReportChart::tr("hours without data: not judged"), [&p](const QRectF &r) {
            p.fillRect(r, QColor(0xe4, 0xe6, 0xea));
            p.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.5)));
            p.drawRect(r);
        });
    std::vector<double> legendX;
    std::vector<std::size_t> legendLine;
    {
        const double left = rect.left() + ReportStyle::mm(12);
        double x = left;
        std::size_t n = 0;
        for (const auto &entry : legend) {
            const double w = ReportStyle::pt(15) + sfm.horizontalAdvance(entry.first) + ReportStyle::pt(10);
            if (x + w > rect.right() && x > left) {
                ++n;
                x = left;
            }
            legendX.push_back(x);
            legendLine.push_back(n);
            x += w;
        }
    }
    const double legendH =
        sfm.lineSpacing() * (0.4 + 1.3 * double(legendLine.empty() ? 1 : legendLine.back() + 1));

    // The y range holds every known value and the target.
    double lo = d.target, hi = d.target;
    for (const auto &line : d.lines)
        for (double y : line.ys)
            if (std::isfinite(y)) {
                lo = std::isfinite(lo) ? std::min(lo, y) : y;
                hi = std::isfinite(hi) ? std::max(hi, y) : y;
            }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo <= std::fabs(hi) * 1e-9 + 1e-12) {
        const double pad = std::max(std::fabs(hi) * 0.01, 1e-6);
        lo -= pad;
        hi += pad;
    }
    const double dataLo = lo, dataHi = hi;
    const double step = niceStep(hi - lo, 4);
    lo = std::floor(lo / step - 0.15) * step;
    hi = std::ceil(hi / step + 0.15) * step;
    // No axis below zero for figures that cannot be negative, nor above 100 % for a share.
    if (dataLo >= 0 && lo < 0)
        lo = 0;
    if (d.unitSymbol == QLatin1String("%") && dataHi <= 100 && hi > 100)
        hi = 100;
    const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
    const QLocale locale;
    double labelW = 0;
    for (double v = lo; v <= hi + step / 2; v += step)
        labelW = std::max(labelW, sfm.horizontalAdvance(locale.toString(v, 'f', decimals)));

    const QRectF plot(rect.left() + labelW + ReportStyle::pt(6), rect.top() + tfm.lineSpacing() * 1.3,
                      rect.width() - labelW - ReportStyle::pt(10),
                      rect.height() - tfm.lineSpacing() * 1.3 - xAxisH - legendH);
    auto xOf = [&](double x) { return plot.left() + (x - d.x0) / (d.x1 - d.x0) * plot.width(); };
    auto yOf = [&](double y) { return plot.bottom() - (y - lo) / (hi - lo) * plot.height(); };

    // Stretches that could not be judged: hatched, so they are not read as "fine".
    for (const auto &[from, to] : d.unknown) {
        const QRectF band(QPointF(xOf(std::max(from, d.x0)), plot.top()),
                          QPointF(xOf(std::min(to, d.x1)), plot.bottom()));
        p.fillRect(band, QColor(0xe4, 0xe6, 0xea));
        p.save();
        p.setClipRect(band);
        p.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.5)));
        const double gap = ReportStyle::pt(4);
        for (double x = band.left() - band.height(); x < band.right(); x += gap)
            p.drawLine(QPointF(x, band.bottom()), QPointF(x + band.height(), band.top()));
        p.restore();
    }

    // Grid and y labels.
    p.setFont(small);
    for (double v = lo; v <= hi + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(QColor(0xdc, 0xdf, 0xe4), ReportStyle::pt(0.4)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(ReportStyle::muted());
        const QString label = locale.toString(v, 'f', decimals);
        p.drawText(
            QPointF(plot.left() - ReportStyle::pt(3) - sfm.horizontalAdvance(label), y + sfm.ascent() / 2.5),
            label);
    }

    // x ticks: days (a label every few of them) or hours, at local midnights and hours of the zone.
    p.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.6)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const QDateTime startLocal = QDateTime::fromSecsSinceEpoch(qint64(d.x0), d.zone);
    const int days = int(std::lround((d.x1 - d.x0) / 86400.0));
    auto tick = [&](const QDateTime &at, const QString &label) {
        const double x = xOf(double(at.toSecsSinceEpoch()));
        if (x < plot.left() - 1 || x > plot.right() + 1)
            return;
        p.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.6)));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + ReportStyle::pt(2.5)));
        p.setPen(ReportStyle::muted());
        const double w = sfm.horizontalAdvance(label);
        p.drawText(
            QPointF(std::min(x - w / 2, plot.right() - w), plot.bottom() + ReportStyle::pt(3) + sfm.ascent()),
            label);
    };
    if (d.daily) {
        int every = 1;
        for (int k : {1, 2, 7, 14, 28})
            if (days / k <= 10) {
                every = k;
                break;
            }
        const QDate first = startLocal.date();
        for (int i = 0; i < days && i < 400; i += every) {
            const QDate day = first.addDays(i);
            tick(QDateTime(day, QTime(0, 0), d.zone), QLocale().toString(day, QStringLiteral("d MMM")));
        }
    } else {
        const qint64 hours = qint64((d.x1 - d.x0) / 3600);
        for (qint64 h = 0; h <= hours && h < 100; h += 3) {
            const QDateTime at = startLocal.addSecs(h * 3600);
            tick(at, at.toString(QStringLiteral("HH:mm")));
        }
    }

    // The target: dashed, in the breach colour, labelled at its right end.
    if (std::isfinite(d.target)) {
        const double y = yOf(d.target);
        QPen pen(ReportStyle::colour(report::Status::Violated), ReportStyle::pt(1.1), Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const double w = sfm.horizontalAdvance(d.targetText);
        const QRectF label(plot.right() - w - ReportStyle::pt(4), y - sfm.lineSpacing() - ReportStyle::pt(1),
                           w + ReportStyle::pt(4), sfm.lineSpacing());
        p.fillRect(label, QColor(255, 255, 255, 220));
        p.setPen(ReportStyle::colour(report::Status::Violated));
        p.drawText(QPointF(label.left() + ReportStyle::pt(2), label.top() + sfm.ascent()), d.targetText);
    }

    // The lines, regions first so that the fleet's is on top; broken where there is no value.
    p.save();
    p.setClipRect(
        plot.adjusted(-ReportStyle::pt(4), -ReportStyle::pt(4), ReportStyle::pt(4), ReportStyle::pt(4)));
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &line : d.lines) {
            if (line.fleet != (pass == 1))
                continue;
            QPainterPath path;
            bool open = false;
            for (std::size_t i = 0; i < line.xs.size(); ++i) {
                if (!std::isfinite(line.ys[i])) {
                    open = false;
                    continue;
                }
                const QPointF pt(xOf(line.xs[i]), yOf(line.ys[i]));
                if (open)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                open = true;
            }
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(line.colour, ReportStyle::pt(line.fleet ? 1.5 : 0.9), Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.drawPath(path);
            const bool markers = d.daily && line.xs.size() <= 40;
            for (std::size_t i = 0; i < line.xs.size(); ++i) {
                if (!std::isfinite(line.ys[i]))
                    continue;
                const QPointF pt(xOf(line.xs[i]), yOf(line.ys[i]));
                if (markers) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(line.colour);
                    const double r = ReportStyle::pt(line.fleet ? 1.5 : 1.1);
                    p.drawEllipse(pt, r, r);
                }
                if (d.daily && line.statuses[i] == report::Status::Violated) {
                    p.setBrush(Qt::NoBrush);
                    p.setPen(QPen(ReportStyle::colour(report::Status::Violated), ReportStyle::pt(1)));
                    const double r = ReportStyle::pt(3.2);
                    p.drawEllipse(pt, r, r);
                }
            }
        }
    }
    p.restore();

    // Legend, in as many lines as it takes.
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const double ly = plot.bottom() + xAxisH + sfm.lineSpacing() * (0.7 + 1.3 * double(legendLine[i]));
        legend[i].second(
            QRectF(legendX[i], ly - ReportStyle::pt(3), ReportStyle::pt(12), ReportStyle::pt(6)));
        p.setPen(ReportStyle::ink());
        p.setFont(small);
        p.drawText(QPointF(legendX[i] + ReportStyle::pt(15), ly + sfm.ascent() / 2.5), legend[i].first);
    }
    p.restore();
}

} // namespace slaops::ui
