#include "reportassembler.h"

#include "seriesanalysis.h"
#include "trends.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace slaops::report {

namespace {

qint64 secondsOf(double timestamp)
{
    return qint64(std::llround(timestamp));
}

// Collects what could not be had, once per query, in the plan's order.
class Gaps {
public:
    Gaps(const AssemblyInput &in, Report &report)
        : m_in(in)
        , m_report(report)
        , m_said(in.answers.size(), false)
    {
    }

    // The one series of a query's answer, or null (no series: no data) with `failed` set when the
    // answer cannot be used; the reason is listed in Report::missing once.
    const prom::Series *single(int q, bool *failed)
    {
        *failed = false;
        if (q < 0 || std::size_t(q) >= m_in.answers.size()) {
            *failed = true;
            return nullptr;
        }
        const QueryAnswer &a = m_in.answers[std::size_t(q)];
        if (!a.ok) {
            say(q, a.error);
            *failed = true;
            return nullptr;
        }
        if (a.result.series.size() > 1) {
            say(q, ReportAssembler::tr(
                       "the query returned %1 series; an SLA's query must aggregate to one (sum, avg, max)")
                       .arg(a.result.series.size()));
            *failed = true;
            return nullptr;
        }
        return a.result.series.empty() ? nullptr : &a.result.series.front();
    }

    void say(int q, const QString &why)
    {
        if (m_said[std::size_t(q)])
            return;
        m_said[std::size_t(q)] = true;
        m_report.missing << QStringLiteral("%1: %2").arg(m_in.plan.queries[std::size_t(q)].what, why);
    }

private:
    const AssemblyInput &m_in;
    Report &m_report;
    std::vector<bool> m_said;
};

Value valueOf(const StretchRef &ref, const RowSpec &row, const std::vector<Point> &points, Gaps &gaps,
              bool *anyData)
{
    Value v;
    if (!ref.inEffect) {
        v.status = Status::NotInEffect;
        return v;
    }
    if (ref.query < 0)
        return v; // in force but not begun: Unknown, to date
    v.coverage = series::hourCoverage(points, ref.from, ref.to);
    bool failed = false;
    const prom::Series *s = gaps.single(ref.query, &failed);
    if (failed || !s)
        return v;
    for (const prom::Sample &sample : s->samples)
        if (secondsOf(sample.timestamp) == ref.to && std::isfinite(sample.value)) {
            v.value = sample.value;
            *anyData = true;
            break;
        }
    if (std::isnan(v.value) || v.coverage < 1)
        return v;
    v.status = sla::classify(v.value, row.comparison, row.target, NAN) == sla::State::Breach
                   ? Status::Violated
                   : Status::Met;
    return v;
}

// A Digest answer: the points past the target (one series, the recorded one's labels) and the grid
// points without a recorded sample (marked with kMissingLabel). False when it is not that shape.
bool splitDigest(const prom::QueryResult &result, const prom::Series **past, const prom::Series **missing)
{
    *past = nullptr;
    *missing = nullptr;
    for (const prom::Series &s : result.series) {
        const bool isMissing = s.label(QString::fromLatin1(kMissingLabel)) == QLatin1String("true");
        const prom::Series **slot = isMissing ? missing : past;
        if (*slot)
            return false;
        *slot = &s;
    }
    return true;
}

// Lists every failed call of a row's violation series and chart once.
void listFailures(const AssemblyInput &in, const RowPlan &plan, Gaps &gaps)
{
    bool failed = false;
    if (plan.recorded.isEmpty()) {
        for (int q : plan.seriesQueries)
            gaps.single(q, &failed);
        return;
    }
    for (int q : plan.fillQueries)
        gaps.single(q, &failed);
    for (int q : plan.chartQueries)
        gaps.single(q, &failed);
    for (int q : plan.seriesQueries) {
        const QueryAnswer &a = in.answers[std::size_t(q)];
        const prom::Series *past = nullptr;
        const prom::Series *missing = nullptr;
        if (!a.ok)
            gaps.say(q, a.error);
        else if (!splitDigest(a.result, &past, &missing))
            gaps.say(q, ReportAssembler::tr("the recorded series answered with %1 series; it must be one")
                            .arg(a.result.series.size()));
    }
}

// The row's chart: the worst of each bucket (ChartBucket), from its points; a recorded row adds
// Prometheus' worst of the recorded samples in each bucket (its points hold only those past the target).
std::vector<Point> chartOf(const AssemblyInput &in, const RowSpec &spec, const RowPlan &plan,
                           const std::vector<Point> &points)
{
    const auto [first, last] = in.plan.seriesGrid(plan);
    std::vector<Point> out = series::worstPerBucket(
        points, chartBuckets(first, last, in.plan.resolution.count()), spec.comparison);
    for (int q : plan.chartQueries) {
        const QueryAnswer &a = in.answers[std::size_t(q)];
        if (!a.ok || a.result.series.size() != 1)
            continue; // listed by listFailures; no series: nothing recorded there
        for (const prom::Sample &sample : a.result.series.front().samples) {
            const qint64 t = secondsOf(sample.timestamp);
            const auto it = std::lower_bound(out.begin(), out.end(), t,
                                             [](const Point &p, qint64 at) { return p.t < at; });
            if (it != out.end() && it->t == t)
                it->value = series::worstOf(it->value, sample.value, spec.comparison);
        }
    }
    return out;
}

QString alertDetail(const prom::Series &s)
{
    QStringList parts;
    for (const auto &[k, v] : s.labels)
        if (k != QLatin1String("__name__") && k != QLatin1String("alertname") &&
            k != QLatin1String("alertstate") && k != QLatin1String("severity") &&
            k != QLatin1String("region"))
            parts << QStringLiteral("%1=%2").arg(k, v);
    return parts.join(QStringLiteral(", "));
}

void addAlertIncidents(const AssemblyInput &in, Report &report, Gaps &gaps)
{
    // One labelled series per alert, split over the chunks: joined by its labels before runs are cut.
    QHash<QString, std::pair<const prom::Series *, std::vector<Point>>> byLabels;
    QStringList order;
    for (int q : in.plan.alertQueries) {
        const QueryAnswer &a = in.answers[std::size_t(q)];
        if (!a.ok) {
            gaps.say(q, a.error);
            continue;
        }
        for (const prom::Series &s : a.result.series) {
            QString key;
            for (const auto &[k, v] : s.labels)
                key += k + QChar(0x1f) + v + QChar(0x1e);
            auto it = byLabels.find(key);
            if (it == byLabels.end()) {
                it = byLabels.insert(key, {&s, {}});
                order << key;
            }
            for (const prom::Sample &sample : s.samples)
                it->second.push_back({secondsOf(sample.timestamp), sample.value});
        }
    }
    const qint64 step = in.plan.resolution.count();
    for (const QString &key : order) {
        auto &[s, points] = byLabels[key];
        std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.t < b.t; });
        for (const auto &[from, to] : series::runs(points, step)) {
            Incident i;
            i.source = Incident::Source::Alert;
            i.start = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
            i.durationSecs = to - from;
            i.title = s->label(u"alertname");
            i.severity = s->label(u"severity");
            i.region = s->label(u"region");
            i.detail = alertDetail(*s);
            report.incidents.push_back(std::move(i));
        }
    }
}

