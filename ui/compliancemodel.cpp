#include "compliancemodel.h"

#include "engine/figureformat.h"
#include "statestyle.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace slaops::ui {

using engine::Figure;
using engine::FigureFormat;
using sla::State;

namespace {

// The key that identifies a row across snapshots.
QString rowKey(const Figure &f)
{
    return f.region + QLatin1Char('\x1f') + f.id;
}

// A state colour as text. The Okabe-Ito orange and sky blue are too light to read as text on a light
// base (about 2:1), so there they are darkened to about 5:1; a dark base takes them as they are. The
// swatch beside the text keeps the exact colour.
QColor readable(const QColor &c)
{
    const bool lightBase = QGuiApplication::palette().color(QPalette::Base).lightness() > 128;
    return lightBase ? c.darker(150) : c;
}

QVariant number(double v)
{
    // NaN would make the proxy's ordering inconsistent; an unknown value has no sort value at all.
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

} // namespace

ComplianceModel::ComplianceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ComplianceModel::severity(State state)
{
    switch (state) {
    case State::Breach:
        return 5;
    case State::Error:
        return 4;
    case State::Stale:
        return 3;
    case State::NoData:
        return 2;
    case State::Warning:
        return 1;
    case State::Ok:
        return 0;
    }
    return 0;
}

void ComplianceModel::setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now)
{
    QHash<QString, std::size_t> byKey;
    if (snapshot)
        for (std::size_t i = 0; i < snapshot->figures.size(); ++i)
            byKey.insert(rowKey(snapshot->figures[i]), i);

    // Same set of figures: keep the rows where they are and only say that their data changed.
    bool sameSet = m_snapshot && snapshot && byKey.size() == qsizetype(m_rows.size()) &&
                   qsizetype(snapshot->figures.size()) == byKey.size();
    std::vector<std::size_t> rows;
    if (sameSet) {
        rows.reserve(m_rows.size());
        for (std::size_t old : m_rows) {
            const auto it = byKey.constFind(rowKey(m_snapshot->figures[old]));
            if (it == byKey.constEnd()) {
                sameSet = false;
                break;
            }
            rows.push_back(*it);
        }
    }

    if (sameSet) {
        m_snapshot = snapshot;
        m_now = now;
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }

    beginResetModel();
    m_snapshot = snapshot;
    m_now = now;
    m_rows.clear();
    m_regions.clear();
    if (m_snapshot) {
        m_rows.reserve(m_snapshot->figures.size());
        for (std::size_t i = 0; i < m_snapshot->figures.size(); ++i) {
            // A figure repeated with the same key would be a second row that no refresh could match.
            if (byKey.value(rowKey(m_snapshot->figures[i])) != i)
                continue;
            m_rows.push_back(i);
            const QString &region = m_snapshot->figures[i].region;
            if (!region.isEmpty() && !m_regions.contains(region))
                m_regions.append(region);
        }
    }
    endResetModel();
}

const Figure &ComplianceModel::figure(int row) const
{
    return m_snapshot->figures[m_rows[std::size_t(row)]];
}

int ComplianceModel::rowOf(const QString &id, const QString &region) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const Figure &f = figure(r);
        if (f.id == id && f.region == region)
            return r;
    }
    return -1;
}

int ComplianceModel::scopeRank(const QString &region) const
{
    return region.isEmpty() ? 0 : int(m_regions.indexOf(region)) + 1;
}

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplianceModel::displayText(const Figure &f, int column) const
{
    switch (column) {
    case Scope:
        return f.region.isEmpty() ? tr("Fleet") : f.region;
    case Sla:
        return f.name.isEmpty() ? f.id : f.name;
    case Value:
        return FigureFormat::value(f);
    case Target:
        if (!std::isfinite(f.target))
            return QStringLiteral("—");
        return (f.comparison == sla::Comparison::AtLeast ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) +
               FigureFormat::threshold(f.target, f.unit);
    case Alert:
        if (!std::isfinite(f.alert))
            return QStringLiteral("—");
        return (f.comparison == sla::Comparison::AtLeast ? QStringLiteral("< ") : QStringLiteral("> ")) +
               FigureFormat::threshold(f.alert, f.unit);
    case StateColumn:
        return StateStyle::words(f.state, f.lastKnown);
    case Age:
        return f.sampleTime.isValid() ? FigureFormat::age(std::max<qint64>(f.ageSeconds(m_now), 0))
                                      : QStringLiteral("—");
    case Source:
        // A value computed from the nodes themselves is not Prometheus' answer, and says so.
        return f.direct ? tr("direct scrape") : f.source;
    }
    return {};
}

QString ComplianceModel::toolTip(const Figure &f) const
{
    QStringList lines;
    lines << (f.name.isEmpty() ? f.id : f.name) + QStringLiteral(" — ") +
                 (f.region.isEmpty() ? tr("Fleet") : f.region);
    lines << StateStyle::words(f.state, f.lastKnown) + QStringLiteral(": ") + FigureFormat::value(f);
    if (!f.message.isEmpty())
        lines << f.message;
    for (const QString &w : f.warnings)
        lines << tr("Warning from Prometheus: %1").arg(w);
    if (!f.query.isEmpty())
        lines << tr("Query: %1").arg(f.query);
    if (!f.source.isEmpty())
        lines << tr("Source: %1").arg(f.source);
    if (f.queryLatencyMs >= 0)
        lines << tr("Query latency: %1 ms").arg(f.queryLatencyMs);
    return lines.join(QLatin1Char('\n'));
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = figure(index.row());
    const int column = index.column();
    const bool greyed = StateStyle::isGreyed(f.state);

    switch (role) {
    case Qt::DisplayRole:
        return displayText(f, column);
    case Qt::ToolTipRole:
        return toolTip(f);
    case Qt::AccessibleTextRole:
        // A screen reader hears the column with the cell, and the state as a word, not a glyph.
        if (column == StateColumn)
            return tr("State: %1").arg(sla::stateLabel(f.state));
        return QString(headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") +
                       displayText(f, column));
    case Qt::ForegroundRole:
        // Old or unconfirmed numbers are grey in every column, so they cannot be read as current.
        if (greyed)
            return StateStyle::grey();
        if (column == StateColumn || (column == Value && f.state == State::Breach))
            return readable(StateStyle::colour(f.state));
        return {};
    case Qt::DecorationRole:
        if (column == StateColumn)
            // The swatch is the state's own colour (grey for Stale, purple for Error), so that a
            // greyed row still tells which of the two it is.
            return StateStyle::colour(f.state);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Value || column == Target || column == Alert || column == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case Scope:
            return scopeRank(f.region);
        case Sla:
            return displayText(f, Sla);
        case Value:
            return number(f.value);
        case Target:
            return number(f.target);
        case Alert:
            return number(f.alert);
        case StateColumn:
            return severity(f.state);
        case Age:
            return f.sampleTime.isValid() ? QVariant(f.ageSeconds(m_now)) : QVariant();
        case Source:
            return displayText(f, Source);
        }
        return {};
    case StateRole:
        return int(f.state);
    case SeverityRole:
        return severity(f.state);
    case IdRole:
        return f.id;
    case RegionRole:
        return f.region;
    }
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scope:
        return tr("Scope");
    case Sla:
        return tr("SLA");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Alert:
        return tr("Alert at");
    case StateColumn:
        return tr("State");
    case Age:
        return tr("Age");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace slaops::ui
