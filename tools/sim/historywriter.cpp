#include "historywriter.h"

#include "fleet.h"
#include "simnode.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <prometheus/metric_family.h>
#include <prometheus/registry.h>
#include <string>
#include <vector>

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
// What Prometheus adds to a live scrape of the stack (scripts/stack's job); instance is the node
// because a history has no ports.
constexpr const char *kJob = "erlmcp-sla";

void appendEscaped(std::string &out, const std::string &value)
{
    for (const char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
}

void appendNumber(std::string &out, double v)
{
    if (std::isnan(v)) {
        out += "NaN";
    } else if (std::isinf(v)) {
        out += v > 0 ? "+Inf" : "-Inf";
    } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
        out += std::to_string(static_cast<long long>(v));
    } else {
        // 17 significant digits read back as the same double, so a test can compare exactly.
        out += QByteArray::number(v, 'g', 17).toStdString();
    }
}

// The bucket bound as prometheus-cpp writes it on a live page ("5", "7.5", "+Inf"): le is a label,
// and a history whose le differs from the live one would be another series.
std::string boundText(double v)
{
    std::string s;
    if (std::isinf(v))
        return "+Inf";
    appendNumber(s, v);
    return s;
}

struct FamilyOut {
    std::string name; // OpenMetrics family name (a counter's without _total)
    std::string type;
    std::string help;
    std::unique_ptr<QTemporaryFile> file;
    std::string buffer;
};

std::string familyName(const prometheus::MetricFamily &f)
{
    if (f.type == prometheus::MetricType::Counter && f.name.ends_with("_total"))
        return f.name.substr(0, f.name.size() - 6);
    return f.name;
}

const char *typeName(prometheus::MetricType t)
{
    switch (t) {
    case prometheus::MetricType::Counter:
        return "counter";
    case prometheus::MetricType::Gauge:
        return "gauge";
    case prometheus::MetricType::Histogram:
        return "histogram";
    default:
        return "unknown";
    }
}

} // namespace

qint64 HistoryWriter::parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,8})(s|m|h|d)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).front();
    return n * (unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400);
}

qint64 HistoryWriter::parseIsoSecs(const QString &text)
{
    // A zone is required: a bare local time would make the history depend on the machine's zone.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-][0-9]{2}:[0-9]{2})$"));
    if (!zone.match(text).hasMatch())
        return -1;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : -1;
}

bool HistoryWriter::parseEvent(const QString &text, Event *event, QString *error)
{
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
    const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
    if (first < 0 || second < 0 || last <= second) {
        *error = QStringLiteral("--event \"%1\": expected KIND:TARGET:ISO-START:DURATION").arg(text);
        return false;
    }
    const auto kind = Scenario::kindFromName(text.left(first));
    if (!kind) {
        *error = QStringLiteral("--event \"%1\": unknown scenario \"%2\"").arg(text, text.left(first));
        return false;
    }
    const qint64 start = parseIsoSecs(text.mid(second + 1, last - second - 1));
    const qint64 duration = parseDuration(text.mid(last + 1));
    if (start < 0 || duration <= 0) {
        *error = QStringLiteral("--event \"%1\": the start must be an ISO date-time with a zone "
                                "(2024-06-03T10:00:00Z) and the duration like 90s, 30m, 2h or 1d")
                     .arg(text);
        return false;
    }
    *event = Event{Scenario(*kind, text.mid(first + 1, second - first - 1)), start, duration};
    return true;
}

HistoryWriter::HistoryWriter(Options options)
    : m_options(std::move(options))
{
}

const HistoryWriter::Event *HistoryWriter::activeAt(qint64 t) const
{
    for (const Event &e : m_options.events) {
        if (t >= e.startSecs && t < e.startSecs + e.durationSecs)
            return &e;
    }
    return nullptr;
}

