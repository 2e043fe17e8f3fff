#include "alertbookbuilder.h"

#include "matching.h"

#include <QHash>
#include <algorithm>
#include <limits>
#include <numeric>

namespace slaops::alerts {

namespace {

// What the merge keeps per fingerprint besides the BookAlert itself.
struct Tally {
    int copies = 0;
    int silenced = 0;
    int suppressed = 0; // silenced or inhibited
    int fresh = 0;      // copies from instances that are up
};

void addSorted(QStringList &into, const QStringList &ids)
{
    for (const QString &id : ids)
        if (!into.contains(id))
            into.append(id);
}

// The previous book's index of each instance of this poll (by URL), or -1.
std::vector<int> previousIndices(const BookInput &in)
{
    std::vector<int> out(in.instances.size(), -1);
    if (!in.previous)
        return out;
    for (std::size_t i = 0; i < in.instances.size(); ++i)
        for (std::size_t j = 0; j < in.previous->instances.size(); ++j)
            if (in.previous->instances[j].url == in.instances[i].health.url)
                out[i] = int(j);
    return out;
}

bool holds(const std::vector<int> &instances, int index)
{
    return std::binary_search(instances.begin(), instances.end(), index);
}

class Merge {
public:
    explicit Merge(std::size_t expected)
    {
        m_index.reserve(qsizetype(expected));
        m_alerts.reserve(expected);
        m_tally.reserve(expected);
    }

    void add(const Alert &a, int instance, bool fresh)
    {
        auto it = m_index.constFind(a.fingerprint);
        std::size_t at = 0;
        if (it == m_index.constEnd()) {
            at = m_alerts.size();
            m_index.insert(a.fingerprint, at);
            m_alerts.push_back(BookAlert{a, {}, BookAlert::Status::Active, false});
            m_tally.emplace_back();
            m_alerts.back().alert.silencedBy.clear();
            m_alerts.back().alert.inhibitedBy.clear();
        } else {
            at = *it;
            BookAlert &b = m_alerts[at];
            if (b.instances.back() == instance)
                return; // one instance listing a fingerprint twice holds it once
            // The newest copy stands for the alert; on a tie the first instance's stays.
            if (a.updatedAt > b.alert.updatedAt) {
                QStringList silencedBy = std::move(b.alert.silencedBy);
                QStringList inhibitedBy = std::move(b.alert.inhibitedBy);
                b.alert = a;
                b.alert.silencedBy = std::move(silencedBy);
                b.alert.inhibitedBy = std::move(inhibitedBy);
            }
        }
        BookAlert &b = m_alerts[at];
        Tally &t = m_tally[at];
        b.instances.push_back(instance);
        addSorted(b.alert.silencedBy, a.silencedBy);
        addSorted(b.alert.inhibitedBy, a.inhibitedBy);
        ++t.copies;
        t.silenced += a.silenced() ? 1 : 0;
        t.suppressed += (a.silenced() || a.inhibited() || a.state == Alert::State::Suppressed) ? 1 : 0;
        t.fresh += fresh ? 1 : 0;
    }

