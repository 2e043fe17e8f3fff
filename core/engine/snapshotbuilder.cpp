#include "snapshotbuilder.h"

#include "budgetcalculator.h"
#include "prom/responseparser.h"

#include <QLocale>
#include <cmath>

namespace slaops::engine {
namespace {

// A query failed: keep the last good value visible but never as a current one.
void markFailed(Figure &f, const Figure *prev, const QString &message, const BuildInput &in)
{
    f.message = message;
    if (prev && prev->hasValue() && prev->confirmedAt.isValid()) {
        f.value = prev->value;
        f.sampleTime = prev->sampleTime;
        f.confirmedAt = prev->confirmedAt;
        f.lastKnown = sla::isKnown(prev->state) ? prev->state : prev->lastKnown;
        const auto age = std::chrono::milliseconds(prev->confirmedAt.msecsTo(in.now));
        f.state = age <= in.errorAfter ? sla::State::Stale : sla::State::Error;
    } else {
        f.state = sla::State::Error;
    }
}

// One instant value out of an answer, or why there is none.
struct Scalar {
    enum class Kind { Value, NoData, Failed } kind = Kind::Failed;
    double value = NAN;
    QDateTime time;
    QString message;
    QStringList warnings;
};

Scalar readScalar(const prom::RawResponse &raw)
{
    Scalar s;
    if (!raw.answered()) {
        s.message =
            raw.transportError.isEmpty() ? SnapshotBuilder::tr("no answer was received") : raw.transportError;
        return s;
    }
    if (raw.credentialRejected()) {
        // The source's status says which credential and how to fix it; each figure just points there.
        s.message = SnapshotBuilder::tr("the source refused the credential (HTTP %1)").arg(raw.httpStatus);
        return s;
    }
    const prom::QueryResult r = prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType);
    s.warnings = r.warnings;
    if (!r.ok) {
        s.message = r.error;
        return s;
    }
    if (r.type != prom::ResultType::Vector && r.type != prom::ResultType::Scalar) {
        s.message = SnapshotBuilder::tr("the query must return an instant vector or a scalar");
        return s;
    }
    if (r.series.empty() || r.series.front().samples.empty()) {
        s.kind = Scalar::Kind::NoData;
        s.message = SnapshotBuilder::tr("the query returned no series: nothing matched in the window");
        return s;
    }
    if (r.series.size() > 1) {
        s.message =
            SnapshotBuilder::tr("the query returned %1 series; an SLA figure needs exactly one (aggregate "
                                "it with sum or avg)")
                .arg(r.series.size());
        return s;
    }
    const prom::Sample sample = r.series.front().samples.front();
    s.time = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(sample.timestamp * 1000.0)), Qt::UTC);
    if (std::isnan(sample.value)) {
        s.kind = Scalar::Kind::NoData;
        s.message = SnapshotBuilder::tr("the query returned NaN: no samples in the window (0/0)");
        return s;
    }
    if (std::isinf(sample.value)) {
        s.message =
            SnapshotBuilder::tr("the query returned %1: the quantile fell in the histogram's +Inf bucket, "
                                "or the query divides by zero")
                .arg(sample.value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf"));
        return s;
    }
    s.kind = Scalar::Kind::Value;
    s.value = sample.value;
    return s;
}

Figure evaluate(const FigureSpec &spec, const prom::RawResponse &raw, const Figure *prev,
                const BuildInput &in, const QString &source)
{
    Figure f = spec.blankFigure(source);
    f.queryLatencyMs = raw.latencyMs;
    const Scalar s = readScalar(raw);
    f.warnings = s.warnings;
    switch (s.kind) {
    case Scalar::Kind::Failed:
        markFailed(f, prev, s.message, in);
        break;
    case Scalar::Kind::NoData:
        f.state = sla::State::NoData;
        f.message = s.message;
        f.sampleTime = s.time;
        break;
    case Scalar::Kind::Value:
        f.value = s.value;
        f.sampleTime = s.time;
        f.confirmedAt = in.now;
        f.state = sla::classify(s.value, f.comparison, f.target, f.alert);
        break;
    }
    return f;
}

