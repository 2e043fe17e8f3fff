#include "reportflow.h"

#include "reportstyle.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QTextLayout>
#include <algorithm>

namespace slaops::ui {

namespace {

const double kMarginSide = ReportStyle::mm(18);
const double kMarginTop = ReportStyle::mm(16);
const double kMarginBottom = ReportStyle::mm(20);
const double kCellPadX = ReportStyle::pt(4);
const double kCellPadY = ReportStyle::pt(2.2);
const double kBannerPad = ReportStyle::pt(5);

QString trimRight(QString s)
{
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

} // namespace

void WrappedText::paint(QPainter &p, QPointF topLeft, double width, const QColor &colour, Qt::Alignment align,
                        int first, int count) const
{
    p.setFont(font);
    p.setPen(colour.isValid() ? colour : ReportStyle::ink());
    const QFontMetricsF fm(font);
    const int end = count < 0 ? int(lines.size()) : std::min(int(lines.size()), first + count);
    double y = topLeft.y() + ascent;
    for (int i = first; i < end; ++i, y += lineHeight) {
        const QString &line = lines[i];
        double x = topLeft.x();
        if (align & Qt::AlignRight)
            x += width - fm.horizontalAdvance(line);
        else if (align & Qt::AlignHCenter)
            x += (width - fm.horizontalAdvance(line)) / 2;
        p.drawText(QPointF(x, y), line);
    }
}

WrappedText wrapText(const QString &text, const QFont &font, double width)
{
    WrappedText w;
    w.font = font;
    const QFontMetricsF fm(font);
    w.lineHeight = fm.lineSpacing();
    w.ascent = fm.ascent();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        if (para.trimmed().isEmpty()) {
            w.lines << QString();
            continue;
        }
        QTextLayout layout(para, font);
        layout.setTextOption(option);
        layout.beginLayout();
        // A line takes at least one character, so a paragraph has at most as many lines as characters.
        for (qsizetype i = 0; i <= para.size(); ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            w.lines << trimRight(para.mid(line.textStart(), line.textLength()));
        }
        layout.endLayout();
    }
    return w;
}

ReportFlow::ReportFlow(Frame frame)
    : m_frame(std::move(frame))
{
    const QSizeF page = pageSize();
    const double width = page.width() - 2 * kMarginSide;
    if (!m_frame.banner.isEmpty()) {
        // The first line in bold, the rest as they are: one wrapped text with the bold line apart.
        m_banner = wrapText(m_frame.banner.mid(1).join(QLatin1Char('\n')), ReportStyle::font(8.5),
                            width - 2 * kBannerPad - ReportStyle::pt(4));
        if (m_frame.banner.size() == 1)
            m_banner.lines.clear();
    }
    const double top =
        kMarginTop + bannerHeight(m_frame, m_banner) + (m_frame.banner.isEmpty() ? 0 : ReportStyle::pt(8));
    m_content = QRectF(kMarginSide, top, width, page.height() - kMarginBottom - top);
    m_y = m_content.top();
    m_pages.emplace_back();
}

QSizeF ReportFlow::pageSize()
{
    const QSizeF points = QPageSize(QPageSize::A4).size(QPageSize::Point);
    return QSizeF(ReportStyle::pt(points.width()), ReportStyle::pt(points.height()));
}

double ReportFlow::bannerHeight(const Frame &frame, const WrappedText &banner)
{
    if (frame.banner.isEmpty())
        return 0;
    const QFontMetricsF bold(ReportStyle::font(9, true));
    return 2 * kBannerPad + bold.lineSpacing() + banner.height();
}

void ReportFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_content.top();
    m_pageEmpty = true;
}

void ReportFlow::ensure(double height)
{
    if (!m_pageEmpty && height > remaining())
        newPage();
}

void ReportFlow::space(double height)
{
    if (!m_pageEmpty)
        m_y = std::min(m_y + height, m_content.bottom());
}

void ReportFlow::add(PaintOp op)
{
    m_pages.back().push_back(std::move(op));
    m_pageEmpty = false;
}

