#pragma once

#include "report.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThreadPool>
#include <chrono>
#include <memory>

namespace slaops::prom {
class Client;
}
namespace slaops::engine {
struct RecordedRules;
}

namespace slaops::report {

Q_DECLARE_LOGGING_CATEGORY(lcReport)

struct QueryAnswer;

// What a report is asked for.
struct ReportRequest {
    Period period;
    std::chrono::seconds resolution{60}; // of the violation series and charts; 0: the kind's default
    QString auditLogPath;                // containment actions become incidents; empty: none
    QString initiatives;                 // the quarter's free-text sections, carried into the report
    QString roadmap;
};

// Builds a Report from query_range answers of the profile's Prometheus (DESIGN.md §3: network I/O
// asynchronous on the thread that owns the client, parsing and arithmetic on this object's pool over
// copied inputs). Day, month and period figures are the profile's queries with $window set to that
// stretch's own length, evaluated at its end (so a ratio is one of counter increases over the stretch,
// a quantile one of bucket increases); runs of equal-length days go into one query_range whose step is
// the day. The violation series is the query over the SLA's own window at the resolution, split into
// queries under Prometheus' 11,000-point limit. Where the profile's generated rules are loaded at its
// version (asked first, as the engine does), that series is read from their recorded figure instead:
// only its points past the target and its gaps, the gaps then asked raw. Lives on the thread of its
// client.
class ReportBuilder : public QObject {
    Q_OBJECT
public:
    ReportBuilder(config::Profile profile, prom::Client *client, QObject *parent = nullptr);
    ~ReportBuilder() override;

    // A period that has not begun (against `now`) is refused; one that has not ended is reported to
    // `now` and says so. Refusals come as failed(). A newer start() supersedes a running one.
    void start(const ReportRequest &request, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Stops asking Prometheus; emits cancelled() once nothing of this build is in flight.
    void cancel();
    bool isRunning() const;
    // Off: the violation series are always the raw queries, even where the generated rules record
    // them (slaops report --raw). On by default.
    void setUseRecordedRules(bool on) { m_useRecorded = on; }

    // The resolution used when a request gives none: 1 m for a day and a month, 5 m for a quarter.
    static std::chrono::seconds defaultResolution(PeriodKind kind);
    // Queries on the wire at once: enough to keep Prometheus busy, few enough not to crowd out the
    // console's own refresh.
    static constexpr int kMaxInFlight = 4;

Q_SIGNALS:
    void progress(int done, int total); // queries answered of those planned
    // Always a whole report: parts that failed are listed in Report::missing (status Unknown).
    void finished(std::shared_ptr<const slaops::report::Report> report);
    // Refused before anything was asked (a period in the future, one before Prometheus' first sample,
    // a bad request): a message fit for people.
    void failed(const QString &message);
    void cancelled();

private:
    struct Run;
    void askRules();
    void plan(const engine::RecordedRules &rules);
    void planFill();
    void pump();
    void send(std::size_t index, int attempt);
    void answered(quint64 generation, std::size_t index, QueryAnswer answer);
    void assemble();
    void refuse(const QString &message);

    config::Profile m_profile;
    prom::Client *m_client;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
    bool m_useRecorded = true;
    QThreadPool m_pool;
};

} // namespace slaops::report
