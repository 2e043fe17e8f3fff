#include "reportpdf.h"

#include "reportlayout.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

Q_LOGGING_CATEGORY(lcReportPdf, "slaops.ui.reportpdf", QtInfoMsg)

namespace slaops::ui {

bool ReportPdf::write(const report::Report &report, const QString &path, QString *error)
{
    const ReportLayout layout(report);
    // Written beside the target and renamed over it when complete: a reader never sees half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(ReportStyle::kDpi));
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(tr("SLA report %1 (%2)").arg(report.period.title(), report.period.label()));
        writer.setCreator(QStringLiteral("slaops"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot draw the PDF for %1").arg(path);
            return false;
        }
        const QRectF target(0, 0, writer.width(), writer.height());
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            layout.paint(i, painter, target);
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    qCDebug(lcReportPdf) << "wrote" << path << layout.pageCount() << "pages";
    return true;
}

QList<QImage> ReportPdf::renderPages(const report::Report &report, int dpi)
{
    const ReportLayout layout(report);
    const QSizeF dots = ReportLayout::pageSize();
    const double scale = double(std::max(1, dpi)) / ReportStyle::kDpi;
    const QSize size(int(std::lround(dots.width() * scale)), int(std::lround(dots.height() * scale)));
    QList<QImage> pages;
    for (int i = 0; i < layout.pageCount(); ++i) {
        QImage image(size, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        image.fill(Qt::white);
        QPainter painter(&image);
        layout.paint(i, painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        pages << image;
    }
    return pages;
}

int ReportPdf::pageCount(const report::Report &report)
{
    return ReportLayout(report).pageCount();
}

} // namespace slaops::ui
