#pragma once

#include "actions/verification.h"

#include <QWidget>

namespace slaops::config {
struct Profile;
}

class QLabel;
class QTableWidget;

namespace slaops::ui {

// Step 6: one row per expected effect: the figure, its value before → now, and the verdict (only
// Recovered is ever green), "refresh n of N", and a summary once the watch is over.
class ActionVerifyPage : public QWidget {
    Q_OBJECT
public:
    ActionVerifyPage(const config::Profile &profile, QWidget *parent = nullptr);

    void start(const actions::Plan &plan, int refreshesWanted);
    void setVerification(const actions::Verification &v);
    static QString summary(const actions::Verification &v);

    int rowCount() const;
    QString cellText(int row, int column) const;
    QColor verdictColour(int row) const;
    QString refreshText() const;
    QString summaryText() const;

    enum Column { FigureColumn, ValuesColumn, VerdictColumn, ColumnCount };

private:
    QString valueText(const actions::Effect &e, double v) const;
    QString figureName(const actions::Effect &e) const;

    const config::Profile &m_profile;
    QLabel *m_title = nullptr;
    QLabel *m_refreshes = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace slaops::ui
