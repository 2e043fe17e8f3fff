#pragma once

#include "engine/figure.h"
#include "engine/historyseries.h"

#include <QDateTime>
#include <QWidget>

class QPainter;

namespace slaops::ui {

// One SLA figure as an arc gauge: value, unit, SLA target, alert threshold, state (colour, glyph and
// word) and the data's age. Paints only what it is given; it never fetches.
class GaugeWidget : public QWidget {
    Q_OBJECT
public:
    explicit GaugeWidget(QWidget *parent = nullptr);

    void setFigure(const engine::Figure &figure, const QDateTime &now);
    const engine::Figure &figure() const { return m_figure; }

    // A sparkline under the value: the figure over the series' range, with its SLA target. Ignored
    // unless the series is this gauge's figure (id and region). A failed fetch keeps the last line and
    // greys it, rather than blanking it or passing it off as current.
    void setTrend(const engine::HistorySeries &series);
    bool hasTrend() const { return !m_trend.points.empty(); }
    bool isTrendStale() const { return m_trendStale; }
    // "trend 1h: 38.2 to 45.1 ms": also part of the accessible description.
    QString trendText() const;

    // What the gauge says in words: also its accessible description, and what tests read.
    QString valueText() const;
    QString stateText() const;
    QString detailText() const;

    QSize sizeHint() const override { return {300, 260}; }
    QSize minimumSizeHint() const override { return {200, 180}; }

Q_SIGNALS:
    // Clicked, or Enter/Space with focus: "explain this number".
    void activated(const QString &id, const QString &region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Position of a value along the arc, 0..1. Ratios close to 1 are placed by their "nines", so that
    // 99.99 % and 99.999 % do not land on the same pixel.
    double position(double v) const;
    void updateDescription();
    void paintTrend(QPainter &p, const QRectF &area, const QColor &accent) const;

    engine::Figure m_figure;
    QDateTime m_now;
    engine::HistorySeries m_trend; // the last series that arrived without an error
    bool m_trendStale = false;
};

} // namespace slaops::ui
