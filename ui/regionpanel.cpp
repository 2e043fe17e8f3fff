#include "regionpanel.h"

#include "cardstyle.h"
#include "compliancemodel.h"
#include "engine/figureformat.h"
#include "statestyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace slaops::ui {

using engine::Figure;
using engine::FigureFormat;
using sla::State;

namespace {

QString targetText(const Figure &f)
{
    if (!std::isfinite(f.target))
        return QStringLiteral("—");
    return (f.comparison == sla::Comparison::AtLeast ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) +
           FigureFormat::threshold(f.target, f.unit);
}

// A figure's name as any region has it: a region the profile does not measure still names the row.
QString nameOf(const engine::Snapshot &snapshot, const QString &id)
{
    for (const Figure &f : snapshot.figures)
        if (f.id == id && !f.name.isEmpty())
            return f.name;
    return id;
}

} // namespace

void RegionPanel::figureIds(const engine::Snapshot &snapshot, QStringList &main, QStringList &compact)
{
    // From the profile's roles, in the snapshot's order: the region's own figures head the card (its
    // uptime SLA, RTO, RPO, network latency), the SLAs with the region_card role share one line.
    for (const Figure &f : snapshot.figures) {
        if (f.region.isEmpty())
            continue;
        if (f.roles.regionMain && !main.contains(f.id))
            main << f.id;
        else if (f.roles.regionCard && !compact.contains(f.id))
            compact << f.id;
    }
}

