#pragma once

#include "actions/plan.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace slaops::ui {

// Step 4: the banner names the context, namespace, kind and name in full, in the context's colour.
// A production context wants the object's name typed, exactly; any other a checkbox ticked.
class ActionConfirmPage : public QWidget {
    Q_OBJECT
public:
    explicit ActionConfirmPage(QWidget *parent = nullptr);

    void setPlan(const actions::Plan &plan);
    bool confirmed() const;
    bool production() const { return m_production; }
    QString bannerText() const;
    QColor bannerColour() const { return m_colour; }
    // Where the keyboard goes when the page opens: the line edit or the checkbox.
    QWidget *focusTarget() const;

Q_SIGNALS:
    void confirmationChanged(bool confirmed);

private:
    bool m_production = true;
    QString m_word;
    QColor m_colour;
    QLabel *m_banner = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QCheckBox *m_check = nullptr;
};

} // namespace slaops::ui
