#include "incidentlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcIncidentLog, "slaops.alerts.incidentlog", QtInfoMsg)

namespace slaops::alerts {

namespace {
constexpr int kVersion = 1;
// Far beyond any real entry; a longer line is damage, not an entry, and is not parsed.
constexpr qsizetype kMaxLine = 64 * 1024;
} // namespace

QString IncidentLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/incident-log.jsonl");
}

IncidentLog::IncidentLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
}

QByteArray IncidentLog::encode(const ChecklistEntry &e)
{
    QJsonObject o{
        {QStringLiteral("v"), kVersion},
        {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("fingerprint"), e.fingerprint},
        {QStringLiteral("alertname"), e.alertName},
        {QStringLiteral("step"), e.step},
        {QStringLiteral("ticked"), e.ticked},
        {QStringLiteral("by"), e.by},
    };
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ChecklistEntry> IncidentLog::decode(QByteArrayView line, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (line.size() > kMaxLine)
        return fail(QStringLiteral("line too long (%1 bytes)").arg(line.size()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(err.errorString());
    if (!doc.isObject())
        return fail(QStringLiteral("not an object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != kVersion)
        return fail(QStringLiteral("unknown version"));
    ChecklistEntry e;
    e.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    e.step = o.value(QStringLiteral("step")).toString();
    e.alertName = o.value(QStringLiteral("alertname")).toString();
    e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const QJsonValue ticked = o.value(QStringLiteral("ticked"));
    e.by = o.value(QStringLiteral("by")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    if (e.fingerprint.isEmpty() || e.step.isEmpty())
        return fail(QStringLiteral("no fingerprint or step"));
    if (!e.at.isValid())
        return fail(QStringLiteral("no valid time"));
    if (!ticked.isBool())
        return fail(QStringLiteral("no ticked flag"));
    e.ticked = ticked.toBool();
    return e;
}

IncidentLog::LoadResult IncidentLog::load()
{
    LoadResult r;
    m_states.clear();
    QFile f(m_path);
    if (!f.exists())
        return r;
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = f.errorString();
        qCWarning(lcIncidentLog).noquote() << m_path << ":" << r.error;
        return r;
    }
    int lineNo = 0;
    // Bounded by the file: one pass, one line at a time.
    while (!f.atEnd()) {
        QByteArray line = f.readLine(kMaxLine + 2);
        ++lineNo;
        if (line.size() > kMaxLine && !line.endsWith('\n')) {
            // The rest of an overlong line is part of the same damage.
            while (!f.atEnd() && !line.endsWith('\n'))
                line = f.readLine(kMaxLine + 2);
            line = QByteArray(kMaxLine + 1, 'x');
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString why;
        const std::optional<ChecklistEntry> e = decode(trimmed, &why);
        if (!e) {
            ++r.skipped;
            const QString w = QStringLiteral("%1:%2: skipped: %3").arg(m_path).arg(lineNo).arg(why);
            r.warnings << w;
            qCWarning(lcIncidentLog).noquote() << w;
            continue;
        }
        m_states[e->fingerprint].apply(*e);
        ++r.entries;
    }
    return r;
}

bool IncidentLog::append(const std::vector<ChecklistEntry> &entries, QString *error)
{
    if (entries.empty())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        return false;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadWrite)) {
        if (error)
            *error = f.errorString();
        qCWarning(lcIncidentLog).noquote() << m_path << ":" << f.errorString();
        return false;
    }
    QByteArray out;
    // A previous write cut short (power loss) left no newline: start on a fresh line, so the damage stays
    // one skipped line and never swallows this entry.
    if (f.size() > 0 && f.seek(f.size() - 1)) {
        char last = 0;
        if (f.getChar(&last) && last != '\n')
            out += '\n';
    }
    for (const ChecklistEntry &e : entries)
        out += encode(e) + '\n';
    f.seek(f.size());
    if (f.write(out) != out.size() || !f.flush()) {
        if (error)
            *error = f.errorString();
        qCWarning(lcIncidentLog).noquote() << m_path << ":" << f.errorString();
        return false;
    }
    for (const ChecklistEntry &e : entries)
        m_states[e.fingerprint].apply(e);
    return true;
}

ChecklistState IncidentLog::state(const QString &fingerprint) const
{
    const auto it = m_states.find(fingerprint);
    return it == m_states.end() ? ChecklistState{} : it->second;
}

} // namespace slaops::alerts
