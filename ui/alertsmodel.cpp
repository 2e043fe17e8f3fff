#include "alertsmodel.h"

#include "alerts/alertmessage.h"
#include "alertstyle.h"
#include "engine/figureformat.h"
#include "prom/servertext.h"
#include "statestyle.h"
#include "theme.h"

#include <QFont>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <map>

namespace slaops::ui {

using alerts::BookAlert;
using engine::FigureFormat;

namespace {

const QString kAcknowledged = QStringLiteral("\x1f"
                                             "acknowledged");
constexpr quintptr kSectionId = 0;
constexpr qsizetype kCellChars = 300; // a table cell; the details pane shows all of it

QString clean(const QString &s)
{
    return prom::ServerText::clean(s, kCellChars);
}

int exhaustionBucket(double seconds)
{
    if (!std::isfinite(seconds))
        return 5; // not burning, or unknown
    if (seconds < 3600)
        return 0;
    if (seconds < 6 * 3600)
        return 1;
    if (seconds < 86400)
        return 2;
    if (seconds < 3 * 86400)
        return 3;
    return 4;
}

QString httpUrl(const QString &text)
{
    const QUrl u(text, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"))
               ? text
               : QString();
}

QColor readable(const QColor &c)
{
    // Orange and yellow are too light to read as text on a light base; darkened there.
    return c.lightness() > 140 ? c.darker(170) : c;
}

} // namespace

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

QString AlertsModel::groupingName(Grouping g)
{
    switch (g) {
    case Grouping::Severity:
        return QStringLiteral("severity");
    case Grouping::Sla:
        return QStringLiteral("sla");
    case Grouping::Region:
        return QStringLiteral("region");
    }
    return QStringLiteral("severity");
}

AlertsModel::Grouping AlertsModel::parseGrouping(const QString &name)
{
    for (Grouping g : {Grouping::Severity, Grouping::Sla, Grouping::Region})
        if (groupingName(g) == name)
            return g;
    return Grouping::Severity;
}

void AlertsModel::setProfile(const config::Profile &profile)
{
    m_profile = profile;
    ++m_profileGeneration;
    rebuild();
}

void AlertsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void AlertsModel::setBook(const alerts::AlertBookPtr &book)
{
    m_book = book;
    rebuild();
}

void AlertsModel::setSnapshot(const engine::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void AlertsModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (int s = 0; s < int(m_sections.size()); ++s) {
        const int n = int(m_sections[std::size_t(s)].rows.size());
        if (n == 0)
            continue;
        const QModelIndex parent = index(s, 0);
        Q_EMIT dataChanged(index(0, Firing, parent), index(n - 1, Firing, parent), {Qt::DisplayRole});
        Q_EMIT dataChanged(index(0, Escalation, parent), index(n - 1, Escalation, parent));
    }
}

bool AlertsModel::isLastKnown(const BookAlert &a) const
{
    if (!m_book || a.instances.empty())
        return false;
    for (int i : a.instances)
        if (i >= 0 && std::size_t(i) < m_book->instances.size() && m_book->instances[std::size_t(i)].up)
            return false;
    return true;
}

alerts::Countdown AlertsModel::countdown(const BookAlert &a) const
{
    return alerts::Escalation::countdown(m_profile.escalation, a.alert,
                                         a.status == BookAlert::Status::Silenced, m_now);
}

AlertsModel::Row AlertsModel::makeRow(int bookIndex) const
{
    const BookAlert &ba = m_book->alerts[std::size_t(bookIndex)];
    const alerts::Alert &a = ba.alert;
    Row r;
    r.book = bookIndex;
    r.fingerprint = a.fingerprint;
    r.rank = AlertStyle::severityRank(a.severity());
    r.exhaustion = NAN;
    const QString slaId = a.label(u"sla");
    if (m_snapshot && !slaId.isEmpty())
        if (const engine::BudgetFigure *b = m_snapshot->budget(slaId))
            r.exhaustion = b->rolling.secondsToExhaustion;
    r.bucket = exhaustionBucket(r.exhaustion);
    r.lastKnown = isLastKnown(ba);
    const QString summary = clean(a.annotation(u"summary"));
    r.summary = summary.isEmpty() ? clean(a.name()) : clean(a.name()) + QStringLiteral(" — ") + summary;
    if (const engine::Figure *f = alerts::alertFigure(a, m_profile, m_snapshot.get())) {
        QString v = FigureFormat::value(*f);
        if (!sla::isKnown(f->state))
            v += QStringLiteral(" (") + sla::stateLabel(f->state) + QLatin1Char(')');
        r.value = tr("%1 · %2").arg(v, FigureFormat::target(*f));
    } else {
        r.value = QStringLiteral("—");
    }
    r.region = clean(a.label(u"region"));
    if (a.startsAt.isValid()) {
        const QDateTime local = a.startsAt.toLocalTime();
        r.startsAt = local.date() == m_now.toLocalTime().date()
                         ? local.toString(QStringLiteral("HH:mm:ss"))
                         : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    QStringList by;
    for (const QString &id : a.silencedBy) {
        const auto it = std::find_if(m_book->silences.begin(), m_book->silences.end(),
                                     [&id](const alerts::BookSilence &s) { return s.hasId(id); });
        if (it == m_book->silences.end())
            by << tr("silence %1").arg(id.left(8));
        else
            by << tr("%1: %2").arg(clean(it->silence.createdBy), clean(it->silence.comment));
    }
    by.removeDuplicates(); // one acknowledgement's copies on each cluster are one silence
    r.silencedBy = by.join(QStringLiteral("; "));
    r.runbook = httpUrl(a.annotation(u"runbook_url"));
    r.dashboard = httpUrl(a.annotation(u"dashboard_url"));
    if (r.dashboard.isEmpty())
        r.dashboard = httpUrl(a.generatorUrl);
    return r;
}

AlertsModel::Row AlertsModel::cachedRow(int bookIndex)
{
    const BookAlert &ba = m_book->alerts[std::size_t(bookIndex)];
    const auto it = m_cache.constFind(ba.alert.fingerprint);
    // updatedAt moves with every resend from Prometheus; the cells depend only on what is compared here.
    if (it != m_cache.constEnd() && it->status == int(ba.status) && it->startsAt == ba.alert.startsAt &&
        it->instances == ba.instances && it->silencedBy == ba.alert.silencedBy &&
        it->annotations == ba.alert.annotations && it->generatorUrl == ba.alert.generatorUrl) {
        Row r = it->row;
        r.book = bookIndex;
        return r;
    }
    Row r = makeRow(bookIndex);
    m_cache.insert(ba.alert.fingerprint, {r, ba.alert.startsAt, int(ba.status), ba.instances,
                                          ba.alert.silencedBy, ba.alert.annotations, ba.alert.generatorUrl});
    return r;
}

void AlertsModel::rebuild()
{
    std::vector<Section> sections;
    int count = 0;
    if (m_book) {
        // Most alerts of a book are the previous book's, unchanged: their cells are reused. What a row shows
        // beyond the alert itself (the snapshot, the profile, the silences, the instances' health, the local
        // date) is in the cache key; when any of it changes, every row is made again.
        QString key = QString::number(quintptr(m_snapshot.get())) + QLatin1Char('/') +
                      QString::number(m_profileGeneration) + QLatin1Char('/') +
                      m_now.toLocalTime().date().toString(Qt::ISODate);
        for (const alerts::InstanceHealth &h : m_book->instances)
            key += h.up ? QLatin1Char('u') : QLatin1Char('d');
        for (const alerts::BookSilence &bs : m_book->silences)
            key += bs.silence.id + bs.silence.updatedAt.toString(Qt::ISODateWithMs);
        if (key != m_cacheKey) {
            m_cache.clear();
            m_cacheKey = key;
        }

        std::map<QString, std::size_t> byKey;
        for (int i = 0; i < int(m_book->alerts.size()); ++i) {
            const BookAlert &ba = m_book->alerts[std::size_t(i)];
            Row row = cachedRow(i);
            QString key;
            if (ba.status == BookAlert::Status::Silenced)
                key = kAcknowledged;
            else if (m_grouping == Grouping::Severity)
                key = QString::number(row.rank) + QLatin1Char(':') + ba.alert.severity().toLower();
            else if (m_grouping == Grouping::Sla)
                key = ba.alert.label(u"sla");
            else
                key = ba.alert.label(u"region");
            auto [it, inserted] = byKey.try_emplace(key, sections.size());
            if (inserted) {
                Section s;
                s.key = key;
                s.acknowledged = key == kAcknowledged;
                sections.push_back(std::move(s));
            }
            Section &s = sections[it->second];
            s.rank = std::min(s.rank, row.rank);
            s.rows.push_back(std::move(row));
            ++count;
        }
        for (Section &s : sections) {
            std::stable_sort(s.rows.begin(), s.rows.end(), [this](const Row &a, const Row &b) {
                if (a.rank != b.rank)
                    return a.rank < b.rank;
                if (a.bucket != b.bucket)
                    return a.bucket < b.bucket;
                const BookAlert &x = m_book->alerts[std::size_t(a.book)];
                const BookAlert &y = m_book->alerts[std::size_t(b.book)];
                if (x.alert.startsAt != y.alert.startsAt)
                    return x.alert.startsAt < y.alert.startsAt; // firing longest first
                return x.alert.fingerprint < y.alert.fingerprint;
            });
            s.title = sectionTitle(s);
        }
        std::stable_sort(sections.begin(), sections.end(), [](const Section &a, const Section &b) {
            if (a.acknowledged != b.acknowledged)
                return b.acknowledged;
            if (a.rank != b.rank)
                return a.rank < b.rank;
            const int ab = a.rows.front().bucket, bb = b.rows.front().bucket;
            if (ab != bb)
                return ab < bb;
            return a.key < b.key;
        });
    }

    // The same sections holding the same alerts in the same places: only the data changed.
    bool same = sections.size() == m_sections.size();
    for (std::size_t s = 0; same && s < sections.size(); ++s) {
        same = sections[s].key == m_sections[s].key && sections[s].rows.size() == m_sections[s].rows.size();
        for (std::size_t r = 0; same && r < sections[s].rows.size(); ++r)
            same = sections[s].rows[r].fingerprint == m_sections[s].rows[r].fingerprint;
    }
    // Alerts that resolved leave the cache: it never holds more than one book's alerts and the last ones.
    if (m_cache.size() > 2 * qsizetype(count) + 64)
        m_cache.clear();
    if (!same)
        beginResetModel();
    m_sections = std::move(sections);
    m_alertCount = count;
    m_byFingerprint.clear();
    m_byFingerprint.reserve(count);
    for (int s = 0; s < int(m_sections.size()); ++s)
        for (int r = 0; r < int(m_sections[std::size_t(s)].rows.size()); ++r)
            m_byFingerprint.insert(
                m_book->alerts[std::size_t(m_sections[std::size_t(s)].rows[std::size_t(r)].book)]
                    .alert.fingerprint,
                {s, r});
    if (!same) {
        endResetModel();
        return;
    }
    if (m_sections.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_sections.size()) - 1, ColumnCount - 1));
    for (int s = 0; s < int(m_sections.size()); ++s) {
        const QModelIndex parent = index(s, 0);
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(int(m_sections[std::size_t(s)].rows.size()) - 1, ColumnCount - 1, parent));
    }
}

