#include "budgetpanel.h"

#include "cardstyle.h"
#include "engine/figureformat.h"
#include "sla/burnrate.h"
#include "statestyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace slaops::ui {

using engine::BudgetFigure;
using engine::BudgetPeriod;
using engine::BurnVerdict;
using engine::FigureFormat;
using sla::State;

namespace {

constexpr std::chrono::seconds kDefaultPeriod{30 * 86400};

// A verdict looks like the state it stands for: page like a breach, ticket like a warning, an
// unknown verdict like missing data (never green).
State verdictState(BurnVerdict v)
{
    switch (v) {
    case BurnVerdict::Page:
        return State::Breach;
    case BurnVerdict::Ticket:
        return State::Warning;
    case BurnVerdict::None:
        return State::Ok;
    case BurnVerdict::Unknown:
        return State::NoData;
    }
    return State::NoData;
}

QString verdictWord(BurnVerdict v)
{
    switch (v) {
    case BurnVerdict::Page:
        return BudgetPanel::tr("page");
    case BurnVerdict::Ticket:
        return BudgetPanel::tr("ticket");
    case BurnVerdict::None:
        return BudgetPanel::tr("none");
    case BurnVerdict::Unknown:
        return BudgetPanel::tr("unknown");
    }
    return {};
}

QString rate(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    return QLocale().toString(v, 'f', std::fabs(v) >= 100 ? 0 : 2);
}

QString factor(double v)
{
    return QLocale().toString(v, 'g', 3);
}

QString duration(double seconds)
{
    return FigureFormat::age(qint64(std::llround(seconds)));
}

} // namespace

const std::array<QString, 7> &BudgetPanel::windowLabels()
{
    static const std::array<QString, 7> labels{
        QStringLiteral("5m"), QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("2h"),
        QStringLiteral("6h"), QStringLiteral("1d"),  QStringLiteral("3d")};
    return labels;
}

