#include "refreshplan.h"

#include "promqlshape.h"
#include "rules/rulenames.h"
#include "sla/errorbudget.h"

#include <QCoreApplication>

namespace slaops::engine {

std::vector<QString> RefreshPlan::queries() const
{
    std::vector<QString> q;
    q.reserve(figures.size() + budgets.size() * queriesPerBudget());
    for (const FigureSpec &f : figures)
        q.push_back(f.query);
    for (const BudgetSpec &b : budgets) {
        q.push_back(b.rollingQuery);
        q.push_back(b.monthQuery);
        q.insert(q.end(), b.burnQueries.begin(), b.burnQueries.end());
        if (!b.coverageQuery.isEmpty())
            q.push_back(b.coverageQuery);
    }
    for (const CoverageSpec &c : coverage)
        q.push_back(c.query);
    return q;
}

std::vector<int> RefreshPlan::sources() const
{
    std::vector<int> s;
    s.reserve(figures.size() + budgets.size() * queriesPerBudget());
    for (const FigureSpec &f : figures)
        s.push_back(f.source);
    for (const BudgetSpec &b : budgets)
        s.insert(s.end(), 2 + b.burnQueries.size() + (b.coverageQuery.isEmpty() ? 0 : 1), b.source);
    for (const CoverageSpec &c : coverage)
        s.push_back(c.source);
    return s;
}

static FigureSpec fromSla(const config::SlaSpec &s, const QString &region, const QString &selector)
{
    FigureSpec f;
    f.id = s.id;
    f.name = s.name;
    f.region = region;
    f.unit = s.unit;
    f.comparison = s.comparison;
    f.target = s.target;
    f.alert = s.alert;
    f.query = s.expandedQuery(selector);
    f.roles.trend = s.trend && region.isEmpty();
    f.roles.regionMain = s.regionUptime && !region.isEmpty();
    f.roles.regionCard = s.regionCard && !region.isEmpty();
    f.direct = s.direct;
    f.selector = selector;
    return f;
}

QString RefreshPlan::budgetCoverageQuery(const QString &selector, std::chrono::seconds period)
{
    using namespace std::chrono;
    // Steps with data over the period, each worth one step, at falling resolutions: 180 steps over the
    // whole period (4 h for 30 days), then 120 over the last two of those (4 min), then 120 over the
    // last two of these (4 s), for a Prometheus that started a minute ago. Each step costs a lookup
    // per series: 420 in all, a third of what one-minute steps over a day would. A tier answers only when
    // it saw more than two of its steps; below that the finer one does. A step counts when a sample
    // lies within the lookback before it, and none lies before the first sample, so the count starts
    // with the data and leaves gaps out.
    std::vector<std::pair<seconds, seconds>> tiers{{period, std::max<seconds>(seconds(1), period / 180)}};
    for (int steps : {120, 120}) {
        if (tiers.back().second <= seconds(1))
            break;
        const seconds range = std::min(period, 2 * tiers.back().second);
        tiers.emplace_back(range, std::max<seconds>(seconds(1), range / steps));
    }
    const QString count = QStringLiteral("count(%1)").arg(selector);
    QStringList parts;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const auto [range, step] = tiers[i];
        QString part = QStringLiteral("count_over_time(%1[%2:%3]) * %4")
                           .arg(count, config::formatDuration(range), config::formatDuration(step),
                                QString::number(step.count()));
        if (i + 1 < tiers.size())
            part += QStringLiteral(" > %1").arg(2 * step.count());
        parts << QLatin1Char('(') + part + QLatin1Char(')');
    }
    return parts.join(QStringLiteral(" or "));
}

