#include "silencesmodel.h"

#include "alerts/escalation.h"
#include "alerts/matching.h"
#include "engine/figureformat.h"
#include "prom/servertext.h"
#include "statestyle.h"

#include <algorithm>

namespace slaops::ui {

using alerts::Silence;

namespace {

QString clean(const QString &s, qsizetype n = 300)
{
    return prom::ServerText::clean(s, n);
}

QString when(const QDateTime &t, const QDateTime &now)
{
    const QDateTime local = t.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int stateOrder(Silence::State s)
{
    switch (s) {
    case Silence::State::Active:
        return 0;
    case Silence::State::Pending:
        return 1;
    case Silence::State::Expired:
        return 2;
    }
    return 3;
}

} // namespace

SilencesModel::SilencesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

QString SilencesModel::matchersText(const std::vector<alerts::Matcher> &matchers)
{
    QStringList parts;
    for (const alerts::Matcher &m : matchers) {
        const QString op = m.isRegex ? (m.isEqual ? QStringLiteral("=~") : QStringLiteral("!~"))
                                     : (m.isEqual ? QStringLiteral("=") : QStringLiteral("!="));
        parts << clean(m.name, 100) + op + QLatin1Char('"') + clean(m.value, 200) + QLatin1Char('"');
    }
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

void SilencesModel::setBook(const alerts::AlertBookPtr &book)
{
    m_book = book;
    rebuild();
}

void SilencesModel::setNow(const QDateTime &now)
{
    const bool expiredWindowMoved = m_now.isValid() && now.isValid() && m_now.secsTo(now) > 60;
    m_now = now;
    if (expiredWindowMoved) {
        rebuild(); // silences that ended more than five days ago drop out
        return;
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft));
        Q_EMIT dataChanged(index(0, Warning), index(int(m_rows.size()) - 1, Warning));
    }
}

void SilencesModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_book) {
        const QDateTime oldest =
            m_now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(ExpiredShownFor).count());
        for (int i = 0; i < int(m_book->silences.size()); ++i) {
            const Silence &s = m_book->silences[std::size_t(i)].silence;
            if (s.state == Silence::State::Expired && s.endsAt < oldest)
                continue;
            Row r;
            r.book = i;
            for (const alerts::BookAlert &a : m_book->alerts)
                if (alerts::matchesAll(s.matchers, a.alert.labels)) {
                    const QString region = a.alert.label(u"region");
                    r.matched << clean(region.isEmpty() ? a.alert.name()
                                                        : a.alert.name() + QStringLiteral(" · ") + region);
                }
            m_rows.push_back(std::move(r));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
            const Silence &x = m_book->silences[std::size_t(a.book)].silence;
            const Silence &y = m_book->silences[std::size_t(b.book)].silence;
            if (x.state != y.state)
                return stateOrder(x.state) < stateOrder(y.state);
            if (x.state == Silence::State::Active)
                return x.endsAt < y.endsAt;
            if (x.state == Silence::State::Pending)
                return x.startsAt < y.startsAt;
            return x.endsAt > y.endsAt;
        });
    }
    endResetModel();
}

const alerts::BookSilence *SilencesModel::silence(int row) const
{
    if (!m_book || row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_book->silences[std::size_t(m_rows[std::size_t(row)].book)];
}

int SilencesModel::rowOf(const QString &id) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (silence(r)->hasId(id))
            return r;
    return -1;
}

int SilencesModel::matchedCount(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? int(m_rows[std::size_t(row)].matched.size()) : 0;
}

bool SilencesModel::warns(int row) const
{
    const alerts::BookSilence *s = silence(row);
    if (!s || s->silence.state != Silence::State::Active || matchedCount(row) == 0)
        return false;
    const qint64 left = m_now.secsTo(s->silence.endsAt);
    return left <= std::chrono::duration_cast<std::chrono::seconds>(WarnWithin).count();
}

int SilencesModel::warningCount() const
{
    int n = 0;
    for (int r = 0; r < int(m_rows.size()); ++r)
        n += warns(r) ? 1 : 0;
    return n;
}

QString SilencesModel::timeLeft(const Silence &s) const
{
    switch (s.state) {
    case Silence::State::Active:
        return alerts::Escalation::clock(std::chrono::seconds(std::max<qint64>(0, m_now.secsTo(s.endsAt))));
    case Silence::State::Pending:
        return tr("starts in %1").arg(engine::FigureFormat::age(m_now.secsTo(s.startsAt)));
    case Silence::State::Expired:
        return tr("ended %1 ago").arg(engine::FigureFormat::age(s.endsAt.secsTo(m_now)));
    }
    return {};
}

QString SilencesModel::warningText(const Row &r) const
{
    const Silence &s = m_book->silences[std::size_t(r.book)].silence;
    const QString left =
        alerts::Escalation::clock(std::chrono::seconds(std::max<qint64>(0, m_now.secsTo(s.endsAt))));
    const QString who = clean(s.createdBy, 100);
    const QString alertsText = r.matched.size() == 1
                                   ? tr("1 alert it matches still fires")
                                   : tr("%1 alerts it matches still fire").arg(r.matched.size());
    return tr("⚠ Silence by %1 (%2) ends in %3 while %4").arg(who, clean(s.comment, 80), left, alertsText);
}

QStringList SilencesModel::warnings() const
{
    QStringList out;
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (warns(r))
            out << warningText(m_rows[std::size_t(r)]);
    return out;
}

int SilencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SilencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilencesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const Silence &s = m_book->silences[std::size_t(r.book)].silence;
    const bool warn = warns(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StateColumn:
            return s.state == Silence::State::Active    ? tr("◌ Active")
                   : s.state == Silence::State::Pending ? tr("◷ Pending")
                                                        : tr("✓ Expired");
        case Matchers:
            return matchersText(s.matchers);
        case CreatedBy:
            return clean(s.createdBy, 100);
        case Comment:
            return clean(s.comment);
        case Starts:
            return when(s.startsAt, m_now);
        case Ends:
            return when(s.endsAt, m_now);
        case TimeLeft:
            return timeLeft(s);
        case Matches:
            return r.matched.isEmpty()
                       ? tr("none now")
                       : tr("%1: %2").arg(r.matched.size()).arg(r.matched.join(QStringLiteral(", ")));
        case Warning:
            return warn ? warningText(r) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Matches)
            return r.matched.join(QLatin1Char('\n'));
        if (index.column() == Comment)
            return clean(s.comment, 2000);
        return {};
    case Qt::BackgroundRole:
        if (warn && (index.column() == Warning || index.column() == TimeLeft))
            return StateStyle::colour(sla::State::Warning);
        return {};
    case Qt::ForegroundRole:
        if (warn && (index.column() == Warning || index.column() == TimeLeft))
            return QColor(Qt::black);
        if (s.state == Silence::State::Expired)
            return StateStyle::grey().darker(120);
        return {};
    case IdRole:
        return s.id;
    case StateRole:
        return int(s.state);
    case WarningRole:
        return warn;
    case MatchedNamesRole:
        return r.matched;
    }
    return {};
}

QVariant SilencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case Matchers:
        return tr("Matchers");
    case CreatedBy:
        return tr("Created by");
    case Comment:
        return tr("Comment");
    case Starts:
        return tr("Starts");
    case Ends:
        return tr("Ends");
    case TimeLeft:
        return tr("Time left");
    case Matches:
        return tr("Matches now");
    case Warning:
        return tr("Warning");
    }
    return {};
}

} // namespace slaops::ui