QString AlertsModel::sectionTitle(const Section &s) const
{
    const QString n = QString::number(s.rows.size());
    if (s.acknowledged)
        return tr("Acknowledged (silenced) — %1").arg(n);
    const alerts::Alert &first = m_book->alerts[std::size_t(s.rows.front().book)].alert;
    switch (m_grouping) {
    case Grouping::Severity:
        return tr("%1 — %2").arg(AlertStyle::severityTitle(first.severity()), n);
    case Grouping::Sla:
        if (s.key.isEmpty())
            return tr("No SLA — %1").arg(n);
        if (const config::SlaSpec *spec = m_profile.sla(s.key))
            return tr("%1 — %2").arg(spec->name, n);
        return tr("%1 — %2").arg(clean(s.key), n);
    case Grouping::Region:
        return s.key.isEmpty() ? tr("No region — %1").arg(n) : tr("%1 — %2").arg(clean(s.key), n);
    }
    return {};
}

const BookAlert *AlertsModel::alert(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId || !m_book)
        return nullptr;
    const std::size_t s = std::size_t(index.internalId() - 1);
    if (s >= m_sections.size() || std::size_t(index.row()) >= m_sections[s].rows.size())
        return nullptr;
    return &m_book->alerts[std::size_t(m_sections[s].rows[std::size_t(index.row())].book)];
}

