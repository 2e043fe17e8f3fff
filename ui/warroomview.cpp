#include "warroomview.h"

#include "alertstyle.h"
#include "engine/freshness.h"
#include "engine/verdict.h"
#include "gaugewidget.h"
#include "statestyle.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace slaops::ui {

using sla::State;

namespace {
// Fleet SLAs in a row of the built-in overview: six SLAs make two rows, each gauge a third of the
// width and well over a sixth of a 1080-pixel screen's height.
constexpr int kColumns = 3;

QLabel *makeLabel(QWidget *parent, const QString &objectName, Qt::Alignment align)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAlignment(align);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString hms(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

WarRoomView::WarRoomView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("warRoom"));
    setWindowTitle(tr("slaops — war room"));
    // Always dark and high contrast, whatever the console's theme: a wall is read from afar.
    Theme::applyTo(this, Theme::Kind::HighContrast);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(24);
    m_profile = makeLabel(this, QStringLiteral("profile"), Qt::AlignLeft | Qt::AlignVCenter);
    m_verdict = makeLabel(this, QStringLiteral("verdict"), Qt::AlignCenter);
    m_rotationState = makeLabel(this, QStringLiteral("rotation"), Qt::AlignRight | Qt::AlignVCenter);
    m_clockLabel = makeLabel(this, QStringLiteral("clock"), Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_profile);
    // The verdict takes what the others leave, and its type shrinks to fit rather than being clipped.
    m_verdict->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_verdict, 1);
    header->addWidget(m_rotationState);
    header->addWidget(m_clockLabel);
    layout->addLayout(header);

    m_banner = makeLabel(this, QStringLiteral("banner"), Qt::AlignCenter);
    m_banner->setWordWrap(true);
    paint(m_banner, StateStyle::colour(State::Breach));
    m_banner->hide();
    layout->addWidget(m_banner);

    // The page title shares its line with the firing count, so that the count never takes room from
    // the verdict, whatever the page.
    auto *titleRow = new QHBoxLayout;
    m_pageTitle = makeLabel(this, QStringLiteral("pageTitle"), Qt::AlignLeft | Qt::AlignVCenter);
    titleRow->addWidget(m_pageTitle, 1);
    m_alertCounts = makeLabel(this, QStringLiteral("alertCounts"), Qt::AlignRight | Qt::AlignVCenter);
    m_alertCounts->hide();
    titleRow->addWidget(m_alertCounts);
    layout->addLayout(titleRow);

    m_stack = new QStackedWidget(this);
    // Read-only: no mouse input reaches any page, now or later (the attribute covers children).
    m_stack->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(m_stack, 1);

    m_overview = new QWidget(m_stack);
    m_overview->setObjectName(QStringLiteral("warRoomOverview"));
    m_grid = new QGridLayout(m_overview);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_stack->addWidget(m_overview);
    m_titles << tr("Service level agreements");
    ensureGauges(6); // the default profile's six fleet SLAs

    m_rotation.setInterval(std::chrono::seconds(20));
    connect(&m_rotation, &QTimer::timeout, this, &WarRoomView::showNextPage);
    m_rotation.start();
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &WarRoomView::tick);
    m_clock.start();

    // Something inside a page may still take the focus (a widget made after addPage); the wall keeps it,
    // so that keys always reach the rotation and never a control.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && now != this && isAncestorOf(now))
            setFocus(Qt::OtherFocusReason);
    });

    updateVerdict();
    tick();
    showPage(0);
    applyFonts();
    resize(1920, 1080);
}

void WarRoomView::ensureGauges(std::size_t count)
{
    while (m_gauges.size() < count) {
        auto *g = new GaugeWidget(m_overview);
        g->setObjectName(QStringLiteral("warRoomGauge%1").arg(m_gauges.size()));
        g->setFocusPolicy(Qt::NoFocus);
        const int i = int(m_gauges.size());
        m_grid->addWidget(g, i / kColumns, i % kColumns);
        m_gauges.push_back(g);
    }
}

void WarRoomView::makeReadOnly(QWidget *page)
{
    page->setFocusPolicy(Qt::NoFocus);
    page->setContextMenuPolicy(Qt::NoContextMenu);
    for (QWidget *w : page->findChildren<QWidget *>()) {
        w->setFocusPolicy(Qt::NoFocus);
        w->setContextMenuPolicy(Qt::NoContextMenu);
    }
    // Buttons and actions are what changes things; their shortcuts would work without focus.
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        b->setEnabled(false);
    for (QAction *a : page->findChildren<QAction *>())
        a->setEnabled(false);
    for (QAction *a : page->actions())
        a->setEnabled(false);
}

void WarRoomView::addPage(const QString &title, QWidget *page, Feed feed)
{
    if (!page)
        return;
    if (feed) {
        if (m_shown)
            feed(m_shown, now());
        m_feeds.push_back(std::move(feed));
    }
    makeReadOnly(page);
    m_stack->addWidget(page);
    m_titles << title;
    updateRotationText();
    showPage(currentPage());
}

