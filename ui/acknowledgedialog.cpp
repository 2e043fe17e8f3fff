#include "acknowledgedialog.h"

#include "alerts/matching.h"
#include "alertstyle.h"
#include "config/settings.h"
#include "prom/servertext.h"
#include "statestyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {

enum MatcherColumn { NameColumn, OperatorColumn, ValueColumn };
// The list shows this many; the count is always exact. A wide incident lists thousands.
constexpr int kPreviewListed = 200;

const char *const kOperators[] = {"=", "!=", "=~", "!~"};

int operatorIndex(const alerts::Matcher &m)
{
    return (m.isRegex ? 2 : 0) + (m.isEqual ? 0 : 1);
}

} // namespace

std::chrono::minutes AcknowledgeDialog::defaultDuration(QStringView severity)
{
    using namespace std::chrono_literals;
    switch (AlertStyle::severityRank(severity)) {
    case 0:
        return 60min;
    case 1:
        return 120min;
    case 2:
        return 240min;
    case 3:
        return 480min;
    }
    return 60min; // unknown: the shortest, so that nothing stays hidden for long by mistake
}

AcknowledgeDialog::AcknowledgeDialog(const alerts::BookAlert &alert, alerts::AlertBookPtr book,
                                     const QString &author, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_book(std::move(book))
    , m_now(now)
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge %1").arg(prom::ServerText::clean(alert.alert.name(), 120)));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Acknowledging creates a silence in Alertmanager: the alert stops "
                                "notifying until the silence ends."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_author = new QLineEdit(author, this);
    m_author->setObjectName(QStringLiteral("author"));
    m_author->setAccessibleName(tr("Author"));
    auto *authorLabel = new QLabel(tr("&Author:"), this);
    authorLabel->setBuddy(m_author);
    form->addRow(authorLabel, m_author);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Required: what you are doing about it, a ticket, a link"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4);
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(1, 30 * 24 * 60);
    m_duration->setSingleStep(30);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(int(defaultDuration(alert.alert.severity()).count()));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, m_duration);
    layout->addLayout(form);

    auto *matchersLabel =
        new QLabel(tr("&Matchers (all must hold; =~ and !~ are regular expressions):"), this);
    layout->addWidget(matchersLabel);
    m_matchers = new QTableWidget(0, 3, this);
    m_matchers->setObjectName(QStringLiteral("matchers"));
    m_matchers->setHorizontalHeaderLabels({tr("Label"), tr("Operator"), tr("Value")});
    m_matchers->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_matchers->verticalHeader()->hide();
    m_matchers->setTabKeyNavigation(false);
    m_matchers->setAccessibleName(tr("Matchers"));
    matchersLabel->setBuddy(m_matchers);
    layout->addWidget(m_matchers, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add ma&tcher"), this);
    auto *remove = new QPushButton(tr("&Remove matcher"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this]() {
        addMatcherRow({});
        m_matchers->setCurrentCell(m_matchers->rowCount() - 1, NameColumn);
        m_matchers->editItem(m_matchers->item(m_matchers->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_matchers->currentRow() >= 0)
            m_matchers->removeRow(m_matchers->currentRow());
        schedulePreview();
    });

    m_previewCountLabel = new QLabel(this);
    m_previewCountLabel->setObjectName(QStringLiteral("previewCount"));
    QFont bold = m_previewCountLabel->font();
    bold.setBold(true);
    m_previewCountLabel->setFont(bold);
    layout->addWidget(m_previewCountLabel);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setAccessibleName(tr("Alerts the silence matches now"));
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 7);
    layout->addWidget(m_preview);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                               .arg(StateStyle::colour(sla::State::Breach).darker(130).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Ac&knowledge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcknowledgeDialog::reject);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // typing a regex must not rematch 10,000 alerts per key
    connect(m_previewTimer, &QTimer::timeout, this, &AcknowledgeDialog::updatePreview);
    connect(m_matchers, &QTableWidget::itemChanged, this, &AcknowledgeDialog::schedulePreview);
    // A refusal stays up only while it is still true.
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_error->isHidden() && validate().isEmpty())
            m_error->hide();
    });

    // Exactly that alert: every one of its labels, as it is.
    for (const auto &[k, v] : alert.alert.labels)
        addMatcherRow({k, v, false, true});
    updatePreview();
    m_comment->setFocus();
    resize(640, 620);
}

void AcknowledgeDialog::addMatcherRow(const alerts::Matcher &m)
{
    const QSignalBlocker block(m_matchers);
    const int row = m_matchers->rowCount();
    m_matchers->insertRow(row);
    m_matchers->setItem(row, NameColumn, new QTableWidgetItem(m.name));
    m_matchers->setItem(row, ValueColumn, new QTableWidgetItem(m.value));
    auto *op = new QComboBox(m_matchers);
    for (const char *o : kOperators)
        op->addItem(QString::fromLatin1(o));
    op->setCurrentIndex(operatorIndex(m));
    op->setAccessibleName(tr("Operator"));
    connect(op, &QComboBox::currentIndexChanged, this, &AcknowledgeDialog::schedulePreview);
    m_matchers->setCellWidget(row, OperatorColumn, op);
}

