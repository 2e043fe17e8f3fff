#include "freshness.h"

#include "figureformat.h"

#include <algorithm>

namespace slaops::engine {
namespace {

// The state a value of this age has, or nullopt when its current state stands.
std::optional<sla::State> agedState(sla::State state, const QDateTime &confirmedAt, const QDateTime &now,
                                    std::chrono::milliseconds staleAfter,
                                    std::chrono::milliseconds errorAfter)
{
    if (!confirmedAt.isValid() || !(sla::isKnown(state) || state == sla::State::Stale))
        return std::nullopt;
    const auto age = std::chrono::milliseconds(confirmedAt.msecsTo(now));
    if (age > errorAfter)
        return sla::State::Error;
    if (sla::isKnown(state) && age > staleAfter)
        return sla::State::Stale;
    return std::nullopt;
}

// The widgets write the age next to the message; the message says since when.
QString notRefreshed(const QDateTime &confirmedAt)
{
    return Freshness::tr("no refresh has completed since %1")
        .arg(QLocale().toString(confirmedAt.toLocalTime().time(), QLocale::LongFormat));
}

template <typename T>
bool wouldAge(const T &x, const QDateTime &now, std::chrono::milliseconds staleAfter,
              std::chrono::milliseconds errorAfter)
{
    const std::optional<sla::State> to = agedState(x.state, x.confirmedAt, now, staleAfter, errorAfter);
    return to && *to != x.state;
}

template <typename T>
bool ageOne(T &x, const QDateTime &now, std::chrono::milliseconds staleAfter,
            std::chrono::milliseconds errorAfter)
{
    if (!wouldAge(x, now, staleAfter, errorAfter))
        return false;
    const sla::State to = *agedState(x.state, x.confirmedAt, now, staleAfter, errorAfter);
    if (sla::isKnown(x.state)) {
        x.lastKnown = x.state;
        x.message = notRefreshed(x.confirmedAt);
    }
    x.state = to;
    return true;
}

} // namespace

bool Freshness::age(Figure &figure, const QDateTime &now, std::chrono::milliseconds staleAfter,
                    std::chrono::milliseconds errorAfter)
{
    return ageOne(figure, now, staleAfter, errorAfter);
}

bool Freshness::age(BudgetFigure &budget, const QDateTime &now, std::chrono::milliseconds staleAfter,
                    std::chrono::milliseconds errorAfter)
{
    return ageOne(budget, now, staleAfter, errorAfter);
}

SnapshotPtr Freshness::aged(const SnapshotPtr &snapshot, const QDateTime &now)
{
    if (!snapshot)
        return snapshot;
    const Snapshot &s = *snapshot;
    // Most of the time a snapshot is fresh and is handed on untouched, without a copy.
    const auto ages = [&](const auto &x) { return wouldAge(x, now, s.staleAfter, s.errorAfter); };
    const bool changed = std::any_of(s.figures.begin(), s.figures.end(), ages) ||
                         std::any_of(s.budgets.begin(), s.budgets.end(), ages);
    const bool overdue = s.time.isValid() && std::chrono::milliseconds(s.time.msecsTo(now)) > s.staleAfter;
    if (!changed && !(overdue && s.prometheus.reachable))
        return snapshot;

    auto copy = std::make_shared<Snapshot>(s);
    for (Figure &f : copy->figures)
        age(f, now, s.staleAfter, s.errorAfter);
    for (BudgetFigure &b : copy->budgets)
        age(b, now, s.staleAfter, s.errorAfter);
    if (overdue && copy->prometheus.reachable) {
        // The last refresh answered, but none has completed since: as far as the reader can tell,
        // the source is gone (a refresh that hangs looks exactly like this).
        copy->prometheus.reachable = false;
        copy->prometheus.downSince = s.time;
        copy->prometheus.error =
            tr("no refresh has completed for %1").arg(FigureFormat::age(s.time.secsTo(now)));
    }
    return copy;
}

} // namespace slaops::engine