BudgetPanel::BudgetPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(tr("No SLA in this profile has an error budget."), this))
{
    setAccessibleName(tr("Error budgets"));
    m_empty->setObjectName(QStringLiteral("budgetsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
}

QStringList BudgetPanel::slaIds() const
{
    QStringList ids;
    for (const Card &c : m_cards)
        ids << c.slaId;
    return ids;
}

QString BudgetPanel::text(const QString &slaId, const QString &part) const
{
    const auto *label = findChild<QLabel *>(slaId + QLatin1Char('/') + part);
    return label ? label->text() : QString();
}

QProgressBar *BudgetPanel::bar(const QString &slaId, const QString &period) const
{
    return findChild<QProgressBar *>(slaId + QLatin1Char('/') + period + QStringLiteral("/bar"));
}

void BudgetPanel::setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now)
{
    QStringList ids;
    if (snapshot)
        for (const BudgetFigure &b : snapshot->budgets)
            ids << b.slaId;
    // Cards are rebuilt only when the set of budgets changes; a refresh updates them in place.
    if (ids != slaIds())
        rebuild(ids);
    m_empty->setVisible(m_cards.empty());
    if (!snapshot)
        return;
    for (Card &c : m_cards)
        if (const BudgetFigure *b = snapshot->budget(c.slaId))
            fill(c, *b, now);
}

void BudgetPanel::rebuild(const QStringList &ids)
{
    for (Card &c : m_cards)
        delete c.frame;
    m_cards.clear();

    int position = 0;
    for (const QString &id : ids) {
        Card c;
        c.slaId = id;
        c.frame = new QFrame(this);
        c.frame->setObjectName(id);
        c.frame->setFrameShape(QFrame::StyledPanel);
        c.frame->setFocusPolicy(Qt::TabFocus);
        const QString prefix = id + QLatin1Char('/');
        auto label = [&](const QString &part, Qt::Alignment align = Qt::AlignLeft) {
            auto *l = new QLabel(c.frame);
            l->setObjectName(prefix + part);
            l->setAlignment(align | Qt::AlignVCenter);
            return l;
        };

        auto *box = new QVBoxLayout(c.frame);
        auto *header = new QHBoxLayout;
        c.name = label(QStringLiteral("name"));
        c.name->setFont(CardStyle::scaled(font(), 1.3, true));
        c.target = label(QStringLiteral("target"));
        c.age = label(QStringLiteral("age"));
        c.state = label(QStringLiteral("state"), Qt::AlignCenter);
        c.verdict = label(QStringLiteral("verdict"), Qt::AlignCenter);
        header->addWidget(c.name);
        header->addSpacing(8);
        header->addWidget(c.target);
        header->addStretch(1);
        header->addWidget(c.age);
        header->addSpacing(8);
        header->addWidget(c.state);
        header->addWidget(c.verdict);
        box->addLayout(header);

        auto *body = new QHBoxLayout;
        auto *periods = new QGridLayout;
        periods->setHorizontalSpacing(10);
        int row = 0;
        for (auto [which, w] : {std::pair{QStringLiteral("rolling"), &c.rolling},
                                std::pair{QStringLiteral("month"), &c.month}}) {
            w->label = label(which + QStringLiteral("/label"));
            w->bar = new QProgressBar(c.frame);
            w->bar->setObjectName(prefix + which + QStringLiteral("/bar"));
            w->bar->setRange(0, 1000);
            w->bar->setTextVisible(false); // the percentage stands beside the bar, never on top of it
            w->bar->setMinimumWidth(160);
            w->bar->setMaximumHeight(14);
            w->percent = label(which, Qt::AlignRight);
            w->percent->setFont(CardStyle::scaled(font(), 1.15, true));
            w->percent->setMinimumWidth(
                w->percent->fontMetrics().horizontalAdvance(QStringLiteral("−100.00 %")));
            w->detail = label(which + QStringLiteral("/detail"));
            periods->addWidget(w->label, row, 0);
            periods->addWidget(w->bar, row, 1);
            periods->addWidget(w->percent, row, 2);
            w->coverage = label(which + QStringLiteral("/coverage"));
            w->coverage->setWordWrap(true);
            w->coverage->hide();
            periods->addWidget(w->detail, row + 1, 1, 1, 2);
            periods->addWidget(w->coverage, row + 2, 1, 1, 2);
            row += 3;
        }
        periods->setColumnStretch(1, 1);
        body->addLayout(periods, 3);
        body->addSpacing(16);

        auto *burns = new QGridLayout;
        burns->setHorizontalSpacing(10);
        burns->setVerticalSpacing(2);
        auto *burnTitle = label(QStringLiteral("burn/title"));
        burnTitle->setText(tr("Burn rate"));
        auto *thresholdTitle = label(QStringLiteral("threshold/title"));
        thresholdTitle->setText(tr("Alert if above"));
        burns->addWidget(burnTitle, 1, 0);
        burns->addWidget(thresholdTitle, 2, 0);
        for (std::size_t i = 0; i < windowLabels().size(); ++i) {
            auto *head = label(QStringLiteral("window/") + windowLabels()[i], Qt::AlignCenter);
            head->setText(windowLabels()[i]);
            head->setFont(CardStyle::scaled(font(), 1.0, true));
            c.burn[i] = label(QStringLiteral("burn/") + windowLabels()[i], Qt::AlignCenter);
            c.threshold[i] = label(QStringLiteral("threshold/") + windowLabels()[i], Qt::AlignCenter);
            burns->addWidget(head, 0, int(i) + 1);
            burns->addWidget(c.burn[i], 1, int(i) + 1);
            burns->addWidget(c.threshold[i], 2, int(i) + 1);
        }
        body->addLayout(burns, 4);
        box->addLayout(body);

        c.message = label(QStringLiteral("message"));
        c.message->setWordWrap(true);
        box->addWidget(c.message);

        m_layout->insertWidget(position++, c.frame);
        m_cards.push_back(std::move(c));
    }
}

void BudgetPanel::fillPeriod(PeriodWidgets &w, const BudgetPeriod &period, const BudgetFigure &budget)
{
    const bool known = std::isfinite(period.remaining) && !StateStyle::isGreyed(budget.state);
    w.label->setText(period.label);
    if (std::isfinite(period.remaining)) {
        w.bar->setValue(int(std::lround(std::clamp(period.remaining, 0.0, 1.0) * 1000)));
        w.percent->setText(QLocale().toString(period.remaining * 100.0, 'f', 1) + QStringLiteral(" %"));
    } else {
        w.bar->setValue(0);
        w.percent->setText(QStringLiteral("—"));
    }
    // The bar's colour says how much is left; an unconfirmed budget is grey, an unknown one never green.
    State look = State::NoData;
    if (!std::isfinite(period.remaining))
        look = State::NoData;
    else if (period.remaining <= 0)
        look = State::Breach;
    else if (period.remaining < 0.25)
        look = State::Warning;
    else
        look = State::Ok;
    const QColor colour = StateStyle::isGreyed(budget.state) ? StateStyle::grey() : StateStyle::colour(look);
    w.bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid %1; border-radius: 3px; "
                                        "background-color: palette(base); }"
                                        "QProgressBar::chunk { background-color: %2; }")
                             .arg(StateStyle::grey().name(), colour.name()));
    CardStyle::setTextColour(w.percent,
                             known ? (period.remaining <= 0 ? StateStyle::colour(State::Breach) : QColor())
                                   : StateStyle::grey());

    QString allowance;
    if (!std::isfinite(period.allowanceSeconds))
        allowance = tr("outage allowance —");
    else if (period.allowanceSeconds < 0)
        allowance = tr("overspent by %1 of outage").arg(duration(-period.allowanceSeconds));
    else
        allowance = tr("%1 of outage left").arg(duration(period.allowanceSeconds));
    QString exhaustion;
    if (std::isnan(period.secondsToExhaustion))
        exhaustion = tr("time to exhaustion unknown");
    else if (std::isinf(period.secondsToExhaustion))
        exhaustion = tr("not burning");
    else if (period.secondsToExhaustion <= 0)
        exhaustion = tr("exhausted");
    else
        exhaustion = tr("exhausted in %1 at the current burn").arg(duration(period.secondsToExhaustion));
    w.detail->setText(allowance + QStringLiteral(" · ") + exhaustion);
    CardStyle::setTextColour(w.detail, known ? QColor() : StateStyle::grey());
    // Two minutes after a fresh start, "91.7 % left" of a month is an extrapolation: say from what.
    w.coverage->setVisible(period.partlyCovered());
    if (period.partlyCovered()) {
        const double rest = double(period.elapsed.count()) - period.covered;
        w.coverage->setText(
            QStringLiteral("◐ ") +
            tr("based on %1 of data out of %2; the other %3 counted as going the same way")
                .arg(duration(period.covered), duration(double(period.elapsed.count())), duration(rest)));
    }
    QString words = period.label + QStringLiteral(": ") + w.percent->text() + tr(" of the budget left, ") +
                    w.detail->text();
    if (period.partlyCovered())
        words += QStringLiteral("; ") + w.coverage->text().mid(2);
    w.bar->setAccessibleName(words);
    w.bar->setToolTip(words);
}