void addActionIncidents(const AssemblyInput &in, Report &report)
{
    if (!in.auditError.isEmpty())
        report.missing << ReportAssembler::tr("containment actions (audit log): %1").arg(in.auditError);
    QHash<int, QJsonObject> outcomes;
    for (const actions::AuditLog::Record &r : in.audit)
        if (r.kind == QLatin1String("outcome"))
            outcomes.insert(r.json.value(QStringLiteral("intent")).toInt(), r.json);
    for (const actions::AuditLog::Record &r : in.audit) {
        if (r.kind != QLatin1String("intent") || !r.at.isValid())
            continue;
        const qint64 at = r.at.toSecsSinceEpoch();
        if (at < in.plan.start || at >= in.plan.end)
            continue;
        const QJsonObject plan = r.json.value(QStringLiteral("plan")).toObject();
        const QJsonObject target = plan.value(QStringLiteral("target")).toObject();
        Incident i;
        i.source = Incident::Source::Action;
        i.start = r.at.toUTC();
        i.title = plan.value(QStringLiteral("title")).toString();
        if (i.title.isEmpty())
            i.title = plan.value(QStringLiteral("kind")).toString();
        i.severity = QStringLiteral("action");
        // The region the action was for is the one its expected effects are watched in (the target is
        // a Kubernetes object or an endpoint, not a region).
        for (const QJsonValue e : plan.value(QStringLiteral("effects")).toArray())
            if (const QString region = e.toObject().value(QStringLiteral("region")).toString();
                !region.isEmpty()) {
                i.region = region;
                break;
            }
        const auto o = outcomes.constFind(r.seq);
        QString outcome;
        if (o == outcomes.cend())
            outcome = ReportAssembler::tr("no outcome recorded");
        else if (o->value(QStringLiteral("applied")).toBool())
            outcome = ReportAssembler::tr("applied");
        else
            outcome =
                ReportAssembler::tr("not applied: %1").arg(o->value(QStringLiteral("error")).toString());
        const QString object = QString(target.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                                       target.value(QStringLiteral("name")).toString())
                                   .trimmed();
        i.detail = object.isEmpty() ? outcome : QStringLiteral("%1 · %2").arg(object, outcome);
        report.incidents.push_back(std::move(i));
    }
}

