#include "auditmodel.h"

#include "prom/servertext.h"
#include "statestyle.h"
#include "theme.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slaops::ui {

namespace {

// A record's plan: under "plan" (intent, outcome), or the record itself when it is one.
QJsonObject planOf(const QJsonObject &o)
{
    const QJsonValue p = o.value(QStringLiteral("plan"));
    return p.isObject() ? p.toObject() : o;
}

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (const QJsonValue v = o.value(QLatin1String(k)); v.isString() && !v.toString().isEmpty())
            return v.toString();
    return {};
}

QString targetText(const QJsonObject &record)
{
    const QJsonValue t = planOf(record).value(QStringLiteral("target"));
    if (t.isString())
        return t.toString();
    const QJsonObject to = t.toObject();
    QStringList parts;
    for (const char *k : {"context", "namespace", "kind", "name"})
        if (const QString s = to.value(QLatin1String(k)).toString(); !s.isEmpty())
            parts << s;
    return parts.join(QLatin1Char('/'));
}

QString resultText(const QJsonObject &o, const QString &kind)
{
    if (o.contains(QStringLiteral("unreadable")))
        return AuditModel::tr("unreadable line");
    // Verification: its overall verdict, wherever the record keeps it.
    const QJsonObject ver = o.value(QStringLiteral("verification")).toObject();
    if (const QString v = firstString(ver.isEmpty() ? o : ver, {"overall", "verdict"}); !v.isEmpty())
        return v;
    if (kind == QLatin1String("intent"))
        return AuditModel::tr("about to run");
    if (o.value(QStringLiteral("changedSincePreview")).toBool())
        return AuditModel::tr("changed since the preview: nothing applied");
    if (const QString e = firstString(o, {"error"}); !e.isEmpty())
        return AuditModel::tr("refused: %1").arg(e);
    if (o.value(QStringLiteral("applied")).isBool())
        return o.value(QStringLiteral("applied")).toBool() ? AuditModel::tr("applied")
                                                           : AuditModel::tr("not applied");
    if (o.value(QStringLiteral("exitCode")).isDouble())
        return AuditModel::tr("exit code %1").arg(o.value(QStringLiteral("exitCode")).toInt());
    return {};
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setRecords(std::vector<actions::AuditLog::Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void AuditModel::setFirstBroken(int line)
{
    if (line == m_firstBroken)
        return;
    m_firstBroken = line;
    if (!m_records.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const actions::AuditLog::Record *AuditModel::record(int row) const
{
    return row >= 0 && row < int(m_records.size()) ? &m_records[std::size_t(row)] : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::cellText(const actions::AuditLog::Record &r, Column c)
{
    // Everything in a record came from outside this process at some point: cleaned before shown.
    const auto clean = [](const QString &s) { return prom::ServerText::clean(s, 300); };
    switch (c) {
    case Seq:
        return QString::number(r.seq);
    case Time:
        return r.at.isValid() ? r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : QString();
    case Kind:
        return clean(r.kind);
    case Actor:
        return clean(firstString(r.json, {"actor", "who", "user"}));
    case Action: {
        const QString title = firstString(planOf(r.json), {"title"});
        return clean(title.isEmpty() ? firstString(r.json, {"action"}) : title);
    }
    case Target:
        return clean(targetText(r.json));
    case Result:
        return clean(resultText(r.json, r.kind));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const actions::AuditLog::Record *r = record(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool broken = m_firstBroken > 0 && index.row() == m_firstBroken - 1;
    switch (role) {
    case Qt::DisplayRole:
        return broken && index.column() == Seq ? tr("✖ %1").arg(cellText(*r, Seq))
                                               : cellText(*r, Column(index.column()));
    case Qt::AccessibleTextRole:
        return broken && index.column() == Seq ? tr("chain broken here: record %1").arg(r->seq)
                                               : cellText(*r, Column(index.column()));
    case Qt::BackgroundRole:
        return broken ? QVariant(StateStyle::colour(sla::State::Breach)) : QVariant();
    case Qt::ForegroundRole:
        return broken ? QVariant(Theme::textOn(StateStyle::colour(sla::State::Breach))) : QVariant();
    case Qt::ToolTipRole:
        if (broken)
            return tr("The chain breaks at this record: it, or the one before it, was edited, removed or "
                      "moved");
        if (index.column() == Time && r->at.isValid())
            return tr("%1 local, %2 UTC")
                .arg(r->at.toLocalTime().toString(Qt::ISODate), r->at.toUTC().toString(Qt::ISODateWithMs));
        return cellText(*r, Column(index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case JsonRole:
        return QString::fromUtf8(QJsonDocument(r->json).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Record");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace slaops::ui