namespace {

// A recorded series only while its rule is being evaluated: an instant query would otherwise go on
// returning its last sample for Prometheus' whole lookback (5 minutes) after evaluation stopped (a
// rule that fails or times out writes no staleness marker). Three evaluation intervals, at least 30 s.
const QString kWhileEvaluated = QStringLiteral(" and (time() - timestamp(");

QString whileEvaluated(const QString &selector, std::chrono::seconds interval)
{
    const qint64 limit = std::max<qint64>(30, 3 * interval.count());
    return selector + kWhileEvaluated + selector + QStringLiteral(") < ") + QString::number(limit) +
           QLatin1Char(')');
}

void readRecorded(FigureSpec &f, const RecordedRules &recorded, const config::Profile &profile)
{
    const RecordedRule *rule = recorded.find(QLatin1String(rules::kValueRecord), f.id, f.region);
    if (!rule)
        return;
    f.rule = rule->expression;
    f.query = whileEvaluated(rules::recordedSelector(profile.name, recorded.version,
                                                     QLatin1String(rules::kValueRecord), f.id, f.region),
                             recorded.interval);
}

// The budget's queries over the recorded 5-minute series (rules/rulenames.h): the ratio of the summed
// numerator and denominator over a long window (events, not an average of ratios), or, for an SLA that
// is not a ratio, the time average of its 5-minute error ratio; the burn windows read their own records.
void readRecorded(BudgetSpec &b, const config::SlaSpec &s, const RecordedRules &recorded,
                  const config::Profile &profile, bool budgetCoverage)
{
    using namespace std::chrono;
    for (seconds w : kBurnWindows)
        if (!recorded.has(rules::errorRatioRecord(w), s.id, {}))
            return;
    const auto selector = [&](const QString &record) {
        return rules::recordedSelector(profile.name, recorded.version, record, s.id, {});
    };
    const QString num = selector(QLatin1String(rules::kNumeratorRecord));
    const QString den = selector(QLatin1String(rules::kDenominatorRecord));
    const QString er5m = selector(rules::errorRatioRecord(rules::kBaseWindow));
    const std::optional<PromqlShape::RatioParts> shape = PromqlShape::splitRatio(s.query);
    const bool ratio = shape && shape->matching.isEmpty() &&
                       recorded.has(QLatin1String(rules::kNumeratorRecord), s.id, {}) &&
                       recorded.has(QLatin1String(rules::kDenominatorRecord), s.id, {});
    const bool atLeast = s.comparison == sla::Comparison::AtLeast;
    const auto valueFromBad = [atLeast](const QString &bad) {
        return atLeast ? QStringLiteral("1 - (") + bad + QLatin1Char(')') : bad;
    };
    const auto over = [&](seconds w) {
        const QString range = QLatin1Char('[') + config::formatDuration(w) + QLatin1Char(']');
        if (!ratio)
            return valueFromBad(QStringLiteral("avg_over_time(") + er5m + range + QLatin1Char(')'));
        QString q = QStringLiteral("sum_over_time(") + num + range + QStringLiteral(") / sum_over_time(") +
                    den + range + QLatin1Char(')');
        if (shape->complement)
            q = QString::number(shape->constant, 'g', 17) + QStringLiteral(" - (") + q + QLatin1Char(')');
        return q;
    };
    b.rollingQuery = over(b.period);
    b.monthQuery = over(b.monthElapsed);
    b.burnQueries.clear();
    for (seconds w : kBurnWindows)
        b.burnQueries.push_back(
            valueFromBad(whileEvaluated(selector(rules::errorRatioRecord(w)), recorded.interval)));
    b.coverageQuery =
        budgetCoverage ? RefreshPlan::budgetCoverageQuery(ratio ? den : er5m, b.period) : QString();
    b.recorded = true;
}

} // namespace

QString RefreshPlan::recordedSelectorOf(const QString &query)
{
    const qsizetype at = query.indexOf(kWhileEvaluated);
    return at < 0 ? query : query.left(at);
}