double budgetConsumed(const RowSpec &row, double achieved)
{
    if (row.unit != config::Unit::Percent || !std::isfinite(achieved))
        return NAN;
    if (row.comparison == sla::Comparison::AtLeast)
        return (1 - achieved) / (1 - row.target);
    return achieved / row.target;
}

double compliantDayShare(const std::vector<Value> &days)
{
    int known = 0, met = 0;
    for (const Value &d : days) {
        if (d.status == Status::Met || d.status == Status::Violated)
            ++known;
        if (d.status == Status::Met)
            ++met;
    }
    return known == 0 ? NAN : double(met) / double(known);
}

} // namespace

namespace {

// Appends a Series or Fill answer's points; false when it cannot be used.
bool appendRaw(const QueryAnswer &a, std::vector<Point> &points)
{
    if (!a.ok || a.result.series.size() > 1)
        return false;
    if (!a.result.series.empty())
        for (const prom::Sample &s : a.result.series.front().samples)
            points.push_back({secondsOf(s.timestamp), s.value});
    return true;
}

// Walks a Digest answer's grid: `present(t, value)` for every grid point with a recorded sample (its
// value when past the target, NaN when not), `absent(t)` for the others.
template <typename Present, typename Absent>
bool walkDigest(const PlannedQuery &q, const QueryAnswer &a, Present present, Absent absent)
{
    const prom::Series *past = nullptr;
    const prom::Series *missing = nullptr;
    if (!a.ok || !splitDigest(a.result, &past, &missing))
        return false;
    static const std::vector<prom::Sample> none;
    const std::vector<prom::Sample> &pastSamples = past ? past->samples : none;
    const std::vector<prom::Sample> &missingSamples = missing ? missing->samples : none;
    std::size_t p = 0, m = 0;
    for (qint64 t = q.start; t <= q.end; t += q.step) {
        while (m < missingSamples.size() && secondsOf(missingSamples[m].timestamp) < t)
            ++m;
        if (m < missingSamples.size() && secondsOf(missingSamples[m].timestamp) == t) {
            absent(t);
            continue;
        }
        while (p < pastSamples.size() && secondsOf(pastSamples[p].timestamp) < t)
            ++p;
        present(t, p < pastSamples.size() && secondsOf(pastSamples[p].timestamp) == t ? pastSamples[p].value
                                                                                      : double(NAN));
    }
    return true;
}

void sortByTime(std::vector<Point> &points)
{
    const auto byTime = [](const Point &a, const Point &b) { return a.t < b.t; };
    if (!std::is_sorted(points.begin(), points.end(), byTime))
        std::stable_sort(points.begin(), points.end(), byTime);
}

} // namespace

std::vector<Point> ReportAssembler::seriesPoints(const AssemblyInput &in, const RowPlan &row, QString *error)
{
    std::vector<Point> points;
    const auto failed = [&](const QueryAnswer &a) {
        if (error && error->isEmpty())
            *error = a.ok ? QString() : a.error;
    };
    if (row.recorded.isEmpty()) {
        for (int q : row.seriesQueries)
            if (!appendRaw(in.answers[std::size_t(q)], points))
                failed(in.answers[std::size_t(q)]);
        sortByTime(points);
        return points;
    }
    for (int q : row.seriesQueries) {
        const QueryAnswer &a = in.answers[std::size_t(q)];
        // A grid point without a recorded sample has no point here; a Fill query may bring it raw.
        if (!walkDigest(
                in.plan.queries[std::size_t(q)], a,
                [&](qint64 t, double v) {
                    points.push_back({t, v});
                },
                [](qint64) {}))
            failed(a);
    }
    const std::size_t recorded = points.size();
    for (int q : row.fillQueries)
        if (!appendRaw(in.answers[std::size_t(q)], points))
            failed(in.answers[std::size_t(q)]);
    if (points.size() > recorded) {
        // Fill runs may span recorded points (short runs are merged): the recorded point stays.
        sortByTime(points);
        points.erase(std::unique(points.begin(), points.end(),
                                 [](const Point &a, const Point &b) { return a.t == b.t; }),
                     points.end());
    }
    return points;
}

