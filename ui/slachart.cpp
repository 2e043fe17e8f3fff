#include "slachart.h"

#include "engine/figureformat.h"
#include "statestyle.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcChart, "slaops.chart", QtInfoMsg)

namespace slaops::ui {

using engine::HistoryRange;

SlaChart::SlaChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *buttons = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    buttons->addWidget(m_title, 1);
    m_rangeButtons = new QButtonGroup(this);
    m_rangeButtons->setExclusive(true);
    for (HistoryRange r : engine::kHistoryRanges) {
        auto *b = new QToolButton(this);
        b->setText(engine::historyRangeLabel(r));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setAccessibleName(tr("Show the last %1").arg(engine::historyRangeLabel(r)));
        b->setChecked(r == m_range);
        m_rangeButtons->addButton(b, int(r));
        buttons->addWidget(b);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        m_range = HistoryRange(id);
        Q_EMIT rangeRequested(m_range);
    });
    layout->addLayout(buttons);

    m_chart = new QChart;
    // Animations would redraw for a second after every refresh, on a wall that runs for weeks.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    // Qt's legend loses all its entries once one marker is hidden (one per stretch between gaps);
    // the figure's name is the title above, the thresholds are labelled on their lines.
    m_chart->legend()->hide();

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(7);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    segment(0); // the data line exists from the start and is drawn under the thresholds
    auto thresholdLine = [this]() {
        auto *s = new QLineSeries;
        m_chart->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
        return s;
    };
    m_target = thresholdLine();
    m_alert = thresholdLine();
    m_targetLabel = new QGraphicsSimpleTextItem(m_chart);
    m_alertLabel = new QGraphicsSimpleTextItem(m_chart);
    m_targetLabel->setZValue(10);
    m_alertLabel->setZValue(10);
    connect(m_chart, &QChart::plotAreaChanged, this, [this]() { placeLineLabels(); });

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("SLA history chart"));
    layout->addWidget(m_view, 1);
    m_view->viewport()->installEventFilter(this);
    // Anything that changes in the scene (Qt Charts' own relayouts included) invalidates the frame.
    connect(m_chart->scene(), &QGraphicsScene::changed, this, &SlaChart::invalidateFrame);

    m_overlay = new QLabel(m_view);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setAutoFillBackground(true);
    m_overlay->setMargin(12);
    m_overlay->hide();

    m_hover = new QLabel(m_view);
    m_hover->setAutoFillBackground(true);
    m_hover->setMargin(4);
    m_hover->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hover->hide();

    applyPalette();
    updateThresholdLines();
    updateAxes();
    updateOverlay();
}

SlaChart::~SlaChart() = default;

QLineSeries *SlaChart::segment(int index)
{
    while (int(m_segments.size()) <= index) {
        auto *s = new QLineSeries;
        m_chart->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
        connect(s, &QLineSeries::hovered, this, &SlaChart::onHovered);
        m_segments.push_back(s);
        if (!m_segments.empty())
            s->setPen(m_segments.front()->pen());
    }
    return m_segments[std::size_t(index)];
}

double SlaChart::scale() const
{
    return m_figure.unit == config::Unit::Percent ? 100.0 : 1.0;
}

void SlaChart::setFigure(const engine::Figure &figure)
{
    m_figure = figure;
    const QString where = figure.region.isEmpty() ? tr("fleet") : figure.region;
    m_title->setText(tr("%1 (%2)").arg(figure.name, where));
    m_segments.front()->setName(m_title->text());
    m_valueAxis->setTitleText(config::unitSymbol(figure.unit));
    updateThresholdLines();
    updateAxes();
    updateOverlay();
    invalidateFrame();
}

void SlaChart::setRange(HistoryRange range)
{
    m_range = range;
    if (auto *b = m_rangeButtons->button(int(range)))
        b->setChecked(true);
}

