#include "reportcsv.h"

#include "reportjsonreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <array>

namespace slaops::report {
namespace {

constexpr std::array<const char *, 12> columns = {"date",   "start_utc", "end_utc", "sla",
                                                  "name",   "region",    "unit",    "comparison",
                                                  "target", "value",     "status",  "coverage"};

QByteArray field(const QString &text)
{
    QByteArray s = text.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\r') || s.contains('\n')) {
        s.replace("\"", "\"\"");
        s = '"' + s + '"';
    }
    return s;
}

// Full precision, the shortest text that reads back as the same double; empty when unknown; the
// infinities as in the JSON (a quantile in the +Inf bucket).
QString number(double v)
{
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray toCsv(const Report &report)
{
    QByteArray out;
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + QByteArray(columns[i]);
    out += "\r\n";
    for (const SlaRow &row : report.rows) {
        for (std::size_t d = 0; d < row.days.size(); ++d) {
            const Interval *day = d < report.period.days.size() ? &report.period.days[d] : nullptr;
            const Value &v = row.days[d];
            const QString fields[] = {day ? day->date.toString(Qt::ISODate) : QString(),
                                      day ? utc(day->start) : QString(),
                                      day ? utc(day->end) : QString(),
                                      row.slaId,
                                      row.name,
                                      row.region,
                                      config::unitName(row.unit),
                                      json::comparisonName(row.comparison),
                                      number(row.target),
                                      number(v.value),
                                      statusName(v.status),
                                      number(v.coverage)};
            bool first = true;
            for (const QString &f : fields) {
                if (!first)
                    out += ',';
                out += field(f);
                first = false;
            }
            out += "\r\n";
        }
    }
    return out;
}

namespace {

// RFC 4180 records with the line each begins on: line ends CRLF or LF (both are common once a file
// has been through an editor), quoted fields may hold commas, quotes (doubled) and line breaks.
struct Record {
    int line = 0;
    QStringList fields;
};

bool splitRecords(const QByteArray &csv, std::vector<Record> &records, QString *error)
{
    qsizetype i = csv.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark, as spreadsheets write
    int line = 1;
    const qsizetype n = csv.size();
    while (i < n) {
        Record rec;
        rec.line = line;
        for (;;) {
            QByteArray f;
            if (i < n && csv[i] == '"') {
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        *error = QCoreApplication::translate("slaops::report",
                                                             "line %1: a quoted field is not closed")
                                     .arg(opened);
                        return false;
                    }
                    const char c = csv[i++];
                    if (c == '"') {
                        if (i < n && csv[i] == '"') {
                            f += '"';
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    f += c;
                }
                if (i < n && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n') {
                    *error = QCoreApplication::translate("slaops::report",
                                                         "line %1: text after the closing quote of a field")
                                 .arg(line);
                    return false;
                }
            } else {
                while (i < n && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n') {
                    if (csv[i] == '"') {
                        *error = QCoreApplication::translate(
                                     "slaops::report", "line %1: a quote inside a field that is not quoted")
                                     .arg(line);
                        return false;
                    }
                    f += csv[i++];
                }
            }
            rec.fields.append(QString::fromUtf8(f));
            if (i < n && csv[i] == ',') {
                ++i;
                continue;
            }
            if (i < n && csv[i] == '\r') {
                if (i + 1 >= n || csv[i + 1] != '\n') {
                    *error = QCoreApplication::translate("slaops::report",
                                                         "line %1: a carriage return without a line feed")
                                 .arg(line);
                    return false;
                }
                ++i;
            }
            if (i < n && csv[i] == '\n')
                ++i;
            ++line;
            break;
        }
        records.push_back(std::move(rec));
    }
    return true;
}

bool readNumber(const QString &s, double &out)
{
    if (s.isEmpty()) {
        out = NAN;
        return true;
    }
    if (s == QLatin1String("+Inf") || s == QLatin1String("-Inf")) {
        out = s.front() == QLatin1Char('+') ? INFINITY : -INFINITY;
        return true;
    }
    bool ok = false;
    out = s.toDouble(&ok);
    return ok && std::isfinite(out);
}

} // namespace

std::optional<std::vector<CsvRow>> parseCsv(const QByteArray &csv, QString *error)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    std::vector<Record> records;
    if (!splitRecords(csv, records, err))
        return std::nullopt;
    if (records.empty()) {
        *err = QCoreApplication::translate("slaops::report", "line 1: no header");
        return std::nullopt;
    }
    QStringList header;
    for (const char *c : columns)
        header.append(QLatin1String(c));
    if (records.front().fields != header) {
        *err = QCoreApplication::translate("slaops::report", "line %1: the header is not %2")
                   .arg(records.front().line)
                   .arg(header.join(QLatin1Char(',')));
        return std::nullopt;
    }
    QStringList statuses, units;
    for (Status s : {Status::Met, Status::Violated, Status::Unknown, Status::NotInEffect})
        statuses.append(statusName(s));
    for (config::Unit u : {config::Unit::Percent, config::Unit::Milliseconds, config::Unit::Seconds,
                           config::Unit::RequestsPerSecond})
        units.append(config::unitName(u));
    const QStringList comparisons{json::comparisonName(sla::Comparison::AtLeast),
                                  json::comparisonName(sla::Comparison::AtMost)};

    std::vector<CsvRow> rows;
    rows.reserve(records.size() - 1);
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        const QStringList &f = rec.fields;
        if (f.size() != qsizetype(columns.size())) {
            *err = QCoreApplication::translate("slaops::report", "line %1: %2 fields, the header has %3")
                       .arg(rec.line)
                       .arg(f.size())
                       .arg(columns.size());
            return std::nullopt;
        }
        const auto bad = [&](int column, const QString &what) {
            *err = QCoreApplication::translate("slaops::report", "line %1, column %2: %3")
                       .arg(rec.line)
                       .arg(QLatin1String(columns[column]), what);
            return std::nullopt;
        };
        CsvRow row;
        row.date = f[0];
        row.startUtc = f[1];
        row.endUtc = f[2];
        row.sla = f[3];
        row.name = f[4];
        row.region = f[5];
        row.unit = f[6];
        row.comparison = f[7];
        row.status = f[10];
        if (!QDate::fromString(row.date, Qt::ISODate).isValid())
            return bad(0, QCoreApplication::translate("slaops::report", "not a date, YYYY-MM-DD"));
        for (int c : {1, 2})
            if (!QDateTime::fromString(f[c], Qt::ISODate).isValid() || !f[c].endsWith(QLatin1Char('Z')))
                return bad(c, QCoreApplication::translate("slaops::report",
                                                          "not a UTC time in ISO 8601 ending in Z"));
        if (row.sla.isEmpty())
            return bad(3, QCoreApplication::translate("slaops::report", "empty"));
        if (!units.contains(row.unit))
            return bad(6, QCoreApplication::translate("slaops::report", "not one of %1")
                              .arg(units.join(QStringLiteral(", "))));
        if (!comparisons.contains(row.comparison))
            return bad(7, QCoreApplication::translate("slaops::report", "not one of %1")
                              .arg(comparisons.join(QStringLiteral(", "))));
        if (!statuses.contains(row.status))
            return bad(10, QCoreApplication::translate("slaops::report", "not one of %1")
                               .arg(statuses.join(QStringLiteral(", "))));
        if (!readNumber(f[8], row.target))
            return bad(8, QCoreApplication::translate("slaops::report", "not a number"));
        if (!readNumber(f[9], row.value))
            return bad(9, QCoreApplication::translate("slaops::report", "not a number"));
        if (!readNumber(f[11], row.coverage))
            return bad(11, QCoreApplication::translate("slaops::report", "not a number"));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace slaops::report