std::vector<std::pair<qint64, qint64>>
ReportAssembler::recordedGaps(const ReportPlan &plan, const std::vector<QueryAnswer> &answers, int row)
{
    std::vector<std::pair<qint64, qint64>> runs;
    if (row < 0 || std::size_t(row) >= plan.rowPlans.size())
        return runs;
    const RowPlan &rp = plan.rowPlans[std::size_t(row)];
    if (rp.recorded.isEmpty())
        return runs;
    const qint64 step = plan.resolution.count();
    // Runs closer than this are asked as one: fewer calls, a few points read twice.
    const qint64 join = kFillJoinPoints * step;
    for (int q : rp.seriesQueries) {
        if (std::size_t(q) >= answers.size())
            continue;
        walkDigest(
            plan.queries[std::size_t(q)], answers[std::size_t(q)], [](qint64, double) {},
            [&](qint64 t) {
                if (!runs.empty() && t - runs.back().second < join)
                    runs.back().second = t + step;
                else
                    runs.emplace_back(t, t + step);
            });
    }
    return runs;
}

Assembly ReportAssembler::assemble(const AssemblyInput &in)
{
    Assembly out;
    Report &report = out.report;
    report.period = in.period;
    report.profileName = in.profileName;
    report.profileFile = in.profileFile;
    report.prometheus = in.prometheus;
    report.generatedAt = in.generatedAt;
    report.resolution = in.plan.resolution;
    report.initiatives = in.initiatives;
    report.roadmap = in.roadmap;
    Gaps gaps(in, report);
    const qint64 step = in.plan.resolution.count();

    for (std::size_t r = 0; r < in.plan.rows.size(); ++r) {
        const RowSpec &spec = in.plan.rows[r];
        const RowPlan &plan = in.plan.rowPlans[r];
        // Each chunk's failure is listed; what came is still used for the coverage and violations.
        listFailures(in, plan, gaps);
        const std::vector<Point> points = seriesPoints(in, plan, nullptr);
        if (!points.empty())
            out.anyData = true;
        SlaRow row;
        row.slaId = spec.slaId;
        row.name = spec.name;
        row.region = spec.region;
        row.unit = spec.unit;
        row.comparison = spec.comparison;
        row.target = spec.target;
        row.alert = spec.alert;
        row.query = spec.query;
        for (const StretchRef &d : plan.days)
            row.days.push_back(valueOf(d, spec, points, gaps, &out.anyData));
        for (const StretchRef &m : plan.months)
            row.months.push_back(valueOf(m, spec, points, gaps, &out.anyData));
        row.overall = valueOf(plan.whole, spec, points, gaps, &out.anyData);
        row.compliantDayShare = compliantDayShare(row.days);
        row.budgetConsumed = budgetConsumed(spec, row.overall.value);
        row.series = chartOf(in, spec, plan, points);
        row.recorded = !plan.recorded.isEmpty();
        for (Violation &v : series::violations(spec, points, step))
            report.violations.push_back(std::move(v));
        report.rows.push_back(std::move(row));
    }
    addAlertIncidents(in, report, gaps);
    addActionIncidents(in, report);
    std::stable_sort(report.violations.begin(), report.violations.end(),
                     [](const Violation &a, const Violation &b) { return a.start < b.start; });
    std::stable_sort(report.incidents.begin(), report.incidents.end(),
                     [](const Incident &a, const Incident &b) { return a.start < b.start; });

    for (const QueryAnswer &a : in.answers)
        for (const QString &w : a.result.warnings)
            if (!report.warnings.contains(w))
                report.warnings << w;
    if (!in.rulesWarning.isEmpty())
        report.warnings << in.rulesWarning;
    if (in.plan.toDate)
        report.warnings.prepend(
            ReportAssembler::tr("the period has not ended: figures to date, up to %1")
                .arg(QDateTime::fromSecsSinceEpoch(in.plan.end, in.period.zone).toString(Qt::ISODate)));
    computeTrends(report);
    report.recommendations = recommend(report, in.profile);
    return out;
}

} // namespace slaops::report
