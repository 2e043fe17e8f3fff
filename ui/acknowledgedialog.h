#pragma once

#include "alerts/alertbook.h"

#include <QDateTime>
#include <QDialog>
#include <chrono>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace slaops::ui {

// Acknowledge = a silence in Alertmanager (issue 8). The author comes from Settings, a comment is
// required, the duration defaults by severity (critical 1 h, high 2 h, medium 4 h, low 8 h), and the
// matchers select exactly that alert (all its labels, editable, regex allowed). Before anything is
// sent, it shows what the matchers select in the current book, count and list, as Alertmanager would
// match them (alerts/matching.h). The dialog only emits a SilenceRequest: the app sends it.
class AcknowledgeDialog : public QDialog {
    Q_OBJECT
public:
    AcknowledgeDialog(const alerts::BookAlert &alert, alerts::AlertBookPtr book, const QString &author,
                      const QDateTime &now, QWidget *parent = nullptr);

    static std::chrono::minutes defaultDuration(QStringView severity);

    // The silence as entered now (times from the dialog's clock).
    alerts::SilenceRequest request() const;
    std::vector<alerts::Matcher> matchers() const;
    // The problems with what is entered now, in words; empty when it can be sent.
    QStringList validate() const;
    QString errorText() const;
    // The preview, recomputed at once (it also follows every edit, shortly after).
    void updatePreview();
    int previewCount() const { return m_previewCount; }
    QStringList previewNames() const;

    // Replaces the matcher rows (tests, and "silence the whole region" by hand).
    void setMatchers(const std::vector<alerts::Matcher> &matchers);
    void accept() override;

Q_SIGNALS:
    void silenceRequested(const slaops::alerts::SilenceRequest &request);

private:
    void addMatcherRow(const alerts::Matcher &m);
    void schedulePreview();

    alerts::AlertBookPtr m_book;
    QDateTime m_now;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QSpinBox *m_duration = nullptr;
    QTableWidget *m_matchers = nullptr;
    QLabel *m_previewCountLabel = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_previewTimer = nullptr;
    int m_previewCount = 0;
};

} // namespace slaops::ui