QModelIndex AlertsModel::indexOf(const QString &fingerprint, int column) const
{
    const auto it = m_byFingerprint.constFind(fingerprint);
    if (it == m_byFingerprint.constEnd())
        return {};
    return index(it->second, column, index(it->first, 0));
}

QModelIndex AlertsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_sections.size()) ? createIndex(row, column, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.row() >= int(m_sections.size()))
        return {};
    if (row >= int(m_sections[std::size_t(parent.row())].rows.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AlertsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != kSectionId || parent.column() != 0 || parent.row() >= int(m_sections.size()))
        return 0;
    return int(m_sections[std::size_t(parent.row())].rows.size());
}

int AlertsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AlertsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionId) {
        if (index.row() >= int(m_sections.size()))
            return {};
        return sectionData(m_sections[std::size_t(index.row())], index.column(), role);
    }
    const std::size_t s = std::size_t(index.internalId() - 1);
    if (s >= m_sections.size() || std::size_t(index.row()) >= m_sections[s].rows.size())
        return {};
    return alertData(m_sections[s], m_sections[s].rows[std::size_t(index.row())], index.column(), role);
}

QVariant AlertsModel::sectionData(const Section &s, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return column == Summary ? s.title : QVariant();
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::DecorationRole:
        if (column == Summary && !s.acknowledged && m_grouping == Grouping::Severity)
            return AlertStyle::severityColour(
                m_book->alerts[std::size_t(s.rows.front().book)].alert.severity());
        return {};
    case IsSectionRole:
        return true;
    case SectionKeyRole:
        return s.key;
    case FingerprintRole:
        return QString();
    case SeverityRankRole:
        return s.rank;
    }
    return {};
}

