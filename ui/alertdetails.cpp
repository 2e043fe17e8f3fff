#include "alertdetails.h"

#include "alerts/checklist.h"
#include "alertsmodel.h"
#include "alertstyle.h"
#include "config/settings.h"
#include "prom/servertext.h"
#include "theme.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {

QString esc(const QString &s)
{
    return prom::ServerText::clean(s, 2000).toHtmlEscaped();
}

QString hms(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString pairs(const alerts::LabelSet &set)
{
    QString t = QStringLiteral("<table>");
    for (const auto &[k, v] : set)
        t += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(esc(k), esc(v));
    return t + QStringLiteral("</table>");
}

} // namespace

AlertDetails::AlertDetails(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("details"));
    setWidgetResizable(true);
    auto *pane = new QWidget(this);
    auto *l = new QVBoxLayout(pane);
    m_title = new QLabel(pane);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    l->addWidget(m_title);
    m_countdown = new QLabel(pane);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setMargin(6);
    m_countdown->setAutoFillBackground(true);
    l->addWidget(m_countdown);
    m_body = new QLabel(pane);
    m_body->setObjectName(QStringLiteral("detailsBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(false);
    // Only the links the model let through (http and https) are ever written into the text.
    connect(m_body, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode)); });
    l->addWidget(m_body);
    auto *checkTitle = new QLabel(tr("Immediate response"), pane);
    checkTitle->setFont(f);
    l->addWidget(checkTitle);
    m_checklistNote = new QLabel(pane);
    m_checklistNote->setObjectName(QStringLiteral("checklistNote"));
    m_checklistNote->setWordWrap(true);
    l->addWidget(m_checklistNote);
    m_checklistLayout = new QVBoxLayout;
    l->addLayout(m_checklistLayout);
    auto *buttons = new QHBoxLayout;
    const std::pair<QString, void (AlertDetails::*)()> actions[] = {
        {tr("Acknowledge (A)"), &AlertDetails::acknowledgeRequested},
        {tr("Contain… (K)"), &AlertDetails::containRequested},
        {tr("Copy as message (C)"), &AlertDetails::copyRequested},
        {tr("Runbook (R)"), &AlertDetails::runbookRequested}};
    for (const auto &[label, signal] : actions) {
        auto *b = new QPushButton(label, pane);
        b->setFocusPolicy(Qt::TabFocus);
        if (signal == &AlertDetails::acknowledgeRequested) {
            b->setObjectName(QStringLiteral("acknowledge"));
            m_acknowledge = b;
        } else if (signal == &AlertDetails::containRequested) {
            b->setObjectName(QStringLiteral("contain"));
            b->setToolTip(tr("Plan a containment action for the region of this alert"));
            b->hide();
            m_contain = b;
        }
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b);
    }
    l->addLayout(buttons);
    l->addStretch(1);
    setWidget(pane);
}

void AlertDetails::setAcknowledgeEnabled(bool enabled)
{
    m_acknowledge->setEnabled(enabled);
    m_acknowledge->setToolTip(enabled ? QString()
                                      : tr("Read-only console (--read-only): acknowledging is off"));
}

void AlertDetails::setContainEnabled(bool enabled)
{
    m_contain->setVisible(enabled);
}

void AlertDetails::setEscalation(const std::vector<config::EscalationLevel> &matrix)
{
    m_matrix = matrix;
    m_checklistFor.clear();
}

void AlertDetails::setIncidentLog(alerts::IncidentLog *log)
{
    m_log = log;
    m_checklistFor.clear();
    updateChecklist();
}

void AlertDetails::setSettings(config::Settings *settings)
{
    m_settings = settings;
}

QString AlertDetails::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_countdown->text() + QLatin1Char('\n') + m_body->text();
}

