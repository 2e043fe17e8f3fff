#pragma once

#include "engine/snapshot.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>
#include <array>
#include <vector>

class QFrame;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace slaops::ui {

// The error-budget panel: one card per SLA with a budget. Each card shows the budget left over the
// rolling period and the calendar month (a bar and its percentage), the outage still allowed, the time
// to exhaustion at the current burn, the seven burn rates next to the page/ticket thresholds each is
// compared to, and the multi-window verdict (its reason as tooltip).
class BudgetPanel : public QWidget {
    Q_OBJECT
public:
    explicit BudgetPanel(QWidget *parent = nullptr);

    void setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now);

    QStringList slaIds() const;
    // The text of one part of a card, for tests and screen readers. Parts: "name", "target", "state",
    // "age", "verdict",
    // "rolling", "month" (the remaining percentage), "rolling/detail", "month/detail" (allowance and
    // time to exhaustion), "burn/<window>" and "threshold/<window>" for windows 5m 30m 1h 2h 6h 1d 3d.
    // Every part is also a child QLabel named "<slaId>/<part>".
    QString text(const QString &slaId, const QString &part) const;
    // The bar of "rolling" or "month": 0..1000 per mille of the budget left (0 when overspent).
    QProgressBar *bar(const QString &slaId, const QString &period) const;

    static const std::array<QString, 7> &windowLabels();

private:
    struct PeriodWidgets {
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *percent = nullptr;
        QLabel *detail = nullptr;
        QLabel *coverage = nullptr; // shown only while the data covers part of the period
    };
    struct Card {
        QString slaId;
        QFrame *frame = nullptr;
        QLabel *name = nullptr;
        QLabel *target = nullptr;
        QLabel *state = nullptr;
        QLabel *age = nullptr;
        QLabel *verdict = nullptr;
        QLabel *message = nullptr;
        PeriodWidgets rolling;
        PeriodWidgets month;
        std::array<QLabel *, 7> burn{};
        std::array<QLabel *, 7> threshold{};
    };

    void rebuild(const QStringList &ids);
    void fill(Card &card, const engine::BudgetFigure &budget, const QDateTime &now);
    void fillPeriod(PeriodWidgets &w, const engine::BudgetPeriod &period, const engine::BudgetFigure &budget);

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<Card> m_cards;
};

} // namespace slaops::ui
