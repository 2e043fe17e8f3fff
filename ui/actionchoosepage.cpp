#include "actionchoosepage.h"

#include "actionstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slaops::ui {

namespace {
constexpr int kMaxLimit = 100'000'000;

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}
} // namespace

ActionChoosePage::ActionChoosePage(const QStringList &regions, QWidget *parent)
    : QWidget(parent)
    , m_regions(regions)
{
    setObjectName(QStringLiteral("choosePage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the action. Fields you leave alone follow the live figures: the "
                                "planner picks the region in trouble and the regions that can carry its "
                                "traffic, and picks them again on every refresh."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("actionKind"));
    m_kind->addItem(tr("Divert traffic away from a region"), int(actions::ActionKind::DivertTraffic));
    m_kind->addItem(tr("Rate limit"), int(actions::ActionKind::RateLimit));
    m_kind->addItem(tr("Migrate sessions out of a region"), int(actions::ActionKind::MigrateSessions));
    m_kind->setAccessibleName(tr("Action"));
    auto *kindLabel = new QLabel(tr("&Action:"), this);
    kindLabel->setBuddy(m_kind);
    m_form->addRow(kindLabel, m_kind);

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromRegion"));
    m_from->addItems(regions);
    m_from->setAccessibleName(tr("Region in trouble"));
    auto *fromLabel = new QLabel(tr("&From region:"), this);
    fromLabel->setBuddy(m_from);
    m_form->addRow(fromLabel, m_from);

    m_divertTo = new QListWidget(this);
    m_divertTo->setObjectName(QStringLiteral("divertTo"));
    m_divertTo->setAccessibleName(tr("Regions that keep the traffic"));
    for (const QString &r : regions) {
        auto *item = new QListWidgetItem(r, m_divertTo);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_divertTo->setMaximumHeight(m_divertTo->fontMetrics().lineSpacing() * (int(regions.size()) + 1) + 8);
    auto *toLabel = new QLabel(tr("&To regions:"), this);
    toLabel->setBuddy(m_divertTo);
    m_form->addRow(toLabel, m_divertTo);

    m_migrateTo = new QComboBox(this);
    m_migrateTo->setObjectName(QStringLiteral("migrateTo"));
    m_migrateTo->addItems(regions);
    m_migrateTo->setAccessibleName(tr("Region that takes the sessions"));
    auto *migrateLabel = new QLabel(tr("T&o region:"), this);
    migrateLabel->setBuddy(m_migrateTo);
    m_form->addRow(migrateLabel, m_migrateTo);

    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setRange(1, kMaxLimit);
    m_limit->setSingleStep(1000);
    m_limit->setGroupSeparatorShown(true);
    m_limit->setSuffix(tr(" requests/s"));
    m_limit->setAccessibleName(tr("Rate limit in requests per second"));
    auto *limitLabel = new QLabel(tr("&Limit:"), this);
    limitLabel->setBuddy(m_limit);
    m_form->addRow(limitLabel, m_limit);

    m_clear = new QCheckBox(tr("&Remove the limit instead"), this);
    m_clear->setObjectName(QStringLiteral("clearLimit"));
    m_form->addRow(QString(), m_clear);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("limitRegion"));
    m_region->addItem(tr("The whole fleet"), QString());
    for (const QString &r : regions)
        m_region->addItem(r, r);
    m_region->setAccessibleName(tr("Where the limit applies"));
    auto *regionLabel = new QLabel(tr("Appl&ies to:"), this);
    regionLabel->setBuddy(m_region);
    m_form->addRow(regionLabel, m_region);
    layout->addLayout(m_form);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_rationale = new QLabel(this);
    m_rationale->setObjectName(QStringLiteral("planRationale"));
    m_rationale->setWordWrap(true);
    m_rationale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rationale);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        updateRows();
        takeFromWidgets();
    });
    connect(m_from, &QComboBox::activated, this, [this]() {
        m_fromTouched = true;
        takeFromWidgets();
    });
    connect(m_divertTo, &QListWidget::itemChanged, this, [this]() {
        m_toTouched = true;
        takeFromWidgets();
    });
    connect(m_migrateTo, &QComboBox::activated, this, [this]() {
        m_toTouched = true;
        takeFromWidgets();
    });
    connect(m_limit, &QSpinBox::valueChanged, this, [this]() {
        m_limitTouched = true;
        takeFromWidgets();
    });
    connect(m_clear, &QCheckBox::toggled, this, [this]() {
        m_limit->setEnabled(!m_clear->isChecked());
        takeFromWidgets();
    });
    connect(m_region, &QComboBox::activated, this, [this]() {
        m_regionTouched = true;
        takeFromWidgets();
    });
    updateRows();
}

