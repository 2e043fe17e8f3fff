#include "snapshotbuilder.h"

#include "prom/responseparser.h"

#include <QCoreApplication>
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
        const auto age = std::chrono::milliseconds(prev->confirmedAt.msecsTo(in.now));
        f.state = age <= in.profile.errorAfter ? sla::State::Stale : sla::State::Error;
    } else {
        f.state = sla::State::Error;
    }
}

void evaluate(Figure &f, const prom::RawResponse &raw, const Figure *prev, const BuildInput &in)
{
    f.queryLatencyMs = raw.latencyMs;
    if (!raw.transportError.isEmpty()) {
        markFailed(f, prev, raw.transportError, in);
        return;
    }
    const prom::QueryResult r = prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType);
    f.warnings = r.warnings;
    if (!r.ok) {
        markFailed(f, prev, r.error, in);
        return;
    }
    if (r.type != prom::ResultType::Vector && r.type != prom::ResultType::Scalar) {
        markFailed(f, prev, SnapshotBuilder::tr("the query must return an instant vector or a scalar"), in);
        return;
    }
    if (r.series.empty() || r.series.front().samples.empty()) {
        f.state = sla::State::NoData;
        f.message = SnapshotBuilder::tr("the query returned no series: nothing matched in the window");
        return;
    }
    if (r.series.size() > 1) {
        markFailed(f, prev,
                   SnapshotBuilder::tr("the query returned %1 series; an SLA figure needs exactly one "
                                       "(aggregate it with sum or avg)")
                       .arg(r.series.size()),
                   in);
        return;
    }
    const prom::Sample s = r.series.front().samples.front();
    f.sampleTime = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(s.timestamp * 1000.0)), Qt::UTC);
    if (std::isnan(s.value)) {
        f.state = sla::State::NoData;
        f.message = SnapshotBuilder::tr("the query returned NaN: no samples in the window (0/0)");
        return;
    }
    if (std::isinf(s.value)) {
        markFailed(f, prev,
                   SnapshotBuilder::tr("the query returned %1: the quantile fell in the histogram's +Inf "
                                       "bucket, or the query divides by zero")
                       .arg(s.value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf")),
                   in);
        return;
    }
    f.value = s.value;
    f.confirmedAt = in.now;
    f.state = sla::classify(s.value, f.comparison, f.target, f.alert);
}

} // namespace

Snapshot SnapshotBuilder::build(const BuildInput &in)
{
    Snapshot snap;
    snap.generation = in.generation;
    snap.time = in.startedAt;
    snap.profileName = in.profile.name;
    snap.prometheus.url = in.profile.sources.prometheus.toString();
    snap.prometheus.reachable = true;

    for (std::size_t i = 0; i < in.profile.slas.size(); ++i) {
        const config::SlaSpec &spec = in.profile.slas[i];
        Figure f;
        f.id = spec.id;
        f.name = spec.name;
        f.unit = spec.unit;
        f.comparison = spec.comparison;
        f.target = spec.target;
        f.alert = spec.alert;
        f.source = snap.prometheus.url;
        f.query = i < in.queries.size() ? in.queries[i] : spec.expandedQuery();
        const Figure *prev = in.previous ? in.previous->figure(spec.id) : nullptr;
        if (i < in.responses.size()) {
            const prom::RawResponse &raw = in.responses[i];
            if (raw.httpStatus == 0 && snap.prometheus.error.isEmpty()) {
                snap.prometheus.reachable = false;
                snap.prometheus.error = raw.transportError;
            }
            evaluate(f, raw, prev, in);
        } else {
            markFailed(f, prev, SnapshotBuilder::tr("no answer was received"), in);
        }
        snap.figures.push_back(std::move(f));
    }

    if (snap.prometheus.reachable) {
        snap.prometheus.lastSuccess = in.startedAt;
    } else {
        snap.prometheus.lastSuccess = in.previous ? in.previous->prometheus.lastSuccess : QDateTime();
        snap.prometheus.downSince = in.previous && in.previous->prometheus.downSince.isValid()
                                        ? in.previous->prometheus.downSince
                                        : in.startedAt;
    }
    return snap;
}

} // namespace slaops::engine
