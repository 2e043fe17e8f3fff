#include "rulegenerator.h"

#include "engine/promqlshape.h"
#include "rulenames.h"
#include "ruleyaml.h"
#include "sla/burnrate.h"

#include <QStringList>
#include <cmath>
#include <tuple>
#include <utility>
#include <vector>

namespace slaops::rules {

namespace {

using namespace std::chrono;
using Labels = std::vector<std::pair<QString, QString>>;

struct Rule {
    QStringList comments; // written above the rule
    bool alert = false;
    QString name; // the record or the alert
    QString expr;
    Labels labels;
    Labels annotations;
};

struct Group {
    QString name;
    QStringList comments;
    std::vector<Rule> rules;
};

// Where a rule applies: the fleet (empty region and selector) or one region.
struct Place {
    QString region;
    QString selector;
};

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'g', 6) + QStringLiteral(" %");
}

QString placeName(const Place &place)
{
    return place.region.isEmpty() ? QStringLiteral("fleet") : place.region;
}

class Writer {
public:
    Writer(const config::Profile &profile, const RuleGenerator::Options &options)
        : m_profile(profile)
        , m_options(options)
        , m_version(profileVersion(profile))
    {
    }

    QString write() const;

private:
    Labels labels(const QString &slaId, const QString &region) const;
    QString selector(const QString &record, const QString &slaId, const QString &region) const
    {
        return recordedSelector(m_profile, record, slaId, region);
    }
    std::vector<Place> places() const;
    void errorRatioRules(const config::SlaSpec &s, const Place &place, std::vector<Rule> &out) const;
    Rule valueRule(const config::SlaSpec &s, const Place &place) const;
    void regionFigureRules(const config::RegionSpec &r, std::vector<Rule> &out) const;
    std::vector<Rule> alertRules(const config::SlaSpec &s) const;
    static void writeGroup(const Group &g, std::chrono::seconds interval, QString &out);

    const config::Profile &m_profile;
    const RuleGenerator::Options &m_options;
    const QString m_version;
};

Labels Writer::labels(const QString &slaId, const QString &region) const
{
    Labels l{{QLatin1String(kProfileLabel), m_profile.name},
             {QLatin1String(kVersionLabel), m_version},
             {QLatin1String(kSlaLabel), slaId}};
    // The fleet's series have no region label at all: an empty label is an absent one in Prometheus.
    if (!region.isEmpty())
        l.emplace_back(QLatin1String(kRegionLabel), region);
    return l;
}

std::vector<Place> Writer::places() const
{
    std::vector<Place> out;
    if (m_options.scope != RuleGenerator::Scope::Region)
        out.push_back({});
    if (m_options.scope == RuleGenerator::Scope::Fleet)
        return out;
    for (const config::RegionSpec &r : m_profile.regions)
        if (m_options.scope == RuleGenerator::Scope::All || r.name == m_options.region)
            out.push_back({r.name, r.selector});
    return out;
}