void ReportFlow::block(double height, std::function<void(QPainter &, const QRectF &)> paint)
{
    ensure(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), height);
    add([paint = std::move(paint), rect](QPainter &p) { paint(p, rect); });
    m_y += height;
}

void ReportFlow::heading(const QString &text, int level, double keepWith)
{
    const double points = level <= 1 ? 15 : (level == 2 ? 11.5 : 10);
    const WrappedText w = wrapText(text, ReportStyle::font(points, true), width());
    // A heading keeps company with what follows it: room for a few lines below, or a new page.
    space(level <= 1 ? ReportStyle::pt(10) : ReportStyle::pt(6));
    ensure(w.height() + (keepWith >= 0 ? keepWith : ReportStyle::pt(110)));
    block(w.height() + ReportStyle::pt(level <= 1 ? 6 : 3),
          [w](QPainter &p, const QRectF &r) { w.paint(p, r.topLeft(), r.width(), ReportStyle::ink()); });
}

void ReportFlow::paragraph(const QString &text, const QFont &font, const QColor &colour, double indent)
{
    const WrappedText w = wrapText(text, font, width() - indent);
    // Line by line, so that a long paragraph runs on over the page break.
    int first = 0;
    const int total = int(w.lines.size());
    while (first < total) {
        ensure(w.lineHeight);
        const int fit = std::max(1, int(remaining() / w.lineHeight));
        const int count = std::min(fit, total - first);
        block(w.lineHeight * count, [w, first, count, colour, indent](QPainter &p, const QRectF &r) {
            w.paint(p, r.topLeft() + QPointF(indent, 0), r.width() - indent, colour, Qt::AlignLeft, first,
                    count);
        });
        first += count;
    }
    m_y += w.lineHeight * 0.45; // paragraph spacing
}

void ReportFlow::table(const Table &table)
{
    double total = 0;
    for (const TableColumn &c : table.columns)
        total += c.weight;
    std::vector<double> xs{0}, widths;
    for (const TableColumn &c : table.columns) {
        widths.push_back(width() * c.weight / total);
        xs.push_back(xs.back() + widths.back());
    }
    const QFont bodyFont = ReportStyle::font(table.fontPoints);
    const QFont headFont = ReportStyle::font(table.fontPoints, true);

    std::vector<WrappedText> head;
    double headHeight = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        head.push_back(wrapText(table.columns[c].header, headFont, widths[c] - 2 * kCellPadX));
        headHeight = std::max(headHeight, head.back().height());
    }
    headHeight += 2 * kCellPadY;

    auto paintHeader = [this, head, headHeight, xs, widths, cols = table.columns,
                        continued = table.continued](bool goesOn) {
        if (goesOn && !continued.isEmpty())
            paragraph(continued, ReportStyle::font(8, true), ReportStyle::muted());
        block(headHeight, [head, xs, widths, cols](QPainter &p, const QRectF &r) {
            p.fillRect(r, ReportStyle::headerFill());
            for (std::size_t c = 0; c < head.size(); ++c)
                head[c].paint(p, QPointF(r.left() + xs[c] + kCellPadX, r.top() + kCellPadY),
                              widths[c] - 2 * kCellPadX, ReportStyle::ink(), cols[c].align);
            p.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.8)));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        });
    };

    bool headerShown = false;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto &row = table.rows[i];
        std::vector<WrappedText> cells;
        double height = 0;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const TableCell cell = c < row.size() ? row[c] : TableCell{};
            const double chipPad = cell.chip.isValid() ? 2 * kCellPadX : 0;
            cells.push_back(
                wrapText(cell.text, cell.bold ? headFont : bodyFont, widths[c] - 2 * kCellPadX - chipPad));
            height = std::max(height, cells.back().height());
        }
        height += 2 * kCellPadY;
        if (!headerShown) {
            ensure(headHeight + height);
            paintHeader(false);
            headerShown = true;
        } else if (height > remaining()) {
            newPage();
            paintHeader(true);
        }
        const bool stripe = i % 2 == 1;
        block(height, [cells, row, xs, widths, cols = table.columns, stripe](QPainter &p, const QRectF &r) {
            if (stripe)
                p.fillRect(r, ReportStyle::stripeFill());
            for (std::size_t c = 0; c < cells.size(); ++c) {
                const TableCell cell = c < row.size() ? row[c] : TableCell{};
                QPointF at(r.left() + xs[c] + kCellPadX, r.top() + kCellPadY);
                double w = widths[c] - 2 * kCellPadX;
                QColor ink = cell.colour;
                if (cell.chip.isValid()) {
                    const QFontMetricsF fm(cells[c].font);
                    double textWidth = 0;
                    for (const QString &l : cells[c].lines)
                        textWidth = std::max(textWidth, fm.horizontalAdvance(l));
                    const QRectF chip(at.x(), at.y() - kCellPadY * 0.5, textWidth + 2 * kCellPadX,
                                      cells[c].height() + kCellPadY);
                    p.setPen(Qt::NoPen);
                    p.setBrush(cell.chip);
                    p.drawRoundedRect(chip, ReportStyle::pt(2), ReportStyle::pt(2));
                    at.rx() += kCellPadX;
                    w = textWidth;
                    ink = Theme::textOn(cell.chip);
                }
                cells[c].paint(p, at, w, ink, cell.chip.isValid() ? Qt::AlignLeft : cols[c].align);
            }
        });
    }
    if (!headerShown) {
        ensure(headHeight);
        paintHeader(false);
    }
    m_y += ReportStyle::pt(4);
}