RefreshPlan RefreshPlan::make(const config::Profile &profile, const QDateTime &nowUtc, const QString &region,
                              bool budgetCoverage, const std::vector<RecordedRules> &recorded)
{
    static const RecordedRules none;
    const auto rulesOf = [&recorded](int source) -> const RecordedRules & {
        return source >= 0 && std::size_t(source) < recorded.size() ? recorded[std::size_t(source)] : none;
    };
    using namespace std::chrono;
    RefreshPlan plan;
    // The window checks first, so that each figure can point at its SLA's. Only a rate in events per
    // second reads low over a window that reaches back before the data; a ratio of two rates, a
    // quantile of their buckets or an average over time is as right over the part that is covered.
    for (const config::SlaSpec &s : profile.slas) {
        const QString sel = s.windowSelector();
        if (sel.isEmpty() || s.unit != config::Unit::RequestsPerSecond)
            continue;
        // Series a window ago over series now; no series then reads as 0 (nothing covered).
        const QString expanded = config::expandQuery(sel, s.window, {});
        plan.coverage.push_back({s.id, s.window,
                                 QStringLiteral("(count(%1 offset %2) or vector(0)) / count(%1)")
                                     .arg(expanded, config::formatDuration(s.window))});
    }
    const auto coverageIndex = [&plan](const QString &slaId) {
        for (std::size_t i = 0; i < plan.coverage.size(); ++i)
            if (plan.coverage[i].slaId == slaId)
                return int(i);
        return -1;
    };
    if (region.isEmpty())
        for (const config::SlaSpec &s : profile.slas) {
            plan.figures.push_back(fromSla(s, {}, {}));
            plan.figures.back().coverage = coverageIndex(s.id);
        }

    for (const config::RegionSpec &r : profile.regions) {
        if (!region.isEmpty() && r.name != region)
            continue;
        // A region that names its own Prometheus is asked its figures there (counted over every
        // region, whatever the filter, so that the index matches the engine's sources).
        const int source = profile.sourceIndex(r.name);
        for (const config::SlaSpec &s : profile.slas) {
            if (!s.regional)
                continue;
            FigureSpec f = fromSla(s, r.name, r.selector);
            f.coverage = coverageIndex(s.id);
            f.source = source;
            // The SLA with the region_uptime role is the one whose target a region sets for itself.
            if (s.regionUptime && !std::isnan(r.uptime)) {
                f.target = r.uptime;
                f.alert = std::min(f.alert, r.uptime);
            }
            plan.figures.push_back(f);
        }
        // The figures only regions have; their ids are keys of the profile format, not SLA ids.
        auto add = [&](const char *id, const char *name, const QString &query,
                       const config::DirectFormula &direct, config::Unit unit, double target) {
            if (query.isEmpty() || std::isnan(target))
                return;
            FigureSpec f;
            f.id = QString::fromLatin1(id);
            f.name = QCoreApplication::translate("slaops::engine::RefreshPlan", name);
            f.region = r.name;
            f.unit = unit;
            f.comparison = sla::Comparison::AtMost;
            f.target = target;
            f.query = config::expandQuery(query, {}, r.selector);
            f.roles.regionMain = true;
            f.direct = direct;
            f.selector = r.selector;
            f.source = source;
            plan.figures.push_back(std::move(f));
        };
        const config::RegionQueries &q = profile.regionQueries;
        add("rto", QT_TRANSLATE_NOOP("slaops::engine::RefreshPlan", "RTO"), q.rto, q.rtoDirect,
            config::Unit::Seconds, r.rto);
        add("rpo", QT_TRANSLATE_NOOP("slaops::engine::RefreshPlan", "RPO"), q.rpo, q.rpoDirect,
            config::Unit::Seconds, r.rpo);
        add("network_latency", QT_TRANSLATE_NOOP("slaops::engine::RefreshPlan", "Network latency"), q.latency,
            q.latencyDirect, config::Unit::Milliseconds, r.latency);
    }

    for (FigureSpec &f : plan.figures)
        readRecorded(f, rulesOf(f.source), profile);
    if (!region.isEmpty())
        return plan;
    const QDateTime monthStart = sla::monthStart(nowUtc);
    // At least a second: PromQL has no empty range, and the first second of a month is a month too.
    const auto monthElapsed = std::max(seconds(1), sla::monthToDate(nowUtc));
    const auto monthLength = sla::monthLength(nowUtc);
    for (const config::SlaSpec &s : profile.slas) {
        if (!s.hasBudget())
            continue;
        BudgetSpec b;
        b.slaId = s.id;
        b.name = s.name;
        b.comparison = s.comparison;
        b.target = s.target;
        b.period = profile.budgetPeriod;
        b.monthLength = monthLength;
        b.monthElapsed = monthElapsed;
        b.monthLabel = monthStart.toString(QStringLiteral("yyyy-MM"));
        b.rollingQuery = config::expandQuery(s.query, profile.budgetPeriod, {});
        b.monthQuery = config::expandQuery(s.query, monthElapsed, {});
        for (seconds w : kBurnWindows)
            b.burnQueries.push_back(config::expandQuery(s.query, w, {}));
        if (const QString sel = s.windowSelector(); budgetCoverage && !sel.isEmpty())
            b.coverageQuery =
                budgetCoverageQuery(config::expandQuery(sel, profile.budgetPeriod, {}), profile.budgetPeriod);
        readRecorded(b, s, rulesOf(b.source), profile, budgetCoverage);
        plan.budgets.push_back(std::move(b));
    }
    return plan;
}

} // namespace slaops::engine