// The bad-event ratio over every recorded window. A ratio of two sums records both sums at 5m and
// divides their sums over the long window: the ratio of the events in it, whatever the traffic did.
// Anything else records its 5m error ratio and averages that over time for the long windows.
void Writer::errorRatioRules(const config::SlaSpec &s, const Place &place, std::vector<Rule> &out) const
{
    const QString base = config::formatDuration(kBaseWindow);
    const Labels l = labels(s.id, place.region);
    const bool atLeast = s.comparison == sla::Comparison::AtLeast;
    const auto ratio = engine::PromqlShape::splitRatio(s.query);
    if (ratio && ratio->matching.isEmpty()) {
        const QString num = selector(QLatin1String(kNumeratorRecord), s.id, place.region);
        const QString den = selector(QLatin1String(kDenominatorRecord), s.id, place.region);
        out.push_back({{QStringLiteral("%1 (%2), %3: a ratio of two sums; both recorded at %4, every window "
                                       "built from them (the ratio of the events in the window).")
                            .arg(s.name, s.id, placeName(place), base)},
                       false,
                       QLatin1String(kNumeratorRecord),
                       config::expandQuery(ratio->numerator, kBaseWindow, place.selector),
                       l,
                       {}});
        out.push_back({{},
                       false,
                       QLatin1String(kDenominatorRecord),
                       config::expandQuery(ratio->denominator, kBaseWindow, place.selector),
                       l,
                       {}});
        for (const seconds w : kRecordedWindows) {
            const QString r = w == kBaseWindow
                                  ? QStringLiteral("%1 / %2").arg(num, den)
                                  : QStringLiteral("sum_over_time(%1[%3]) / sum_over_time(%2[%3])")
                                        .arg(num, den, config::formatDuration(w));
            const QString value = ratio->complement ? number(ratio->constant) + QStringLiteral(" - ") + r : r;
            QString expr = value;
            if (atLeast)
                expr = ratio->complement && ratio->constant == 1 ? r : QStringLiteral("1 - (%1)").arg(value);
            out.push_back({{}, false, errorRatioRecord(w), expr, l, {}});
        }
        return;
    }
    // Comments out: a '#' in the query would otherwise hide the parenthesis that closes it.
    const QString expanded = config::expandQuery(s.query, kBaseWindow, place.selector);
    const QString raw = engine::PromqlShape::stripOuter(expanded).value_or(expanded);
    out.push_back({{QStringLiteral("%1 (%2), %3: not a ratio of two sums, so the %4 error ratio comes from "
                                   "the query and every longer window is its time-weighted average "
                                   "(avg_over_time), not a ratio of events.")
                        .arg(s.name, s.id, placeName(place), base)},
                   false,
                   errorRatioRecord(kBaseWindow),
                   atLeast ? QStringLiteral("1 - (%1)").arg(raw) : raw,
                   l,
                   {}});
    const QString er5m = selector(errorRatioRecord(kBaseWindow), s.id, place.region);
    for (const seconds w : kRecordedWindows)
        if (w != kBaseWindow)
            out.push_back({{},
                           false,
                           errorRatioRecord(w),
                           QStringLiteral("avg_over_time(%1[%2])").arg(er5m, config::formatDuration(w)),
                           l,
                           {}});
}

// The figure over the SLA's own window. A percentage SLA over 5m is read from the 5m records just
// written (Prometheus evaluates a group's rules in order): a raw evaluation over a large fleet costs
// seconds, and one per figure is enough.
Rule Writer::valueRule(const config::SlaSpec &s, const Place &place) const
{
    Rule rule{
        {}, false, QLatin1String(kValueRecord), s.expandedQuery(place.selector), labels(s.id, place.region),
        {}};
    if (!s.hasBudget() || s.window != kBaseWindow)
        return rule;
    const auto ratio = engine::PromqlShape::splitRatio(s.query);
    if (ratio && ratio->matching.isEmpty()) {
        const QString r =
            QStringLiteral("%1 / %2").arg(selector(QLatin1String(kNumeratorRecord), s.id, place.region),
                                          selector(QLatin1String(kDenominatorRecord), s.id, place.region));
        rule.expr = ratio->complement ? number(ratio->constant) + QStringLiteral(" - ") + r : r;
    } else {
        const QString er5m = selector(errorRatioRecord(kBaseWindow), s.id, place.region);
        rule.expr = s.comparison == sla::Comparison::AtLeast ? QStringLiteral("1 - ") + er5m : er5m;
    }
    return rule;
}

// The figures only regions have, where the region sets a target, with the ids engine::RefreshPlan
// gives them.
void Writer::regionFigureRules(const config::RegionSpec &r, std::vector<Rule> &out) const
{
    const config::RegionQueries &q = m_profile.regionQueries;
    for (const auto &[id, query, target] :
         {std::tuple{"rto", &q.rto, r.rto}, std::tuple{"rpo", &q.rpo, r.rpo},
          std::tuple{"network_latency", &q.latency, r.latency}}) {
        if (query->isEmpty() || std::isnan(target))
            continue;
        out.push_back({{},
                       false,
                       QLatin1String(kValueRecord),
                       config::expandQuery(*query, {}, r.selector),
                       labels(QLatin1String(id), r.name),
                       {}});
    }
}