void WarRoomView::paint(QLabel *label, const QColor &background)
{
    QPalette p = label->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, Theme::textOn(background));
    label->setPalette(p);
    label->setAutoFillBackground(true);
}

QDateTime WarRoomView::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void WarRoomView::setClockForTesting(const QDateTime &now)
{
    m_fixedNow = now;
    tick();
}

void WarRoomView::setSnapshot(const engine::SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot; // the previous one is released here: one snapshot held, however long it runs
    m_profile->setText(m_snapshot->profileName);
    updateShown();
}

void WarRoomView::updateShown()
{
    if (!m_snapshot)
        return;
    const QDateTime t = now();
    // Aged by the wall's own clock, whether or not a new snapshot arrives: a refresh that hangs turns
    // the wall Stale after the bound instead of leaving "All SLAs met" up for hours.
    m_shown = engine::Freshness::aged(m_snapshot, t);
    updateGauges();
    updateVerdict();
    updateBanner();
    for (const Feed &feed : m_feeds)
        feed(m_shown, t);
}

void WarRoomView::setTrend(const engine::HistorySeries &series)
{
    for (GaugeWidget *g : m_gauges)
        g->setTrend(series);
}

void WarRoomView::setAlertBook(const alerts::AlertBookPtr &book)
{
    if (!book) {
        m_alertCounts->hide();
        return;
    }
    int worst = 6;
    for (const alerts::BookAlert &a : book->alerts)
        if (a.status != alerts::BookAlert::Status::Silenced)
            worst = std::min(worst, AlertStyle::severityRank(a.alert.severity()));
    QString text = AlertStyle::firingCounts(book.get());
    if (!book->allInstancesUp())
        text += QStringLiteral(" ⚠");
    m_alertCounts->setText(text);
    m_alertCounts->setAccessibleName(text);
    // Nothing firing is not painted green either: the wall's own background says "quiet".
    paint(m_alertCounts, worst < 6 ? AlertStyle::severityColour(worst == 0   ? u"critical"
                                                                : worst == 1 ? u"high"
                                                                : worst == 2 ? u"medium"
                                                                : worst == 3 ? u"low"
                                                                             : u"other")
                                   : palette().color(QPalette::Window));
    m_alertCounts->show();
}

QString WarRoomView::alertCountsText() const
{
    return m_alertCounts->isHidden() ? QString() : m_alertCounts->text();
}

void WarRoomView::updateGauges()
{
    if (!m_shown)
        return;
    const QDateTime t = now();
    std::size_t n = 0;
    for (const engine::Figure &f : m_shown->figures)
        if (f.region.isEmpty())
            ++n;
    ensureGauges(n);
    std::size_t i = 0;
    for (const engine::Figure &f : m_shown->figures) {
        if (!f.region.isEmpty())
            continue;
        m_gauges[i]->setFigure(f, t);
        m_gauges[i]->setVisible(true);
        ++i;
    }
    for (; i < m_gauges.size(); ++i)
        m_gauges[i]->setVisible(false);
}

void WarRoomView::updateVerdict()
{
    QString text;
    State state = State::NoData;
    if (!m_shown) {
        text = tr("Waiting for data…");
    } else {
        // The same verdict as `slaops check` and the console's title (engine::Verdict).
        const engine::Verdict verdict = engine::Verdict::judge(*m_shown);
        text = verdict.text();
        state = verdict.state();
    }
    m_verdict->setText(StateStyle::glyph(state) + QLatin1Char(' ') + text);
    m_verdict->setAccessibleName(m_verdict->text());
    paint(m_verdict, StateStyle::colour(state));
    fitVerdict();
}

void WarRoomView::fitVerdict()
{
    // The labels beside it may just have changed their text (and so the verdict's share of the row).
    layout()->activate();
    QFont f = m_verdict->font();
    const QMargins m = m_verdict->contentsMargins();
    const int room = m_verdict->width() - m.left() - m.right();
    int px = m_headerPx;
    f.setPixelSize(px);
    while (px > 12 && room > 0 && QFontMetrics(f).horizontalAdvance(m_verdict->text()) > room) {
        px = px * 9 / 10;
        f.setPixelSize(px);
    }
    m_verdict->setFont(f);
}

void WarRoomView::updateBanner()
{
    const bool down = m_shown && !m_shown->prometheus.reachable;
    if (!down) {
        if (!m_banner->isHidden()) {
            m_banner->hide();
            m_banner->clear();
            layout()->activate();
        }
        return;
    }
    const engine::SourceStatus &prom = m_shown->prometheus;
    const QDateTime since = prom.downSince.isValid() ? prom.downSince : m_shown->time;
    QString text = QStringLiteral("⚠ ") + tr("DISCONNECTED since %1").arg(hms(since));
    if (!prom.error.isEmpty())
        text += QStringLiteral(" — ") + prom.error;
    m_banner->setText(text);
    m_banner->setAccessibleName(text);
    m_banner->show();
    layout()->activate(); // the gauges make room now, not at the next event-loop turn
}

