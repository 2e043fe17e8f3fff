#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace slaops::actions {

// The containment audit log: JSON lines, one record before an action runs (its intent) and one after
// (its outcome). Each record carries its sequence number and the SHA-256 of the previous record's
// line, so that editing, reordering or deleting a record breaks the chain; the newest record's number
// and hash are kept apart, in FILE.head, so that cutting records off the end is caught too.
//
// A line: {"v":1,"seq":7,"at":"2026-12-01T10:00:00.000Z","kind":"intent","prev":"<64 hex>",...payload}
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // audit.jsonl in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    static QString headPath(const QString &logPath) { return logPath + QStringLiteral(".head"); }

    explicit AuditLog(const QString &path = {});
    QString path() const { return m_path; }

    // Appends one record: `payload`'s keys beside v, seq, at, kind and prev (which it may not carry).
    // The line is flushed to disk before the head is replaced. False, with `error` set, when the log
    // cannot be written or is broken already (an action must not run on a log it cannot extend).
    // `seq`, when given, receives the new record's sequence number (an outcome names its intent's).
    bool append(const QString &kind, const QJsonObject &payload, QString *error = nullptr,
                int *seq = nullptr);

    struct Verdict {
        bool intact = false;
        int records = 0;     // records read
        int firstBroken = 0; // 1-based line of the first broken record; 0 when intact or unreadable
        QString reason;      // for people; empty when intact
    };
    // Reads the whole log and its head. A missing log with no head is an intact empty log.
    static Verdict verify(const QString &path);

    // One line of the log as it stands, for the viewer. A line that is not a JSON object is kept too
    // (kind empty, json {"unreadable": the text}): the viewer shows what is there, verify() judges it.
    struct Record {
        int seq = 0;      // the record's own seq; the line number when it has none
        QDateTime at;     // UTC; invalid when the record has no readable time
        QString kind;     // "intent", "outcome", "verification", ...
        QJsonObject json; // the whole record
    };
    // Every line of the log, also past a broken one (the chain's verdict is verify()'s, kept apart).
    // Empty, with `error` set, when the log cannot be read; a missing log is an empty one.
    static std::vector<Record> read(const QString &path, QString *error = nullptr);

    // Both from one read of the log: what the viewer shows and the chain's verdict (error: the log could
    // not be read at all). Off the GUI thread in the console: a long log takes a while.
    struct Loaded {
        std::vector<Record> records;
        Verdict verdict;
        QString error;
    };
    static Loaded load(const QString &path);

    // The SHA-256 (hex) of one record's line, as the next record's prev carries it.
    static QByteArray digest(QByteArrayView line);
    static QByteArray zeroDigest() { return QByteArray(64, '0'); }

private:
    static Verdict scan(const QString &path, std::vector<Record> *records, QString *error);

    QString m_path;
    // The end of the chain as this object last verified or wrote it, with the log's size and time
    // then: an append whose log has not changed since extends it without reading it all again.
    int m_verifiedRecords = -1;
    QByteArray m_verifiedHash;
    qint64 m_verifiedSize = -1;
    QDateTime m_verifiedModified;
};

} // namespace slaops::actions
