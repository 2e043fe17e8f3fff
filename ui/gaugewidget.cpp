#include "gaugewidget.h"

#include "engine/figureformat.h"
#include "statestyle.h"
#include "theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace slaops::ui {

using engine::FigureFormat;
using sla::State;

GaugeWidget::GaugeWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void GaugeWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_figure.id, m_figure.region);
    QWidget::mouseReleaseEvent(event);
}

void GaugeWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_figure.id, m_figure.region);
        return;
    }
    QWidget::keyPressEvent(event);
}

void GaugeWidget::setFigure(const engine::Figure &figure, const QDateTime &now)
{
    // A gauge reused for another figure (a new profile) must not keep the old figure's line.
    if (figure.id != m_figure.id || figure.region != m_figure.region)
        m_trend = {};
    m_figure = figure;
    m_now = now;
    setAccessibleName(m_figure.name);
    updateDescription();
    setToolTip(m_figure.query);
    update();
}

// Lowest and highest value of the points that are not gaps; both infinite when there are none.
static std::pair<double, double> finiteRange(const std::vector<sla::Point> &points)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const sla::Point &pt : points)
        if (std::isfinite(pt.y)) {
            lo = std::min(lo, pt.y);
            hi = std::max(hi, pt.y);
        }
    return {lo, hi};
}

void GaugeWidget::setTrend(const engine::HistorySeries &series)
{
    if (series.id != m_figure.id || series.region != m_figure.region)
        return;
    if (!series.ok()) {
        m_trendStale = true;
    } else {
        m_trend = series;
        m_trendStale = false;
    }
    updateDescription();
    update();
}

QString GaugeWidget::trendText() const
{
    auto [lo, hi] = finiteRange(m_trend.points);
    if (!std::isfinite(lo))
        return {};
    const QString unit = config::unitSymbol(m_figure.unit);
    const QString text =
        tr("trend %1: %2 to %3 %4")
            .arg(engine::historyRangeLabel(m_trend.range), FigureFormat::number(lo, m_figure.unit),
                 FigureFormat::number(hi, m_figure.unit), unit);
    return m_trendStale ? tr("%1 (not current)").arg(text) : text;
}

void GaugeWidget::updateDescription()
{
    QString description =
        valueText() + QLatin1String(", ") + stateText() + QLatin1String(". ") + detailText();
    const QString trend = trendText();
    if (!trend.isEmpty())
        description += QLatin1String(". ") + trend;
    setAccessibleDescription(description);
}

QString GaugeWidget::valueText() const
{
    return FigureFormat::value(m_figure);
}

QString GaugeWidget::stateText() const
{
    return StateStyle::words(m_figure.state, m_figure.lastKnown);
}

QString GaugeWidget::detailText() const
{
    const qint64 age = m_figure.ageSeconds(m_now);
    switch (m_figure.state) {
    case State::Ok:
    case State::Warning:
    case State::Breach:
        return tr("updated %1 ago").arg(FigureFormat::age(std::max<qint64>(age, 0)));
    case State::Stale:
        return tr("age %1: %2").arg(FigureFormat::age(age), m_figure.message);
    case State::Error:
    case State::NoData:
        return m_figure.message;
    }
    return {};
}

// The largest pixel size, up to maxPx, at which text fits in width: long values and small cards must
// never be clipped.
static QFont fitted(QFont font, const QString &text, double width, double maxPx, double minPx = 9)
{
    double px = maxPx;
    font.setPixelSize(int(px));
    while (px > minPx && QFontMetricsF(font).horizontalAdvance(text) > width) {
        px *= 0.92;
        font.setPixelSize(int(px));
    }
    return font;
}

static double nines(double ratio)
{
    return ratio >= 1.0 ? 9.0 : -std::log10(std::max(1.0 - ratio, 1e-9));
}

double GaugeWidget::position(double v) const
{
    if (!std::isfinite(v))
        return 0;
    const auto &f = m_figure;
    if (f.unit == config::Unit::Percent && f.comparison == sla::Comparison::AtLeast) {
        const double top = std::max(nines(f.target), nines(f.alert)) + 1.0;
        return std::clamp(nines(v) / top, 0.0, 1.0);
    }
    if (f.unit == config::Unit::Percent) {
        // Lower is better, and tiny: a log scale from a hundredth of the target to a hundred times it.
        const double lo = std::log10(std::max(f.target / 100.0, 1e-12));
        const double hi = std::log10(std::max({f.target, f.alert}) * 10.0);
        return std::clamp((std::log10(std::max(v, 1e-12)) - lo) / (hi - lo), 0.0, 1.0);
    }
    const double top = std::max(f.target, f.alert) * 1.5;
    return top > 0 ? std::clamp(v / top, 0.0, 1.0) : 0.0;
}

void GaugeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool greyed = StateStyle::isGreyed(m_figure.state);
    const QColor stateColour = StateStyle::colour(m_figure.state);
    const QColor accent = greyed ? StateStyle::grey() : stateColour;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor dim = pal.color(QPalette::PlaceholderText);

    // Card
    const QRectF card = QRectF(rect()).adjusted(4, 4, -4, -4);
    p.setPen(
        QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hasFocus() ? 2 : 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(card, 8, 8);

    const double unitH = card.height() / 100.0;
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont = fitted(titleFont, m_figure.name, card.width() - 20,
                       std::max(11.0, std::min(unitH * 8, card.width() / 18)));
    p.setFont(titleFont);
    p.setPen(text);
    const QRectF titleRect(card.left() + 10, card.top() + 6, card.width() - 20, unitH * 11);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_figure.name);

    // Arc: 240 degrees, from lower left clockwise to lower right. A sparkline takes room from it.
    const bool trend = hasTrend();
    const double side = std::min(card.width() - 20, unitH * (trend ? 56 : 62));
    const QRectF arcRect(card.center().x() - side / 2, titleRect.bottom() + unitH * 4, side, side);
    const double thickness = std::max(6.0, side * 0.09);
    const double startDeg = 210, spanDeg = -240;
    QPen track(pal.color(QPalette::Midlight), thickness, Qt::SolidLine, Qt::FlatCap);
    p.setPen(track);
    p.setBrush(Qt::NoBrush);
    p.drawArc(arcRect, int(startDeg * 16), int(spanDeg * 16));
    if (m_figure.hasValue()) {
        QPen fill(accent, thickness, Qt::SolidLine, Qt::FlatCap);
        p.setPen(fill);
        p.drawArc(arcRect, int(startDeg * 16), int(spanDeg * position(m_figure.value) * 16));
    }
    // Target and alert ticks across the arc.
    auto tick = [&](double v, const QColor &c, double len) {
        const double a = (startDeg + spanDeg * position(v)) * M_PI / 180.0;
        const QPointF centre = arcRect.center();
        const double r = side / 2;
        const QPointF outer(centre.x() + (r + len) * std::cos(a), centre.y() - (r + len) * std::sin(a));
        const QPointF inner(centre.x() + (r - len * 0.6) * std::cos(a),
                            centre.y() - (r - len * 0.6) * std::sin(a));
        p.setPen(QPen(c, 3, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(inner, outer);
    };
    tick(m_figure.alert, StateStyle::colour(State::Warning), thickness * 0.9);
    tick(m_figure.target, text, thickness * 0.9);

    // Value and unit in the arc's middle.
    QFont valueFont = font();
    valueFont.setBold(true);
    const QString number = FigureFormat::number(m_figure.value, m_figure.unit);
    valueFont = fitted(valueFont, number, side - 2.6 * thickness, std::max(14.0, side * 0.2));
    p.setFont(valueFont);
    p.setPen(greyed ? StateStyle::grey() : text);
    const QRectF valueRect(arcRect.left(), arcRect.center().y() - side * 0.2, arcRect.width(), side * 0.26);
    p.drawText(valueRect, Qt::AlignCenter, number);
    QFont unitFont = font();
    unitFont.setPixelSize(int(std::max(11.0, side * 0.09)));
    p.setFont(unitFont);
    p.setPen(dim);
    p.drawText(QRectF(arcRect.left(), valueRect.bottom(), arcRect.width(), side * 0.12), Qt::AlignCenter,
               config::unitSymbol(m_figure.unit));

    // State badge: glyph and word, on the state colour.
    QFont badgeFont = font();
    badgeFont.setPixelSize(int(std::max(11.0, std::min(unitH * 7.5, card.width() / 20))));
    badgeFont.setBold(true);
    p.setFont(badgeFont);
    const QString badge = stateText();
    const QFontMetricsF fm(badgeFont);
    const double bw = fm.horizontalAdvance(badge) + 16, bh = fm.height() + 6;
    const QRectF badgeRect(card.center().x() - bw / 2, arcRect.top() + side * 0.78, bw, bh);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColour);
    p.drawRoundedRect(badgeRect, bh / 2, bh / 2);
    p.setPen(Theme::textOn(stateColour)); // black or white, whichever reads on the state colour
    p.drawText(badgeRect, Qt::AlignCenter, badge);

    // Target, alert and age.
    const QString thresholds =
        FigureFormat::target(m_figure) + QStringLiteral(" · ") + FigureFormat::alert(m_figure);
    const QFont small =
        fitted(font(), thresholds, card.width() - 16, std::max(10.0, std::min(unitH * 6, card.width() / 24)));
    p.setFont(small);
    p.setPen(text);
    const double y = std::max(badgeRect.bottom() + unitH * 2, arcRect.bottom() - side * 0.05);
    const QRectF targetRect(card.left() + 8, y, card.width() - 16, unitH * 8);
    p.drawText(targetRect, Qt::AlignCenter, thresholds);
    double detailTop = targetRect.bottom();
    if (trend) {
        // The age line below keeps the room its font needs (wall fonts are large); the line gets the rest.
        const double detailH = QFontMetricsF(small).height() * 1.15 + 4;
        const double top = detailTop + unitH, bottom = card.bottom() - detailH - unitH;
        const QRectF area(card.left() + 14, top, card.width() - 28, std::min(bottom - top, unitH * 13));
        if (area.height() >= 12) {
            paintTrend(p, area, m_trendStale ? StateStyle::grey() : accent);
            detailTop = area.bottom() + unitH * 0.5;
        }
    }
    p.setPen(greyed || m_figure.state == State::NoData ? stateColour.darker(115) : dim);
    const QRectF detailRect(card.left() + 8, detailTop, card.width() - 16, card.bottom() - detailTop - 4);
    p.drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detailText());
}