void SlaChart::setHistory(const engine::HistorySeries &series)
{
    m_history = series;
    m_hasHistory = true;
    setRange(series.range);

    // Split at the gaps; every stretch is set at once with replace(): appending point by point
    // redraws the chart for each point.
    const double k = scale();
    std::vector<QList<QPointF>> stretches(1);
    m_drawn.clear();
    m_drawn.reserve(series.points.size());
    for (const sla::Point &p : series.points) {
        if (!std::isfinite(p.y)) {
            if (!stretches.back().isEmpty())
                stretches.emplace_back();
            continue;
        }
        stretches.back().append(QPointF(p.x, p.y * k));
        m_drawn.push_back(QPointF(p.x, p.y * k));
    }
    if (stretches.back().isEmpty() && stretches.size() > 1)
        stretches.pop_back();
    if (!series.ok())
        stretches.assign(1, {}); // an old line must not look current next to the error
    for (std::size_t i = 0; i < stretches.size(); ++i)
        segment(int(i))->replace(stretches[i]);
    for (std::size_t i = stretches.size(); i < std::size_t(m_usedSegments); ++i)
        m_segments[i]->clear();
    m_usedSegments = int(stretches.size());
    if (!series.ok())
        m_drawn.clear();

    updateThresholdLines();
    updateAxes();
    updateOverlay();
    m_hover->hide();
    invalidateFrame();
    qCDebug(lcChart) << series.id << series.region << "drawn:" << m_drawn.size() << "points in"
                     << m_usedSegments << "stretches";
}

void SlaChart::updateThresholdLines()
{
    const double k = scale();
    const double x0 = m_hasHistory ? double(m_history.start.toMSecsSinceEpoch()) : 0;
    const double x1 = m_hasHistory ? double(m_history.end.toMSecsSinceEpoch()) : 1;
    auto place = [&](QLineSeries *s, double value, const QString &label) {
        if (!std::isfinite(value)) {
            s->clear();
            s->setName(QString());
            return;
        }
        s->replace(QList<QPointF>{QPointF(x0, value * k), QPointF(x1, value * k)});
        s->setName(label);
    };
    place(m_target, m_figure.target, engine::FigureFormat::target(m_figure));
    place(m_alert, m_figure.alert, engine::FigureFormat::alert(m_figure));
    m_targetLabel->setText(m_target->name());
    m_alertLabel->setText(m_alert->name());
    placeLineLabels();
}

void SlaChart::placeLineLabels()
{
    // At the right end of each line, just above it, inside the plot.
    const QRectF plot = m_chart->plotArea();
    auto place = [&](QGraphicsSimpleTextItem *label, QLineSeries *line) {
        label->setVisible(line->count() > 0 && plot.isValid());
        if (!label->isVisible())
            return;
        const QPointF at = m_chart->mapToPosition(line->at(1), line);
        const QRectF box = label->boundingRect();
        // On the side of the line where the data is not, as long as the figure keeps its SLA: below
        // for "at least" figures (uptime), above for "at most" ones (latency).
        const bool below = m_figure.comparison == sla::Comparison::AtLeast;
        label->setPos(plot.right() - box.width() - 6, below ? at.y() + 1 : at.y() - box.height() - 1);
        label->setVisible(plot.contains(QPointF(plot.center().x(), at.y())));
    };
    place(m_targetLabel, m_target);
    place(m_alertLabel, m_alert);
}

