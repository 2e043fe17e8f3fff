// ReportPdf offscreen: the sample month written as a PDF and read back with poppler's tools
// (pdftotext -layout, pdffonts, pdfinfo), the preview's pages against the PDF's, the Unknown banner on
// every page, a long quarter that runs its tables over pages with their header repeated, and a write
// that cannot succeed. With SLAOPS_UI_SHOTS set, pages 1 and 2 of the month are rendered with pdftoppm
// as report-page1.png and report-page2.png for the README.
#include "engine/figureformat.h"
#include "reportpdf.h"
#include "reportstyle.h"
#include "reportsummary.h"
#include "samplereport.h"
#include "shotpath.h"
#include "statestyle.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace slaops;

namespace {

// Runs one of poppler's tools; a missing tool fails the test loudly (scripts/bootstrap installs them).
QString run(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) {
        qWarning("%s is missing: install poppler-utils (scripts/bootstrap does)", qPrintable(tool));
        return QStringLiteral("<missing tool>");
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        p.kill();
        p.waitForFinished(5000);
        return QStringLiteral("<tool failed>");
    }
    // No-break spaces (kept between a number and its unit) read as spaces.
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0xa0), QLatin1Char(' '));
}

QString pageText(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), pdf, QStringLiteral("-")});
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Pixels close to `c` (anti-aliased edges aside) on a page image.
int pixelsNear(const QImage &img, const QColor &c)
{
    int n = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2) {
            const QColor p = img.pixelColor(x, y);
            if (std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) +
                    std::abs(p.blue() - c.blue()) <
                24)
                ++n;
        }
    return n;
}

