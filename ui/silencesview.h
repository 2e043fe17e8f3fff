#pragma once

#include "alerts/alertbook.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace slaops::config {
class Settings;
}

namespace slaops::ui {

class SilencesModel;

// The silences of every Alertmanager (issue 8): active, pending and recently expired, who made each
// and why, its time left and what it matches now; expire and extend. A banner warns when a silence ends
// within ten minutes while an alert it matches still fires. No I/O: the app answers the signals.
class SilencesView : public QWidget {
    Q_OBJECT
public:
    explicit SilencesView(QWidget *parent = nullptr);

    void setBook(const alerts::AlertBookPtr &book);
    void setSettings(config::Settings *settings); // the author of extensions; not owned, may be null
    void setClockForTesting(const QDateTime &now);

    SilencesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString warningText() const;
    bool selectSilence(const QString &id);
    void expireCurrent();
    void extendCurrent(); // by the hours in the spin box

public Q_SLOTS:
    void silenceResult(bool ok, const QString &message);

Q_SIGNALS:
    void expireRequested(const QString &id);
    // Extending: the same silence (its id), ending later.
    void silenceRequested(const slaops::alerts::SilenceRequest &request);

private:
    void tick();
    void updateWarning();
    void updateButtons();
    QDateTime now() const;

    SilencesModel *m_model = nullptr;
    config::Settings *m_settings = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_expire = nullptr;
    QPushButton *m_extend = nullptr;
    QSpinBox *m_extendHours = nullptr;
    QTimer m_clock;
    QDateTime m_fixedNow;
};

} // namespace slaops::ui
