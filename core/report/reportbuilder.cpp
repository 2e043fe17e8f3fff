#include "reportbuilder.h"

#include "actions/auditlog.h"
#include "engine/engine.h"
#include "engine/offthread.h"
#include "engine/recordedrules.h"
#include "prom/client.h"
#include "prom/responseparser.h"
#include "reportassembler.h"

#include <QTimer>

namespace slaops::report {

Q_LOGGING_CATEGORY(lcReport, "slaops.report", QtInfoMsg)

// One build: its plan, the answers so far, and a context object for its requests and retry timers.
// Deleting the context (cancel, a newer start) aborts what it has on the wire and drops its callbacks.
struct ReportBuilder::Run {
    quint64 generation = 0;
    ReportRequest request;
    QDateTime now;
    ReportPlan plan;
    std::vector<QueryAnswer> answers;
    std::size_t next = 0; // the next query to send
    int onTheWire = 0;    // sent (or waiting to be retried), not yet answered
    std::size_t done = 0; // answered and parsed
    bool filled = false;  // the Fill queries are planned (recorded rows' gaps)
    QString rulesWarning; // rules of this profile loaded at another version
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
};

ReportBuilder::ReportBuilder(config::Profile profile, prom::Client *client, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_client(client)
{
    qRegisterMetaType<std::shared_ptr<const Report>>();
    // Parsing an 11,000-point answer takes milliseconds; two threads keep up with four queries in
    // flight without taking the machine.
    m_pool.setMaxThreadCount(2);
}

ReportBuilder::~ReportBuilder()
{
    m_run.reset();
    // Jobs post their results to this object; none may outlive it.
    m_pool.waitForDone();
}

std::chrono::seconds ReportBuilder::defaultResolution(PeriodKind kind)
{
    return kind == PeriodKind::Quarter ? std::chrono::minutes(5) : std::chrono::minutes(1);
}

bool ReportBuilder::isRunning() const
{
    return m_run != nullptr;
}

void ReportBuilder::refuse(const QString &message)
{
    m_run.reset();
    const quint64 generation = m_generation;
    qCInfo(lcReport).noquote() << "report refused:" << message;
    // Queued like every other outcome, so that a caller may connect after start() returns and a
    // command-line loop started after start() still sees it.
    QMetaObject::invokeMethod(
        this,
        [this, generation, message]() {
            if (generation == m_generation)
                Q_EMIT failed(message);
        },
        Qt::QueuedConnection);
}

void ReportBuilder::start(const ReportRequest &request, const QDateTime &now)
{
    ++m_generation;
    m_run.reset(); // a newer start supersedes: what the old one has in flight is aborted
    const Period &period = request.period;
    const std::chrono::seconds resolution =
        request.resolution.count() > 0 ? request.resolution : defaultResolution(period.kind);
    if (!m_client) {
        refuse(tr("no Prometheus source is configured"));
        return;
    }
    if (!period.whole.start.isValid() || period.days.empty()) {
        refuse(tr("no period was given"));
        return;
    }
    if (resolution < std::chrono::seconds(1) || resolution > std::chrono::hours(1)) {
        refuse(tr("the resolution must lie between 1 s and 1 h (every hour needs points to be known)"));
        return;
    }
    if (now < period.whole.start.addSecs(resolution.count())) {
        refuse(tr("%1 has not begun yet: it starts %2")
                   .arg(period.label(), period.whole.start.toTimeZone(period.zone).toString(Qt::ISODate)));
        return;
    }
    auto run = std::make_unique<Run>();
    run->generation = m_generation;
    run->request = request;
    run->request.resolution = resolution;
    run->now = now.toUTC();
    m_run = std::move(run);
    if (m_useRecorded)
        askRules();
    else
        plan(engine::RecordedRules{});
}

void ReportBuilder::askRules()
{
    const quint64 generation = m_run->generation;
    // A few kilobytes; a Prometheus that cannot say (old, a proxy that refuses the path) is read raw.
    const auto limit = std::min(m_profile.sources.timeout, std::chrono::milliseconds(5000));
    m_client->recordingRules({limit, 4 * 1024 * 1024}, m_run->context.get(),
                             [this, generation, profile = m_profile](prom::RawResponse raw) {
                                 if (!m_run || m_run->generation != generation)
                                     return;
                                 if (!raw.answered() || raw.httpStatus != 200) {
                                     qCInfo(lcReport).noquote()
                                         << "recording rules not read, raw queries:" << raw.httpStatus
                                         << raw.transportError;
                                     plan(engine::RecordedRules{});
                                     return;
                                 }
                                 engine::runOffThread(
                                     m_pool, this,
                                     [body = std::move(raw.body), profile]() {
                                         return engine::RecordedRules::parse(body, profile);
                                     },
                                     [this, generation](engine::RecordedRules rules) {
                                         if (m_run && m_run->generation == generation)
                                             plan(rules);
                                     });
                             });
}

void ReportBuilder::plan(const engine::RecordedRules &rules)
{
    const Period &period = m_run->request.period;
    const std::chrono::seconds resolution = m_run->request.resolution;
    m_run->plan = ReportPlan::make(m_profile, period, resolution, m_run->now, &rules);
    m_run->rulesWarning = rules.warning();
    if (m_run->plan.rows.empty()) {
        refuse(tr("the profile has no SLA to report on"));
        return;
    }
    m_run->answers.resize(m_run->plan.queries.size());
    const auto recorded = std::count_if(m_run->plan.rowPlans.begin(), m_run->plan.rowPlans.end(),
                                        [](const RowPlan &r) { return !r.recorded.isEmpty(); });
    qCInfo(lcReport).noquote() << "report" << period.label() << "in" << QString::fromUtf8(period.zone.id())
                               << "at" << resolution.count() << "s:" << m_run->plan.queries.size()
                               << "queries for" << m_run->plan.rows.size() << "rows," << recorded
                               << "of them recorded" << (m_run->plan.toDate ? "(to date)" : "");
    Q_EMIT progress(0, int(m_run->plan.queries.size()));
    pump();
}

// Once every Digest is in: the grid points the rules recorded nothing for (before they were loaded, a
// Prometheus restart, an SLA changed mid-period) are asked raw.
void ReportBuilder::planFill()
{
    m_run->filled = true;
    ReportPlan &plan = m_run->plan;
    const std::size_t before = plan.queries.size();
    for (int r = 0; r < int(plan.rowPlans.size()); ++r) {
        const auto runs = ReportAssembler::recordedGaps(plan, m_run->answers, r);
        if (!runs.empty())
            plan.addFill(r, runs);
    }
    if (plan.queries.size() == before)
        return;
    qCInfo(lcReport).noquote() << plan.queries.size() - before
                               << "raw queries for what the rules did not record";
    m_run->answers.resize(plan.queries.size());
    Q_EMIT progress(int(m_run->done), int(plan.queries.size()));
}

void ReportBuilder::cancel()
{
    if (!m_run)
        return;
    ++m_generation;
    // Deleting the context aborts the requests on the wire; their callbacks and parse results, and
    // the retry timers, are dropped: nothing of this build reaches the report any more.
    m_run.reset();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation]() {
            if (generation == m_generation)
                Q_EMIT cancelled();
        },
        Qt::QueuedConnection);
}