void AlertDetails::showAlert(const AlertsModel *model, const QString &fingerprint, const QDateTime &now)
{
    m_model = model;
    m_fingerprint = fingerprint;
    m_now = now;
    const QModelIndex idx = model ? model->indexOf(fingerprint) : QModelIndex();
    const alerts::BookAlert *ba = model ? model->alert(idx) : nullptr;
    if (!ba) {
        m_title->setText(tr("No alert selected"));
        m_countdown->clear();
        m_body->clear();
        updateChecklist();
        return;
    }
    const alerts::Alert &a = ba->alert;
    m_title->setText(prom::ServerText::clean(a.name(), 200));
    const alerts::Countdown c = model->countdown(*ba);
    QString cd = AlertStyle::countdownGlyph(c) + QLatin1Char(' ') + alerts::Escalation::text(c);
    if (c.level)
        cd += QLatin1Char('\n') + tr("%1 · escalate to %2 · via %3")
                                      .arg(alerts::Escalation::deadlineText(c, now),
                                           alerts::Escalation::pathText(c),
                                           alerts::Escalation::channelsText(c));
    m_countdown->setText(cd);
    QPalette p = m_countdown->palette();
    p.setColor(QPalette::Window, AlertStyle::countdownColour(c));
    p.setColor(QPalette::WindowText, Theme::textOn(AlertStyle::countdownColour(c)));
    m_countdown->setPalette(p);

    QString html;
    QStringList links;
    const QUrl runbook = idx.data(AlertsModel::RunbookRole).toUrl();
    const QUrl dashboard = idx.data(AlertsModel::DashboardRole).toUrl();
    if (runbook.isValid())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(runbook.toString()), tr("Runbook"));
    if (dashboard.isValid())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(dashboard.toString()), tr("Dashboard"));
    if (!links.isEmpty())
        html += QStringLiteral("<p>") + links.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(esc(idx.siblingAtColumn(AlertsModel::State).data().toString()),
                     esc(idx.siblingAtColumn(AlertsModel::Value).data().toString()));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Labels")) + pairs(a.labels);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Annotations")) + pairs(a.annotations);
    QStringList holders;
    if (const alerts::AlertBookPtr book = model->book())
        for (int i : ba->instances)
            if (i >= 0 && std::size_t(i) < book->instances.size()) {
                const alerts::InstanceHealth &h = book->instances[std::size_t(i)];
                holders << esc(h.url.toDisplayString(QUrl::RemoveUserInfo)) +
                               (h.up ? QString() : QLatin1Char(' ') + tr("(down, last known)"));
            }
    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Held by"), holders.join(QStringLiteral("<br>")));
    if (!a.silencedBy.isEmpty())
        html +=
            QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Silenced by"), esc(idx.siblingAtColumn(AlertsModel::SilencedBy).data().toString()));
    m_body->setText(html);
    updateChecklist();
    // The pane is grabbed and read right away (tests, --screenshot): lay it out now, not at the next
    // turn of the event loop.
    widget()->layout()->activate();
    widget()->resize(viewport()->width(), widget()->heightForWidth(viewport()->width()));
}

void AlertDetails::updateChecklist()
{
    const alerts::BookAlert *ba = m_model ? m_model->alert(m_model->indexOf(m_fingerprint)) : nullptr;
    const std::vector<alerts::ChecklistStep> steps =
        ba ? alerts::Checklist::steps(ba->alert, m_matrix) : std::vector<alerts::ChecklistStep>{};
    if (m_fingerprint != m_checklistFor || m_checks.size() != steps.size()) {
        for (QCheckBox *b : m_checks)
            delete b;
        m_checks.clear();
        for (const alerts::ChecklistStep &s : steps) {
            auto *b = new QCheckBox(widget());
            b->setProperty("step", s.id);
            b->setFocusPolicy(Qt::TabFocus);
            connect(b, &QCheckBox::clicked, this,
                    [this, b](bool on) { toggleStep(b->property("step").toString(), on); });
            m_checklistLayout->addWidget(b);
            b->show(); // now, not at the next event-loop turn (a grab may come first)
            m_checks.push_back(b);
        }
        m_checklistFor = m_fingerprint;
    }
    const alerts::ChecklistState state = m_log && ba ? m_log->state(m_fingerprint) : alerts::ChecklistState{};
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const alerts::StepState st = state.step(steps[i].id);
        QString label = steps[i].text;
        if (st.at.isValid())
            label += QStringLiteral("  — ") + (st.ticked ? tr("done %1 by %2") : tr("undone %1 by %2"))
                                                  .arg(hms(st.at), st.by.isEmpty() ? tr("unknown") : st.by);
        const QSignalBlocker block(m_checks[i]);
        m_checks[i]->setText(label);
        m_checks[i]->setChecked(st.ticked);
        m_checks[i]->setEnabled(m_log != nullptr);
    }
    if (!ba)
        m_checklistNote->clear();
    else if (m_log) {
        m_checklistNote->setText(tr("%1 of %2 done; each tick is timed and kept in the incident log.")
                                     .arg(state.done(steps))
                                     .arg(steps.size()));
        m_checklistNote->setToolTip(m_log->path());
    } else
        m_checklistNote->setText(tr("No incident log: the checklist cannot be ticked."));
}

void AlertDetails::toggleStep(const QString &step, bool ticked)
{
    const alerts::BookAlert *ba = m_model ? m_model->alert(m_model->indexOf(m_fingerprint)) : nullptr;
    if (!ba || !m_log)
        return;
    const auto steps = alerts::Checklist::steps(ba->alert, m_matrix);
    const QString by = m_settings ? m_settings->alertAuthor() : config::Settings::defaultAlertAuthor();
    // The tick's time is the wall clock's: the log records when it was done, not the view's test clock.
    const QDateTime at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_log->append(
            alerts::Checklist::change(steps, m_log->state(m_fingerprint), ba->alert, step, ticked, at, by),
            &error))
        Q_EMIT logFailed(error);
    updateChecklist();
}

} // namespace slaops::ui
