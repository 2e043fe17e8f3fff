#pragma once

#include "engine/figure.h"

#include <QDateTime>
#include <QWidget>

namespace slaops::ui {

// One SLA figure as an arc gauge: value, unit, SLA target, alert threshold, state (colour, glyph and
// word) and the data's age. Paints only what it is given; it never fetches.
class GaugeWidget : public QWidget {
    Q_OBJECT
public:
    explicit GaugeWidget(QWidget *parent = nullptr);

    void setFigure(const engine::Figure &figure, const QDateTime &now);
    const engine::Figure &figure() const { return m_figure; }

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

    engine::Figure m_figure;
    QDateTime m_now;
};

} // namespace slaops::ui