void SlaChart::updateAxes()
{
    if (m_hasHistory) {
        m_timeAxis->setRange(m_history.start.toLocalTime(), m_history.end.toLocalTime());
        const auto span = engine::historyRangeDuration(m_history.range);
        m_timeAxis->setFormat(span > std::chrono::hours(24) ? QStringLiteral("dd MMM")
                                                            : QStringLiteral("HH:mm"));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addSecs(-3600), now);
        m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    }

    // The value axis spans the data and both thresholds, so the distance to the SLA is always seen.
    double lo = INFINITY, hi = -INFINITY;
    for (const QPointF &p : m_drawn) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    const double k = scale();
    for (double t : {m_figure.target, m_figure.alert})
        if (std::isfinite(t)) {
            lo = std::min(lo, t * k);
            hi = std::max(hi, t * k);
        }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    double pad = (hi - lo) * 0.08;
    if (pad <= 0)
        pad = std::max(std::abs(hi) * 0.01, 1e-6);
    lo -= pad;
    hi += pad;
    // Never below zero for quantities that cannot be negative; percentages never above 100.
    if (lo < 0 && std::all_of(m_drawn.begin(), m_drawn.end(), [](const QPointF &p) { return p.y() >= 0; }))
        lo = 0;
    if (m_figure.unit == config::Unit::Percent)
        hi = std::min(hi, 100.0 + pad * 0.25);
    // Ticks at round values (1, 2 or 5 times a power of ten), about five of them.
    const double raw = (hi - lo) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = magnitude * 10;
    for (double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= raw) {
            interval = m * magnitude;
            break;
        }
    lo = std::floor(lo / interval) * interval;
    hi = std::ceil(hi / interval) * interval;
    if (m_figure.unit == config::Unit::Percent)
        hi = std::min(hi, 100.0);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(lo); // lo is a multiple of the interval; 0 would drift in floating point
    m_valueAxis->setTickInterval(interval);
    m_valueAxis->setRange(lo, hi);
    // As many decimals as the interval needs: 99.985 must not be labelled "99.99", where the alert
    // line of an uptime SLA is.
    const int decimals = std::clamp(int(std::ceil(-std::log10(interval) - 1e-9)), 0, 6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    placeLineLabels();
}

void SlaChart::updateOverlay()
{
    QString text;
    if (m_hasHistory && !m_history.ok())
        text = tr("No history: %1").arg(m_history.error);
    else if (m_hasHistory && m_history.noData())
        text = tr("No data in the last %1: the query answered with nothing. This is not a sign that all "
                  "is well.")
                   .arg(engine::historyRangeLabel(m_history.range));
    else if (!m_hasHistory)
        text = tr("Loading history…");
    m_overlay->setText(text);
    m_overlay->setVisible(!text.isEmpty());
    placeOverlay();
}

void SlaChart::placeOverlay()
{
    if (!m_overlay->isVisible())
        return;
    const QRect area = m_view->rect();
    const int w = std::min(area.width() - 20, 520);
    m_overlay->setFixedWidth(std::max(w, 60));
    m_overlay->adjustSize();
    m_overlay->move(area.center() - m_overlay->rect().center());
    m_overlay->raise();
}

void SlaChart::applyPalette()
{
    // Follows the widget palette, so the light, dark and high-contrast themes need nothing here.
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_title->setPalette(pal);
    m_chart->setTitleBrush(text);
    QColor gridColour = text;
    gridColour.setAlpha(40);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(gridColour);
        axis->setLinePenColor(gridColour);
    }

    // One pixel, cosmetic: the raster engine draws such lines with its fast stroker (antialiased
    // still); a 1.5 px pen goes through the general path stroker, which made a 2,400-point line cost
    // several times more to paint. Grafana's default line width is 1 too.
    QPen line(pal.color(QPalette::Highlight), 1);
    line.setCosmetic(true);
    for (QLineSeries *s : m_segments)
        s->setPen(line);
    // Shape as well as colour: the SLA line is long dashes, the alert line short ones.
    QPen target(StateStyle::colour(sla::State::Breach), 1.5, Qt::DashLine);
    m_target->setPen(target);
    QPen alert(StateStyle::colour(sla::State::Warning), 1.5, Qt::DotLine);
    m_alert->setPen(alert);
    m_targetLabel->setBrush(target.color());
    m_alertLabel->setBrush(alert.color());

    QPalette overlay = pal;
    QColor bg = pal.color(QPalette::ToolTipBase);
    bg.setAlpha(235);
    overlay.setColor(QPalette::Window, bg);
    overlay.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    m_overlay->setPalette(overlay);
    m_hover->setPalette(overlay);
    invalidateFrame();
}

void SlaChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SlaChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverlay();
}

