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
    const Verdict v = verify(m_path);
    if (!v.intact) {
        *err = tr("the audit log %1 is broken (%2): no action is recorded on it").arg(m_path, v.reason);
        return false;
    }
    const Head head = readHead(headPath(m_path));
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
    qCInfo(lcAudit) << "recorded" << kind << "as record" << v.records + 1 << "of" << m_path;
    if (seq)
        *seq = v.records + 1;
    return true;
}

AuditLog::Verdict AuditLog::verify(const QString &path)
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
    if (!f.open(QIODevice::ReadOnly)) {
        v.reason = tr("cannot read %1: %2").arg(path, f.errorString());
        return v;
    }
    if (f.size() > kMaxLogBytes) {
        v.reason = tr("%1 is larger than %2 MiB").arg(path).arg(kMaxLogBytes / (1024 * 1024));
        return v;
    }
    QByteArray prevHash = zeroDigest();
    int line = 0;
    const auto broken = [&](const QString &reason) {
        v.firstBroken = line;
        v.reason = tr("record %1: %2").arg(line).arg(reason);
        return v;
    };
    while (!f.atEnd()) {
        QByteArray text = f.readLine();
        ++line;
        if (!text.endsWith('\n'))
            return broken(tr("cut short (no end of line)"));
        text.chop(1);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
        if (!doc.isObject())
            return broken(tr("not a JSON object (%1)").arg(pe.errorString()));
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("v")).toInt() != 1)
            return broken(tr("unknown record version"));
        if (o.value(QStringLiteral("seq")).toInt() != line)
            return broken(tr("sequence number %1 where %2 belongs: records were removed or reordered")
                              .arg(o.value(QStringLiteral("seq")).toInt())
                              .arg(line));
        if (o.value(QStringLiteral("prev")).toString().toLatin1() != prevHash)
            return broken(tr("it does not follow the record before it: that one was edited, removed or "
                             "moved"));
        prevHash = digest(text);
        ++v.records;
    }
    if (!head.present) {
        if (v.records > 0) {
            line = v.records;
            return broken(tr("the head file %1 is missing").arg(headPath(path)));
        }
    } else if (!head.valid) {
        line = v.records;
        return broken(tr("the head file %1 cannot be read").arg(headPath(path)));
    } else if (head.seq != v.records || head.hash != (v.records ? prevHash : head.hash)) {
        line = std::min(v.records, head.seq) + (head.seq > v.records ? 1 : 0);
        return broken(head.seq > v.records
                          ? tr("the head says %1 records were written, the log holds %2: records were cut "
                               "off the end")
                                .arg(head.seq)
                                .arg(v.records)
                          : tr("the last record is not the one the head recorded: it was edited or "
                               "replaced"));
    }
    v.intact = true;
    return v;
}

std::vector<AuditLog::Record> AuditLog::read(const QString &path, QString *error)
{
    std::vector<Record> out;
    QFile f(path);
    if (!f.exists())
        return out;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::vector<Record>{};
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxLogBytes)
        return fail(tr("%1 is larger than %2 MiB").arg(path).arg(kMaxLogBytes / (1024 * 1024)));
    int line = 0;
    while (!f.atEnd()) {
        QByteArray text = f.readLine();
        ++line;
        if (text.endsWith('\n'))
            text.chop(1);
        Record r;
        r.seq = line;
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (!doc.isObject()) {
            // Kept as text, bounded: a broken line may be anything, and the viewer shows it as it is.
            r.json.insert(QStringLiteral("unreadable"), QString::fromUtf8(text.left(4096)));
            out.push_back(std::move(r));
            continue;
        }
        r.json = doc.object();
        if (const QJsonValue seq = r.json.value(QStringLiteral("seq")); seq.isDouble())
            r.seq = seq.toInt();
        r.kind = r.json.value(QStringLiteral("kind")).toString();
        r.at = QDateTime::fromString(r.json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace slaops::actions