void ReportBuilder::pump()
{
    while (m_run && m_run->onTheWire < kMaxInFlight && m_run->next < m_run->plan.queries.size()) {
        ++m_run->onTheWire;
        send(m_run->next++, 0);
    }
}

void ReportBuilder::send(std::size_t index, int attempt)
{
    const PlannedQuery &q = m_run->plan.queries[index];
    const quint64 generation = m_run->generation;
    // One line per call, tab-separated, for bench/report-month's replay of the same queries.
    if (attempt == 0)
        qCDebug(lcReport).noquote() << QStringLiteral("query_range\t%1\t%2\t%3\t%4")
                                           .arg(q.start)
                                           .arg(q.end)
                                           .arg(q.step)
                                           .arg(q.promql);
    m_client->queryRange(
        q.promql, QDateTime::fromSecsSinceEpoch(q.start, Qt::UTC),
        QDateTime::fromSecsSinceEpoch(q.end, Qt::UTC), std::chrono::seconds(q.step), m_run->context.get(),
        [this, generation, index, attempt](prom::RawResponse raw) {
            if (!m_run || m_run->generation != generation)
                return;
            // Connection failures and server errors that may pass are tried again, as the engine does;
            // a 4xx or a query Prometheus gave up on would only fail again.
            if (engine::Engine::worthRetrying(raw) && attempt < m_profile.sources.retries) {
                QTimer::singleShot(100 * (attempt + 1), m_run->context.get(),
                                   [this, index, attempt]() { send(index, attempt + 1); });
                return;
            }
            if (!raw.answered()) {
                answered(generation, index,
                         QueryAnswer{false, tr("Prometheus did not answer: %1").arg(raw.transportError), {}});
                return;
            }
            engine::runOffThread(
                m_pool, this,
                [raw = std::move(raw)]() {
                    QueryAnswer a;
                    a.result = prom::ResponseParser::parse(raw.body, raw.httpStatus, raw.contentType);
                    a.ok = a.result.ok && a.result.type == prom::ResultType::Matrix;
                    if (!a.result.ok)
                        a.error = a.result.error;
                    else if (!a.ok)
                        a.error = tr("Prometheus did not answer with a range of samples");
                    return a;
                },
                [this, generation, index](QueryAnswer a) { answered(generation, index, std::move(a)); });
        });
}