// Whether the source as a whole failed this refresh, by the kinds of its failures (never their text).
// One slow or oversized query is that figure's error; the source is down when it cannot be reached
// at all, refuses us, or nothing of it answered.
void judgeSource(SourceStatus &status, const BuildInput &in, int source, const std::vector<int> &sources,
                 const QString &secretRef)
{
    bool anyAnswered = false;
    const prom::RawResponse *down = nullptr, *lastFailure = nullptr;
    for (std::size_t i = 0; i < in.responses.size(); ++i) {
        if ((i < sources.size() ? sources[i] : 0) != source)
            continue;
        const prom::RawResponse &raw = in.responses[i];
        if (raw.answered() && raw.credentialRejected()) {
            status.reachable = false;
            status.credentialRejected = true;
            status.error =
                secretRef.isEmpty()
                    ? SnapshotBuilder::tr(
                          "Prometheus asks for credentials (HTTP %1) and the profile gives none; "
                          "add auth: {type: bearer, secret: NAME} to its source")
                          .arg(raw.httpStatus)
                    : SnapshotBuilder::tr(
                          "Prometheus refused the credential in the keychain entry \"%1\" (HTTP %2); "
                          "store the right one with: slaops secret set %1")
                          .arg(secretRef)
                          .arg(raw.httpStatus);
            return;
        }
        if (raw.answered()) {
            anyAnswered = true;
            continue;
        }
        lastFailure = &raw;
        // No answer and no kind (a response made by hand) counts as a connection failure.
        switch (raw.error == prom::TransportError::None ? prom::TransportError::Network : raw.error) {
        case prom::TransportError::Network:
        case prom::TransportError::Truncated:
        case prom::TransportError::Tls:
        case prom::TransportError::Refused:
            if (!down)
                down = &raw;
            break;
        default:
            break;
        }
    }
    if (!down && !anyAnswered && lastFailure && lastFailure->error == prom::TransportError::Timeout)
        down = lastFailure; // every query timed out: as good as unreachable
    if (down) {
        status.reachable = false;
        status.error = down->transportError;
    }
}

// Since when a source is down, and when it last answered, carried from the snapshot before.
void carryOutage(SourceStatus &status, const SourceStatus *before, const QDateTime &startedAt)
{
    if (status.reachable) {
        status.lastSuccess = startedAt;
        return;
    }
    status.lastSuccess = before ? before->lastSuccess : QDateTime();
    status.downSince = before && before->downSince.isValid() ? before->downSince : startedAt;
}

