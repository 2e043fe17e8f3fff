#pragma once

#include "report/report.h"
#include "reportflow.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRectF>
#include <vector>

namespace slaops::ui {

// The report's pages, laid out once in the page's dots (ReportStyle::kDpi) and painted onto any
// device by scaling: the PDF and the console's preview come from this one layout.
class ReportLayout {
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)

public:
    explicit ReportLayout(const report::Report &report);

    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (from 0) into `target`, in the painter's coordinates.
    void paint(int index, QPainter &p, const QRectF &target) const;
    static QSizeF pageSize() { return ReportFlow::pageSize(); }

private:
    std::vector<ReportFlow::Page> m_pages;
};

} // namespace slaops::ui
