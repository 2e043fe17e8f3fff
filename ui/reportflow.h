#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace slaops::ui {

// A paragraph broken into lines for a width, measured once in the page's dots.
struct WrappedText {
    QFont font;
    QStringList lines;
    double lineHeight = 0;
    double ascent = 0;
    double height() const { return lineHeight * double(lines.size()); }
    // Each line at its baseline from `top`; `align` Qt::AlignLeft, AlignRight or AlignHCenter in `width`.
    void paint(QPainter &p, QPointF topLeft, double width, const QColor &colour,
               Qt::Alignment align = Qt::AlignLeft, int first = 0, int count = -1) const;
};
// Breaks `text` at word boundaries (anywhere in a word too long for a line); '\n' breaks a line.
WrappedText wrapText(const QString &text, const QFont &font, double width);

// One cell of a table: text, optionally on a coloured chip (a status).
struct TableCell {
    TableCell(QString text = {}, QColor chip = {}, QColor colour = {}, bool bold = false)
        : text(std::move(text))
        , chip(chip)
        , colour(colour)
        , bold(bold)
    {
    }
    QString text;
    QColor chip;   // invalid: no chip
    QColor colour; // invalid: the ink colour
    bool bold = false;
};
struct TableColumn {
    TableColumn(QString header, double weight, Qt::Alignment align = Qt::AlignLeft)
        : header(std::move(header))
        , weight(weight)
        , align(align)
    {
    }
    QString header;
    double weight = 1; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};
struct Table {
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
    QString continued; // shown above the header where the table goes on from an earlier page
    double fontPoints = 8;
};

// Lays blocks out from the top of a page down, onto as many A4 pages as they take, and paints each
// page as a list of drawing operations in the page's dots. The frame (a banner at the top of every
// page, the footer with "Page N of M") is added by finish(), once the page count is known.
class ReportFlow {
public:
    using PaintOp = std::function<void(QPainter &)>;
    using Page = std::vector<PaintOp>;

    struct Frame {
        QString footer;      // left of the footer, on every page
        QStringList banner;  // empty: no banner; else its lines, the first in bold, on every page
        QColor bannerColour; // the banner's edge
    };

    explicit ReportFlow(Frame frame);

    static QSizeF pageSize(); // A4 in dots
    double width() const { return m_content.width(); }
    double left() const { return m_content.left(); }
    double remaining() const { return m_content.bottom() - m_y; }
    double y() const { return m_y; }

    void newPage();
    // Starts a new page unless `height` still fits on this one (and this one is not empty).
    void ensure(double height);
    void space(double height);
    // Paints onto the current page; coordinates are the page's dots.
    void add(PaintOp op);
    // A block of a fixed height at the cursor (a new page first if it does not fit).
    void block(double height, std::function<void(QPainter &, const QRectF &)> paint);

    // Keeps `keepWith` dots of what follows on its page (a new page otherwise).
    void heading(const QString &text, int level = 1, double keepWith = -1);
    void paragraph(const QString &text, const QFont &font, const QColor &colour = {}, double indent = 0);
    void table(const Table &table);

    // The pages, each with its frame painted.
    std::vector<Page> finish();

private:
    static double bannerHeight(const Frame &frame, const WrappedText &banner);
    static void paintFrame(QPainter &p, const Frame &frame, const WrappedText &banner, int page, int count);

    Frame m_frame;
    WrappedText m_banner;
    QRectF m_content; // where blocks go on every page (below the banner, above the footer)
    double m_y = 0;
    bool m_pageEmpty = true;
    std::vector<Page> m_pages;
};

} // namespace slaops::ui