// Each source of the refresh: which replica gave its answers, how far each lags, whether it is up.
std::vector<SourceState> judgeSources(const BuildInput &in, const std::vector<int> &querySources)
{
    std::vector<SourceInput> inputs = in.sources;
    if (inputs.empty()) {
        SourceInput one;
        one.name = QStringLiteral("global");
        one.urls = {in.source};
        one.health.assign(1, {});
        one.secretRef = in.secretRef;
        inputs.push_back(std::move(one));
    }
    std::vector<SourceState> out;
    for (std::size_t s = 0; s < inputs.size(); ++s) {
        const SourceInput &src = inputs[s];
        SourceState st;
        st.name = src.name;
        std::vector<QDateTime> newest(src.urls.size());
        std::vector<bool> probed(src.urls.size(), false);
        for (std::size_t r = 0; r < src.urls.size(); ++r) {
            ReplicaStatus rs;
            rs.url = src.urls[r];
            if (r < src.health.size()) {
                rs.reachable = src.health[r].up;
                rs.error = src.health[r].error;
            }
            if (r < src.probes.size() && src.probes[r].answered()) {
                // Only an answer says how old the replica's data is; an error says nothing of it.
                const Scalar t = readScalar(src.probes[r]);
                probed[r] = t.kind != Scalar::Kind::Failed;
                if (t.kind == Scalar::Kind::Value)
                    newest[r] =
                        QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t.value * 1000.0)), Qt::UTC);
            }
            rs.newestSample = newest[r];
            st.replicas.push_back(std::move(rs));
        }
        const std::vector<qint64> lag = ReplicaChoice::lagMs(newest);
        const std::vector<bool> lagging = ReplicaChoice::lagging(newest, probed, src.maxLag);
        for (std::size_t r = 0; r < st.replicas.size(); ++r) {
            st.replicas[r].lagMs = lag[r];
            st.replicas[r].lagging = lagging[r];
        }
        for (std::size_t i = 0; i < in.responses.size(); ++i) {
            const int replica = i < in.answeredBy.size() ? in.answeredBy[i] : -1;
            if ((i < querySources.size() ? querySources[i] : 0) == int(s) && in.responses[i].answered() &&
                replica >= 0 && std::size_t(replica) < st.replicas.size())
                ++st.replicas[std::size_t(replica)].answers;
        }
        st.active = src.preferred < st.replicas.size() ? src.preferred : 0;
        for (std::size_t r = 0; r < st.replicas.size(); ++r)
            if (st.replicas[r].answers > st.replicas[st.active].answers)
                st.active = r;
        st.status.url = st.replicas.empty() ? in.source : st.replicas[st.active].url;
        st.status.reachable = true;
        judgeSource(st.status, in, int(s), querySources, src.secretRef);
        const SourceStatus *before = nullptr;
        if (in.previous)
            for (const SourceState &p : in.previous->sources)
                if (p.name == st.name)
                    before = &p.status;
        carryOutage(st.status, before, in.startedAt);
        out.push_back(std::move(st));
    }
    return out;
}

} // namespace