bool HistoryWriter::run(QString *error)
{
    const Options &o = m_options;
    if (o.stepSecs < 1 || o.stepSecs > 86400) {
        *error = QStringLiteral("--step must be 1s..1d");
        return false;
    }
    if (o.toSecs <= o.fromSecs) {
        *error = QStringLiteral("--to must be after --from");
        return false;
    }
    if (o.toSecs - o.fromSecs > kMaxPeriodSecs) {
        *error = QStringLiteral("the period is longer than 100 days");
        return false;
    }
    Fleet fleet(
        Fleet::Options{o.nodesPerRegion, o.seed, 0, 1000, Fleet::Serve::PerNode, QStringLiteral("erlmcp")});
    auto events = o.events;
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.startSecs < b.startSecs; });
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (const QString problem = fleet.validate(events[i].scenario); !problem.isEmpty()) {
            *error = QStringLiteral("--event: ") + problem;
            return false;
        }
        // The model runs one scenario at a time, as the live fleet does.
        if (i > 0 && events[i].startSecs < events[i - 1].startSecs + events[i - 1].durationSecs) {
            *error = QStringLiteral("--event: %1 overlaps %2")
                         .arg(events[i].scenario.name(), events[i - 1].scenario.name());
            return false;
        }
    }
    m_options.events = events;
    fleet.createNodes();

    const qint64 steps = (o.toSecs - o.fromSecs) / o.stepSecs + 1;
    qint64 perStep = 0;
    for (int i = 0; i < fleet.nodeCount(); ++i) {
        perStep += 1; // up
        for (const auto &f : fleet.node(i).registry().Collect()) {
            for (const auto &m : f.metric)
                perStep += f.type == prometheus::MetricType::Histogram
                               ? static_cast<qint64>(m.histogram.bucket.size()) + 2
                               : 1;
        }
    }
    if (steps > kMaxSamples / std::max<qint64>(1, perStep)) {
        *error = QStringLiteral("%1 steps x %2 series is more than %3 samples; take a longer --step or a "
                                "shorter period")
                     .arg(steps)
                     .arg(perStep)
                     .arg(kMaxSamples);
        return false;
    }

    // OpenMetrics wants each family's samples together, while the model moves every family at each
    // step: each family collects its lines in a temporary file beside the output, joined at the end.
    const QString dir = QFileInfo(o.path).absolutePath();
    std::vector<FamilyOut> families;
    std::map<std::string, std::size_t> familyIndex;
    auto familyFor = [&](const std::string &name, const char *type, const std::string &help) -> FamilyOut * {
        const auto it = familyIndex.find(name);
        if (it != familyIndex.end())
            return &families[it->second];
        FamilyOut f{
            name, type, help, std::make_unique<QTemporaryFile>(dir + QStringLiteral("/.history-XXXXXX")), {}};
        if (!f.file->open()) {
            *error = QStringLiteral("cannot write in %1: %2").arg(dir, f.file->errorString());
            return nullptr;
        }
        familyIndex.emplace(name, families.size());
        families.push_back(std::move(f));
        return &families.back();
    };
    auto flush = [&](FamilyOut &f, qsizetype above) {
        if (static_cast<qsizetype>(f.buffer.size()) <= above)
            return true;
        if (f.file->write(f.buffer.data(), static_cast<qint64>(f.buffer.size())) !=
            static_cast<qint64>(f.buffer.size())) {
            *error = QStringLiteral("cannot write %1: %2").arg(f.file->fileName(), f.file->errorString());
            return false;
        }
        f.buffer.clear();
        return true;
    };
    if (!familyFor("up", "gauge", "Whether the node answered its scrape (written by the history)"))
        return false;

    std::vector<std::string> nodeLabels; // ,job=..,instance=.. per node
    for (int i = 0; i < fleet.nodeCount(); ++i)
        nodeLabels.push_back(std::string(",job=\"") + kJob + "\",instance=\"" +
                             fleet.node(i).name().toStdString() + "\"");
    const Scenario steady;
    std::vector<bool> serving(static_cast<std::size_t>(fleet.nodeCount()), true);
    std::vector<qint64> downSince(serving.size(), -1);
    std::string labels;
    m_samples = 0;
    for (qint64 s = 0; s < steps; ++s) {
        const qint64 t = o.fromSecs + s * o.stepSecs;
        const Event *e = activeAt(t);
        const Scenario &scenario = e ? e->scenario : steady;
        for (int i = 0; i < fleet.nodeCount(); ++i) {
            const bool now = Fleet::serves(scenario, fleet.node(i));
            const auto k = static_cast<std::size_t>(i);
            if (!now && serving[k])
                downSince[k] = t;
            if (now && !serving[k] && downSince[k] >= 0)
                fleet.mutableModel().nodeRecovered(k, static_cast<double>(t - downSince[k]));
            serving[k] = now;
        }
        // The first sample is the fleet as it starts (counters at 0); each later one follows a step.
        if (s > 0)
            fleet.mutableModel().tick(scenario, serving, static_cast<double>(o.stepSecs), fleet.random());
        const std::string ts = ' ' + std::to_string(t) + '\n';
        for (int i = 0; i < fleet.nodeCount(); ++i) {
            const SimNode &node = fleet.node(i);
            const auto k = static_cast<std::size_t>(i);
            FamilyOut &up = families[familyIndex.at("up")];
            up.buffer += "up{region=\"" + node.group().toStdString() + "\",node=\"" +
                         node.name().toStdString() + '"' + nodeLabels[k] + "} " + (serving[k] ? "1" : "0") +
                         ts;
            ++m_samples;
            if (!flush(up, kFlushBytes))
                return false;
            if (!serving[k])
                continue; // a failed scrape stores nothing but up
            for (const auto &f : node.registry().Collect()) {
                FamilyOut *out = familyFor(familyName(f), typeName(f.type), f.help);
                if (!out)
                    return false;
                for (const auto &m : f.metric) {
                    labels.clear();
                    for (std::size_t l = 0; l < m.label.size(); ++l) {
                        labels += l == 0 ? "" : ",";
                        labels += m.label[l].name + "=\"";
                        appendEscaped(labels, m.label[l].value);
                        labels += '"';
                    }
                    labels += nodeLabels[k];
                    auto sample = [&](const std::string &name, const std::string &extra, double v) {
                        out->buffer += name + '{' + labels + extra + "} ";
                        appendNumber(out->buffer, v);
                        out->buffer += ts;
                        ++m_samples;
                    };
                    switch (f.type) {
                    case prometheus::MetricType::Counter:
                        sample(out->name + "_total", {}, m.counter.value);
                        break;
                    case prometheus::MetricType::Gauge:
                        sample(f.name, {}, m.gauge.value);
                        break;
                    case prometheus::MetricType::Histogram:
                        for (const auto &b : m.histogram.bucket)
                            sample(f.name + "_bucket", ",le=\"" + boundText(b.upper_bound) + '"',
                                   static_cast<double>(b.cumulative_count));
                        sample(f.name + "_count", {}, static_cast<double>(m.histogram.sample_count));
                        sample(f.name + "_sum", {}, m.histogram.sample_sum);
                        break;
                    default:
                        sample(f.name, {}, m.untyped.value);
                        break;
                    }
                }
                if (!flush(*out, kFlushBytes))
                    return false;
            }
        }
    }

    QSaveFile file(o.path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(o.path, file.errorString());
        return false;
    }
    for (FamilyOut &f : families) {
        if (!flush(f, 0))
            return false;
        std::string head = "# TYPE " + f.name + ' ' + f.type + "\n# HELP " + f.name + ' ';
        appendEscaped(head, f.help);
        head += '\n';
        file.write(head.data(), static_cast<qint64>(head.size()));
        f.file->seek(0);
        while (!f.file->atEnd()) {
            const QByteArray chunk = f.file->read(kFlushBytes);
            if (chunk.isEmpty() || file.write(chunk) != chunk.size()) {
                *error = QStringLiteral("cannot write %1: %2").arg(o.path, file.errorString());
                return false;
            }
        }
    }
    file.write("# EOF\n");
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(o.path, file.errorString());
        return false;
    }
    return true;
}
