#pragma once

#include "checklist.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace slaops::alerts {

// The local incident log: every checklist tick, one JSON object a line, appended as it happens, so
// that a restart (or a crash) loses nothing and reading the file back rebuilds every checklist. A line
// that cannot be read (a crash mid-write, a hand edit) is skipped with a warning; the rest still counts.
//
// A line: {"v":1,"at":"2026-11-27T03:04:05.000Z","fingerprint":"…","alertname":"…","step":"…",
//          "ticked":true,"by":"alice","note":"…"}
class IncidentLog {
public:
    // incident-log.jsonl in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // An empty path means defaultPath().
    explicit IncidentLog(const QString &path = {});

    QString path() const { return m_path; }

    struct LoadResult {
        int entries = 0; // lines applied
        int skipped = 0; // lines that could not be read
        QStringList warnings;
        QString error; // the file exists but cannot be opened; empty otherwise
    };
    // Reads the whole file and rebuilds the state; a missing file is an empty log.
    LoadResult load();

    // Appends the entries (one flush) and applies them; false with `error` set when the file cannot be
    // written (the state is then left as it was, so the screen never claims what the log lacks).
    bool append(const std::vector<ChecklistEntry> &entries, QString *error = nullptr);

    ChecklistState state(const QString &fingerprint) const;
    std::size_t alertCount() const { return m_states.size(); }

    static QByteArray encode(const ChecklistEntry &entry);
    // Null with `why` set when the line is not a valid entry.
    static std::optional<ChecklistEntry> decode(QByteArrayView line, QString *why = nullptr);

private:
    QString m_path;
    std::map<QString, ChecklistState> m_states;
};

} // namespace slaops::alerts
