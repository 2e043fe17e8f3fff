#include "historyfetcher.h"

#include "figure.h"
#include "offthread.h"
#include "prom/client.h"
#include "prom/responseparser.h"

#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcHistory, "slaops.history", QtInfoMsg)

namespace slaops::engine {

HistoryFetcher::HistoryFetcher(prom::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<HistorySeries>();
    // Parsing a range answer is a few milliseconds; two threads keep a burst of nine charts moving
    // without competing with the engine's own pool.
    m_pool.setMaxThreadCount(2);
}

HistoryFetcher::~HistoryFetcher()
{
    // Results posted back to this object after this point are discarded with it.
    m_pool.waitForDone();
}

std::chrono::seconds HistoryFetcher::stepFor(std::chrono::seconds range, int widthPixels)
{
    const std::int64_t r = std::max<std::int64_t>(range.count(), 1);
    const std::int64_t w = std::max(widthPixels, 1);
    std::int64_t step = std::max<std::int64_t>((r + w - 1) / w, 1);
    // range / step + 1 points must not pass Prometheus' limit.
    step = std::max(step, (r + kMaxPoints - 2) / (kMaxPoints - 1));
    return std::chrono::seconds(step);
}

void HistoryFetcher::fetch(const FigureSpec &figure, HistoryRange range, int widthPixels)
{
    fetch(Request{figure.id, figure.region, figure.query, range, widthPixels, {}});
}

void HistoryFetcher::fetch(const Figure &figure, HistoryRange range, int widthPixels)
{
    fetch(Request{figure.id, figure.region, figure.query, range, widthPixels, {}});
}

void HistoryFetcher::fetch(const Request &request)
{
    const QString key = request.id + QChar(0x1f) + request.region;
    const quint64 generation = ++m_nextGeneration;
    m_generations.insert(key, generation);

    HistorySeries base;
    base.id = request.id;
    base.region = request.region;
    base.range = request.range;
    const std::chrono::seconds duration = historyRangeDuration(request.range);
    base.step = stepFor(duration, request.widthPixels);
    // Aligned to the step, so successive refreshes ask for the same sample times and the line does
    // not shimmer as the window slides.
    const qint64 endSecs =
        (request.end.isValid() ? request.end : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const qint64 alignedEnd = endSecs - endSecs % base.step.count();
    base.end = QDateTime::fromSecsSinceEpoch(alignedEnd, Qt::UTC);
    base.start = QDateTime::fromSecsSinceEpoch(alignedEnd - duration.count(), Qt::UTC);
    const std::size_t maxPoints = std::size_t(std::max(request.widthPixels, 1)) * kPointsPerPixel;

    prom::Client *client = m_picker ? m_picker(QString()) : m_client;
    if (!client) {
        base.error = tr("no Prometheus source is configured");
        QMetaObject::invokeMethod(
            this, [this, generation, key, base]() { deliver(generation, key, base); }, Qt::QueuedConnection);
        return;
    }
    qCDebug(lcHistory) << "query_range" << request.id << request.region << historyRangeLabel(request.range)
                       << "step" << base.step.count() << "s";
    // Copied first: the callback below takes `base` by move, and argument evaluation order is
    // unspecified, so passing base.start by reference could hand over a moved-from (invalid) time.
    const QDateTime start = base.start, end = base.end;
    const std::chrono::seconds step = base.step;
    client->queryRange(
        request.query, start, end, step, this,
        [this, generation, key, base = std::move(base), maxPoints](prom::RawResponse raw) mutable {
            if (m_generations.value(key) != generation)
                return; // superseded before the answer came: not even worth parsing
            base.queryLatencyMs = raw.latencyMs;
            if (!raw.answered()) {
                base.error = tr("Prometheus did not answer: %1").arg(raw.transportError);
                deliver(generation, key, std::move(base));
                return;
            }
            // The worker gets its own copies of the body; the destructor waits for the pool.
            runOffThread(
                m_pool, this,
                [base = std::move(base), raw = std::move(raw), maxPoints]() {
                    return toSeries(base,
                                    prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType),
                                    maxPoints);
                },
                [this, generation, key](HistorySeries series) {
                    deliver(generation, key, std::move(series));
                });
        });
}

HistorySeries HistoryFetcher::toSeries(HistorySeries series, const prom::QueryResult &result,
                                       std::size_t maxPoints)
{
    if (!result.ok) {
        series.error = tr("Prometheus answered with an error (%1): %2").arg(result.errorType, result.error);
        return series;
    }
    series.warnings = result.warnings;
    if (result.type != prom::ResultType::Matrix) {
        series.error = tr("the query did not return a range of samples");
        return series;
    }
    if (result.series.size() > 1) {
        // Drawing one of them would be a guess; a figure's query must aggregate to one series.
        series.error = tr("the query returned %1 series; a figure's chart draws exactly one (aggregate it "
                          "with sum or max)")
                           .arg(result.series.size());
        return series;
    }
    if (result.series.empty())
        return series; // no error and no points: noData()

    const std::vector<prom::Sample> &samples = result.series.front().samples;
    series.rawPoints = samples.size();
    const double stepSecs = double(series.step.count());
    std::vector<sla::Point> points;
    points.reserve(samples.size() + 16);
    // A gap before the first sample or after the last one needs no marker: the axis spans the whole
    // range, so the missing start or end shows as such.
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (i > 0 && samples[i].timestamp - samples[i - 1].timestamp > 1.5 * stepSecs)
            points.push_back({(samples[i - 1].timestamp + stepSecs) * 1000.0, std::nan("")});
        points.push_back({samples[i].timestamp * 1000.0, samples[i].value});
    }
    series.points = sla::lttb(points, maxPoints);
    return series;
}

void HistoryFetcher::deliver(quint64 generation, const QString &key, HistorySeries series)
{
    if (m_generations.value(key) != generation) {
        qCDebug(lcHistory) << "dropping an answer superseded by a newer request for" << series.id;
        return;
    }
    if (!series.ok())
        qCInfo(lcHistory) << "history of" << series.id << series.region << "failed:" << series.error;
    Q_EMIT historyReady(series);
}

} // namespace slaops::engine