Snapshot SnapshotBuilder::build(const BuildInput &in)
{
    Snapshot snap;
    snap.generation = in.generation;
    snap.time = in.startedAt;
    snap.profileName = in.profileName;
    snap.staleAfter = in.staleAfter;
    snap.errorAfter = in.errorAfter;
    const std::vector<int> querySources = in.plan.sources();
    snap.sources = judgeSources(in, querySources);
    snap.prometheus = snap.sources.front().status;
    for (std::size_t i = 0; i < snap.sources.size() && i < in.rules.size(); ++i) {
        snap.sources[i].status.rules = in.rules[i].first;
        snap.sources[i].status.rulesWarning = in.rules[i].second;
    }
    snap.prometheus = snap.sources.front().status;

    const auto responseAt = [&](std::size_t i) -> const prom::RawResponse & {
        static const prom::RawResponse missing{
            {}, {}, 0, prom::TransportError::Network, QStringLiteral("no answer was received"), -1};
        return i < in.responses.size() ? in.responses[i] : missing;
    };
    // A figure comes from the replica that answered its query (the active one when none did).
    const auto sourceOf = [&](std::size_t i) {
        const std::size_t s = i < querySources.size() ? std::size_t(querySources[i]) : 0;
        if (s >= snap.sources.size())
            return in.source;
        const SourceState &st = snap.sources[s];
        const int replica = i < in.answeredBy.size() ? in.answeredBy[i] : -1;
        const std::size_t r =
            replica >= 0 && std::size_t(replica) < st.replicas.size() ? std::size_t(replica) : st.active;
        return r < st.replicas.size() ? st.replicas[r].url : in.source;
    };
    std::size_t next = 0;
    for (const FigureSpec &spec : in.plan.figures) {
        const Figure *prev = in.previous ? in.previous->figure(spec.id, spec.region) : nullptr;
        const std::size_t i = next++;
        snap.figures.push_back(evaluate(spec, responseAt(i), prev, in, sourceOf(i)));
    }
    if (!in.scrapes.empty()) {
        auto round = std::make_shared<ScrapeRound>(
            DirectScrape::summarize(in.scrapeTargets, in.scrapes, in.now, in.plan.figures));
        const ScrapeRound *before = in.previous ? in.previous->scrapeRound.get() : nullptr;
        // Only what Prometheus could not give is replaced, and only with what two scrapes can compute.
        for (std::size_t i = 0; before && i < snap.figures.size(); ++i) {
            if (sla::isKnown(snap.figures[i].state))
                continue;
            if (std::optional<Figure> direct = DirectScrape::figure(in.plan.figures[i], *before, *round))
                snap.figures[i] = std::move(*direct);
        }
        snap.scrapeRound = std::move(round);
    }
    for (const BudgetSpec &spec : in.plan.budgets) {
        BudgetInputs b;
        b.spec = &spec;
        const Scalar rolling = readScalar(responseAt(next++));
        const Scalar month = readScalar(responseAt(next++));
        b.rollingSli = rolling.value;
        b.monthSli = month.value;
        QString firstError = rolling.kind == Scalar::Kind::Failed ? rolling.message
                             : month.kind == Scalar::Kind::Failed ? month.message
                                                                  : QString();
        for (std::size_t w = 0; w < kBurnWindowCount; ++w) {
            const Scalar s = readScalar(responseAt(next++));
            b.burnSli[w] = s.value;
            if (firstError.isEmpty() && s.kind == Scalar::Kind::Failed)
                firstError = s.message;
        }
        if (!spec.coverageQuery.isEmpty()) {
            const Scalar c = readScalar(responseAt(next++));
            // Nothing at all over the period: no step had data.
            b.coverageMeasured = c.kind != Scalar::Kind::Failed;
            b.coveredSeconds = c.kind == Scalar::Kind::Value ? c.value : 0;
        }
        b.error = firstError;
        b.now = in.now;
        b.previous = in.previous ? in.previous->budget(spec.slaId) : nullptr;
        b.errorAfter = in.errorAfter;
        snap.budgets.push_back(BudgetCalculator::compute(b));
    }

    // Windows not yet covered by data: a rate over them is under-counted, an average is over less
    // time than it says. The figure says so, and an under-counted "OK" is not shown as one.
    std::vector<double> covered;
    for (std::size_t c = 0; c < in.plan.coverage.size(); ++c) {
        const Scalar s = readScalar(responseAt(next++));
        covered.push_back(s.kind == Scalar::Kind::Value ? s.value : NAN);
    }
    for (std::size_t i = 0; i < snap.figures.size() && i < in.plan.figures.size(); ++i) {
        const int c = in.plan.figures[i].coverage;
        Figure &f = snap.figures[i];
        if (c < 0 || std::size_t(c) >= covered.size() || f.direct || !sla::isKnown(f.state))
            continue;
        const double share = covered[std::size_t(c)];
        if (!(share < 0.999))
            continue; // covered, or not known (then nothing is claimed either way)
        const QString window = config::formatDuration(in.plan.coverage[std::size_t(c)].window);
        f.message = share <= 0
                        ? SnapshotBuilder::tr("the %1 window is not yet covered by data (none from %1 ago): "
                                              "a rate over it reads low")
                              .arg(window)
                        : SnapshotBuilder::tr("the %1 window is not yet covered by data (%2 % of the series "
                                              "were there %1 ago): a rate over it reads low")
                              .arg(window, QLocale().toString(share * 100, 'f', 0));
        f.windowCovered = false;
        if (f.state == sla::State::Ok)
            f.state = sla::State::Stale; // shown, greyed, never green
    }

    // The global source's outage is carried from the snapshot before's `prometheus`, as it always was
    // (a snapshot made by hand may have no sources).
    snap.prometheus.lastSuccess = QDateTime();
    snap.prometheus.downSince = QDateTime();
    carryOutage(snap.prometheus, in.previous ? &in.previous->prometheus : nullptr, in.startedAt);
    return snap;
}

} // namespace slaops::engine
