#pragma once

#include "engine/explanation.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace slaops::ui {

// "Explain this number": what is behind one figure, as an engine::Explainer gathered it — the query,
// where it ran and how fast, the buckets and the interpolation of a quantile written out step by step,
// the two sides of a ratio, or the raw series, and the warnings first. Shows what it is given; it never
// fetches.
class ExplainDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExplainDialog(const engine::Explanation &explanation, QWidget *parent = nullptr);

    const engine::Explanation &explanation() const { return m_explanation; }

    // What the dialog says, in words: what tests read.
    QString figureText() const;
    QString queryText() const;
    QString sourceText() const;
    QString warningsText() const; // empty when there is nothing to warn of
    QString stepsText() const;    // the interpolation, or the ratio, or the series count
    QTableWidget *bucketTable() const { return m_buckets; }
    QTableWidget *seriesTable() const { return m_series; }
    QPushButton *copyButton() const { return m_copy; }
    QString ruleText() const;
    // Row of the bucket the rank fell in, -1 when none.
    int chosenBucketRow() const { return m_chosenRow; }

    // The interpolation of a quantile in words and numbers, one step a line.
    static QString quantileSteps(const engine::Explanation &e);
    // numerator / denominator = ratio, in words and numbers.
    static QString ratioSteps(const engine::Explanation &e);

private:
    void fillBuckets();
    void fillSeries();

    engine::Explanation m_explanation;
    QLabel *m_figure;
    QLabel *m_warnings;
    QPlainTextEdit *m_query;
    QPushButton *m_copy;
    QLabel *m_source;
    QLabel *m_ruleNote;
    QPlainTextEdit *m_rule;
    QLabel *m_steps;
    QTableWidget *m_buckets;
    QTableWidget *m_series;
    int m_chosenRow = -1;
};

} // namespace slaops::ui
