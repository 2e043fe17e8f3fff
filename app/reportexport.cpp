#include "reportexport.h"

#include "report/reportcsv.h"
#include "report/reportjson.h"
#include "reportpdf.h"

#include <QSaveFile>
#include <cstdio>

namespace slaops::app {

bool ReportExport::write(const report::Report &report, const QString &format, const QString &path,
                         QString *error)
{
    if (format == QLatin1String("pdf")) {
        if (path == QLatin1String("-")) {
            *error = tr("a PDF is written to a file, not to stdout");
            return false;
        }
        return ui::ReportPdf::write(report, path, error);
    }
    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = report::toJson(report);
    else if (format == QLatin1String("csv"))
        bytes = report::toCsv(report);
    else {
        *error = tr("unknown format \"%1\" (pdf, csv or json)").arg(format);
        return false;
    }
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace slaops::app
