#pragma once

#include "alert.h"
#include "config/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <map>
#include <vector>

namespace slaops::alerts {

// One step of the immediate-response checklist (the source document's first 15 minutes).
struct ChecklistStep {
    enum class Phase { Notification, Assessment, TeamAssembly };
    QString id;   // stable: what the incident log records
    QString text; // for people
    Phase phase = Phase::Notification;
    QString group; // steps of one non-empty group exclude each other (valid / false positive)
};

// One tick or untick, as the incident log stores it.
struct ChecklistEntry {
    QString fingerprint;
    QString alertName; // for people reading the log; not part of the key
    QString step;
    bool ticked = true;
    QDateTime at; // UTC
    QString by;
    QString note;
};

struct StepState {
    bool ticked = false;
    QDateTime at; // of the last tick or untick
    QString by;
    QString note;
};

// The state of one alert's checklist: the last entry of each step wins.
class ChecklistState {
public:
    void apply(const ChecklistEntry &entry);
    StepState step(const QString &id) const;
    bool isTicked(const QString &id) const { return step(id).ticked; }
    // Ticked steps among `steps`.
    int done(const std::vector<ChecklistStep> &steps) const;
    bool isEmpty() const { return m_steps.empty(); }

private:
    std::map<QString, StepState> m_steps;
};

class Checklist {
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    // The steps for an alert: notification; initial assessment (valid or false positive, scope); team
    // assembly: one step per person on the escalation path of the alert's severity, with its channels.
    static std::vector<ChecklistStep> steps(const Alert &alert,
                                            const std::vector<config::EscalationLevel> &matrix);

    // What ticking (or unticking) a step writes: the entry itself and, for a tick, an untick of every
    // other ticked step of its group, so that replaying the log gives the same state.
    static std::vector<ChecklistEntry> change(const std::vector<ChecklistStep> &steps,
                                              const ChecklistState &state, const Alert &alert,
                                              const QString &step, bool ticked, const QDateTime &at,
                                              const QString &by, const QString &note = {});
};

} // namespace slaops::alerts