QVariant AlertsModel::alertData(const Section &, const Row &r, int column, int role) const
{
    const BookAlert &ba = m_book->alerts[std::size_t(r.book)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Summary:
            return r.summary;
        case Value:
            return r.value;
        case Region:
            return r.region;
        case StartsAt:
            return r.startsAt;
        case Firing:
            return ba.alert.startsAt.isValid() ? FigureFormat::age(ba.alert.startsAt.secsTo(m_now))
                                               : QString();
        case State:
            return r.lastKnown ? tr("%1 · last known").arg(AlertStyle::statusWords(ba.status))
                               : AlertStyle::statusWords(ba.status);
        case SilencedBy:
            return r.silencedBy;
        case Escalation: {
            const alerts::Countdown c = countdown(ba);
            return QString(AlertStyle::countdownGlyph(c) + QLatin1Char(' ') + alerts::Escalation::text(c));
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Summary:
            return clean(ba.alert.annotation(u"description"));
        case StartsAt:
            return ba.alert.startsAt.toUTC().toString(Qt::ISODate);
        case Escalation: {
            const alerts::Countdown c = countdown(ba);
            const QString path = alerts::Escalation::pathText(c);
            return path.isEmpty() ? QString()
                                  : tr("%1 · %2 · %3")
                                        .arg(alerts::Escalation::deadlineText(c, m_now), path,
                                             alerts::Escalation::channelsText(c));
        }
        }
        return {};
    case Qt::DecorationRole:
        return column == Summary ? QVariant(AlertStyle::severityColour(ba.alert.severity())) : QVariant();
    case Qt::ForegroundRole:
        if (r.lastKnown || ba.status == BookAlert::Status::Silenced)
            return StateStyle::grey().darker(120);
        if (column == Escalation) {
            const alerts::Countdown c = countdown(ba);
            if (c.status == alerts::Countdown::Status::Overdue)
                return Theme::textOn(AlertStyle::countdownColour(c));
            return readable(AlertStyle::countdownColour(c));
        }
        return {};
    case Qt::BackgroundRole:
        if (column == Escalation && !r.lastKnown) {
            const alerts::Countdown c = countdown(ba);
            if (c.status == alerts::Countdown::Status::Overdue)
                return AlertStyle::countdownColour(c);
        }
        return {};
    case Qt::FontRole:
        if (column == Escalation && countdown(ba).status == alerts::Countdown::Status::Overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case FingerprintRole:
        return ba.alert.fingerprint;
    case IsSectionRole:
        return false;
    case SeverityRankRole:
        return r.rank;
    case StatusRole:
        return int(ba.status);
    case CountdownRole:
        return int(countdown(ba).status);
    case LastKnownRole:
        return r.lastKnown;
    case RunbookRole:
        return r.runbook.isEmpty() ? QUrl() : QUrl(r.runbook);
    case DashboardRole:
        return r.dashboard.isEmpty() ? QUrl() : QUrl(r.dashboard);
    case ExhaustionRole:
        return r.exhaustion;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Summary:
        return tr("Alert");
    case Value:
        return tr("Value · target");
    case Region:
        return tr("Region");
    case StartsAt:
        return tr("Started");
    case Firing:
        return tr("Firing for");
    case State:
        return tr("State");
    case SilencedBy:
        return tr("Silenced by");
    case Escalation:
        return tr("Escalation");
    }
    return {};
}

} // namespace slaops::ui
