// report::toCsv / parseCsv: RFC 4180 quoting (commas, quotes, CR/LF inside a name), CRLF line ends,
// one row per day and SLA that reads back as the report's days, empty for unknown values, and
// malformed files refused with their line.
#include "report/reportcsv.h"
#include "reportfixtures.h"

#include <QtTest>
#include <cmath>

using namespace slaops;
using namespace slaops::report;
using slaops::testing::period;

namespace {

const char kHeader[] = "date,start_utc,end_utc,sla,name,region,unit,comparison,target,value,status,coverage";

Report sampleReport()
{
    Report r;
    r.period = period(PeriodKind::Month, QDate(2024, 10, 1), "Europe/Berlin"); // the 27th has 25 hours
    const Status cycle[] = {Status::Met, Status::Violated, Status::Unknown, Status::NotInEffect};
    for (int k = 0; k < 3; ++k) {
        SlaRow row;
        row.slaId = k == 2 ? QStringLiteral("error_rate") : QStringLiteral("uptime");
        row.name = k == 1 ? QStringLiteral("Uptime, \"regional\"\r\nsecond line") : QStringLiteral("Uptime");
        row.region = k == 1 ? QStringLiteral("eu-west-1") : QString();
        row.unit = config::Unit::Percent;
        row.comparison = k == 2 ? sla::Comparison::AtMost : sla::Comparison::AtLeast;
        row.target = k == 2 ? 0.0001 : 0.99999;
        for (std::size_t d = 0; d < r.period.days.size(); ++d) {
            Value v;
            v.status = cycle[(d + std::size_t(k)) % 4];
            v.value = d == 4 ? NAN : d == 9 ? INFINITY : 0.99 + 1.0 / double(d + 7 + k);
            v.coverage = d == 4 ? 0 : d % 5 ? 1.0 : 0.625;
            row.days.push_back(v);
        }
        r.rows.push_back(row);
    }
    return r;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestReportCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerAndCrlf();
    void quoting();
    void roundTripOfDays();
    void unknownIsEmpty();
    void readsLfAndBom();
    void malformed_data();
    void malformed();
};

void TestReportCsv::headerAndCrlf()
{
    const QByteArray csv = toCsv(sampleReport());
    QVERIFY(csv.startsWith(QByteArray(QByteArray(kHeader) + "\r\n")));
    QVERIFY(csv.endsWith("\r\n"));
    // Every line feed is part of a CRLF: outside quotes as the record end, inside the quoted name as
    // the name's own.
    QCOMPARE(csv.count("\n"), csv.count("\r\n"));
    const auto rows = parseCsv(csv, nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3u * 31u);
    Report empty;
    empty.period = sampleReport().period;
    QCOMPARE(toCsv(empty), QByteArray(QByteArray(kHeader) + "\r\n"));
}

void TestReportCsv::quoting()
{
    const QByteArray csv = toCsv(sampleReport());
    // The regional row's name, as RFC 4180 writes it: quoted, its quotes doubled, its CRLF kept.
    QVERIFY(csv.contains(",\"Uptime, \"\"regional\"\"\r\nsecond line\",eu-west-1,"));
    // Nothing else needed quotes.
    QVERIFY(csv.contains(
        "\r\n2024-10-01,2024-09-30T22:00:00Z,2024-10-01T22:00:00Z,uptime,Uptime,,percent,at_least,"
        "0.99999,"));
    const auto rows = parseCsv(csv, nullptr);
    QVERIFY(rows);
    QCOMPARE((*rows)[31].name, QStringLiteral("Uptime, \"regional\"\r\nsecond line"));
    QCOMPARE((*rows)[31].region, QStringLiteral("eu-west-1"));
    QCOMPARE((*rows)[0].region, QString());
}

// Each CSV row is one day of one row of the report, in order: its local date, the day's UTC
// instants, the row's fields and the day's value, status and coverage, to the last bit.
void TestReportCsv::roundTripOfDays()
{
    const Report r = sampleReport();
    QString error;
    const auto rows = parseCsv(toCsv(r), &error);
    QVERIFY2(rows, qPrintable(error));
    std::size_t i = 0;
    for (const SlaRow &row : r.rows) {
        for (std::size_t d = 0; d < row.days.size(); ++d, ++i) {
            const CsvRow &c = (*rows)[i];
            const Interval &day = r.period.days[d];
            QCOMPARE(c.date, day.date.toString(Qt::ISODate));
            QCOMPARE(QDateTime::fromString(c.startUtc, Qt::ISODate), day.start);
            QCOMPARE(QDateTime::fromString(c.endUtc, Qt::ISODate), day.end);
            QCOMPARE(c.sla, row.slaId);
            QCOMPARE(c.name, row.name);
            QCOMPARE(c.region, row.region);
            QCOMPARE(c.unit, config::unitName(row.unit));
            QCOMPARE(c.comparison, row.comparison == sla::Comparison::AtLeast ? QStringLiteral("at_least")
                                                                              : QStringLiteral("at_most"));
            QVERIFY(same(c.target, row.target));
            QVERIFY2(same(c.value, row.days[d].value), qPrintable(QString::number(i)));
            QCOMPARE(c.status, statusName(row.days[d].status));
            QVERIFY(same(c.coverage, row.days[d].coverage));
        }
    }
    QCOMPARE(i, rows->size());
    // The 25-hour day of the change back from summer time.
    QCOMPARE((*rows)[26].date, QStringLiteral("2024-10-27"));
    QCOMPARE((*rows)[26].startUtc, QStringLiteral("2024-10-26T22:00:00Z"));
    QCOMPARE((*rows)[26].endUtc, QStringLiteral("2024-10-27T23:00:00Z"));
}

void TestReportCsv::unknownIsEmpty()
{
    const QByteArray csv = toCsv(sampleReport());
    const QList<QByteArray> lines = csv.split('\n');
    // Day 5 (index 4) of the fleet row: no value, coverage 0, status from the cycle.
    QCOMPARE(lines[5],
             QByteArray("2024-10-05,2024-10-04T22:00:00Z,2024-10-05T22:00:00Z,uptime,Uptime,,percent,"
                        "at_least,0.99999,,met,0\r"));
    QVERIFY(lines[10].contains(",+Inf,"));
    const auto rows = parseCsv(csv, nullptr);
    QVERIFY(std::isnan((*rows)[4].value));
    QVERIFY(std::isinf((*rows)[9].value));
}

// What a spreadsheet or an editor makes of the file: LF line ends, a byte order mark, no final
// line end.
void TestReportCsv::readsLfAndBom()
{
    QByteArray csv =
        "\xEF\xBB\xBF" + QByteArray(kHeader) + "\n" +
        "2024-06-03,2024-06-03T00:00:00Z,2024-06-04T00:00:00Z,p95,\"P95\nms\",,ms,at_most,100,87.5,met,1";
    QString error;
    const auto rows = parseCsv(csv, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 1u);
    QCOMPARE((*rows)[0].name, QStringLiteral("P95\nms"));
    QCOMPARE((*rows)[0].value, 87.5);
    QCOMPARE((*rows)[0].target, 100.0);
}

void TestReportCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray h = QByteArray(kHeader) + "\r\n";
    const QByteArray good =
        "2024-06-03,2024-06-03T00:00:00Z,2024-06-04T00:00:00Z,up,Up,,percent,at_least,0.99,0.995,met,1\r\n";
    QTest::addRow("empty") << QByteArray() << QStringLiteral("line 1: no header");
    QTest::addRow("other header") << QByteArray("date,value\r\n")
                                  << QStringLiteral("line 1: the header is not");
    QTest::addRow("unterminated quote")
        << h + good + "2024-06-04,2024-06-04T00:00:00Z,2024-06-05T00:00:00Z,up,\"Up,\r\nmore\r\n"
        << QStringLiteral("line 3: a quoted field is not closed");
    QTest::addRow("too few fields") << h + good + good + "2024-06-05,x\r\n"
                                    << QStringLiteral("line 4: 2 fields, the header has 12");
    QTest::addRow("too many fields") << h + good.chopped(2) + ",extra\r\n"
                                     << QStringLiteral("line 2: 13 fields, the header has 12");
    // A quoted line break moves the line count on: the bad record begins on line 4.
    QTest::addRow("after a multi-line name")
        << h +
               "2024-06-03,2024-06-03T00:00:00Z,2024-06-04T00:00:00Z,up,\"Up\r\nand "
               "up\",,percent,at_least,0.99,0.995,met,1\r\n" +
               "2024-06-03,x\r\n"
        << QStringLiteral("line 4: 2 fields");
    QTest::addRow("blank line") << h + good + "\r\n" + good << QStringLiteral("line 3: 1 fields");
    QTest::addRow("quote inside a field")
        << h + "2024-06-03,2024-06-03T00:00:00Z,2024-06-04T00:00:00Z,up,U\"p,,percent,"
               "at_least,0.99,0.995,met,1\r\n"
        << QStringLiteral("line 2: a quote inside a field");
    QTest::addRow("text after a quote")
        << h + "2024-06-03,2024-06-03T00:00:00Z,2024-06-04T00:00:00Z,up,\"Up\"x,,percent,"
               "at_least,0.99,0.995,met,1\r\n"
        << QStringLiteral("line 2: text after the closing quote");
    QTest::addRow("bad number")
        << h + good + QByteArray(good).replace("0.995", "0,995").replace(",0,995", ",\"0,995\"")
        << QStringLiteral("line 3, column value: not a number");
    QTest::addRow("bad status") << h + QByteArray(good).replace(",met,", ",green,")
                                << QStringLiteral("line 2, column status: not one of met, violated");
    QTest::addRow("bad date") << h + QByteArray(good).replace("2024-06-03,", "2024-13-03,")
                              << QStringLiteral("line 2, column date");
    QTest::addRow("local time") << h + QByteArray(good).replace("2024-06-04T00:00:00Z",
                                                                "2024-06-04T02:00:00+02:00")
                                << QStringLiteral("line 2, column end_utc");
    QTest::addRow("bad unit") << h + QByteArray(good).replace(",percent,", ",permille,")
                              << QStringLiteral("line 2, column unit");
    QTest::addRow("bad comparison") << h + QByteArray(good).replace(",at_least,", ",above,")
                                    << QStringLiteral("line 2, column comparison");
    QTest::addRow("lone CR") << h + QByteArray(good).replace("\r\n", "\r") + good
                             << QStringLiteral("line 2: a carriage return without a line feed");
}

void TestReportCsv::malformed()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseCsv(csv, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
