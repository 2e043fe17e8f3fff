#pragma once

#include "engine/figure.h"
#include "engine/historyseries.h"

#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QWidget>
#include <vector>

class QButtonGroup;
class QGraphicsSimpleTextItem;
class QLabel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace slaops::ui {

// One SLA figure over time. The only class that touches Qt Charts, so a move to Qt Graphs touches
// one place. It draws what it is given (a HistoryFetcher's series) and never fetches: ui/ does no I/O.
// Values are drawn in the figure's unit (percent figures as 0..100 %), with the SLA target and the
// alert threshold as dashed, labelled lines; a gap in the data is a gap in the line; an error or an
// empty answer is said in an overlay, never shown as a calm, empty plot.
class SlaChart : public QWidget {
    Q_OBJECT
public:
    explicit SlaChart(QWidget *parent = nullptr);
    ~SlaChart() override;

    // Name, unit, target and alert threshold; the value itself is ignored.
    void setFigure(const engine::Figure &figure);
    void setHistory(const engine::HistorySeries &series);
    // Marks the range as being fetched (the button is checked; the old line stays until replaced).
    void setRange(engine::HistoryRange range);
    engine::HistoryRange range() const { return m_range; }

    // On by default. Off roughly halves the cost of a frame (bench/bench_chart), for a wall of many
    // charts on a slow machine.
    void setAntialiasing(bool on);
    // On by default: a repaint with nothing changed copies the last frame. Off draws every frame in
    // full (bench/bench_chart measures both).
    void setFrameCache(bool on);

    // The width of the plot area in device-independent pixels: what a fetch should ask for.
    int plotWidthPixels() const;

    // For tests and the explain view: what is drawn, in the drawn scale (percent as 0..100).
    QList<QPointF> plottedPoints() const;
    int segmentCount() const; // lines separated by gaps
    double targetLineY() const;
    double alertLineY() const;
    bool overlayVisible() const;
    QString overlayText() const;
    // The text shown for the sample nearest to x (ms since the epoch), as hovering shows it.
    QString hoverText(double x) const;
    // How often the chart was really drawn (not repainted from its frame): for tests.
    int frameRenders() const { return m_frameRenders; }

Q_SIGNALS:
    void rangeRequested(slaops::engine::HistoryRange range);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double scale() const; // from the query's scale to the drawn one
    void applyPalette();
    void updateThresholdLines();
    void updateAxes();
    void updateOverlay();
    void placeOverlay();
    void placeLineLabels();
    void onHovered(const QPointF &point, bool state);
    QLineSeries *segment(int index);
    void invalidateFrame();

    engine::Figure m_figure;
    engine::HistorySeries m_history;
    engine::HistoryRange m_range = engine::HistoryRange::Day;
    bool m_hasHistory = false;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    std::vector<QLineSeries *> m_segments; // the data, one line per stretch without gaps
    int m_usedSegments = 0;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_alert = nullptr;
    QGraphicsSimpleTextItem *m_targetLabel = nullptr;
    QGraphicsSimpleTextItem *m_alertLabel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_overlay = nullptr;
    QLabel *m_hover = nullptr;
    QButtonGroup *m_rangeButtons = nullptr;
    std::vector<QPointF> m_drawn; // all drawn points, sorted by x, for hover look-ups
    // The last drawn frame: a repaint (an expose, a hover label moving, the war room's rotation)
    // copies it instead of drawing axes, labels and thousands of points again.
    QPixmap m_frame;
    bool m_frameDirty = true;
    bool m_frameCache = true;
    int m_frameRenders = 0;
};

} // namespace slaops::ui