// Page and ticket, fleet-wide (Google SRE workbook, ch. 5). Each side divides a window's error ratio by
// the budget, so the alert's value is the long window's burn rate, compared as the engine compares it.
std::vector<Rule> Writer::alertRules(const config::SlaSpec &s) const
{
    const double budget = sla::budgetFraction(s.comparison, s.target);
    if (!(budget > 0))
        return {};
    const sla::BurnThresholds t = sla::burnThresholds(m_profile.budgetPeriod);
    const auto burn = [&](seconds w, double threshold) {
        return QStringLiteral("%1 / %2 > %3")
            .arg(selector(errorRatioRecord(w), s.id, {}), number(budget), number(threshold));
    };
    const auto rule = [&](seconds long1, seconds short1, double t1, seconds long2, seconds short2,
                          double t2) {
        return QStringLiteral("(%1 and %2) or (%3 and %4)")
            .arg(burn(long1, t1), burn(short1, t1), burn(long2, t2), burn(short2, t2));
    };
    const QString name = RuleYaml::templateLiteral(s.name);
    const QString period = config::formatDuration(m_profile.budgetPeriod);
    const QString budgetText = QStringLiteral("The budget is %1 of the events over %2 (target %3 %4).")
                                   .arg(percent(budget), period,
                                        s.comparison == sla::Comparison::AtLeast ? QStringLiteral("at least")
                                                                                 : QStringLiteral("at most"),
                                        percent(s.target));
    Labels l;
    for (const auto &[k, v] : labels(s.id, {}))
        l.emplace_back(k, RuleYaml::templateLiteral(v));
    Labels page = l, ticket = l;
    page.insert(page.begin(), {QStringLiteral("severity"),
                               RuleYaml::templateLiteral(RuleGenerator::pageSeverity(m_profile))});
    ticket.insert(ticket.begin(), {QStringLiteral("severity"),
                                   RuleYaml::templateLiteral(RuleGenerator::ticketSeverity(m_profile))});
    const auto windows = [](seconds a, seconds b) -> QString {
        return config::formatDuration(a) + QStringLiteral(" and ") + config::formatDuration(b);
    };
    const auto spent = [this](double burn, seconds window) {
        return percent(sla::budgetSpent(burn, window, m_profile.budgetPeriod));
    };
    const QString value = QStringLiteral("{{ printf \"%.3g\" $value }}");
    return {
        {{QStringLiteral("%1 (%2)").arg(s.name, s.id)},
         true,
         QLatin1String(kPageAlert),
         rule(hours(1), minutes(5), t.page1h, hours(6), minutes(30), t.page6h),
         page,
         {{QStringLiteral("summary"), QStringLiteral("%1: the error budget burns fast").arg(name)},
          {QStringLiteral("description"),
           QStringLiteral(
               "%1 burns its error budget %2 times as fast as the budget allows (over the long window). "
               "Pages when the burn rate exceeds %3 over %4, or %5 over %6: %7 or %8 of the budget "
               "gone in that time. %9")
               .arg(name, value, number(t.page1h), windows(hours(1), minutes(5)), number(t.page6h),
                    windows(hours(6), minutes(30)), spent(t.page1h, hours(1)), spent(t.page6h, hours(6)),
                    budgetText)}}},
        {{},
         true,
         QLatin1String(kTicketAlert),
         rule(hours(24), hours(2), t.ticket1d, hours(72), hours(6), t.ticket3d),
         ticket,
         {{QStringLiteral("summary"), QStringLiteral("%1: the error budget burns steadily").arg(name)},
          {QStringLiteral("description"),
           QStringLiteral(
               "%1 burns its error budget %2 times as fast as the budget allows (over the long window). "
               "Opens a ticket when the burn rate exceeds %3 over %4, or %5 over %6: %7 of the budget "
               "gone in that time. %8")
               .arg(name, value, number(t.ticket1d), windows(hours(24), hours(2)), number(t.ticket3d),
                    windows(hours(72), hours(6)), spent(t.ticket1d, hours(24)), budgetText)}}},
    };
}

void Writer::writeGroup(const Group &g, std::chrono::seconds interval, QString &out)
{
    const auto map = [&out](const char *key, const Labels &entries) {
        if (entries.empty())
            return;
        out += QStringLiteral("        %1:\n").arg(QLatin1String(key));
        for (const auto &[k, v] : entries)
            out += QStringLiteral("          %1: %2\n").arg(k, RuleYaml::quoted(v));
    };
    for (const QString &c : g.comments)
        out += QStringLiteral("  # %1\n").arg(RuleYaml::commentText(c));
    out += QStringLiteral("  - name: %1\n").arg(RuleYaml::quoted(g.name));
    if (interval.count() > 0)
        out += QStringLiteral("    interval: %1\n").arg(RuleYaml::quoted(config::formatDuration(interval)));
    out += QStringLiteral("    rules:\n");
    for (const Rule &r : g.rules) {
        for (const QString &c : r.comments)
            out += QStringLiteral("      # %1\n").arg(RuleYaml::commentText(c));
        out +=
            QStringLiteral("      - %1: %2\n")
                .arg(r.alert ? QStringLiteral("alert") : QStringLiteral("record"), RuleYaml::quoted(r.name));
        out += QStringLiteral("        expr: %1\n").arg(RuleYaml::quoted(r.expr));
        map("labels", r.labels);
        map("annotations", r.annotations);
    }
}

