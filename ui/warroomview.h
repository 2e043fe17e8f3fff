#pragma once

#include "alerts/alertbook.h"
#include "engine/historyseries.h"
#include "engine/snapshot.h"

#include <QDateTime>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <functional>
#include <vector>

class QLabel;
class QStackedWidget;
class QGridLayout;

namespace slaops::ui {

class GaugeWidget;

// The war-room wall (`--war-room`, DESIGN.md §1): read from five metres, for weeks, by nobody at a
// keyboard. High contrast, big type, one overall verdict, a clock, a banner while Prometheus is down, and
// a rotation between views (Space pauses, Left/Right step). Read-only: pages added here lose mouse input,
// keyboard focus, buttons and actions, so that nothing on the wall can change anything.
//
// It runs for weeks, so nothing grows with time: widgets are made once (gauges only when the profile has
// more fleet SLAs than gauges so far), a refresh only replaces the one snapshot held and repaints.
class WarRoomView : public QWidget {
    Q_OBJECT
public:
    explicit WarRoomView(QWidget *parent = nullptr);

    // Adds a view to the rotation, after the built-in gauges. The view is reparented and made read-only.
    // `feed`, when given, is handed the snapshot as the wall shows it (aged by the wall's clock) on
    // every refresh and every clock tick, so the page can never look more current than the banner.
    using Feed = std::function<void(const engine::SnapshotPtr &, const QDateTime &)>;
    void addPage(const QString &title, QWidget *page, Feed feed = {});
    // Whether the built-in gauges page is part of the rotation (Settings' war-room views); it stays
    // when it is the only page.
    void setOverviewInRotation(bool in);
    void setSnapshot(const engine::SnapshotPtr &snapshot);
    engine::SnapshotPtr snapshot() const { return m_snapshot; }
    // A sparkline for the gauge of the series' figure.
    void setTrend(const engine::HistorySeries &series);
    // The header's firing count by severity ("2 critical · 1 high"); hidden until a book arrives.
    void setAlertBook(const alerts::AlertBookPtr &book);
    QString alertCountsText() const;

    void setRotationSeconds(int seconds);
    void setRotationInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds rotationInterval() const;
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void showNextPage();
    void showPreviousPage();
    int currentPage() const;
    int pageCount() const;
    QString currentTitle() const;

    // For tests and screenshots: the wall clock used for the clock and for ages.
    void setClockForTesting(const QDateTime &now);

    // What the wall says, in words: also what tests read.
    const std::vector<GaugeWidget *> &gauges() const { return m_gauges; }
    QWidget *overviewPage() const { return m_overview; }
    bool isBannerShown() const;
    QString bannerText() const;
    QString verdictText() const;
    QString clockText() const;
    QString rotationText() const;

Q_SIGNALS:
    void pageChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void showPage(int index);
    void tick();
    void updateShown();
    void updateGauges();
    void updateVerdict();
    void updateBanner();
    void updateRotationText();
    void ensureGauges(std::size_t count);
    void applyFonts();
    void fitVerdict();
    static void makeReadOnly(QWidget *page);
    static void paint(QLabel *label, const QColor &background);
    QDateTime now() const;

    engine::SnapshotPtr m_snapshot;
    engine::SnapshotPtr m_shown; // m_snapshot aged by now(): what every part of the wall reads
    std::vector<Feed> m_feeds;
    QLabel *m_profile = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_rotationState = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_alertCounts = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_pageTitle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_overview = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<GaugeWidget *> m_gauges;
    QStringList m_titles;
    QTimer m_rotation;
    QTimer m_clock;
    bool m_paused = false;
    int m_headerPx = 40;
    QDateTime m_fixedNow;
};

} // namespace slaops::ui