void AcknowledgeDialog::setMatchers(const std::vector<alerts::Matcher> &matchers)
{
    m_matchers->setRowCount(0);
    for (const alerts::Matcher &m : matchers)
        addMatcherRow(m);
    updatePreview();
}

void AcknowledgeDialog::schedulePreview()
{
    m_previewTimer->start();
}

std::vector<alerts::Matcher> AcknowledgeDialog::matchers() const
{
    std::vector<alerts::Matcher> out;
    for (int r = 0; r < m_matchers->rowCount(); ++r) {
        alerts::Matcher m;
        m.name =
            m_matchers->item(r, NameColumn) ? m_matchers->item(r, NameColumn)->text().trimmed() : QString();
        m.value = m_matchers->item(r, ValueColumn) ? m_matchers->item(r, ValueColumn)->text() : QString();
        const auto *op = qobject_cast<QComboBox *>(m_matchers->cellWidget(r, OperatorColumn));
        const int i = op ? op->currentIndex() : 0;
        m.isRegex = i >= 2;
        m.isEqual = i % 2 == 0;
        if (m.name.isEmpty() && m.value.isEmpty())
            continue; // an empty row added and left alone
        out.push_back(m);
    }
    return out;
}

alerts::SilenceRequest AcknowledgeDialog::request() const
{
    alerts::SilenceRequest r;
    r.matchers = matchers();
    r.startsAt = m_now.toUTC();
    r.endsAt = r.startsAt.addSecs(qint64(m_duration->value()) * 60);
    r.createdBy = m_author->text().trimmed();
    r.comment = m_comment->toPlainText().trimmed();
    return r;
}

QStringList AcknowledgeDialog::validate() const
{
    QStringList problems;
    if (const QString e = config::Settings::checkAlertAuthor(m_author->text()); !e.isEmpty())
        problems << e;
    if (m_comment->toPlainText().trimmed().isEmpty())
        problems << tr("A comment is required: say what you are doing about it.");
    const std::vector<alerts::Matcher> ms = matchers();
    if (ms.empty())
        problems << tr("At least one matcher is required.");
    bool matchesEmpty = true;
    for (const alerts::Matcher &m : ms) {
        if (m.name.isEmpty())
            problems << tr("A matcher has no label name.");
        if (m.isRegex)
            if (const QString e = alerts::regexError(m.value); !e.isEmpty())
                problems << tr("“%1” is not a valid regular expression: %2").arg(m.value, e);
        if (!alerts::matches(m, {}))
            matchesEmpty = false;
    }
    // Alertmanager refuses a silence whose matchers all match the empty label set: it would silence
    // everything.
    if (!ms.empty() && matchesEmpty)
        problems << tr("These matchers would silence every alert: at least one must require a label value.");
    return problems;
}

QString AcknowledgeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AcknowledgeDialog::updatePreview()
{
    m_previewTimer->stop();
    m_preview->clear();
    m_previewCount = 0;
    const std::vector<alerts::Matcher> ms = matchers();
    bool regexOk = true;
    for (const alerts::Matcher &m : ms)
        if (m.isRegex && !alerts::regexError(m.value).isEmpty())
            regexOk = false;
    if (!regexOk || ms.empty() || !m_book) {
        m_previewCountLabel->setText(ms.empty() ? tr("No matcher: nothing to preview.")
                                                : tr("Fix the matchers to see what they match."));
        return;
    }
    for (const alerts::BookAlert &a : m_book->alerts) {
        if (!alerts::matchesAll(ms, a.alert.labels))
            continue;
        if (++m_previewCount <= kPreviewListed) {
            const QString region = a.alert.label(u"region");
            m_preview->addItem(prom::ServerText::clean(
                region.isEmpty() ? a.alert.name() : tr("%1 · %2").arg(a.alert.name(), region), 200));
        }
    }
    if (m_previewCount > kPreviewListed)
        m_preview->addItem(tr("… and %1 more").arg(m_previewCount - kPreviewListed));
    m_previewCountLabel->setText(m_previewCount == 1 ? tr("Matches 1 alert now:")
                                                     : tr("Matches %1 alerts now:").arg(m_previewCount));
}

QStringList AcknowledgeDialog::previewNames() const
{
    QStringList out;
    for (int i = 0; i < m_preview->count(); ++i)
        out << m_preview->item(i)->text();
    return out;
}

void AcknowledgeDialog::accept()
{
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        if (m_comment->toPlainText().trimmed().isEmpty())
            m_comment->setFocus();
        return;
    }
    m_error->hide();
    Q_EMIT silenceRequested(request());
    QDialog::accept();
}

} // namespace slaops::ui
