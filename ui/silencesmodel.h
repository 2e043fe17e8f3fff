#pragma once

#include "alerts/alertbook.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <chrono>
#include <vector>

namespace slaops::ui {

// The silences of a book: active (ending soonest first), pending, then expired of the last days (most
// recent first), each with who made it and why, its time left, and the alerts it matches now, also
// when that is none (Karma's users ask for exactly those). A silence that ends within ten minutes
// while an alert it matches still fires carries a warning.
class SilencesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        Matchers,
        CreatedBy,
        Comment,
        Starts,
        Ends,
        TimeLeft,
        Matches,
        Warning,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,        // int(Silence::State)
        WarningRole,      // bool: ends soon while a matched alert fires
        MatchedNamesRole, // QStringList of "alertname · region"
    };
    static constexpr std::chrono::minutes WarnWithin{10};
    static constexpr std::chrono::hours ExpiredShownFor{5 * 24}; // Alertmanager's default retention

    explicit SilencesModel(QObject *parent = nullptr);

    void setBook(const alerts::AlertBookPtr &book);
    alerts::AlertBookPtr book() const { return m_book; }
    void setNow(const QDateTime &now);

    const alerts::BookSilence *silence(int row) const;
    int rowOf(const QString &id) const;
    int matchedCount(int row) const;
    bool warns(int row) const;
    int warningCount() const;
    // "⚠ Silence by alice (Rollback…) ends in 7:00 while 1 alert it matches still fires", one a line.
    QStringList warnings() const;

    static QString matchersText(const std::vector<alerts::Matcher> &matchers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int book = 0;
        QStringList matched; // "alertname · region" of the alerts it selects now
    };
    void rebuild();
    QString timeLeft(const alerts::Silence &s) const;
    QString warningText(const Row &r) const;

    alerts::AlertBookPtr m_book;
    QDateTime m_now;
    std::vector<Row> m_rows;
};

} // namespace slaops::ui
