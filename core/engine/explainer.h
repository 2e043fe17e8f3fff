#pragma once

#include "clientpicker.h"
#include "explanation.h"
#include "prom/queryresult.h"
#include "prom/rawresponse.h"
#include "promqlshape.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringView>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

// Gathers what is behind a figure ("explain this number"): re-evaluates the parts of its query at
// the figure's sample time, so that the buckets of a quantile or the two rates of a ratio are the very
// data the number was computed from, and says when they no longer reproduce it.
// Lives on the thread of its client; never blocks it: answers are parsed on the explainer's own pool
// (a hostile server may send up to the client's size cap to any one query).
class Explainer : public QObject {
    Q_OBJECT
public:
    // The client is not owned; it must outlive this object or be the parent of it.
    explicit Explainer(prom::Client *client, QObject *parent = nullptr);
    // Asks the client `picker` names for the figure's own replica instead of `client`.
    void setClientPicker(ClientPicker picker) { m_picker = std::move(picker); }
    ~Explainer() override;

    // Starts explaining `figure`; ready() follows (always asynchronously, also on failure). A second
    // call before the first is done supersedes it: only the newest explanation is emitted.
    void explain(const Figure &figure);

Q_SIGNALS:
    void ready(const slaops::engine::Explanation &explanation);

private:
    void explainQuantile(quint64 generation, const PromqlShape::QuantileParts &parts);
    void explainRatio(quint64 generation, const PromqlShape::RatioParts &parts);
    void explainPlain(quint64 generation);
    void explainExpression(quint64 generation, const QString &promql);
    void explainRecorded(quint64 generation);
    void finish(quint64 generation);
    // Recomputes the figure from what arrived and says whether it matches.
    void conclude();
    // A usable answer, or why there is none (also stored as the explanation's error).
    const prom::QueryResult *read(const prom::QueryResult &r, const QString &what);
    // Called with the figure's time and the parsed answer; drops answers that belong to a superseded
    // explanation.
    void query(quint64 generation, const QString &promql,
               std::function<void(const prom::QueryResult &)> done);
    // Parses `raw` on the pool and hands the result to `done` back on this object's thread.
    void parse(quint64 generation, prom::RawResponse raw,
               std::function<void(const prom::QueryResult &)> done);

    prom::Client *m_client;
    prom::Client *m_asked = nullptr; // the client of the explanation under way
    ClientPicker m_picker;
    quint64 m_generation = 0;
    Explanation m_current;
    int m_pending = 0;
    QThreadPool m_pool; // owned so that the destructor can wait for parses that refer to this object
};

} // namespace slaops::engine
