#include "silencesview.h"

#include "config/settings.h"
#include "prom/servertext.h"
#include "silencesmodel.h"
#include "statestyle.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace slaops::ui {

SilencesView::SilencesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SilencesModel(this))
{
    setObjectName(QStringLiteral("silencesView"));
    auto *layout = new QVBoxLayout(this);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("silenceWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setMargin(6);
    QPalette p = m_warning->palette();
    p.setColor(QPalette::Window, StateStyle::colour(sla::State::Warning));
    p.setColor(QPalette::WindowText, Theme::textOn(StateStyle::colour(sla::State::Warning)));
    m_warning->setPalette(p);
    m_warning->setAutoFillBackground(true);
    m_warning->hide();
    layout->addWidget(m_warning);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("silencesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Silences"));
    const std::pair<int, const char *> widths[] = {
        {SilencesModel::StateColumn, "◷ Pending"},
        // Sized so that every column fits a 1280-pixel window; longer text is elided, whole in the tooltip.
        {SilencesModel::Matchers, "{alertname=\"SLAErrorRateBreach\", region=\"eu-west-1\"}"},
        {SilencesModel::CreatedBy, "Created by"},
        {SilencesModel::Comment, "Rollback of 3.4.1, INC-2291"},
        {SilencesModel::Starts, "Nov 27 00:00"},
        {SilencesModel::Ends, "Nov 27 00:00"},
        {SilencesModel::TimeLeft, "ended 1 d 1 h ago"},
        {SilencesModel::Matches, "1: SLAErrorRateBreach · ap-southeast-1"}};
    for (const auto &[column, sample] : widths)
        m_table->horizontalHeader()->resizeSection(
            column, fontMetrics().horizontalAdvance(QString::fromUtf8(sample)) + 20);
    layout->addWidget(m_table, 1);

    auto *bar = new QHBoxLayout;
    m_expire = new QPushButton(tr("&Expire"), this);
    m_expire->setObjectName(QStringLiteral("expire"));
    m_extend = new QPushButton(tr("E&xtend by"), this);
    m_extend->setObjectName(QStringLiteral("extend"));
    m_extendHours = new QSpinBox(this);
    m_extendHours->setObjectName(QStringLiteral("extendHours"));
    m_extendHours->setRange(1, 7 * 24);
    m_extendHours->setValue(1);
    m_extendHours->setSuffix(tr(" h"));
    m_extendHours->setAccessibleName(tr("Hours to extend by"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setTextFormat(Qt::PlainText);
    bar->addWidget(m_expire);
    bar->addWidget(m_extend);
    bar->addWidget(m_extendHours);
    bar->addWidget(m_result, 1);
    layout->addLayout(bar);
    connect(m_expire, &QPushButton::clicked, this, &SilencesView::expireCurrent);
    connect(m_extend, &QPushButton::clicked, this, &SilencesView::extendCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SilencesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SilencesView::updateButtons);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &SilencesView::tick);
    m_clock.start();
    updateButtons();
}

QDateTime SilencesView::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void SilencesView::setClockForTesting(const QDateTime &now)
{
    m_fixedNow = now;
    tick();
}

void SilencesView::tick()
{
    m_model->setNow(now());
    updateWarning();
}

void SilencesView::setSettings(config::Settings *settings)
{
    m_settings = settings;
}

void SilencesView::setBook(const alerts::AlertBookPtr &book)
{
    const QString current = m_table->currentIndex().data(SilencesModel::IdRole).toString();
    m_model->setNow(now());
    m_model->setBook(book);
    if (!current.isEmpty())
        selectSilence(current);
    updateWarning();
}

bool SilencesView::selectSilence(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void SilencesView::updateWarning()
{
    const QStringList w = m_model->warnings();
    m_warning->setVisible(!w.isEmpty());
    m_warning->setText(w.join(QLatin1Char('\n')));
    m_warning->setAccessibleName(m_warning->text());
}

QString SilencesView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void SilencesView::updateButtons()
{
    const alerts::BookSilence *s = m_model->silence(m_table->currentIndex().row());
    const bool live = !m_readOnly && s && s->silence.state != alerts::Silence::State::Expired;
    m_expire->setEnabled(live);
    m_extend->setEnabled(live);
}

void SilencesView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void SilencesView::expireCurrent()
{
    const alerts::BookSilence *s = m_model->silence(m_table->currentIndex().row());
    if (m_readOnly || !s || s->silence.state == alerts::Silence::State::Expired)
        return;
    m_result->setText(tr("Expiring the silence…"));
    Q_EMIT expireRequested(s->silence.id);
}

void SilencesView::extendCurrent()
{
    const alerts::BookSilence *s = m_model->silence(m_table->currentIndex().row());
    if (m_readOnly || !s || s->silence.state == alerts::Silence::State::Expired)
        return;
    alerts::SilenceRequest r;
    r.id = s->silence.id;
    r.matchers = s->silence.matchers;
    r.startsAt = s->silence.startsAt;
    // From its end, or from now if that is later: an extension never shortens a silence.
    const QDateTime from = std::max(s->silence.endsAt, now());
    r.endsAt = from.addSecs(qint64(m_extendHours->value()) * 3600).toUTC();
    r.createdBy = m_settings ? m_settings->alertAuthor() : config::Settings::defaultAlertAuthor();
    r.comment = s->silence.comment;
    m_result->setText(tr("Extending the silence…"));
    Q_EMIT silenceRequested(r);
}

void SilencesView::silenceResult(bool ok, const QString &message)
{
    const QString text = prom::ServerText::clean(message, 500);
    m_result->setText(ok ? QStringLiteral("✔ ") + tr("Done: %1").arg(text)
                         : QStringLiteral("⚠ ") + tr("Alertmanager refused: %1").arg(text));
}

} // namespace slaops::ui