    std::vector<BookAlert> finish()
    {
        for (std::size_t i = 0; i < m_alerts.size(); ++i) {
            BookAlert &b = m_alerts[i];
            const Tally &t = m_tally[i];
            b.status = t.silenced == t.copies     ? BookAlert::Status::Silenced
                       : t.suppressed == t.copies ? BookAlert::Status::Inhibited
                                                  : BookAlert::Status::Active;
            b.alert.state =
                b.status == BookAlert::Status::Active ? Alert::State::Active : Alert::State::Suppressed;
            b.stale = t.fresh == 0;
            b.alert.silencedBy.sort();
            b.alert.inhibitedBy.sort();
        }
        return std::move(m_alerts);
    }

private:
    QHash<QString, std::size_t> m_index;
    std::vector<BookAlert> m_alerts;
    std::vector<Tally> m_tally;
};

void mergeSilence(std::vector<BookSilence> &into, QHash<QString, std::size_t> &index, const Silence &s,
                  int instance)
{
    auto it = index.constFind(s.id);
    if (it == index.constEnd()) {
        index.insert(s.id, into.size());
        into.push_back(BookSilence{s, {instance}, 0, {}});
        return;
    }
    BookSilence &b = into[*it];
    if (b.instances.back() == instance)
        return;
    if (s.updatedAt > b.silence.updatedAt)
        b.silence = s;
    b.instances.push_back(instance);
}

QString twinKey(const Silence &s)
{
    QString key = s.createdBy + QChar(0) + s.comment + QChar(0) + QString::number(int(s.state));
    for (const Matcher &m : s.matchers)
        key += QChar(0) + m.name + QChar(1) + m.value + QChar(m.isRegex ? u'~' : u'=') +
               QChar(m.isEqual ? u'+' : u'-');
    return key;
}

bool disjoint(const std::vector<int> &a, const std::vector<int> &b)
{
    for (int x : a)
        if (holds(b, x))
            return false;
    return true;
}

// Silences sorted by id in, the same with each one's twins folded into the first of them out.
std::vector<BookSilence> joinTwins(std::vector<BookSilence> silences)
{
    constexpr qint64 kSameTimeMs = 60'000;
    QHash<QString, std::vector<std::size_t>> byKey;
    std::vector<bool> folded(silences.size(), false);
    for (std::size_t i = 0; i < silences.size(); ++i) {
        std::vector<std::size_t> &same = byKey[twinKey(silences[i].silence)];
        const Silence &s = silences[i].silence;
        for (std::size_t first : same) {
            BookSilence &head = silences[first];
            const auto close = [](const QDateTime &a, const QDateTime &b) {
                return a.isValid() == b.isValid() && std::abs(a.msecsTo(b)) <= kSameTimeMs;
            };
            if (!close(head.silence.startsAt, s.startsAt) || !close(head.silence.endsAt, s.endsAt))
                continue;
            bool apart = disjoint(head.instances, silences[i].instances);
            for (const SilenceCopy &t : head.twins)
                apart = apart && disjoint(t.instances, silences[i].instances);
            if (!apart)
                continue; // two silences alike on one cluster are two silences
            head.twins.push_back({s.id, silences[i].instances});
            folded[i] = true;
            break;
        }
        if (!folded[i])
            same.push_back(i);
    }
    std::vector<BookSilence> out;
    out.reserve(silences.size());
    for (std::size_t i = 0; i < silences.size(); ++i)
        if (!folded[i])
            out.push_back(std::move(silences[i]));
    return out;
}

void findDisagreements(const BookInput &in, AlertBook &book)
{
    for (const std::vector<int> &group : book.clusters) {
        std::vector<int> up;
        for (int i : group)
            if (book.instances[std::size_t(i)].up)
                up.push_back(i);
        if (up.size() < 2)
            continue;
        int differing = 0;
        for (const BookAlert &a : book.alerts) {
            int held = 0;
            for (int i : up)
                held += holds(a.instances, i) ? 1 : 0;
            if (held > 0 && held < int(up.size()))
                ++differing;
        }
        if (differing == 0)
            continue;
        QStringList names;
        for (int i : group)
            names << book.instances[std::size_t(i)].cluster.name;
        names.sort();
        PeerDisagreement d;
        d.cluster = names.join(QLatin1Char(','));
        d.instances = up;
        d.differing = differing;
        d.since = in.now;
        if (in.previous)
            for (const PeerDisagreement &p : in.previous->disagreements)
                if (p.cluster == d.cluster && p.since.isValid())
                    d.since = p.since;
        d.flagged = d.since.msecsTo(in.now) > 2 * in.refreshInterval.count();
        book.disagreements.push_back(std::move(d));
    }
}

// The book's order: severity, then startsAt, then fingerprint. The keys are computed once per
// alert, not once per comparison (a comparison of labels would dominate 10,000 alerts).
void sortAlerts(std::vector<BookAlert> &alerts)
{
    struct Key {
        int rank;
        qint64 starts;
        const QString *fingerprint;
        std::size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(alerts.size());
    for (std::size_t i = 0; i < alerts.size(); ++i)
        keys.push_back({AlertBookBuilder::severityRank(alerts[i].alert.severity()),
                        alerts[i].alert.startsAt.isValid() ? alerts[i].alert.startsAt.toMSecsSinceEpoch()
                                                           : std::numeric_limits<qint64>::min(),
                        &alerts[i].alert.fingerprint, i});
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.starts != b.starts)
            return a.starts < b.starts;
        return *a.fingerprint < *b.fingerprint;
    });
    std::vector<BookAlert> sorted;
    sorted.reserve(alerts.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(alerts[k.index]));
    alerts = std::move(sorted);
}

// Each silence's count of matching alerts. Most silences have an equality matcher (alertname=X):
// only the alerts with that label value are candidates, found through an index built once per
// label name; the others are matched against every alert.
void countMatches(std::vector<BookSilence> &silences, const std::vector<BookAlert> &alerts)
{
    QHash<QString, QHash<QString, std::vector<int>>> index; // label name -> value -> alerts
    const auto candidatesFor = [&](const QString &name, const QString &value) -> const std::vector<int> & {
        auto it = index.find(name);
        if (it == index.end()) {
            QHash<QString, std::vector<int>> byValue;
            for (std::size_t i = 0; i < alerts.size(); ++i)
                byValue[lookup(alerts[i].alert.labels, name)].push_back(int(i));
            it = index.insert(name, std::move(byValue));
        }
        static const std::vector<int> none;
        const auto v = it->constFind(value);
        return v == it->constEnd() ? none : *v;
    };
    for (BookSilence &s : silences) {
        const MatcherSet set(s.silence.matchers);
        const Matcher *key = nullptr;
        for (const Matcher &m : s.silence.matchers)
            if (m.isEqual && !m.isRegex) {
                key = &m;
                break;
            }
        int count = 0;
        if (key) {
            for (int i : candidatesFor(key->name, key->value))
                count += set.matches(alerts[std::size_t(i)].alert.labels) ? 1 : 0;
        } else {
            for (const BookAlert &a : alerts)
                count += set.matches(a.alert.labels) ? 1 : 0;
        }
        s.matchingAlerts = count;
    }
}

} // namespace