void ReportFlow::paintFrame(QPainter &p, const Frame &frame, const WrappedText &banner, int page, int count)
{
    const QSizeF size = pageSize();
    if (!frame.banner.isEmpty()) {
        const QRectF r(kMarginSide, kMarginTop, size.width() - 2 * kMarginSide, bannerHeight(frame, banner));
        p.fillRect(r, QColor(0xee, 0xef, 0xf1));
        p.fillRect(QRectF(r.left(), r.top(), ReportStyle::pt(4), r.height()), frame.bannerColour);
        const QFont bold = ReportStyle::font(9, true);
        const WrappedText first = wrapText(frame.banner.first(), bold, r.width());
        const QPointF at(r.left() + ReportStyle::pt(4) + kBannerPad, r.top() + kBannerPad);
        first.paint(p, at, r.width(), ReportStyle::ink(), Qt::AlignLeft, 0, 1);
        banner.paint(p, at + QPointF(0, QFontMetricsF(bold).lineSpacing()), r.width(), ReportStyle::ink());
    }
    const QFont small = ReportStyle::font(7.5);
    const QFontMetricsF fm(small);
    const double y = size.height() - kMarginBottom + ReportStyle::mm(6);
    p.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.5)));
    p.drawLine(QPointF(kMarginSide, y), QPointF(size.width() - kMarginSide, y));
    p.setFont(small);
    p.setPen(ReportStyle::muted());
    const double baseline = y + ReportStyle::pt(3) + fm.ascent();
    const QString pageText =
        QCoreApplication::translate("slaops::ui::ReportFlow", "Page %1 of %2").arg(page + 1).arg(count);
    const double pageWidth = fm.horizontalAdvance(pageText);
    // The footer's left part gives way to the page number rather than run into it.
    const QString footer = fm.elidedText(frame.footer, Qt::ElideRight,
                                         size.width() - 2 * kMarginSide - pageWidth - ReportStyle::pt(12));
    p.drawText(QPointF(kMarginSide, baseline), footer);
    p.drawText(QPointF(size.width() - kMarginSide - pageWidth, baseline), pageText);
}

std::vector<ReportFlow::Page> ReportFlow::finish()
{
    if (m_pages.size() > 1 && m_pages.back().empty())
        m_pages.pop_back();
    const int count = int(m_pages.size());
    for (int i = 0; i < count; ++i)
        // From copies: the pages outlive this flow.
        m_pages[std::size_t(i)].push_back([i, count, frame = m_frame, banner = m_banner](QPainter &p) {
            paintFrame(p, frame, banner, i, count);
        });
    return std::move(m_pages);
}

} // namespace slaops::ui
