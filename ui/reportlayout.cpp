#include "reportlayout.h"

#include "reportsections.h"

namespace slaops::ui {

ReportLayout::ReportLayout(const report::Report &report)
{
    ReportFlow flow(ReportSections::frame(report));
    ReportSections::titlePage(flow, report);
    flow.newPage();
    ReportSections::summary(flow, report);
    ReportSections::compliance(flow, report);
    ReportSections::months(flow, report);
    ReportSections::charts(flow, report);
    ReportSections::violations(flow, report);
    ReportSections::incidents(flow, report);
    ReportSections::trends(flow, report);
    ReportSections::recommendations(flow, report);
    ReportSections::freeText(flow, report);
    ReportSections::missing(flow, report);
    m_pages = flow.finish();
}

void ReportLayout::paint(int index, QPainter &p, const QRectF &target) const
{
    if (index < 0 || index >= pageCount())
        return;
    const QSizeF page = pageSize();
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / page.width(), target.height() / page.height());
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    p.setClipRect(QRectF(QPointF(0, 0), page));
    for (const ReportFlow::PaintOp &op : m_pages[std::size_t(index)]) {
        p.save();
        op(p);
        p.restore();
    }
    p.restore();
}

} // namespace slaops::ui
