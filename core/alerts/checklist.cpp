#include "checklist.h"

#include "escalation.h"

namespace slaops::alerts {

void ChecklistState::apply(const ChecklistEntry &entry)
{
    StepState &s = m_steps[entry.step];
    // Entries are appended in time order; one out of order (a clock stepped back) does not undo a
    // later one.
    if (s.at.isValid() && entry.at.isValid() && entry.at < s.at)
        return;
    s.ticked = entry.ticked;
    s.at = entry.at;
    s.by = entry.by;
    s.note = entry.note;
}

StepState ChecklistState::step(const QString &id) const
{
    const auto it = m_steps.find(id);
    return it == m_steps.end() ? StepState{} : it->second;
}

int ChecklistState::done(const std::vector<ChecklistStep> &steps) const
{
    int n = 0;
    for (const ChecklistStep &s : steps)
        n += isTicked(s.id) ? 1 : 0;
    return n;
}

std::vector<ChecklistStep> Checklist::steps(const Alert &alert,
                                            const std::vector<config::EscalationLevel> &matrix)
{
    using P = ChecklistStep::Phase;
    std::vector<ChecklistStep> out{
        {QStringLiteral("notification"),
         tr("Notification received: the on-call engineer is on it"),
         P::Notification,
         {}},
        {QStringLiteral("assessment.valid"), tr("Initial assessment: the alert is valid"), P::Assessment,
         QStringLiteral("verdict")},
        {QStringLiteral("assessment.false_positive"),
         tr("Initial assessment: false positive (say why in the silence comment)"), P::Assessment,
         QStringLiteral("verdict")},
        {QStringLiteral("assessment.scope"),
         tr("Initial assessment: scope determined (regions, instances, users affected)"),
         P::Assessment,
         {}},
    };
    const config::EscalationLevel *level = Escalation::level(matrix, alert.severity());
    if (!level || level->path.isEmpty()) {
        const QString severity = alert.severity().isEmpty() ? tr("(none)") : alert.severity();
        out.push_back({QStringLiteral("team.assembled"),
                       tr("Team assembly: the profile names nobody for severity “%1”; decide who to call")
                           .arg(severity),
                       P::TeamAssembly,
                       {}});
        return out;
    }
    const QString channels = level->channels.join(QStringLiteral(", "));
    for (const QString &who : level->path)
        out.push_back({QStringLiteral("team.") + who,
                       channels.isEmpty() ? tr("Team assembly: call %1").arg(who)
                                          : tr("Team assembly: call %1 (%2)").arg(who, channels),
                       P::TeamAssembly,
                       {}});
    return out;
}

std::vector<ChecklistEntry> Checklist::change(const std::vector<ChecklistStep> &steps,
                                              const ChecklistState &state, const Alert &alert,
                                              const QString &step, bool ticked, const QDateTime &at,
                                              const QString &by, const QString &note)
{
    std::vector<ChecklistEntry> out;
    QString group;
    for (const ChecklistStep &s : steps)
        if (s.id == step)
            group = s.group;
    const auto entry = [&](const QString &id, bool t, const QString &n) {
        return ChecklistEntry{alert.fingerprint, alert.name(), id, t, at.toUTC(), by, n};
    };
    if (ticked && !group.isEmpty())
        for (const ChecklistStep &s : steps)
            if (s.group == group && s.id != step && state.isTicked(s.id))
                out.push_back(entry(s.id, false, {}));
    out.push_back(entry(step, ticked, note));
    return out;
}

} // namespace slaops::alerts
