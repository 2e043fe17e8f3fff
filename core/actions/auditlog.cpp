#include "auditlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAudit, "slaops.audit", QtInfoMsg)

namespace slaops::actions {

namespace {

constexpr qint64 kMaxLogBytes = 512LL * 1024 * 1024; // far beyond years of actions; a bound on reading

struct Head {
    int seq = 0;
    QByteArray hash;
    bool present = false;
    bool valid = false;
};

Head readHead(const QString &path)
{
    Head h;
    QFile f(path);
    if (!f.exists())
        return h;
    h.present = true;
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QList<QByteArray> parts = f.read(200).trimmed().split(' ');
    if (parts.size() != 2)
        return h;
    bool ok = false;
    h.seq = parts[0].toInt(&ok);
    h.hash = parts[1];
    h.valid = ok && h.seq >= 0 && h.hash.size() == 64;
    return h;
}

bool writeHead(const QString &path, int seq, const QByteArray &hash, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QByteArray::number(seq) + ' ' + hash + '\n');
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
}

QByteArray AuditLog::digest(QByteArrayView line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

bool AuditLog::append(const QString &kind, const QJsonObject &payload, QString *error, int *seq)
{
    QString why;
    QString *err = error ? error : &why;
    // The chain is extended only from a verified end: a broken log is reported, never papered over.
    // What this object verified or wrote itself is trusted while the log and its head still end there
    // (same size, same head), so that an action does not read the whole log three times.
    const Head head = readHead(headPath(m_path));
    const QFileInfo before(m_path);
    Verdict v;
    if (m_verifiedRecords >= 0 && before.exists() && before.size() == m_verifiedSize &&
        before.lastModified() == m_verifiedModified && head.valid && head.seq == m_verifiedRecords &&
        head.hash == m_verifiedHash) {
        v.intact = true;
        v.records = m_verifiedRecords;
    } else {
        v = verify(m_path);
    }
    if (!v.intact) {
        m_verifiedRecords = -1;
        *err = tr("the audit log %1 is broken (%2): no action is recorded on it").arg(m_path, v.reason);
        return false;
    }
    QJsonObject record = payload;
    record.insert(QStringLiteral("v"), 1);
    record.insert(QStringLiteral("seq"), v.records + 1);
    record.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    record.insert(QStringLiteral("kind"), kind);
    record.insert(QStringLiteral("prev"), QString::fromLatin1(v.records == 0 ? zeroDigest() : head.hash));
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *err = tr("cannot write the audit log %1: %2").arg(m_path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(line + '\n') != line.size() + 1 || !f.flush() || ::fsync(f.handle()) != 0) {
        *err = tr("cannot write the audit log %1: %2").arg(m_path, f.errorString());
        return false;
    }
    f.close();
    if (QString e; !writeHead(headPath(m_path), v.records + 1, digest(line), &e)) {
        *err = tr("cannot write the audit log's head %1: %2").arg(headPath(m_path), e);
        return false;
    }
    m_verifiedRecords = v.records + 1;
    m_verifiedHash = digest(line);
    const QFileInfo after(m_path);
    m_verifiedSize = after.size();
    m_verifiedModified = after.lastModified();
    qCInfo(lcAudit) << "recorded" << kind << "as record" << v.records + 1 << "of" << m_path;
    if (seq)
        *seq = v.records + 1;
    return true;
}

namespace {

// One record of a line as the viewer shows it; a line that is not a JSON object is kept as text.
AuditLog::Record recordOf(const QByteArray &text, int line, const QJsonDocument &doc)
{
    AuditLog::Record r;
    r.seq = line;
    if (!doc.isObject()) {
        // Kept as text, bounded: a broken line may be anything, and the viewer shows it as it is.
        r.json.insert(QStringLiteral("unreadable"), QString::fromUtf8(text.left(4096)));
        return r;
    }
    r.json = doc.object();
    if (const QJsonValue seq = r.json.value(QStringLiteral("seq")); seq.isDouble())
        r.seq = seq.toInt();
    r.kind = r.json.value(QStringLiteral("kind")).toString();
    r.at = QDateTime::fromString(r.json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace

// The one reader of the log: the chain's verdict (judged at the first broken record) and, when asked,
// every record, also past a broken one, from a single pass over the file.
AuditLog::Verdict AuditLog::scan(const QString &path, std::vector<Record> *records, QString *error)
{
    Verdict v;
    QFile f(path);
    const Head head = readHead(headPath(path));
    if (!f.exists()) {
        v.intact = !head.present;
        if (!v.intact)
            v.reason =
                tr("the log is missing but its head says %n record(s) were written", nullptr, head.seq);
        return v;
    }
    const auto unreadable = [&](const QString &why) {
        v.reason = why;
        if (error)
            *error = why;
        return v;
    };
    if (!f.open(QIODevice::ReadOnly))
        return unreadable(tr("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxLogBytes)
        return unreadable(tr("%1 is larger than %2 MiB").arg(path).arg(kMaxLogBytes / (1024 * 1024)));
    QByteArray prevHash = zeroDigest();
    int line = 0;
    bool broken = false;
    const auto breakAt = [&](int at, const QString &reason) {
        if (broken)
            return;
        broken = true;
        v.firstBroken = at;
        v.reason = tr("record %1: %2").arg(at).arg(reason);
    };
    while (!f.atEnd()) {
        QByteArray text = f.readLine();
        ++line;
        const bool whole = text.endsWith('\n');
        if (whole)
            text.chop(1);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
        if (records)
            records->push_back(recordOf(text, line, doc));
        if (broken) {
            if (!records)
                break;
            continue;
        }
        if (!whole) {
            breakAt(line, tr("cut short (no end of line)"));
            continue;
        }
        if (!doc.isObject()) {
            breakAt(line, tr("not a JSON object (%1)").arg(pe.errorString()));
            continue;
        }
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("v")).toInt() != 1) {
            breakAt(line, tr("unknown record version"));
            continue;
        }
        if (o.value(QStringLiteral("seq")).toInt() != line) {
            breakAt(line, tr("sequence number %1 where %2 belongs: records were removed or reordered")
                              .arg(o.value(QStringLiteral("seq")).toInt())
                              .arg(line));
            continue;
        }
        if (o.value(QStringLiteral("prev")).toString().toLatin1() != prevHash) {
            breakAt(line, tr("it does not follow the record before it: that one was edited, removed or "
                             "moved"));
            continue;
        }
        prevHash = digest(text);
        ++v.records;
    }
    if (broken)
        return v;
    if (!head.present) {
        if (v.records > 0) {
            breakAt(v.records, tr("the head file %1 is missing").arg(headPath(path)));
            return v;
        }
    } else if (!head.valid) {
        breakAt(v.records, tr("the head file %1 cannot be read").arg(headPath(path)));
        return v;
    } else if (head.seq != v.records || head.hash != (v.records ? prevHash : head.hash)) {
        breakAt(std::min(v.records, head.seq) + (head.seq > v.records ? 1 : 0),
                head.seq > v.records ? tr("the head says %1 records were written, the log holds %2: records "
                                          "were cut off the end")
                                           .arg(head.seq)
                                           .arg(v.records)
                                     : tr("the last record is not the one the head recorded: it was edited "
                                          "or replaced"));
        return v;
    }
    v.intact = true;
    return v;
}

AuditLog::Verdict AuditLog::verify(const QString &path)
{
    return scan(path, nullptr, nullptr);
}

std::vector<AuditLog::Record> AuditLog::read(const QString &path, QString *error)
{
    std::vector<Record> out;
    QString why;
    scan(path, &out, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return out;
}

AuditLog::Loaded AuditLog::load(const QString &path)
{
    Loaded l;
    l.verdict = scan(path, &l.records, &l.error);
    return l;
}

} // namespace slaops::actions
