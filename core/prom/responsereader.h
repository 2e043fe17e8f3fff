#pragma once

#include "queryresult.h"

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slaops::prom {

class ParseBuffers;

// Walks one answer with simdjson's on-demand API. Each read* method returns false on the first
// problem, after recording it; callers on the way out prepend their part of the path, so the
// message can say "data.result[3].value[1]" without any bookkeeping on the success path.
// Internal to ResponseParser, which checks the size limit first; this header needs simdjson, which
// only slaops_core links. The walk is in responsereader.cpp; what becomes of it (the result, or the
// message that says what went wrong) is in responseoutcome.cpp.
class ResponseReader {
public:
    ResponseReader(std::string_view body, int httpStatus, QByteArrayView contentType)
        : m_body(body)
        , m_httpStatus(httpStatus)
        , m_contentType(contentType)
    {
    }

    QueryResult run();

    // Shared by the walk and by what is made of it.
    static QString quoted(const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); }
    // 0 means the caller does not know (a file, a test): judge the body alone.
    static bool isHttpError(int status) { return status != 0 && (status < 200 || status >= 300); }
    static bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

private:
    QueryResult walk(ParseBuffers &buffers);
    bool readRoot(simdjson::ondemand::document &doc);
    bool readData(simdjson::ondemand::value &value);
    bool readResult(simdjson::ondemand::value &value);
    bool readSeries(simdjson::ondemand::value &value);
    bool readLabels(simdjson::ondemand::value &value, std::vector<std::pair<QString, QString>> &labels);
    bool readSamples(simdjson::ondemand::value &value, std::vector<Sample> &samples);
    bool readPair(simdjson::ondemand::value &value, Sample &sample, QString *text = nullptr);
    [[gnu::noinline]] bool readValueText(simdjson::ondemand::value &item, Sample &sample, QString *text);
    [[gnu::cold]] static QString pairExpected();
    [[gnu::cold]] bool pairCountError(std::size_t count);
    bool readStatus(simdjson::ondemand::value &value);
    bool readServerText(simdjson::ondemand::value &value, QString &out, qsizetype maxChars);
    bool readWarnings(simdjson::ondemand::value &value);
    bool checkSeriesKind(bool matrix);
    struct LabelName {
        std::string utf8;
        QString text;
        std::string lastValue; // the value this label had in the series before
        QString lastValueText;
    };
    LabelName &labelName(std::string_view name);
    static QString labelValue(LabelName &name, std::string_view value);

    bool jsonError(simdjson::error_code code, QString expected, simdjson::ondemand::value *found = nullptr);
    bool shapeError(QString what);
    // Always returns false, so that "return jsonError(...) || within(...)" records and unwinds.
    bool within(const QString &segment)
    {
        m_where.prepend(segment);
        return false;
    }
    bool withinIndex(std::size_t index)
    {
        return within(QLatin1Char('[') + QString::number(index) + QLatin1Char(']'));
    }

    QueryResult failure(QString type, QString message);
    QStringList takeWarnings();
    QueryResult finishFailure();
    QueryResult finishSuccess();
    QString httpPrefix() const { return QLatin1String("HTTP ") + QString::number(m_httpStatus); }
    QString contentTypeText() const;

    std::string_view m_body;
    int m_httpStatus;
    QByteArrayView m_contentType;

    QueryResult m_result;
    QString m_status;
    QString m_errorType;
    QString m_error;
    bool m_hasError = false;
    qsizetype m_warningCount = 0; // all of them, also those not kept
    bool m_hasData = false;
    bool m_hasResultType = false;
    bool m_hasResult = false;
    std::optional<ResultType> m_type;
    std::optional<bool> m_seriesAreMatrix; // what the series said, when resultType came later
    bool m_resultWasPair = false;
    bool m_hasText = false;
    QString m_text;
    std::size_t m_lastSampleCount = 0;
    std::size_t m_lastLabelCount = 0;
    std::vector<LabelName> m_labelNames;
    std::size_t m_nextLabelName = 0;

    simdjson::error_code m_code = simdjson::SUCCESS;
    QString m_what;
    QString m_where;
    qsizetype m_failOffset = -1;
    const char *m_bufferStart = nullptr;
    simdjson::ondemand::document *m_doc = nullptr;
};

} // namespace slaops::prom
