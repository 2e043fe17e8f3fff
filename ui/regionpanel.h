#pragma once

#include "engine/snapshot.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>
#include <vector>

class QFrame;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace slaops::ui {

// The regional panel: one card per region of the snapshot, side by side. Each card holds the region's
// own figures (the profile's region_uptime SLA, RTO, RPO, network latency) against the region's own
// targets (value, target, state as colour, glyph and word, age), and the state of the SLAs with the
// region_card role on one compact line. Which figures go where comes from the profile's roles, carried
// by each figure; no SLA id is written here. Figures that are stale or failed are greyed, with their age.
class RegionPanel : public QWidget {
    Q_OBJECT
public:
    explicit RegionPanel(QWidget *parent = nullptr);

    void setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now);
    // A "Contain…" button on each card in Warning or Breach, when the console can act.
    void setActionsEnabled(bool enabled);
    bool containOffered(const QString &region) const;

Q_SIGNALS:
    void containRequested(const QString &region);

public:
    // Regions shown, in the snapshot's order.
    QStringList regions() const;
    // What a card row says, for tests and screen readers: "Uptime: 99.9990 %, SLA ≥ 99.999 %, ✖ Breach,
    // age 2 s". Empty when the region or row is not shown.
    QString rowText(const QString &region, const QString &figureId) const;
    // The compact line: "P95 response time ✔ OK · Error rate ▲ Warning".
    QString compactText(const QString &region) const;
    // The region's worst state, as its card's header shows it.
    sla::State regionState(const QString &region) const;

    // The figures each card lists in full, and those on its compact line, by the figures' roles.
    static void figureIds(const engine::Snapshot &snapshot, QStringList &main, QStringList &compact);
    QStringList mainFigureIds() const { return m_mainIds; }
    QStringList compactFigureIds() const { return m_compactIds; }

private:
    struct Row {
        QString id;
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *target = nullptr;
        QLabel *state = nullptr;
        QLabel *age = nullptr;
        QString text;
    };
    struct Card {
        QString region;
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *badge = nullptr;
        QPushButton *contain = nullptr;
        std::vector<Row> rows;
        QLabel *compact = nullptr;
        QLabel *note = nullptr; // why figures are missing or old, once per distinct reason
        QString compactText;
        sla::State worst = sla::State::NoData;
    };

    void rebuild(const QStringList &regions);
    void fill(Card &card, const engine::Snapshot &snapshot, const QDateTime &now);
    const Card *card(const QString &region) const;

    QHBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<Card> m_cards;
    bool m_actionsEnabled = false;
    QStringList m_mainIds;
    QStringList m_compactIds;
};

} // namespace slaops::ui
