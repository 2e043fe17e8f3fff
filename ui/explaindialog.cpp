#include "explaindialog.h"

#include "engine/figureformat.h"
#include "statestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace slaops::ui {

namespace {

// A number as people read it in a calculation: grouped digits, about seven significant ones, no
// padding zeros. Bucket counts are often rates (rate() of a counter), so they are rarely integers.
QString num(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("−Inf");
    const QLocale loc;
    const double a = std::abs(v);
    const int magnitude = a > 0 ? int(std::floor(std::log10(a))) : 0;
    const int decimals = std::clamp(6 - magnitude, 0, 12);
    QString s = loc.toString(v, 'f', decimals);
    const QString dot = loc.decimalPoint();
    if (s.contains(dot)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dot))
            s.chop(dot.size());
    }
    return s;
}

QString withUnit(double v, config::Unit unit)
{
    return num(v) + QLatin1Char(' ') + config::unitSymbol(unit);
}

QString quantileName(double q)
{
    return QStringLiteral("P") + QString::number(q * 100, 'g', 6);
}

QLabel *wrappingLabel(QWidget *parent, const QString &accessibleName)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // label values and queries are data, never markup
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setAccessibleName(accessibleName);
    return l;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(align);
    return i;
}

} // namespace

ExplainDialog::ExplainDialog(const engine::Explanation &explanation, QWidget *parent)
    : QDialog(parent)
    , m_explanation(explanation)
{
    const engine::Figure &f = m_explanation.figure;
    const QString title = f.region.isEmpty() ? f.name : tr("%1 — %2").arg(f.name, f.region);
    setWindowTitle(tr("Explain: %1").arg(title));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    // The figure as the console shows it, so that the numbers below can be checked against it.
    m_figure = wrappingLabel(this, tr("Figure"));
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_figure->setFont(big);
    m_figure->setText(tr("%1: %2   %3   %4 %5")
                          .arg(title, engine::FigureFormat::value(f), engine::FigureFormat::target(f),
                               StateStyle::glyph(f.state), sla::stateLabel(f.state)));
    layout->addWidget(m_figure);

    // Warnings first: they decide whether the number can be trusted at all.
    QStringList warnings;
    if (!m_explanation.error.isEmpty())
        warnings << m_explanation.error;
    warnings << m_explanation.warnings;
    if (!f.message.isEmpty())
        warnings << f.message;
    for (const QString &w : f.warnings + m_explanation.promWarnings)
        warnings << tr("Prometheus: %1").arg(w);
    m_warnings = wrappingLabel(this, tr("Warnings"));
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty());
    // Dark text on a light amber: readable in every theme, and not a state colour of its own.
    m_warnings->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c3c00; border: 2px solid "
                       "#e69f00; border-radius: 4px; padding: 6px; font-weight: bold; }"));
    layout->addWidget(m_warnings);

    // The query, exactly as sent, to paste into Prometheus or Grafana.
    auto *queryBox = new QGroupBox(tr("&Query"), this);
    auto *queryLayout = new QVBoxLayout(queryBox);
    m_query = new QPlainTextEdit(queryBox);
    m_query->setReadOnly(true);
    m_query->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_query->setTabChangesFocus(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setPlainText(f.query);
    m_query->setAccessibleName(tr("Query"));
    m_query->setMaximumHeight(m_query->fontMetrics().lineSpacing() * 4 + 12);
    queryLayout->addWidget(m_query);
    m_copy = new QPushButton(tr("&Copy query"), queryBox);
    m_copy->setAccessibleName(tr("Copy query"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_explanation.figure.query); });
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addStretch();
    queryLayout->addLayout(copyRow);
    // Read from a recorded series: which rule wrote it, and the rule's own expression, which is what
    // the parts below are evaluated from.
    m_rule = new QPlainTextEdit(queryBox);
    m_ruleNote = wrappingLabel(queryBox, tr("Recording rule"));
    if (!f.rule.isEmpty()) {
        QString note = tr("Read from a recorded series of the generated rules (slaops rules generate), "
                          "not from the raw query.");
        if (m_explanation.recordedAt.isValid())
            note +=
                QLatin1Char(' ') +
                tr("The rule wrote this value at %1 UTC; its expression, evaluated at that time:")
                    .arg(m_explanation.recordedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        else
            note += QLatin1Char(' ') + tr("The rule's expression:");
        m_ruleNote->setText(note);
        m_rule->setReadOnly(true);
        m_rule->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_rule->setTabChangesFocus(true);
        m_rule->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_rule->setPlainText(f.rule);
        m_rule->setAccessibleName(tr("Recording rule expression"));
        m_rule->setMaximumHeight(m_rule->fontMetrics().lineSpacing() * 4 + 12);
        queryLayout->addWidget(m_ruleNote);
        queryLayout->addWidget(m_rule);
    } else {
        m_ruleNote->hide();
        m_rule->hide();
    }
    m_source = wrappingLabel(queryBox, tr("Source"));
    QStringList source;
    source << tr("Source: %1").arg(f.source.isEmpty() ? tr("unknown") : f.source);
    if (f.direct)
        source << tr("direct scrape of the nodes");
    if (f.queryLatencyMs >= 0)
        source << tr("query latency %L1 ms").arg(f.queryLatencyMs);
    if (f.sampleTime.isValid())
        source << tr("sample time %1 UTC")
                      .arg(f.sampleTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (m_explanation.explainLatencyMs >= 0)
        source << tr("explained in %L1 ms").arg(m_explanation.explainLatencyMs);
    m_source->setText(source.join(QStringLiteral(" · ")));
    queryLayout->addWidget(m_source);
    layout->addWidget(queryBox);

    // What is behind the number.
    auto *behind = new QGroupBox(this);
    auto *behindLayout = new QVBoxLayout(behind);
    m_steps = wrappingLabel(behind, tr("Calculation"));
    m_buckets = new QTableWidget(behind);
    m_buckets->setAccessibleName(tr("Histogram buckets"));
    m_series = new QTableWidget(behind);
    m_series->setAccessibleName(tr("Series"));
    for (QTableWidget *t : {m_buckets, m_series}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setTabKeyNavigation(false);
        t->verticalHeader()->setVisible(false);
        t->setAlternatingRowColors(true);
    }
    switch (m_explanation.kind) {
    case engine::Explanation::Kind::Quantile:
        behind->setTitle(tr("&Buckets and interpolation (%1)").arg(quantileName(m_explanation.quantile)));
        m_steps->setText(quantileSteps(m_explanation));
        fillBuckets();
        behindLayout->addWidget(m_buckets, 1);
        behindLayout->addWidget(m_steps);
        m_series->hide();
        break;
    case engine::Explanation::Kind::Ratio:
        behind->setTitle(tr("Ratio"));
        m_steps->setText(ratioSteps(m_explanation));
        behindLayout->addWidget(m_steps);
        m_buckets->hide();
        m_series->setVisible(!m_explanation.series.empty());
        if (!m_explanation.series.empty()) {
            fillSeries();
            behindLayout->addWidget(m_series, 1);
        } else {
            behindLayout->addStretch(1); // the calculation reads from the top, not centred in space
        }
        break;
    case engine::Explanation::Kind::Plain:
        behind->setTitle(tr("&Series"));
        m_steps->setText(tr("%n series at the sample time.", nullptr, int(m_explanation.series.size())));
        behindLayout->addWidget(m_steps);
        fillSeries();
        behindLayout->addWidget(m_series, 1);
        m_buckets->hide();
        break;
    }
    layout->addWidget(behind, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_query, m_copy);
    setTabOrder(m_copy, m_buckets->isVisibleTo(this) ? m_buckets : m_series);
    resize(760, m_explanation.kind == engine::Explanation::Kind::Quantile ? 720 : 440);
}

void ExplainDialog::fillBuckets()
{
    const auto &buckets = m_explanation.buckets;
    const config::Unit unit = m_explanation.figure.unit;
    m_buckets->setColumnCount(4);
    m_buckets->setHorizontalHeaderLabels({tr("le (%1)").arg(config::unitSymbol(unit)), tr("Cumulative count"),
                                          tr("Count in bucket"), QString()});
    m_buckets->setRowCount(int(buckets.size()));
    m_chosenRow = m_explanation.steps.bucketIndex;
    // Amber, with bold text and a marker in words: the highlight is never colour alone.
    const QColor highlight(0xff, 0xe0, 0x8a);
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        const int row = int(i);
        const double below = i > 0 ? buckets[i - 1].cumulative : 0;
        m_buckets->setItem(row, 0, item(buckets[i].le));
        m_buckets->setItem(row, 1, item(num(buckets[i].cumulative)));
        m_buckets->setItem(row, 2, item(num(buckets[i].cumulative - below)));
        m_buckets->setItem(row, 3,
                           item(row == m_chosenRow ? tr("◀ the rank falls here") : QString(),
                                Qt::AlignLeft | Qt::AlignVCenter));
        if (row == m_chosenRow) {
            for (int c = 0; c < 4; ++c) {
                QTableWidgetItem *it = m_buckets->item(row, c);
                it->setBackground(highlight);
                it->setForeground(QColor(Qt::black));
                QFont bold = it->font();
                bold.setBold(true);
                it->setFont(bold);
            }
        }
    }
    m_buckets->resizeColumnsToContents();
    m_buckets->horizontalHeader()->setStretchLastSection(true);
    if (m_chosenRow >= 0) {
        m_buckets->setCurrentCell(m_chosenRow, 0, QItemSelectionModel::NoUpdate);
        m_buckets->scrollToItem(m_buckets->item(m_chosenRow, 0), QAbstractItemView::PositionAtCenter);
    }
}