void GaugeWidget::paintTrend(QPainter &p, const QRectF &area, const QColor &accent) const
{
    const auto &f = m_figure;
    auto [lo, hi] = finiteRange(m_trend.points);
    const double start = double(m_trend.start.toMSecsSinceEpoch());
    const double end = double(m_trend.end.toMSecsSinceEpoch());
    if (!std::isfinite(lo) || end <= start)
        return;
    // The target is always in view, so the line's distance to it reads at a glance; quantities that
    // cannot go below zero keep zero as their floor, so a flat line is not blown up into noise.
    if (std::isfinite(f.target)) {
        lo = std::min(lo, f.target);
        hi = std::max(hi, f.target);
    }
    if (f.unit != config::Unit::Percent && f.comparison == sla::Comparison::AtMost)
        lo = std::min(lo, 0.0);
    const double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
    if (hi - lo <= 0) {
        lo -= 1;
        hi += 1;
    }
    const auto at = [&](const sla::Point &pt) {
        return QPointF(area.left() + (pt.x - start) / (end - start) * area.width(),
                       area.bottom() - (pt.y - lo) / (hi - lo) * area.height());
    };

    // Stretches between gaps: a missing stretch stays empty, never bridged by a line.
    QPainterPath line, fill;
    QPointF first, last;
    bool open = false;
    auto close = [&]() {
        if (!open)
            return;
        fill.lineTo(last.x(), area.bottom());
        fill.lineTo(first.x(), area.bottom());
        fill.closeSubpath();
        open = false;
    };
    for (const sla::Point &pt : m_trend.points) {
        if (!std::isfinite(pt.y)) {
            close();
            continue;
        }
        const QPointF q = at(pt);
        if (!open) {
            line.moveTo(q);
            fill.moveTo(q);
            first = q;
            open = true;
        } else {
            line.lineTo(q);
            fill.lineTo(q);
        }
        last = q;
    }
    close();

    p.save();
    p.setClipRect(area.adjusted(-2, -2, 2, 2));
    QColor shade = accent;
    shade.setAlpha(48);
    p.setPen(Qt::NoPen);
    p.setBrush(shade);
    p.drawPath(fill);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(accent, 1.6, m_trendStale ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(line);
    if (std::isfinite(f.target)) {
        const double y = at({start, f.target}).y();
        QColor c = palette().color(QPalette::WindowText);
        c.setAlpha(160);
        p.setPen(QPen(c, 1, Qt::DashLine));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }

    QFont label = font();
    label.setPixelSize(int(std::clamp(area.height() * 0.32, 9.0, 14.0)));
    p.setFont(label);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(area.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
               engine::historyRangeLabel(m_trend.range));
    p.restore();
}

} // namespace slaops::ui