void BudgetPanel::fill(Card &card, const BudgetFigure &b, const QDateTime &now)
{
    const bool greyed = StateStyle::isGreyed(b.state);
    card.name->setText(b.name.isEmpty() ? b.slaId : b.name);
    card.target->setText(
        tr("SLA %1 %2")
            .arg(b.comparison == sla::Comparison::AtLeast ? QStringLiteral("≥") : QStringLiteral("≤"),
                 FigureFormat::threshold(b.target, config::Unit::Percent)));
    card.state->setText(StateStyle::words(b.state, b.lastKnown));
    card.state->setStyleSheet(CardStyle::badge(StateStyle::colour(b.state)));
    card.age->setText(
        b.confirmedAt.isValid()
            ? tr("confirmed %1 ago").arg(FigureFormat::age(std::max<qint64>(b.confirmedAt.secsTo(now), 0)))
            : tr("never confirmed"));
    CardStyle::setTextColour(card.age, greyed ? StateStyle::grey() : QColor());

    // A verdict reached on data we cannot confirm is drawn grey: it may be out of date.
    const State vs = verdictState(b.verdict);
    card.verdict->setText(StateStyle::glyph(vs) + QLatin1Char(' ') +
                          tr("Verdict: %1").arg(verdictWord(b.verdict)));
    card.verdict->setStyleSheet(CardStyle::badge(greyed ? StateStyle::grey() : StateStyle::colour(vs)));
    card.verdict->setToolTip(b.verdictReason);
    card.verdict->setAccessibleDescription(b.verdictReason);

    fillPeriod(card.rolling, b.rolling, b);
    fillPeriod(card.month, b.month, b);

    // Each window is compared to the threshold of the rule it belongs to (two for 6h: the long window
    // of the second page rule and the short window of the second ticket rule).
    const sla::BurnThresholds t =
        sla::burnThresholds(b.rolling.length.count() > 0 ? b.rolling.length : kDefaultPeriod);
    struct Rule {
        double page = NAN;
        double ticket = NAN;
    };
    const std::array<Rule, 7> rules{Rule{t.page1h, NAN},   Rule{t.page6h, NAN},        Rule{t.page1h, NAN},
                                    Rule{NAN, t.ticket1d}, Rule{t.page6h, t.ticket3d}, Rule{NAN, t.ticket1d},
                                    Rule{NAN, t.ticket3d}};
    QStringList burnWords;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const double r = b.burnRates[i];
        QStringList th;
        if (std::isfinite(rules[i].page))
            th << tr("page %1").arg(factor(rules[i].page));
        if (std::isfinite(rules[i].ticket))
            th << tr("ticket %1").arg(factor(rules[i].ticket));
        card.threshold[i]->setText(th.join(QLatin1Char('\n')));
        CardStyle::setTextColour(card.threshold[i], StateStyle::grey());

        State over = State::Ok;
        if (std::isfinite(r) && std::isfinite(rules[i].page) && r > rules[i].page)
            over = State::Breach;
        else if (std::isfinite(r) && std::isfinite(rules[i].ticket) && r > rules[i].ticket)
            over = State::Warning;
        QString text = rate(r);
        if (over != State::Ok)
            text = StateStyle::glyph(over) + QLatin1Char(' ') + text;
        card.burn[i]->setText(text);
        // Only a rate past its threshold gets a colour; the rest stay plain text so that the eye
        // lands on what fires.
        card.burn[i]->setStyleSheet(
            over == State::Ok ? QString()
                              : CardStyle::badge(greyed ? StateStyle::grey() : StateStyle::colour(over)));
        CardStyle::setTextColour(card.burn[i], greyed || !std::isfinite(r) ? StateStyle::grey() : QColor());
        const QString words =
            tr("burn rate %1: %2").arg(windowLabels()[i], rate(r)) +
            (th.isEmpty() ? QString()
                          : QStringLiteral(" (") + th.join(QStringLiteral(", ")) + QLatin1Char(')'));
        card.burn[i]->setAccessibleName(words);
        burnWords << words;
    }

    card.message->setText(b.message);
    card.message->setVisible(!b.message.isEmpty());
    CardStyle::setTextColour(card.message, StateStyle::grey());

    card.frame->setAccessibleName(
        tr("Error budget of %1: %2, verdict %3")
            .arg(card.name->text(), sla::stateLabel(b.state), verdictWord(b.verdict)));
    card.frame->setAccessibleDescription(
        card.rolling.bar->accessibleName() + QStringLiteral("; ") + card.month.bar->accessibleName() +
        QStringLiteral("; ") + burnWords.join(QStringLiteral("; ")) + QStringLiteral("; ") + b.verdictReason);
}

} // namespace slaops::ui