void ExplainDialog::fillSeries()
{
    const auto &series = m_explanation.series;
    m_series->setColumnCount(2);
    m_series->setHorizontalHeaderLabels({tr("Labels"), tr("Value")});
    m_series->setRowCount(int(series.size()));
    for (std::size_t i = 0; i < series.size(); ++i) {
        QStringList labels;
        for (const auto &[k, v] : series[i].labels)
            labels << QStringLiteral("%1=\"%2\"").arg(k, v);
        const QString value =
            series[i].samples.empty() ? QStringLiteral("—") : num(series[i].samples.front().value);
        m_series->setItem(int(i), 0,
                          item(labels.isEmpty()
                                   ? tr("(no labels)")
                                   : QLatin1Char('{') + labels.join(QStringLiteral(", ")) + QLatin1Char('}'),
                               Qt::AlignLeft | Qt::AlignVCenter));
        m_series->setItem(int(i), 1, item(value));
    }
    m_series->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_series->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

QString ExplainDialog::quantileSteps(const engine::Explanation &e)
{
    const sla::QuantileSteps &s = e.steps;
    const config::Unit unit = e.figure.unit;
    const QString name = quantileName(e.quantile);
    QStringList lines;
    if (e.buckets.empty())
        return tr("No buckets arrived.");
    if (s.bucketIndex < 0)
        return tr("histogram_quantile gives no number here: %1.").arg(s.note);
    lines << tr("1. Observations: %1 (the cumulative count of the +Inf bucket).").arg(num(s.observations));
    lines << tr("2. rank = %1 × %2 = %3").arg(num(e.quantile), num(s.observations), num(s.rank));
    if (s.inInfBucket) {
        lines << tr("3. The rank falls in the +Inf bucket (%1, +Inf] holding %2 observations: more than %3 % "
                    "of "
                    "them lie above the highest bound.")
                     .arg(num(s.bucketStart), num(s.countInBucket), num((1 - e.quantile) * 100));
        lines << tr("4. %1 = the highest finite bound = %2: a lower limit only; the real %1 is higher.")
                     .arg(name, withUnit(s.value, unit));
    } else if (s.bucketStart == s.bucketEnd) {
        lines << tr("3. The rank falls in the lowest bucket, whose upper bound %1 is not above 0: the value "
                    "is that bound.")
                     .arg(num(s.bucketEnd));
        lines << tr("4. %1 = %2").arg(name, withUnit(s.value, unit));
    } else {
        lines << tr("3. The rank falls in bucket (%1, %2] holding %3 observations; %4 lie below it.")
                     .arg(num(s.bucketStart), num(s.bucketEnd), num(s.countInBucket), num(s.countBelow));
        lines << tr("4. Assuming the observations are spread evenly inside the bucket:");
        lines << QStringLiteral("   %1 = %2 + (%3 − %2) × (%4 − %5) / %6 = %7")
                     .arg(name, num(s.bucketStart), num(s.bucketEnd), num(s.rank), num(s.countBelow),
                          num(s.countInBucket), withUnit(s.value, unit));
    }
    if (e.ok() && e.figure.hasValue())
        lines << (e.reproduced
                      ? tr("This reproduces the figure (%1).").arg(engine::FigureFormat::value(e.figure))
                      : tr("This does NOT reproduce the figure (%1): see the warning above.")
                            .arg(engine::FigureFormat::value(e.figure)));
    if (s.note.contains(QLatin1String("merged")) || s.note.contains(QLatin1String("monotonic")))
        lines << tr("Note: %1").arg(s.note);
    return lines.join(QLatin1Char('\n'));
}

QString ExplainDialog::ratioSteps(const engine::Explanation &e)
{
    const config::Unit unit = e.figure.unit;
    QStringList lines;
    lines << tr("Numerator: %1").arg(e.numeratorQuery);
    lines << QStringLiteral("   = %1").arg(num(e.numerator));
    lines << tr("Denominator: %1").arg(e.denominatorQuery);
    lines << QStringLiteral("   = %1").arg(num(e.denominator));
    const double ratio = e.numerator / e.denominator;
    QString calc = QStringLiteral("%1 / %2 = %3").arg(num(e.numerator), num(e.denominator), num(ratio));
    if (e.complement)
        calc = QStringLiteral("%1 − %2 = %3").arg(num(e.constant), calc, num(e.constant - ratio));
    const double value = e.complement ? e.constant - ratio : ratio;
    lines << tr("Value: %1 = %2").arg(calc, engine::FigureFormat::value(value, unit));
    if (e.ok() && e.figure.hasValue())
        lines << (e.reproduced
                      ? tr("This reproduces the figure (%1).").arg(engine::FigureFormat::value(e.figure))
                      : tr("This does NOT reproduce the figure (%1): see the warning above.")
                            .arg(engine::FigureFormat::value(e.figure)));
    return lines.join(QLatin1Char('\n'));
}

QString ExplainDialog::figureText() const
{
    return m_figure->text();
}

QString ExplainDialog::ruleText() const
{
    return m_rule->isHidden() ? QString() : m_rule->toPlainText();
}

QString ExplainDialog::queryText() const
{
    return m_query->toPlainText();
}

QString ExplainDialog::sourceText() const
{
    return m_source->text();
}

QString ExplainDialog::warningsText() const
{
    return m_warnings->text();
}

QString ExplainDialog::stepsText() const
{
    return m_steps->text();
}

} // namespace slaops::ui