void WarRoomView::tick()
{
    m_clockLabel->setText(hms(now()));
    updateRotationText();
    // Ages and states move with the clock, not only with refreshes.
    updateShown();
}

void WarRoomView::updateRotationText()
{
    const QString position = QStringLiteral("%1/%2").arg(currentPage() + 1).arg(pageCount());
    QString text;
    if (m_paused)
        text = QStringLiteral("❚❚ ") + tr("PAUSED %1").arg(position);
    else {
        const int secs = m_rotation.isActive() ? (m_rotation.remainingTime() + 999) / 1000 : 0;
        text = QStringLiteral("▶ ") + tr("%1 · next in %2 s").arg(position).arg(secs);
    }
    m_rotationState->setText(text);
    // Paused is a state the room must notice: it stops the wall from showing the other views.
    paint(m_rotationState, m_paused ? StateStyle::colour(State::Warning) : palette().color(QPalette::Window));
}

void WarRoomView::setRotationSeconds(int seconds)
{
    setRotationInterval(std::chrono::seconds(std::max(1, seconds)));
}

void WarRoomView::setRotationInterval(std::chrono::milliseconds interval)
{
    m_rotation.setInterval(std::max(interval, std::chrono::milliseconds(10)));
    if (!m_paused)
        m_rotation.start();
    updateRotationText();
}

std::chrono::milliseconds WarRoomView::rotationInterval() const
{
    return m_rotation.intervalAsDuration();
}

void WarRoomView::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_rotation.stop();
    else
        m_rotation.start();
    updateRotationText();
}

void WarRoomView::setOverviewInRotation(bool in)
{
    const int at = m_stack->indexOf(m_overview);
    if (in && at < 0) {
        m_stack->insertWidget(0, m_overview);
        m_titles.prepend(tr("Service level agreements"));
    } else if (!in && at >= 0 && m_stack->count() > 1) {
        m_stack->removeWidget(m_overview);
        m_overview->hide();
        m_titles.removeAt(at);
    }
    showPage(0);
}

int WarRoomView::currentPage() const
{
    return m_stack->currentIndex();
}

int WarRoomView::pageCount() const
{
    return m_stack->count();
}

QString WarRoomView::currentTitle() const
{
    return m_titles.value(currentPage());
}

void WarRoomView::showPage(int index)
{
    const int n = pageCount();
    if (n == 0)
        return;
    index = ((index % n) + n) % n;
    const bool changed = index != m_stack->currentIndex();
    m_stack->setCurrentIndex(index);
    m_pageTitle->setText(m_titles.value(index));
    // Stepping by hand restarts the period, so the chosen view stays up for a full one.
    if (!m_paused)
        m_rotation.start();
    updateRotationText();
    if (changed)
        Q_EMIT pageChanged(index);
}

void WarRoomView::showNextPage()
{
    showPage(currentPage() + 1);
}

void WarRoomView::showPreviousPage()
{
    showPage(currentPage() - 1);
}

bool WarRoomView::isBannerShown() const
{
    return !m_banner->isHidden();
}

QString WarRoomView::bannerText() const
{
    return m_banner->text();
}

QString WarRoomView::verdictText() const
{
    return m_verdict->text();
}

QString WarRoomView::clockText() const
{
    return m_clockLabel->text();
}

QString WarRoomView::rotationText() const
{
    return m_rotationState->text();
}

void WarRoomView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        setPaused(!m_paused);
        break;
    case Qt::Key_Right:
        showNextPage();
        break;
    case Qt::Key_Left:
        showPreviousPage();
        break;
    default:
        // Every other key is swallowed: nothing on the wall responds to it.
        break;
    }
    event->accept();
}

bool WarRoomView::focusNextPrevChild(bool)
{
    return false; // Tab never moves into a page
}

void WarRoomView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void WarRoomView::applyFonts()
{
    // Sizes follow the screen: at 1080 pixels the header is 47 pixels high, about 3 cm on a 55" wall,
    // which reads from 5 m.
    const double unit = std::max(6.0, height() / 100.0);
    m_headerPx = int(unit * 4.4);
    QFont header = font();
    header.setPixelSize(m_headerPx);
    header.setBold(true);
    for (QLabel *l : {m_profile, m_verdict, m_rotationState, m_clockLabel, m_banner})
        l->setFont(header);
    for (QLabel *l : {m_verdict, m_banner, m_rotationState, m_alertCounts})
        l->setContentsMargins(int(unit * 1.5), int(unit * 0.4), int(unit * 1.5), int(unit * 0.4));
    QFont title = font();
    title.setPixelSize(int(unit * 3.2));
    m_pageTitle->setFont(title);
    title.setBold(true);
    m_alertCounts->setFont(title);
    layout()->activate();
    fitVerdict();
    // The gauges size their own type from their height.
}

} // namespace slaops::ui