// Mean absolute difference of the grey levels of 8 x 8 blocks of two images of one size.
double blockDifference(const QImage &a, const QImage &b)
{
    const int bs = 8;
    double total = 0;
    int blocks = 0;
    for (int by = 0; by + bs <= a.height(); by += bs)
        for (int bx = 0; bx + bs <= a.width(); bx += bs) {
            double sa = 0, sb = 0;
            for (int y = by; y < by + bs; ++y)
                for (int x = bx; x < bx + bs; ++x) {
                    sa += qGray(a.pixel(x, y));
                    sb += qGray(b.pixel(x, y));
                }
            total += std::fabs(sa - sb) / (bs * bs);
            ++blocks;
        }
    return blocks ? total / blocks : 1e9;
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // SLAOPS_TEST_KEEP=1 keeps the PDFs for a person to open.
        if (qEnvironmentVariableIsSet("SLAOPS_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
    }

    void monthHoldsTheFigures()
    {
        const report::Report r = test::sampleReport(test::SampleKind::Month);
        const QString path = m_dir.filePath(QStringLiteral("month.pdf"));
        QString error;
        QVERIFY2(ui::ReportPdf::write(r, path, &error), qPrintable(error));
        const int pages = ui::ReportPdf::pageCount(r);
        QVERIFY(pages >= 4);
        QCOMPARE(pdfPages(path), pages);

        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY2(text.contains(r.period.title()), qPrintable(text.left(2000)));
        QVERIFY(text.contains(r.period.label()));
        // Every row's achievement as FigureFormat writes it, in the compliance table.
        for (const report::SlaRow &row : r.rows) {
            const QString achieved = engine::FigureFormat::value(row.overall.value, row.unit);
            QVERIFY2(text.contains(achieved),
                     qPrintable(row.name + QLatin1Char(' ') + row.region + QLatin1Char(' ') + achieved));
        }
        // The violation: its start in the report's zone and its length.
        QVERIFY(r.violations.size() == 2);
        for (const report::Violation &v : r.violations) {
            QVERIFY(text.contains(ui::ReportStyle::dateTime(v.start, r.period.zone)));
            QVERIFY(text.contains(ui::ReportStyle::duration(v.durationSecs)));
        }
        QVERIFY(text.contains(QStringLiteral("2024-02-14 10:00")));
        QVERIFY(text.contains(QStringLiteral("2 h 0 min")));
        QVERIFY(text.simplified().contains(QStringLiteral("source document's view")));
        // Page numbers on every page.
        for (int i = 1; i <= pages; ++i)
            QVERIFY2(pageText(path, i).contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                     qPrintable(QString::number(i)));
        // A complete report carries no banner.
        QVERIFY(!text.contains(QStringLiteral("Status unknown")));
        // The summary is written from the figures.
        QVERIFY(text.contains(QStringLiteral("4 of 6")));
        m_monthPdf = path;
    }

    void fontsAreEmbedded()
    {
        QVERIFY(!m_monthPdf.isEmpty());
        const QStringList lines =
            run(QStringLiteral("pdffonts"), {m_monthPdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines[0].startsWith(QStringLiteral("name")));
        int fonts = 0;
        for (const QString &line : lines.mid(2)) {
            // name type encoding emb sub uni object ID: emb is the fifth field from the end.
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(f.size() >= 7, qPrintable(line));
            QVERIFY2(f[f.size() - 5] == QLatin1String("yes"), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("DejaVu")), qPrintable(line));
            ++fonts;
        }
        QVERIFY(fonts >= 1);
    }

    void previewMatchesThePdf()
    {
        const report::Report r = test::sampleReport(test::SampleKind::Month);
        const QList<QImage> pages = ui::ReportPdf::renderPages(r, 60);
        QCOMPARE(pages.size(), ui::ReportPdf::pageCount(r));
        for (const QImage &img : pages) {
            // A4 at 60 dpi.
            QCOMPARE(img.width(), 496);
            QCOMPARE(img.height(), 702);
        }
        // The title page says Violated in the breach colour and has no green on it.
        QVERIFY(pixelsNear(pages[0], ui::StateStyle::colour(sla::State::Breach)) > 500);
        QCOMPARE(pixelsNear(pages[0], ui::StateStyle::colour(sla::State::Ok)), 0);
        // The PDF rendered by poppler, page for page, has the same ink in the same places.
        if (m_monthPdf.isEmpty())
            QSKIP("needs monthHoldsTheFigures");
        const QString prefix = m_dir.filePath(QStringLiteral("poppler"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
             QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-singlefile"),
             m_monthPdf, prefix});
        QImage poppler(prefix + QStringLiteral(".png"));
        QVERIFY(!poppler.isNull());
        poppler = poppler.scaled(pages[1].size()).convertToFormat(QImage::Format_RGB32);
        // Compared in 8 x 8 blocks: anti-aliasing differs between the two rasterisers, the layout must not.
        const double same = blockDifference(pages[1], poppler);
        const double other = blockDifference(pages[2], poppler);
        QVERIFY2(same < 4.0, qPrintable(QStringLiteral("%1 (another page: %2)").arg(same).arg(other)));
        QVERIFY2(other > 4 * same, qPrintable(QStringLiteral("%1 vs %2").arg(other).arg(same)));
    }

    void unknownReportSaysSoOnEveryPage()
    {
        const report::Report r = test::sampleReport(test::SampleKind::UnknownMonth);
        QCOMPARE(r.status(), report::Status::Unknown);
        const QString path = m_dir.filePath(QStringLiteral("unknown.pdf"));
        QString error;
        QVERIFY2(ui::ReportPdf::write(r, path, &error), qPrintable(error));
        const int pages = ui::ReportPdf::pageCount(r);
        QCOMPARE(pdfPages(path), pages);
        for (int i = 1; i <= pages; ++i) {
            const QString text = pageText(path, i);
            QVERIFY2(text.contains(QStringLiteral("Status unknown")), qPrintable(QString::number(i)));
            for (const QString &m : r.missing)
                QVERIFY2(text.contains(m.left(30)), qPrintable(m));
        }
        QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                    .contains(QStringLiteral("What is missing")));
        // Not green anywhere on the title page.
        QCOMPARE(
            pixelsNear(ui::ReportPdf::renderPages(r, 50).first(), ui::StateStyle::colour(sla::State::Ok)), 0);
    }

    void quarterTablesRunOverPages()
    {
        const report::Report r = test::sampleReport(test::SampleKind::Quarter);
        QVERIFY(r.violations.size() > 60);
        const QString path = m_dir.filePath(QStringLiteral("quarter.pdf"));
        QString error;
        QVERIFY2(ui::ReportPdf::write(r, path, &error), qPrintable(error));
        const int pages = ui::ReportPdf::pageCount(r);
        QCOMPARE(pdfPages(path), pages);
        const QRegularExpression header(
            QStringLiteral("SLA\\s+Region\\s+Start\\s+Duration\\s+Worst\\s+Target\\s+Severity"));
        int withHeader = 0, continued = 0, rowsSeen = 0;
        for (int i = 1; i <= pages; ++i) {
            const QString text = pageText(path, i);
            const bool goesOn = text.contains(QStringLiteral("Violations (continued)"));
            const bool hasHeader = header.match(text).hasMatch();
            continued += goesOn ? 1 : 0;
            withHeader += hasHeader ? 1 : 0;
            if (goesOn)
                QVERIFY2(hasHeader, qPrintable(QString::number(i)));
            // A page with violation rows has the header over them.
            const int rows = int(text.count(QRegularExpression(
                QStringLiteral("P95 response time\\s+\\S+\\s+2024-0\\d-\\d\\d \\d\\d:\\d\\d"))));
            if (rows > 0)
                QVERIFY2(hasHeader, qPrintable(QString::number(i)));
            rowsSeen += rows;
        }
        QVERIFY(continued >= 1);
        QCOMPARE(withHeader, continued + 1);
        int p95 = 0;
        for (const report::Violation &v : r.violations)
            p95 += v.slaId == QLatin1String("response_time_p95") ? 1 : 0;
        QCOMPARE(rowsSeen, p95);
        const QString all = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (const QString &s : {QStringLiteral("Achievement by month"), QStringLiteral("Major incidents"),
                                 QStringLiteral("ErrorRateBreach"), QStringLiteral("Improvement initiatives"),
                                 QStringLiteral("Canary deployments"), QStringLiteral("Roadmap"),
                                 QStringLiteral("January"), QStringLiteral("March")})
            QVERIFY2(all.contains(s), qPrintable(s));
    }

    void dayReportChartsTheSeries()
    {
        const report::Report r = test::sampleReport(test::SampleKind::Day);
        const QString path = m_dir.filePath(QStringLiteral("day.pdf"));
        QString error;
        QVERIFY2(ui::ReportPdf::write(r, path, &error), qPrintable(error));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.contains(r.period.label()));
        QVERIFY2(text.contains(QStringLiteral("The day's figures")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("12:00"))); // the charts' hour ticks
        QVERIFY(text.contains(QStringLiteral("2024-02-14 10:00")));
    }

    void summaryIsWrittenFromTheFigures()
    {
        const report::Report r = test::sampleReport(test::SampleKind::Month);
        const QString s =
            ui::ReportSummary::paragraphs(r).join(QLatin1Char(' ')).replace(QChar(0xa0), QLatin1Char(' '));
        int met = 0, fleet = 0;
        for (const report::SlaRow &row : r.rows)
            if (row.region.isEmpty()) {
                ++fleet;
                met += row.overall.status == report::Status::Met ? 1 : 0;
            }
        QVERIFY2(s.contains(QStringLiteral("%1 of %2").arg(met).arg(fleet)), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("Error rate in eu-west-1 was violated on 1 day")), qPrintable(s));
        QVERIFY(s.contains(QStringLiteral("2 h 0 min in all")));
        QVERIFY(s.contains(QStringLiteral("Session failover could not be judged on 1 day")));
        QVERIFY(s.contains(ui::ReportStyle::date(QDate(2024, 2, 21))));
        QVERIFY(s.contains(QStringLiteral("Degrading: P95 response time in us-east-1")));
    }

    void unwritablePathFails()
    {
        const report::Report r = test::sampleReport(test::SampleKind::Month);
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
        QString error;
        QVERIFY(!ui::ReportPdf::write(r, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        // A directory where the file should go: refused, and the directory is left alone.
        const QString dir = m_dir.filePath(QStringLiteral("adir"));
        QVERIFY(QDir().mkpath(dir));
        error.clear();
        QVERIFY(!ui::ReportPdf::write(r, dir, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(dir).isDir());
    }

    void picturesForTheReadme()
    {
        if (qEnvironmentVariableIsEmpty("SLAOPS_UI_SHOTS"))
            QSKIP("SLAOPS_UI_SHOTS not set: the README's pictures are not regenerated");
        QVERIFY(!m_monthPdf.isEmpty());
        for (int page : {1, 2}) {
            const QString png = test::shotPath(QStringLiteral("report-page%1").arg(page));
            QString prefix = png;
            prefix.chop(4);
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                 QString::number(page), QStringLiteral("-l"), QString::number(page),
                 QStringLiteral("-singlefile"), m_monthPdf, prefix});
            QVERIFY2(QFile::exists(png), qPrintable(png));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_monthPdf;
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