void ReportBuilder::answered(quint64 generation, std::size_t index, QueryAnswer answer)
{
    if (!m_run || m_run->generation != generation)
        return; // superseded or cancelled while it was parsed
    if (!answer.ok)
        qCInfo(lcReport).noquote() << "query failed:" << m_run->plan.queries[index].what << "-"
                                   << answer.error;
    m_run->answers[index] = std::move(answer);
    --m_run->onTheWire;
    ++m_run->done;
    Q_EMIT progress(int(m_run->done), int(m_run->plan.queries.size()));
    if (m_run->done == m_run->plan.queries.size() && !m_run->filled)
        planFill();
    if (m_run->done == m_run->plan.queries.size()) {
        assemble();
        return;
    }
    pump();
}

void ReportBuilder::assemble()
{
    AssemblyInput in;
    in.profile = m_profile;
    in.period = m_run->request.period;
    in.plan = std::move(m_run->plan);
    in.answers = std::move(m_run->answers);
    in.profileName = m_profile.name;
    in.profileFile = m_profile.file;
    in.prometheus = m_client->baseUrl();
    in.generatedAt = QDateTime::currentDateTimeUtc();
    in.initiatives = m_run->request.initiatives;
    in.roadmap = m_run->request.roadmap;
    in.rulesWarning = m_run->rulesWarning;
    const QString auditPath = m_run->request.auditLogPath;
    const QString label = in.period.label();
    const quint64 generation = m_run->generation;
    engine::runOffThread(
        m_pool, this,
        [in = std::move(in), auditPath]() mutable {
            if (!auditPath.isEmpty())
                in.audit = actions::AuditLog::read(auditPath, &in.auditError);
            return ReportAssembler::assemble(in);
        },
        [this, generation, label](Assembly a) {
            if (!m_run || m_run->generation != generation)
                return;
            m_run.reset();
            if (!a.anyData && a.report.missing.isEmpty()) {
                Q_EMIT failed(tr("Prometheus has no data for any SLA in %1: the period lies before its first "
                                 "sample (or it holds none of the profile's series)")
                                  .arg(label));
                return;
            }
            Q_EMIT finished(std::make_shared<const Report>(std::move(a.report)));
        });
}

} // namespace slaops::report
