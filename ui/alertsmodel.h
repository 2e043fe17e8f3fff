#pragma once

#include "alerts/alertbook.h"
#include "alerts/escalation.h"
#include "config/profile.h"
#include "engine/snapshot.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <vector>

namespace slaops::ui {

// The alerts of a book as a two-level tree: sections (by severity, SLA or region; acknowledged
// alerts in a section of their own, last), and in each the alerts, by severity, then by how soon the
// error budget of their SLA runs out (from the engine's snapshot), then by how long they have fired.
//
// Made for a wide incident: everything but the two clock columns is computed once per book, so
// data() is a lookup; a book that brings back the same alerts in the same places emits dataChanged,
// never a reset, so views keep selection and scroll position. The time to exhaustion is bucketed
// (within the hour, 6 h, a day, 3 days, later, not burning) so that a budget that burns a little
// faster between two refreshes does not make rows jump.
class AlertsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Grouping { Severity, Sla, Region };
    enum Column { Summary, Value, Region, StartsAt, Firing, State, SilencedBy, Escalation, ColumnCount };
    enum Role {
        FingerprintRole = Qt::UserRole + 1, // an alert row's fingerprint; empty on a section
        IsSectionRole,
        SeverityRankRole, // AlertStyle::severityRank
        StatusRole,       // int(BookAlert::Status)
        CountdownRole,    // int(Countdown::Status)
        LastKnownRole,    // true: every instance holding it is down
        RunbookRole,      // QUrl, http(s) only; invalid when none
        DashboardRole,    // QUrl: dashboard_url, else the generator URL
        ExhaustionRole,   // seconds until the SLA's budget is spent (rolling), NaN when unknown
        SectionKeyRole,   // a section's key (severity, SLA id, region, or "\x1facknowledged")
    };

    explicit AlertsModel(QObject *parent = nullptr);

    void setProfile(const config::Profile &profile);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setBook(const alerts::AlertBookPtr &book);
    alerts::AlertBookPtr book() const { return m_book; }
    void setSnapshot(const engine::SnapshotPtr &snapshot);
    engine::SnapshotPtr snapshot() const { return m_snapshot; }
    // The clock the firing time and the countdowns are written against; emits dataChanged for those
    // two columns only.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    // The book's alert behind an index (an alert row, any column), or null.
    const alerts::BookAlert *alert(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &fingerprint, int column = 0) const;
    alerts::Countdown countdown(const alerts::BookAlert &a) const;
    // Whether every instance that holds the alert is down: what is shown is the last known state.
    bool isLastKnown(const alerts::BookAlert &a) const;
    int sectionCount() const { return int(m_sections.size()); }
    int alertCount() const { return m_alertCount; }

    static QString groupingName(Grouping g); // "severity", "sla", "region": as Settings stores it
    static Grouping parseGrouping(const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // What is shown of one alert, computed when the book or the snapshot changes.
    struct Row {
        int book = 0; // index into m_book->alerts
        int rank = 5;
        int bucket = 5;
        double exhaustion = 0;
        bool lastKnown = false;
        QString summary;
        QString value;
        QString region;
        QString startsAt;
        QString silencedBy;
        QString runbook;
        QString dashboard;
    };
    struct Section {
        QString key;
        QString title;
        int rank = 5;
        bool acknowledged = false;
        std::vector<Row> rows;
    };

    void rebuild();
    Row makeRow(int bookIndex) const;
    QString sectionTitle(const Section &s) const;
    QVariant alertData(const Section &s, const Row &r, int column, int role) const;
    QVariant sectionData(const Section &s, int column, int role) const;

    config::Profile m_profile;
    Grouping m_grouping = Grouping::Severity;
    alerts::AlertBookPtr m_book;
    engine::SnapshotPtr m_snapshot;
    QDateTime m_now;
    std::vector<Section> m_sections;
    QHash<QString, std::pair<int, int>> m_byFingerprint; // -> (section, row)
    int m_alertCount = 0;
};

} // namespace slaops::ui