int AlertBookBuilder::severityRank(QStringView severity)
{
    static const QLatin1String order[] = {QLatin1String("critical"), QLatin1String("high"),
                                          QLatin1String("warning"),  QLatin1String("medium"),
                                          QLatin1String("low"),      QLatin1String("info")};
    static const int rank[] = {0, 1, 2, 2, 3, 4};
    for (std::size_t i = 0; i < std::size(order); ++i)
        if (severity.compare(order[i], Qt::CaseInsensitive) == 0)
            return rank[i];
    return 5;
}

std::vector<std::vector<int>> AlertBookBuilder::clusters(const std::vector<InstanceHealth> &instances)
{
    // Union-find over "one lists the other as a peer": Alertmanager's status names this peer and
    // every peer it gossips with, so two instances of one cluster name each other.
    std::vector<int> parent(instances.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](int i) {
        while (parent[std::size_t(i)] != i)
            i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        return i;
    };
    const auto clustered = [](const ClusterStatus &c) {
        return !c.name.isEmpty() && c.status != QLatin1String("disabled");
    };
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const ClusterStatus &a = instances[i].cluster;
        if (!clustered(a))
            continue;
        for (std::size_t j = i + 1; j < instances.size(); ++j) {
            const ClusterStatus &b = instances[j].cluster;
            if (clustered(b) && (a.peerNames.contains(b.name) || b.peerNames.contains(a.name)))
                parent[std::size_t(find(int(j)))] = find(int(i));
        }
    }
    std::vector<std::vector<int>> groups;
    std::vector<int> groupOf(instances.size(), -1);
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const int root = find(int(i));
        if (groupOf[std::size_t(root)] < 0) {
            groupOf[std::size_t(root)] = int(groups.size());
            groups.emplace_back();
        }
        groups[std::size_t(groupOf[std::size_t(root)])].push_back(int(i));
    }
    return groups;
}

std::vector<int> AlertBookBuilder::matching(const AlertBook &book, const std::vector<Matcher> &matchers)
{
    std::vector<int> out;
    if (matchers.empty())
        return out;
    const MatcherSet set(matchers);
    for (std::size_t i = 0; i < book.alerts.size(); ++i)
        if (set.matches(book.alerts[i].alert.labels))
            out.push_back(int(i));
    return out;
}

AlertBook AlertBookBuilder::build(const BookInput &in)
{
    AlertBook book;
    book.at = in.now;
    const std::vector<int> before = previousIndices(in);

    std::size_t expected = 0;
    for (const InstancePoll &p : in.instances)
        expected = std::max(expected, p.alerts.size());
    Merge merge(expected);
    std::vector<BookSilence> silences;
    QHash<QString, std::size_t> silenceIndex;

    for (std::size_t i = 0; i < in.instances.size(); ++i) {
        const InstancePoll &poll = in.instances[i];
        InstanceHealth h = poll.health;
        const InstanceHealth *last =
            before[i] >= 0 ? &in.previous->instances[std::size_t(before[i])] : nullptr;
        const int index = int(i);
        if (h.up) {
            h.lastSuccess = in.now;
            h.downSince = {};
            h.error = prom::TransportError::None;
            h.answerError = AnswerError::None;
            h.httpStatus = 0;
            h.message.clear();
            for (const Alert &a : poll.alerts)
                merge.add(a, index, true);
            for (const Silence &s : poll.silences)
                mergeSilence(silences, silenceIndex, s, index);
        } else {
            h.lastSuccess = last ? last->lastSuccess : QDateTime();
            h.downSince = last && last->downSince.isValid() ? last->downSince : in.now;
            if (last)
                h.cluster = last->cluster;
            if (last) {
                // What it held when last seen stays, marked stale by the merge.
                for (const BookAlert &a : in.previous->alerts)
                    if (holds(a.instances, before[i]))
                        merge.add(a.alert, index, false);
                for (const BookSilence &s : in.previous->silences)
                    for (const SilenceCopy &c : s.copies())
                        if (holds(c.instances, before[i])) {
                            Silence copy = s.silence;
                            copy.id = c.id;
                            mergeSilence(silences, silenceIndex, copy, index);
                        }
            }
        }
        book.instances.push_back(std::move(h));
    }

    book.alerts = merge.finish();
    sortAlerts(book.alerts);

    countMatches(silences, book.alerts);
    std::sort(silences.begin(), silences.end(),
              [](const BookSilence &a, const BookSilence &b) { return a.silence.id < b.silence.id; });
    book.silences = joinTwins(std::move(silences));

    book.clusters = clusters(book.instances);
    findDisagreements(in, book);
    return book;
}

} // namespace slaops::alerts