QString Writer::write() const
{
    const std::vector<Place> where = places();
    Group recording{RuleGenerator::recordingGroup(m_profile), {}, {}};
    // a. The 5m sums and the error ratios of every window: what the values and the alerts read.
    for (const config::SlaSpec &s : m_profile.slas)
        if (s.hasBudget())
            for (const Place &p : where)
                if (p.region.isEmpty() || s.regional)
                    errorRatioRules(s, p, recording.rules);
    // b. Every figure the console shows.
    bool first = true;
    for (const config::SlaSpec &s : m_profile.slas)
        for (const Place &p : where)
            if (p.region.isEmpty() || s.regional) {
                recording.rules.push_back(valueRule(s, p));
                if (std::exchange(first, false))
                    recording.rules.back().comments
                        << QStringLiteral("Every SLA's figure over its own window, as the console shows it.");
            }
    for (const Place &p : where)
        for (const config::RegionSpec &r : m_profile.regions)
            if (!p.region.isEmpty() && r.name == p.region)
                regionFigureRules(r, recording.rules);

    Group alerting{
        RuleGenerator::alertingGroup(m_profile),
        {QStringLiteral("Multi-window, multi-burn-rate alerts on the recorded error ratios. No `for:`: "
                        "each needs its short window (1/12 of the long one) past the threshold too, "
                        "which de-bounces it and ends it soon after the burn stops (Google SRE "
                        "workbook, ch. 5)."),
         QStringLiteral("`and` and `or` match series on all their labels but the metric name: both "
                        "sides carry the same slaops_* labels.")},
        {}};
    if (m_options.scope != RuleGenerator::Scope::Region)
        for (const config::SlaSpec &s : m_profile.slas)
            if (s.hasBudget())
                for (Rule &r : alertRules(s))
                    alerting.rules.push_back(std::move(r));

    const QString scope = m_options.scope == RuleGenerator::Scope::All ? QStringLiteral("all")
                          : m_options.scope == RuleGenerator::Scope::Fleet
                              ? QStringLiteral("fleet")
                              : QStringLiteral("region ") + m_options.region;
    QString out;
    for (const QString &line :
         {QStringLiteral("Prometheus rules of the SLA profile %1, version %2 (scope: %3),")
              .arg(RuleYaml::quoted(m_profile.name), m_version, scope),
          QStringLiteral("generated by slaops %1 from %2.")
              .arg(QStringLiteral(SLAOPS_VERSION), RuleYaml::quoted(m_profile.file)),
          QStringLiteral("Do not edit: change the profile and run `slaops rules generate` again. slaops"),
          QStringLiteral("reads these series only while their slaops_profile_version label equals its"),
          QStringLiteral("profile's version (docs/rules.md).")})
        out += QStringLiteral("# %1\n").arg(RuleYaml::commentText(line));
    std::vector<const Group *> groups;
    for (const Group *g : {&recording, &alerting})
        if (!g->rules.empty())
            groups.push_back(g);
    if (groups.empty())
        return out + QStringLiteral("groups: []\n");
    out += QStringLiteral("groups:\n");
    for (const Group *g : groups)
        writeGroup(*g, m_options.interval, out);
    return out;
}

} // namespace

QString RuleGenerator::generate(const config::Profile &profile, const Options &options)
{
    return Writer(profile, options).write();
}

QString RuleGenerator::recordingGroup(const config::Profile &profile)
{
    return QStringLiteral("slaops:%1:sla").arg(profile.name);
}

QString RuleGenerator::alertingGroup(const config::Profile &profile)
{
    return QStringLiteral("slaops:%1:burn-alerts").arg(profile.name);
}

QString RuleGenerator::pageSeverity(const config::Profile &profile)
{
    return profile.burnAlerts.page.isEmpty() ? QStringLiteral("page") : profile.burnAlerts.page;
}

QString RuleGenerator::ticketSeverity(const config::Profile &profile)
{
    return profile.burnAlerts.ticket.isEmpty() ? QStringLiteral("ticket") : profile.burnAlerts.ticket;
}

} // namespace slaops::rules
