#pragma once
// A realistic report built in code, for the PDF and Reports view tests and the docs pictures: the
// erlmcp profile's six SLAs for the fleet and three regions, daily figures with noise, an error-rate
// burst in eu-west-1 on 14 February 2024 (10:00 UTC, 2 h), a day on which session failover had hours
// without data (21 February), a P95 that degrades in us-east-1, trends and recommendations. A month
// (February 2024), a quarter (Q1 2024, with many short P95 violations and incidents), a day (14
// February) and an Unknown month (parts that could not be fetched).

#include "report/report.h"
#include "sla/state.h"

#include <QTimeZone>
#include <cmath>
#include <random>

namespace slaops::test {

namespace sample {

struct Sla {
    const char *id;
    const char *name;
    config::Unit unit;
    sla::Comparison cmp;
    double target, alert;
    bool regional;
    double base, noise;
};

inline const std::vector<Sla> &slas()
{
    using config::Unit;
    using sla::Comparison;
    static const std::vector<Sla> s = {
        {"uptime", "Uptime", Unit::Percent, Comparison::AtLeast, 0.99999, 0.9999, true, 0.999997, 0.0000015},
        {"response_time_p95", "P95 response time", Unit::Milliseconds, Comparison::AtMost, 100, 150, true, 58,
         3},
        {"error_rate", "Error rate", Unit::Percent, Comparison::AtMost, 0.0001, 0.001, true, 0.00004,
         0.000006},
        {"session_failover", "Session failover", Unit::Seconds, Comparison::AtMost, 10, 15, true, 3.2, 0.5},
        {"data_consistency", "Data consistency", Unit::Percent, Comparison::AtLeast, 0.99999, 0.9999, true,
         0.9999994, 0.0000002},
        {"throughput", "Throughput", Unit::RequestsPerSecond, Comparison::AtMost, 50000, 40000, false, 31000,
         1500},
    };
    return s;
}

inline const QStringList &regions()
{
    static const QStringList r = {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                                  QStringLiteral("ap-southeast-1")};
    return r;
}

inline report::Status statusOf(const Sla &s, double v)
{
    if (!std::isfinite(v))
        return report::Status::Unknown;
    return sla::classify(v, s.cmp, s.target, s.alert) == sla::State::Breach ? report::Status::Violated
                                                                            : report::Status::Met;
}

inline const QDate kBurstDay(2024, 2, 14);
inline const QDate kUnknownDay(2024, 2, 21);

// The figure of `s` in `region` at local day `day`, hour fraction of the burst included.
inline double dayValue(const Sla &s, const QString &region, const QDate &day, int dayIndex, std::mt19937 &rng)
{
    std::normal_distribution<double> n(0, s.noise);
    double v = s.base + n(rng);
    const QString id = QString::fromLatin1(s.id);
    if (id == QLatin1String("response_time_p95") && region == QLatin1String("us-east-1"))
        v += 0.45 * dayIndex - 6; // degrading
    if (id == QLatin1String("throughput") && region.isEmpty())
        v += 40 * dayIndex;
    if (id == QLatin1String("error_rate") && day == kBurstDay) {
        // Two hours at 9 % (eu-west-1) or 3 % (the fleet) in a day's counters.
        if (region == QLatin1String("eu-west-1"))
            v += 0.09 * 2 / 24;
        else if (region.isEmpty())
            v += 0.03 * 2 / 24;
    }
    if (!region.isEmpty() && id == QLatin1String("throughput"))
        v /= 3;
    if (s.unit == config::Unit::Percent)
        v = std::clamp(v, 0.0, 1.0);
    return v;
}

inline report::Violation violation(const Sla &s, const QString &region, const QDateTime &start, qint64 secs,
                                   double worst)
{
    report::Violation v;
    v.slaId = QString::fromLatin1(s.id);
    v.name = QString::fromLatin1(s.name);
    v.region = region;
    v.start = start;
    v.durationSecs = secs;
    v.worst = worst;
    v.target = s.target;
    v.unit = s.unit;
    const bool pastAlert = s.cmp == sla::Comparison::AtMost ? worst > s.alert : worst < s.alert;
    const bool alertBeyond = s.cmp == sla::Comparison::AtMost ? s.alert > s.target : s.alert < s.target;
    v.severity = pastAlert && alertBeyond ? QStringLiteral("critical") : QStringLiteral("high");
    return v;
}

} // namespace sample

enum class SampleKind { Month, Quarter, Day, UnknownMonth };

inline report::Report sampleReport(SampleKind kind)
{
    using namespace sample;
    using report::Status;
    report::Report r;
    const report::PeriodKind pk = kind == SampleKind::Quarter ? report::PeriodKind::Quarter
                                  : kind == SampleKind::Day   ? report::PeriodKind::Day
                                                              : report::PeriodKind::Month;
    QString error;
    r.period = *report::Period::make(pk, kBurstDay, QTimeZone::utc(), &error);
    r.profileName = QStringLiteral("erlmcp-v3");
    r.profileFile = QStringLiteral("/etc/slaops/erlmcp-v3.yaml");
    r.prometheus = QUrl(QStringLiteral("http://prometheus.internal:9090"));
    r.generatedAt = r.period.whole.end.addSecs(6 * 3600 + 12 * 60);
    r.resolution = std::chrono::seconds(kind == SampleKind::Quarter ? 300 : 60);
    const QDateTime burst(kBurstDay, QTime(10, 0), QTimeZone::utc());

    std::mt19937 rng(20240214);
    for (const Sla &s : slas()) {
        QStringList places{QString()};
        if (s.regional)
            places << regions();
        for (const QString &region : places) {
            report::SlaRow row;
            row.slaId = QString::fromLatin1(s.id);
            row.name = QString::fromLatin1(s.name);
            row.region = region;
            row.unit = s.unit;
            row.comparison = s.cmp;
            row.target = s.target;
            row.alert = s.alert;
            row.query = QStringLiteral("(the profile's query)");
            double sum = 0, hours = 0, known = 0, met = 0;
            for (std::size_t i = 0; i < r.period.days.size(); ++i) {
                const report::Interval &day = r.period.days[i];
                report::Value v;
                v.value = dayValue(s, region, day.date, int(i), rng);
                v.coverage = 1;
                if (row.slaId == QLatin1String("session_failover") &&
                    (day.date == kUnknownDay || kind == SampleKind::Day))
                    v.coverage = 22.0 / 24.0; // no failover happened in two hours: no quantile
                v.status = v.coverage < 1 ? Status::Unknown : statusOf(s, v.value);
                if (kind == SampleKind::UnknownMonth && row.slaId == QLatin1String("error_rate") &&
                    region == QLatin1String("eu-west-1") && (day.date.day() == 3 || day.date.day() == 4)) {
                    v = report::Value{}; // the query failed: no value at all
                }
                const double h = double(day.seconds()) / 3600 * v.coverage;
                if (std::isfinite(v.value)) {
                    sum += v.value * h;
                    hours += h;
                }
                if (v.status == Status::Met || v.status == Status::Violated) {
                    ++known;
                    met += v.status == Status::Met ? 1 : 0;
                }
                row.days.push_back(v);
            }
            const double periodHours = double(r.period.whole.seconds()) / 3600;
            row.overall.value = hours > 0 ? sum / hours : NAN;
            row.overall.coverage = hours / periodHours;
            row.overall.status =
                row.overall.coverage < 0.999999 ? Status::Unknown : statusOf(s, row.overall.value);
            for (const report::Interval &m : r.period.months) {
                double ms = 0, mh = 0;
                for (std::size_t i = 0; i < r.period.days.size(); ++i)
                    if (r.period.days[i].start >= m.start && r.period.days[i].end <= m.end &&
                        std::isfinite(row.days[i].value)) {
                        const double h = double(r.period.days[i].seconds()) / 3600 * row.days[i].coverage;
                        ms += row.days[i].value * h;
                        mh += h;
                    }
                report::Value mv;
                mv.value = mh > 0 ? ms / mh : NAN;
                mv.coverage = mh / (double(m.seconds()) / 3600);
                mv.status = mv.coverage < 0.999999 ? Status::Unknown : statusOf(s, mv.value);
                row.months.push_back(mv);
            }
            row.compliantDayShare = known > 0 ? met / known : NAN;
            if (s.unit == config::Unit::Percent)
                row.budgetConsumed = s.cmp == sla::Comparison::AtLeast
                                         ? (1 - row.overall.value) / (1 - s.target)
                                         : row.overall.value / s.target;
            if (kind == SampleKind::Day) {
                // The series over the SLA's window at 1 minute: noise, the burst, the failover gap.
                // A figure over a 5-minute window moves slowly: noise through a first-order filter.
                std::normal_distribution<double> n(0, s.noise);
                const qint64 t0 = r.period.whole.start.toSecsSinceEpoch();
                double drift = 0;
                for (qint64 m = 1; m <= 1440; ++m) {
                    drift = 0.93 * drift + 0.37 * n(rng);
                    double v = s.base + drift;
                    if (row.slaId == QLatin1String("error_rate") && m > 600 && m <= 720)
                        v += region == QLatin1String("eu-west-1") ? 0.09 + 0.04 * std::sin(double(m) / 9)
                             : region.isEmpty()                   ? 0.03 + 0.013 * std::sin(double(m) / 9)
                                                                  : 0;
                    if (row.slaId == QLatin1String("session_failover") && m > 120 && m <= 240)
                        v = NAN;
                    if (!region.isEmpty() && row.slaId == QLatin1String("throughput"))
                        v /= 3;
                    if (s.unit == config::Unit::Percent && std::isfinite(v))
                        v = std::clamp(v, 0.0, 1.0);
                    row.series.push_back({t0 + m * 60, v});
                }
            }
            // Trends: the degrading P95 in us-east-1; the rest stable, with intervals around zero.
            row.trend.points = kind == SampleKind::Day ? 0 : int(r.period.days.size());
            if (kind == SampleKind::Day) {
                row.trend.direction = report::TrendDirection::Unknown;
            } else if (row.slaId == QLatin1String("response_time_p95") &&
                       region == QLatin1String("us-east-1")) {
                row.trend = {report::TrendDirection::Degrading, 0.45, 0.31, 0.60, row.trend.points};
            } else {
                const double scale = s.noise / 10;
                row.trend = {report::TrendDirection::Stable, scale * 0.2, -scale, scale * 1.3,
                             row.trend.points};
            }
            r.rows.push_back(std::move(row));
        }
    }

    const Sla &errors = slas()[2];
    const Sla &p95 = slas()[1];
    if (r.period.whole.start <= burst && burst < r.period.whole.end) {
        r.violations.push_back(violation(errors, QString(), burst, 7200, 0.047));
        r.violations.push_back(violation(errors, QStringLiteral("eu-west-1"), burst, 7200, 0.142));
    }
    if (kind == SampleKind::Quarter) {
        // Short P95 spikes all over the quarter: enough rows for the table to run over pages.
        std::uniform_int_distribution<int> day(0, int(r.period.days.size()) - 1), minute(0, 1439), len(1, 6);
        std::uniform_real_distribution<double> worst(104, 190);
        for (int i = 0; i < 70; ++i) {
            const QString region = regions()[i % 3];
            const QDateTime at =
                r.period.days[std::size_t(day(rng))].start.addSecs(60 * 5 * (minute(rng) / 5));
            r.violations.push_back(violation(p95, region, at, 300 * len(rng), worst(rng)));
        }
        std::sort(r.violations.begin(), r.violations.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        r.incidents.push_back({report::Incident::Source::Alert,
                               QDateTime(QDate(2024, 1, 23), QTime(3, 40), QTimeZone::utc()), 1500,
                               QStringLiteral("P95ResponseTimeHigh"), QStringLiteral("high"),
                               QStringLiteral("us-east-1"), QStringLiteral("sla=response_time_p95")});
        r.incidents.push_back({report::Incident::Source::Alert, burst.addSecs(120), 7080,
                               QStringLiteral("ErrorRateBreach"), QStringLiteral("critical"),
                               QStringLiteral("eu-west-1"), QStringLiteral("sla=error_rate, team=payments")});
        r.incidents.push_back({report::Incident::Source::Action, burst.addSecs(1500), 0,
                               QStringLiteral("Rate limit on eu-west-1"), QStringLiteral("critical"),
                               QStringLiteral("eu-west-1"),
                               QStringLiteral("applied by alice; recovered in 4 min")});
        r.initiatives = QStringLiteral(
            "Canary deployments for the payment gateway, so that a faulty release reaches 5 % of the traffic "
            "before the rest.\n\nA second Prometheus replica in ap-southeast-1, after the scrape gaps of "
            "21 February.");
        r.roadmap = QStringLiteral("Q2: move session storage to the replicated store and halve the failover "
                                   "time.\nQ3: regional error budgets in the on-call rotation.");
    }
    if (kind != SampleKind::Day) {
        r.recommendations.push_back(
            {QStringLiteral("response_time_p95"), QStringLiteral("us-east-1"),
             QStringLiteral("Review the critical request paths, caching and database queries of the slowest "
                            "endpoints before the P95 reaches its target."),
             QStringLiteral("P95 response time in us-east-1 rises by +0.45 ms a day (95 % interval +0.31 to "
                            "+0.60 ms a day) over %1 days; still within 100 ms.")
                 .arg(r.period.days.size())});
    }
    r.recommendations.push_back(
        {QStringLiteral("error_rate"), QStringLiteral("eu-west-1"),
         QStringLiteral("Look at the deployments and dependency changes in eu-west-1 around 14 February, "
                        "10:00 UTC."),
         QStringLiteral(
             "1 violation of 2 h 0 min starting 2024-02-14 10:00, worst 14.2000 % against ≤ 0.01 %.")});
    if (kind == SampleKind::UnknownMonth) {
        r.missing << QStringLiteral("Error rate, eu-west-1, 3–4 February: Prometheus answered 503")
                  << QStringLiteral("P95 response time, violation series, 10 February: the query timed out");
        r.warnings << QStringLiteral("A query was split in 4 to stay under Prometheus' 11,000-point limit.");
    }
    return r;
}

} // namespace slaops::test