RegionPanel::RegionPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_empty(new QLabel(tr("No regional figures in this snapshot."), this))
{
    setAccessibleName(tr("Regions"));
    m_empty->setObjectName(QStringLiteral("regionsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_empty);
}

QStringList RegionPanel::regions() const
{
    QStringList out;
    for (const Card &c : m_cards)
        out << c.region;
    return out;
}

const RegionPanel::Card *RegionPanel::card(const QString &region) const
{
    for (const Card &c : m_cards)
        if (c.region == region)
            return &c;
    return nullptr;
}

QString RegionPanel::rowText(const QString &region, const QString &figureId) const
{
    if (const Card *c = card(region))
        for (const Row &r : c->rows)
            if (r.id == figureId)
                return r.text;
    return {};
}

QString RegionPanel::compactText(const QString &region) const
{
    const Card *c = card(region);
    return c ? c->compactText : QString();
}

State RegionPanel::regionState(const QString &region) const
{
    const Card *c = card(region);
    return c ? c->worst : State::NoData;
}

void RegionPanel::setSnapshot(const engine::SnapshotPtr &snapshot, const QDateTime &now)
{
    QStringList regions;
    if (snapshot)
        for (const Figure &f : snapshot->figures)
            if (!f.region.isEmpty() && !regions.contains(f.region))
                regions << f.region;
    // Cards are rebuilt only when the regions change; a refresh updates their labels in place, so the
    // panel does not flicker and keyboard focus stays where it was.
    QStringList main, compact;
    if (snapshot)
        figureIds(*snapshot, main, compact);
    if (regions != this->regions() || main != m_mainIds) {
        m_mainIds = main;
        rebuild(regions);
    }
    m_compactIds = compact;
    m_empty->setVisible(m_cards.empty());
    for (Card &c : m_cards)
        fill(c, *snapshot, now);
}

void RegionPanel::rebuild(const QStringList &regions)
{
    for (Card &c : m_cards)
        delete c.frame;
    m_cards.clear();

    for (const QString &region : regions) {
        Card c;
        c.region = region;
        c.frame = new QFrame(this);
        c.frame->setObjectName(region);
        c.frame->setFrameShape(QFrame::StyledPanel);
        c.frame->setFocusPolicy(Qt::TabFocus); // a reader can step from region to region
        auto *box = new QVBoxLayout(c.frame);

        auto *header = new QHBoxLayout;
        c.title = new QLabel(region, c.frame);
        c.title->setObjectName(region + QStringLiteral("/title"));
        c.title->setFont(CardStyle::scaled(font(), 1.4, true));
        c.badge = new QLabel(c.frame);
        c.badge->setObjectName(region + QStringLiteral("/state"));
        c.contain = new QPushButton(tr("Contain…"), c.frame);
        c.contain->setObjectName(region + QStringLiteral("/contain"));
        c.contain->setToolTip(tr("Plan a containment action for %1: divert its traffic, rate-limit, "
                                 "migrate its sessions")
                                  .arg(region));
        c.contain->setAccessibleName(tr("Contain %1").arg(region));
        c.contain->hide();
        connect(c.contain, &QPushButton::clicked, this,
                [this, region]() { Q_EMIT containRequested(region); });
        header->addWidget(c.title);
        header->addStretch(1);
        header->addWidget(c.contain);
        header->addWidget(c.badge);
        box->addLayout(header);

        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(6);
        int line = 0;
        for (const QString &id : m_mainIds) {
            Row r;
            r.id = id;
            const QString prefix = region + QLatin1Char('/') + id + QLatin1Char('/');
            auto make = [&](const char *what, Qt::Alignment align) {
                auto *l = new QLabel(c.frame);
                l->setObjectName(prefix + QLatin1String(what));
                l->setAlignment(align | Qt::AlignVCenter);
                return l;
            };
            r.name = make("name", Qt::AlignLeft);
            r.value = make("value", Qt::AlignRight);
            r.value->setFont(CardStyle::scaled(font(), 1.25, true));
            r.target = make("target", Qt::AlignRight);
            r.state = make("badge", Qt::AlignCenter);
            r.age = make("age", Qt::AlignRight);
            grid->addWidget(r.name, line, 0);
            grid->addWidget(r.value, line, 1);
            grid->addWidget(r.target, line, 2);
            grid->addWidget(r.state, line, 3);
            grid->addWidget(r.age, line, 4);
            c.rows.push_back(r);
            ++line;
        }
        grid->setColumnStretch(0, 1);
        box->addLayout(grid);

        c.compact = new QLabel(c.frame);
        c.compact->setObjectName(region + QStringLiteral("/compact"));
        c.compact->setTextFormat(Qt::RichText);
        c.compact->setWordWrap(true);
        box->addWidget(c.compact);
        c.note = new QLabel(c.frame);
        c.note->setObjectName(region + QStringLiteral("/note"));
        c.note->setWordWrap(true);
        CardStyle::setTextColour(c.note, StateStyle::grey());
        box->addWidget(c.note);
        box->addStretch(1);

        m_layout->addWidget(c.frame, 1);
        m_cards.push_back(std::move(c));
    }
}

void RegionPanel::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    for (Card &c : m_cards)
        c.contain->setVisible(enabled && (c.worst == State::Breach || c.worst == State::Warning));
}

bool RegionPanel::containOffered(const QString &region) const
{
    const Card *c = card(region);
    return c && !c->contain->isHidden();
}

void RegionPanel::fill(Card &card, const engine::Snapshot &snapshot, const QDateTime &now)
{
    int worst = -1;
    State worstState = State::NoData;
    for (const Figure &f : snapshot.figures)
        if (f.region == card.region && ComplianceModel::severity(f.state) > worst) {
            worst = ComplianceModel::severity(f.state);
            worstState = f.state;
        }
    card.worst = worstState;
    card.contain->setVisible(m_actionsEnabled &&
                             (worstState == State::Breach || worstState == State::Warning));
    card.badge->setText(StateStyle::words(worstState));
    card.badge->setStyleSheet(CardStyle::badge(StateStyle::colour(worstState)));

    const QColor dim = StateStyle::grey();
    QStringList description;
    for (Row &r : card.rows) {
        const Figure *f = snapshot.figure(r.id, card.region);
        if (!f) {
            // The profile does not measure this for the region: say so rather than show an empty row.
            r.name->setText(nameOf(snapshot, r.id));
            r.value->setText(QStringLiteral("—"));
            r.target->setText(QString());
            r.state->setText(tr("not measured"));
            r.state->setStyleSheet(QString());
            r.age->setText(QString());
            for (QLabel *l : {r.name, r.value, r.state})
                CardStyle::setTextColour(l, dim);
            r.text = tr("%1: not measured").arg(nameOf(snapshot, r.id));
            r.name->setToolTip(QString());
            description << r.text;
            continue;
        }
        const bool greyed = StateStyle::isGreyed(f->state);
        const QString name = f->name.isEmpty() ? nameOf(snapshot, r.id) : f->name;
        const QString age =
            f->sampleTime.isValid() ? FigureFormat::age(std::max<qint64>(f->ageSeconds(now), 0)) : QString();
        r.name->setText(name);
        r.value->setText(FigureFormat::value(*f));
        r.target->setText(targetText(*f));
        r.state->setText(StateStyle::words(f->state, f->lastKnown));
        r.state->setStyleSheet(CardStyle::badge(StateStyle::colour(f->state)));
        r.age->setText(age.isEmpty() ? QStringLiteral("—") : age);
        // Grey numbers are old numbers: never let a stale value look current.
        for (QLabel *l : {r.name, r.value, r.target, r.age})
            CardStyle::setTextColour(l, greyed ? dim : QColor());
        if (f->state == State::Breach)
            CardStyle::setTextColour(r.value, StateStyle::colour(State::Breach));

        r.text = tr("%1: %2, %3, %4")
                     .arg(name, FigureFormat::value(*f), targetText(*f),
                          StateStyle::words(f->state, f->lastKnown));
        if (!age.isEmpty())
            r.text += tr(", age %1").arg(age);
        if (!f->message.isEmpty())
            r.text += QStringLiteral(" — ") + f->message;
        QString tip = r.text;
        if (!f->query.isEmpty())
            tip += QLatin1Char('\n') + tr("Query: %1").arg(f->query);
        for (QLabel *l : {r.name, r.value, r.target, r.state, r.age})
            l->setToolTip(tip);
        r.value->setAccessibleName(r.text);
        description << r.text;
    }

    QStringList reasons;
    for (const Figure &f : snapshot.figures)
        if (f.region == card.region && !sla::isKnown(f.state) && !f.message.isEmpty() &&
            !reasons.contains(f.message))
            reasons << f.message;
    card.note->setText(reasons.join(QLatin1Char('\n')));
    card.note->setVisible(!reasons.isEmpty());

    QStringList parts;
    QStringList words;
    for (const QString &id : m_compactIds) {
        const Figure *f = snapshot.figure(id, card.region);
        const QString name = nameOf(snapshot, id);
        if (!f) {
            words << tr("%1 not measured").arg(name);
            parts << tr("%1 not measured").arg(name).toHtmlEscaped();
            continue;
        }
        const QColor bg = StateStyle::colour(f->state);
        words << name + QLatin1Char(' ') + StateStyle::words(f->state, f->lastKnown);
        const QString value = StateStyle::isGreyed(f->state)
                                  ? QStringLiteral("<span style=\"color:%1;\">%2</span>")
                                        .arg(dim.name(), FigureFormat::value(*f).toHtmlEscaped())
                                  : FigureFormat::value(*f).toHtmlEscaped();
        parts << name.toHtmlEscaped() +
                     QStringLiteral(" <span style=\"background-color:%1; color:#000000;\">"
                                    "&nbsp;%2&nbsp;</span> %3")
                         .arg(bg.name(), StateStyle::words(f->state, f->lastKnown).toHtmlEscaped(), value);
    }
    card.compactText = words.join(QStringLiteral(" · "));
    card.compact->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    card.compact->setAccessibleName(card.compactText);
    description << card.compactText;

    card.frame->setAccessibleName(tr("Region %1: %2").arg(card.region, sla::stateLabel(worstState)));
    card.frame->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

} // namespace slaops::ui