void SlaChart::setAntialiasing(bool on)
{
    m_view->setRenderHint(QPainter::Antialiasing, on);
    invalidateFrame();
}

int SlaChart::plotWidthPixels() const
{
    const int plot = int(m_chart->plotArea().width());
    // Before the first layout the plot area is empty: estimate it from the widget (axis labels take
    // about 70 px).
    return plot > 0 ? plot : std::max(width() - 70, 100);
}

QList<QPointF> SlaChart::plottedPoints() const
{
    QList<QPointF> all;
    for (int i = 0; i < m_usedSegments; ++i)
        all += m_segments[std::size_t(i)]->points();
    return all;
}

int SlaChart::segmentCount() const
{
    int n = 0;
    for (int i = 0; i < m_usedSegments; ++i)
        n += m_segments[std::size_t(i)]->count() > 0 ? 1 : 0;
    return n;
}

double SlaChart::targetLineY() const
{
    return m_target->count() > 0 ? m_target->at(0).y() : NAN;
}

double SlaChart::alertLineY() const
{
    return m_alert->count() > 0 ? m_alert->at(0).y() : NAN;
}

bool SlaChart::overlayVisible() const
{
    return !m_overlay->isHidden();
}

QString SlaChart::overlayText() const
{
    return m_overlay->text();
}

QString SlaChart::hoverText(double x) const
{
    if (m_drawn.empty())
        return {};
    // The line between two samples is drawn, not measured: show the nearest real sample.
    auto it = std::lower_bound(m_drawn.begin(), m_drawn.end(), x,
                               [](const QPointF &p, double v) { return p.x() < v; });
    if (it == m_drawn.end() || (it != m_drawn.begin() && std::abs((it - 1)->x() - x) < std::abs(it->x() - x)))
        --it;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(it->x()));
    return tr("%1 at %2")
        .arg(engine::FigureFormat::value(it->y() / scale(), m_figure.unit),
             QLocale().toString(time, QLocale::ShortFormat));
}

void SlaChart::setFrameCache(bool on)
{
    m_frameCache = on;
    m_frame = QPixmap();
    invalidateFrame();
}

void SlaChart::invalidateFrame()
{
    m_frameDirty = true;
    m_view->viewport()->update();
}

bool SlaChart::eventFilter(QObject *watched, QEvent *event)
{
    QWidget *viewport = m_view->viewport();
    if (watched != viewport || event->type() != QEvent::Paint)
        return QWidget::eventFilter(watched, event);
    if (!m_frameCache) {
        ++m_frameRenders;
        return QWidget::eventFilter(watched, event);
    }
    const qreal dpr = viewport->devicePixelRatioF();
    const QSize pixels = viewport->size() * dpr;
    if (m_frameDirty || m_frame.size() != pixels) {
        m_frame = QPixmap(pixels);
        m_frame.setDevicePixelRatio(dpr);
        m_frame.fill(viewport->palette().color(viewport->backgroundRole()));
        QPainter frame(&m_frame);
        frame.setRenderHints(m_view->renderHints());
        m_view->render(&frame, QRectF(QPointF(0, 0), viewport->size()), viewport->rect());
        m_frameDirty = false;
        ++m_frameRenders;
    }
    QPainter p(viewport);
    p.drawPixmap(0, 0, m_frame);
    return true; // the view's own paintEvent would draw it all again
}

void SlaChart::onHovered(const QPointF &point, bool state)
{
    if (!state) {
        m_hover->hide();
        return;
    }
    m_hover->setText(hoverText(point.x()));
    m_hover->adjustSize();
    QPoint at = m_view->mapFromScene(m_chart->mapToPosition(point)) + QPoint(12, -m_hover->height() - 6);
    at.setX(std::clamp(at.x(), 0, std::max(0, m_view->width() - m_hover->width())));
    at.setY(std::clamp(at.y(), 0, std::max(0, m_view->height() - m_hover->height())));
    m_hover->move(at);
    m_hover->show();
    m_hover->raise();
}

} // namespace slaops::ui