void ActionChoosePage::setRequest(const actions::ActionRequest &request)
{
    m_request = request;
    m_fromTouched = !request.from.isEmpty();
    m_toTouched = !request.to.isEmpty();
    m_limitTouched = request.limit.has_value();
    m_regionTouched = !request.region.isEmpty();
    {
        const QSignalBlocker b1(m_kind), b2(m_from), b3(m_divertTo), b4(m_migrateTo), b5(m_limit),
            b6(m_clear), b7(m_region);
        m_kind->setCurrentIndex(m_kind->findData(int(request.kind)));
        if (m_fromTouched)
            m_from->setCurrentText(request.from);
        for (int i = 0; i < m_divertTo->count(); ++i)
            m_divertTo->item(i)->setCheckState(
                request.to.contains(m_divertTo->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        if (!request.to.isEmpty())
            m_migrateTo->setCurrentText(request.to.first());
        if (request.limit)
            m_limit->setValue(int(std::clamp<qint64>(*request.limit, 1, kMaxLimit)));
        m_clear->setChecked(request.clearLimit);
        m_limit->setEnabled(!request.clearLimit);
        m_region->setCurrentIndex(std::max(0, m_region->findData(request.region)));
    }
    updateRows();
}

void ActionChoosePage::updateRows()
{
    const auto kind = actions::ActionKind(m_kind->currentData().toInt());
    const bool divert = kind == actions::ActionKind::DivertTraffic;
    const bool migrate = kind == actions::ActionKind::MigrateSessions;
    const bool limit = kind == actions::ActionKind::RateLimit;
    m_form->setRowVisible(m_from, divert || migrate);
    m_form->setRowVisible(m_divertTo, divert);
    m_form->setRowVisible(m_migrateTo, migrate);
    m_form->setRowVisible(m_limit, limit);
    m_form->setRowVisible(m_clear, limit);
    m_form->setRowVisible(m_region, limit);
}

void ActionChoosePage::takeFromWidgets()
{
    const auto kind = actions::ActionKind(m_kind->currentData().toInt());
    if (kind != m_request.kind) {
        // Another action: the planner chooses its parameters afresh.
        const actions::ActionRequest old = m_request;
        m_request = {};
        m_request.kind = kind;
        m_request.context = old.context;
        m_request.api = old.api;
        m_fromTouched = m_toTouched = m_limitTouched = m_regionTouched = false;
    }
    m_request.from = m_fromTouched ? m_from->currentText() : QString();
    m_request.to.clear();
    if (m_toTouched) {
        if (kind == actions::ActionKind::DivertTraffic) {
            for (int i = 0; i < m_divertTo->count(); ++i)
                if (m_divertTo->item(i)->checkState() == Qt::Checked)
                    m_request.to << m_divertTo->item(i)->text();
        } else if (kind == actions::ActionKind::MigrateSessions) {
            m_request.to << m_migrateTo->currentText();
        }
    }
    m_request.clearLimit = kind == actions::ActionKind::RateLimit && m_clear->isChecked();
    m_request.limit.reset();
    if (m_limitTouched && !m_request.clearLimit)
        m_request.limit = m_limit->value();
    m_request.region = m_regionTouched ? m_region->currentData().toString() : QString();
    Q_EMIT requestChanged();
}

void ActionChoosePage::fillUntouched(const actions::Plan &plan)
{
    const QJsonObject p = plan.parameters;
    const QSignalBlocker b1(m_from), b2(m_divertTo), b3(m_migrateTo), b4(m_limit), b5(m_region);
    if (!m_fromTouched && p.contains(QStringLiteral("from")))
        m_from->setCurrentText(p.value(QStringLiteral("from")).toString());
    if (!m_toTouched && p.contains(QStringLiteral("to"))) {
        const QStringList to = stringList(p.value(QStringLiteral("to")));
        for (int i = 0; i < m_divertTo->count(); ++i)
            m_divertTo->item(i)->setCheckState(to.contains(m_divertTo->item(i)->text()) ? Qt::Checked
                                                                                        : Qt::Unchecked);
        if (!to.isEmpty())
            m_migrateTo->setCurrentText(to.first());
    }
    if (!m_limitTouched && p.value(QStringLiteral("limit")).isDouble())
        m_limit->setValue(
            int(std::clamp<qint64>(p.value(QStringLiteral("limit")).toInteger(), 1, kMaxLimit)));
    if (!m_regionTouched && p.contains(QStringLiteral("region")))
        m_region->setCurrentIndex(
            std::max(0, m_region->findData(p.value(QStringLiteral("region")).toString())));
}

void ActionChoosePage::showPlan(const actions::Plan &plan)
{
    fillUntouched(plan);
    m_title->setText(plan.title);
    m_rationale->setText(plan.rationale);
    m_rationale->setVisible(!plan.rationale.isEmpty());
    if (plan.error.isEmpty()) {
        m_error->hide();
    } else {
        ActionStyle::setColouredText(m_error, tr("✖ No plan can be made: %1").arg(plan.error),
                                     ActionStyle::errorColour());
        m_error->show();
    }
}

} // namespace slaops::ui
