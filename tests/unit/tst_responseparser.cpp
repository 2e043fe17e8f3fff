#include "prom/responseparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cmath>
#include <limits>
#include <thread>

using slaops::prom::QueryResult;
using slaops::prom::ResponseParser;
using slaops::prom::ResultType;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QLatin1String(SLAOPS_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Bitwise comparison, so that NaN equals NaN and -0 differs from 0: "kept exactly" means exactly.
bool sameDouble(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

QByteArray syntheticMatrix(int seriesCount, int pointCount)
{
    QByteArray body;
    body.reserve(qsizetype(seriesCount) * pointCount * 28 + qsizetype(seriesCount) * 200);
    body += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < seriesCount; ++s) {
        if (s)
            body += ',';
        body += R"({"metric":{"__name__":"erlmcp_request_duration_seconds_bucket","instance":"node-)";
        body += QByteArray::number(s);
        body += R"(:9464","job":"erlmcp","le":"0.1","region":"eu-west-1"},"values":[)";
        for (int p = 0; p < pointCount; ++p) {
            if (p)
                body += ',';
            body += '[';
            body += QByteArray::number(1700000000.0 + p * 15.0 + 0.125, 'f', 3);
            body += ",\"";
            body += QByteArray::number(s * 1000.0 + p + 0.5, 'g', 17);
            body += "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

} // namespace

class TestResponseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validAnswers_data();
    void validAnswers();
    void labelsKeepUnicodeAndOrder();
    void specialValuesKeptExactly();
    void largeNumbersKeptExactly();
    void scalarAndString();
    void warningsKept();
    void resultBeforeResultType_data();
    void resultBeforeResultType();
    void unsortedLabelsAreSorted();
    void prometheusErrors_data();
    void prometheusErrors();
    void httpErrors_data();
    void httpErrors();
    void notJson_data();
    void notJson();
    void truncated_data();
    void truncated();
    void everyPrefix_data();
    void everyPrefix();
    void tooLarge();
    void badShapes_data();
    void badShapes();
    void malformedJson_data();
    void malformedJson();
    void sampleValues_data();
    void sampleValues();
    void largeMatrix();
    void serverTextCleaned_data();
    void serverTextCleaned();
    void reusedBuffers_data();
    void reusedBuffers();
};

void TestResponseParser::validAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ResultType>("type");
    QTest::addColumn<int>("seriesCount");
    QTest::addColumn<int>("sampleCount");

    QTest::addRow("vector") << QStringLiteral("vector_up.json") << ResultType::Vector << 1 << 1;
    QTest::addRow("matrix, one series")
        << QStringLiteral("matrix_range.json") << ResultType::Matrix << 1 << 5;
    QTest::addRow("matrix, uneven series")
        << QStringLiteral("matrix_multi.json") << ResultType::Matrix << 7 << 30;
    QTest::addRow("scalar") << QStringLiteral("scalar.json") << ResultType::Scalar << 1 << 1;
    QTest::addRow("string") << QStringLiteral("string.json") << ResultType::String << 1 << 1;
    QTest::addRow("empty vector") << QStringLiteral("empty_vector.json") << ResultType::Vector << 0 << 0;
    QTest::addRow("empty matrix") << QStringLiteral("empty_matrix.json") << ResultType::Matrix << 0 << 0;
    QTest::addRow("special values") << QStringLiteral("special_values.json") << ResultType::Vector << 3 << 3;
    QTest::addRow("large numbers") << QStringLiteral("large_numbers.json") << ResultType::Vector << 4 << 4;
    QTest::addRow("warnings") << QStringLiteral("warnings.json") << ResultType::Vector << 1 << 1;
}

void TestResponseParser::validAnswers()
{
    QFETCH(QString, file);
    QFETCH(ResultType, type);
    QFETCH(int, seriesCount);
    QFETCH(int, sampleCount);

    const QueryResult result = ResponseParser::parse(fixture(file), 200, "application/json");
    QVERIFY2(result.ok, qPrintable(result.errorType + QLatin1String(": ") + result.error));
    QVERIFY(result.errorType.isEmpty());
    QCOMPARE(result.type, type);
    QCOMPARE(int(result.series.size()), seriesCount);
    int samples = 0;
    for (const auto &series : result.series) {
        QVERIFY(!series.samples.empty());
        samples += int(series.samples.size());
    }
    QCOMPARE(samples, sampleCount);
}

void TestResponseParser::labelsKeepUnicodeAndOrder()
{
    const QueryResult result = ResponseParser::parse(fixture(QStringLiteral("vector_up.json")));
    QVERIFY(result.ok);
    const auto &series = result.series.at(0);
    const std::vector<std::pair<QString, QString>> expected{
        {QStringLiteral("__name__"), QStringLiteral("up")},
        {QStringLiteral("city"), QString::fromUtf8("Z\u00fcrich \u2014 \u6771\u4eac \u2713")},
        {QStringLiteral("instance"), QStringLiteral("127.0.0.1:58185")},
        {QStringLiteral("job"), QStringLiteral("prometheus")},
        {QStringLiteral("region"), QStringLiteral("eu-west-1")},
    };
    QCOMPARE(series.labels, expected);
    QCOMPARE(series.label(u"job"), QStringLiteral("prometheus"));
    QCOMPARE(series.samples.at(0).timestamp, 1795745437.045);
    QCOMPARE(series.samples.at(0).value, 1.0);
}

void TestResponseParser::specialValuesKeptExactly()
{
    const QueryResult result = ResponseParser::parse(fixture(QStringLiteral("special_values.json")));
    QVERIFY(result.ok);
    QCOMPARE(result.series.size(), std::size_t(3));
    const double plusInf = result.series.at(0).samples.at(0).value;
    const double minusInf = result.series.at(1).samples.at(0).value;
    const double nan = result.series.at(2).samples.at(0).value;
    QVERIFY(std::isinf(plusInf) && plusInf > 0);
    QVERIFY(std::isinf(minusInf) && minusInf < 0);
    QVERIFY(std::isnan(nan));
    QCOMPARE(result.series.at(2).label(u"k"), QStringLiteral("nan"));
}

void TestResponseParser::largeNumbersKeptExactly()
{
    const QueryResult result = ResponseParser::parse(fixture(QStringLiteral("large_numbers.json")));
    QVERIFY(result.ok);
    QVERIFY(sameDouble(result.series.at(0).samples.at(0).value, std::numeric_limits<double>::max()));
    QVERIFY(sameDouble(result.series.at(1).samples.at(0).value, std::numeric_limits<double>::denorm_min()));
    QVERIFY(sameDouble(result.series.at(2).samples.at(0).value, -1.5e-300));
    QVERIFY(sameDouble(result.series.at(3).samples.at(0).value, 123456789012345680000.0));
    QVERIFY(sameDouble(result.series.at(3).samples.at(0).timestamp, 1795745437.167));
}

void TestResponseParser::scalarAndString()
{
    const QueryResult scalar = ResponseParser::parse(fixture(QStringLiteral("scalar.json")));
    QVERIFY(scalar.ok);
    QCOMPARE(scalar.type, ResultType::Scalar);
    QVERIFY(scalar.series.at(0).labels.empty());
    QCOMPARE(scalar.series.at(0).samples.at(0).timestamp, 1795745437.067);
    QCOMPARE(scalar.series.at(0).samples.at(0).value, 1.0);

    const QueryResult text = ResponseParser::parse(fixture(QStringLiteral("string.json")));
    QVERIFY(text.ok);
    QCOMPARE(text.type, ResultType::String);
    QCOMPARE(text.text, QStringLiteral("hello world"));
    QCOMPARE(text.series.at(0).samples.at(0).timestamp, 1795745437.077);
    QVERIFY(std::isnan(text.series.at(0).samples.at(0).value));
}

void TestResponseParser::warningsKept()
{
    const QueryResult result = ResponseParser::parse(fixture(QStringLiteral("warnings.json")));
    QVERIFY(result.ok);
    QCOMPARE(result.warnings.size(), 2);
    QVERIFY(result.warnings.at(0).startsWith(QLatin1String("PromQL info: metric might not be a counter")));

    // Warnings also ride along with an error, where they may explain it.
    const QueryResult failed = ResponseParser::parse(
        R"({"status":"error","errorType":"execution","error":"boom","warnings":["store eu-west-1 unreachable"]})",
        422);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.warnings, QStringList{QStringLiteral("store eu-west-1 unreachable")});
}

void TestResponseParser::resultBeforeResultType_data()
{
    // A proxy that re-encodes answers through a Go map sorts keys: "data" < "status", "result" <
    // "resultType".
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ResultType>("type");

    QTest::addRow("vector")
        << QByteArray(
               R"({"data":{"result":[{"metric":{"job":"a"},"value":[1,"2"]}],"resultType":"vector"},"status":"success"})")
        << true << ResultType::Vector;
    QTest::addRow("matrix")
        << QByteArray(
               R"({"data":{"result":[{"metric":{},"values":[[1,"2"],[2,"3"]]}],"resultType":"matrix"},"status":"success"})")
        << true << ResultType::Matrix;
    QTest::addRow("scalar")
        << QByteArray(R"({"data":{"result":[1,"NaN"],"resultType":"scalar"},"status":"success"})") << true
        << ResultType::Scalar;
    QTest::addRow("string") << QByteArray(
                                   R"({"data":{"result":[1,"x"],"resultType":"string"},"status":"success"})")
                            << true << ResultType::String;
    QTest::addRow("empty") << QByteArray(R"({"data":{"result":[],"resultType":"matrix"},"status":"success"})")
                           << true << ResultType::Matrix;
    QTest::addRow("vector said matrix")
        << QByteArray(
               R"({"data":{"result":[{"metric":{},"value":[1,"2"]}],"resultType":"matrix"},"status":"success"})")
        << false << ResultType::Vector;
    QTest::addRow("pair said vector")
        << QByteArray(R"({"data":{"result":[1,"2"],"resultType":"vector"},"status":"success"})") << false
        << ResultType::Vector;
    QTest::addRow("scalar not a number")
        << QByteArray(R"({"data":{"result":[1,"x"],"resultType":"scalar"},"status":"success"})") << false
        << ResultType::Vector;
}

void TestResponseParser::resultBeforeResultType()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(ResultType, type);

    const QueryResult result = ResponseParser::parse(body);
    QCOMPARE(result.ok, ok);
    if (ok)
        QCOMPARE(result.type, type);
    else
        QCOMPARE(result.errorType, QStringLiteral("bad_shape"));
}

void TestResponseParser::unsortedLabelsAreSorted()
{
    const QueryResult result = ResponseParser::parse(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"zone":"b","job":"x","__name__":"up"},"value":[1,"1"]}]}})");
    QVERIFY(result.ok);
    const auto &labels = result.series.at(0).labels;
    QCOMPARE(labels.at(0).first, QStringLiteral("__name__"));
    QCOMPARE(labels.at(1).first, QStringLiteral("job"));
    QCOMPARE(labels.at(2).first, QStringLiteral("zone"));
    QCOMPARE(labels.at(2).second, QStringLiteral("b"));
}

void TestResponseParser::prometheusErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("fragment");

    // Status codes as Prometheus' web API assigns them to each errorType.
    QTest::addRow("bad_data") << QStringLiteral("error_bad_data_400.json") << 400
                              << QStringLiteral("bad_data") << QStringLiteral("unclosed left parenthesis");
    QTest::addRow("execution") << QStringLiteral("error_execution_422.json") << 422
                               << QStringLiteral("execution")
                               << QStringLiteral("many-to-many matching not allowed");
    QTest::addRow("timeout") << QStringLiteral("error_timeout_503.json") << 503 << QStringLiteral("timeout")
                             << QStringLiteral("query timed out");
    QTest::addRow("canceled") << QStringLiteral("error_canceled_499.json") << 499
                              << QStringLiteral("canceled") << QStringLiteral("query was canceled");
    QTest::addRow("internal") << QStringLiteral("error_internal_500.json") << 500
                              << QStringLiteral("internal") << QStringLiteral("unexpected EOF");
    QTest::addRow("unavailable") << QStringLiteral("error_unavailable_500.json") << 500
                                 << QStringLiteral("unavailable") << QStringLiteral("TSDB not ready");
}

void TestResponseParser::prometheusErrors()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, fragment);

    const QueryResult result = ResponseParser::parse(fixture(file), status, "application/json");
    QVERIFY(!result.ok);
    QCOMPARE(result.errorType, errorType);
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("HTTP ") + QString::number(status)),
             qPrintable(result.error));
    QVERIFY(result.series.empty());
}

void TestResponseParser::httpErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::addRow("nginx 502 page")
        << fixture(QStringLiteral("proxy_502.html")) << 502
        << QStringLiteral("HTTP 502 from the server, not a Prometheus answer: 502 Bad Gateway");
    QTest::addRow("Go 404 text")
        << fixture(QStringLiteral("not_found_404.txt")) << 404
        << QStringLiteral("HTTP 404 from the server, not a Prometheus answer: 404 page not found");
    QTest::addRow("html without title")
        << QByteArray("<html><body>\n<h1>Service\tUnavailable</h1>\x01</body></html>") << 503
        << QStringLiteral("HTTP 503 from the server, not a Prometheus answer: <html><body> <h1>Service "
                          "Unavailable</h1></body></html>");
    // Proxy pages are server text too: escape sequences go whole, not only their ESC.
    QTest::addRow("title with escapes")
        << QByteArray("<html><head><title>\x1b[31m502 Bad\x1b[0m Gateway\xe2\x80\xae</title></head></html>")
        << 502 << QStringLiteral("HTTP 502 from the server, not a Prometheus answer: 502 Bad Gateway");
    QTest::addRow("text with escapes")
        << QByteArray("\x1b]0;pwned\x07Service\x1b[2J down\r\n") << 503
        << QStringLiteral("HTTP 503 from the server, not a Prometheus answer: Service down");
    QTest::addRow("empty body") << QByteArray() << 504
                                << QStringLiteral("HTTP 504 from the server, with an empty body");
    QTest::addRow("gateway JSON")
        << QByteArray(R"({"message":"Unauthorized"})") << 401
        << QStringLiteral(R"(HTTP 401 from the server, not a Prometheus answer: {"message":"Unauthorized"})");
    QTest::addRow("success with 500")
        << fixture(QStringLiteral("vector_up.json")) << 500
        << QStringLiteral(
               "HTTP 500 from the server, not a Prometheus answer: "
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__)"
               "\u2026");
}

void TestResponseParser::httpErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);

    const QueryResult result = ResponseParser::parse(body, status, "text/html");
    QVERIFY(!result.ok);
    QCOMPARE(result.errorType, QStringLiteral("http"));
    QCOMPARE(result.error, message);
}

void TestResponseParser::notJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("SSO login page") << fixture(QStringLiteral("login_200.html"))
                                    << QByteArray("text/html; charset=utf-8")
                                    << QStringLiteral(
                                           "HTTP 200 with Content-Type text/html; charset=utf-8, not JSON");
    QTest::addRow("login page title") << fixture(QStringLiteral("login_200.html")) << QByteArray("text/html")
                                      << QStringLiteral("Sign in & continue");
    QTest::addRow("plain text") << QByteArray("OK: Prometheus Server is Healthy.\n")
                                << QByteArray("text/plain")
                                << QStringLiteral(
                                       "not JSON (is the URL the Prometheus server's base URL?): OK: "
                                       "Prometheus Server is Healthy.");
    QTest::addRow("content type with escapes")
        << QByteArray("hello") << QByteArray("text/plain\x1b[8m; charset=utf-8")
        << QStringLiteral("HTTP 200 with Content-Type text/plain; charset=utf-8, not JSON");
    QTest::addRow("no content type") << QByteArray("hello") << QByteArray()
                                     << QStringLiteral("no Content-Type");
    QTest::addRow("empty") << QByteArray() << QByteArray("application/json")
                           << QStringLiteral("empty answer");
    QTest::addRow("whitespace") << QByteArray(" \r\n\t") << QByteArray("application/json")
                                << QStringLiteral("empty answer");
    QTest::addRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6) << QByteArray("application/json")
                            << QStringLiteral("not JSON");
}

void TestResponseParser::notJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, fragment);

    const QueryResult result = ResponseParser::parse(body, 200, contentType);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorType, QStringLiteral("not_json"));
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
}

void TestResponseParser::truncated_data()
{
    QTest::addColumn<int>("length");

    const QByteArray body = fixture(QStringLiteral("matrix_multi.json"));
    for (const int length : {1, 10, 30, 100, 250, 1000, 1500, int(body.size()) - 10, int(body.size()) - 1})
        QTest::addRow("%d bytes", length) << length;
}

void TestResponseParser::truncated()
{
    QFETCH(int, length);

    const QByteArray body = fixture(QStringLiteral("matrix_multi.json")).left(length);
    const QueryResult result = ResponseParser::parse(body, 200, "application/json");
    QVERIFY(!result.ok);
    QCOMPARE(result.errorType, QStringLiteral("truncated"));
    QVERIFY2(result.error.contains(QLatin1String("stops after ") + QString::number(length) +
                                   QLatin1String(" bytes")),
             qPrintable(result.error));
    QVERIFY(result.series.empty());
}

void TestResponseParser::everyPrefix_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"vector_up.json", "matrix_range.json", "scalar.json", "string.json", "warnings.json",
          "special_values.json", "error_bad_data_400.json", "empty_matrix.json"})
        QTest::addRow("%s", file) << QString::fromLatin1(file);
}

void TestResponseParser::everyPrefix()
{
    QFETCH(QString, file);

    const QByteArray body = fixture(file);
    const bool complete = ResponseParser::parse(body).ok || file.startsWith(QLatin1String("error_"));
    QVERIFY(complete);
    for (qsizetype length = 0; length < body.size(); ++length) {
        const QueryResult result = ResponseParser::parse(QByteArrayView(body).first(length), 200);
        if (result.ok)
            QFAIL(qPrintable(QStringLiteral("a %1-byte prefix was accepted").arg(length)));
        const QString expected = length == 0 ? QStringLiteral("not_json") : QStringLiteral("truncated");
        if (result.errorType != expected || result.error.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 bytes: %2: %3").arg(length).arg(result.errorType, result.error)));
    }
}

void TestResponseParser::tooLarge()
{
    // A syntactically fine answer, so that only the size can be the reason to refuse it.
    const qsizetype size = 50 * 1024 * 1024;
    QByteArray body(R"({"status":"success","data":{"resultType":"vector","result":[]}})");
    body.append(size - body.size(), ' ');
    QCOMPARE(body.size(), size);

    QElapsedTimer timer;
    timer.start();
    const QueryResult result = ResponseParser::parse(body, 200, "application/json");
    QVERIFY(!result.ok);
    QCOMPARE(result.errorType, QStringLiteral("too_large"));
    QVERIFY2(result.error.contains(QLatin1String("52428800 bytes")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("33554432 bytes")), qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 50, "the size must be checked before any parsing");

    const QueryResult small = ResponseParser::parse(fixture(QStringLiteral("vector_up.json")), 200, {}, 100);
    QCOMPARE(small.errorType, QStringLiteral("too_large"));
    QCOMPARE(ResponseParser::parse(body.first(1000), 200, {}, 1000).errorType, QString());
}

void TestResponseParser::badShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");

    const auto vector = [](const QByteArray &series) -> QByteArray {
        return QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)") + series + "]}}";
    };
    const QByteArray good = R"({"metric":{"job":"a"},"value":[1700000000.123,"1.5"]},)";

    QTest::addRow("no data") << QByteArray(R"({"status":"success"})") << QStringLiteral("there is no data");
    QTest::addRow("data null") << QByteArray(R"({"status":"success","data":null})")
                               << QStringLiteral(
                                      "at data: expected an object with resultType and result, got null");
    QTest::addRow("no resultType") << QByteArray(R"({"status":"success","data":{"result":[]}})")
                                   << QStringLiteral("data has no resultType");
    QTest::addRow("no result") << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})")
                               << QStringLiteral("data has no result");
    QTest::addRow("unknown resultType")
        << QByteArray(R"({"status":"success","data":{"resultType":"histogram","result":[]}})")
        << QStringLiteral("at data.resultType: is \"histogram\", expected vector, matrix, scalar or string");
    QTest::addRow("no status") << QByteArray(R"({"data":{"resultType":"vector","result":[]}})")
                               << QStringLiteral("no \"status\"");
    QTest::addRow("odd status") << QByteArray(
                                       R"({"status":"partial","data":{"resultType":"vector","result":[]}})")
                                << QStringLiteral("status is \"partial\"");
    QTest::addRow("status not a string")
        << QByteArray(R"({"status":1})") << QStringLiteral("at status: expected a string, got 1");
    QTest::addRow("root array") << QByteArray("[1,2]") << QStringLiteral("not an object");
    QTest::addRow("result not an array")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})")
        << QStringLiteral("at data.result: expected an array, got an object");
    QTest::addRow("value not a pair")
        << vector(R"({"metric":{},"value":"1"})")
        << QStringLiteral("at data.result[0].value: expected a [time, \"value\"] pair, got \"1\"");
    QTest::addRow("value of three")
        << vector(R"({"metric":{},"value":[1,"1","2"]})")
        << QStringLiteral("at data.result[0].value: expected a [time, \"value\"] pair, got more than two");
    QTest::addRow("value of one")
        << vector(R"({"metric":{},"value":[1]})")
        << QStringLiteral("at data.result[0].value: expected a [time, \"value\"] pair, got 1 element");
    QTest::addRow("value is a number")
        << vector(R"({"metric":{},"value":[1,1.5]})")
        << QStringLiteral("at data.result[0].value[1]: expected a string holding the "
                          "sample value, got 1.5");
    QTest::addRow("value not numeric")
        << vector(good + good + good + R"({"metric":{},"value":[1,"abc"]})")
        << QStringLiteral("at data.result[3].value[1]: expected a number such as "
                          "\"1.5\", \"NaN\" or \"+Inf\", got \"abc\"");
    QTest::addRow("value empty") << vector(R"({"metric":{},"value":[1,""]})")
                                 << QStringLiteral("at data.result[0].value[1]: expected a number");
    QTest::addRow("value out of range")
        << vector(R"({"metric":{},"value":[1,"1e400"]})") << QStringLiteral("got \"1e400\"");
    QTest::addRow("time is a string")
        << vector(R"({"metric":{},"value":["1700000000","1"]})")
        << QStringLiteral("at data.result[0].value[0]: expected a number (the sample time)");
    QTest::addRow("no value") << vector(R"({"metric":{}})")
                              << QStringLiteral("at data.result[0]: has neither \"value\" nor \"values\"");
    QTest::addRow("label not a string")
        << vector(R"({"metric":{"job":5},"value":[1,"1"]})")
        << QStringLiteral("at data.result[0].metric.job: expected a string, got 5");
    QTest::addRow("series not an object")
        << vector(R"([1,"1"])") << QStringLiteral("at data.result[0]: expected a series");
    QTest::addRow("values in a vector")
        << vector(R"({"metric":{},"values":[[1,"1"]]})")
        << QStringLiteral("at data.result[0]: has \"values\", which does not fit resultType vector");
    QTest::addRow("matrix point bad")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"x"]]}]}})")
        << QStringLiteral("at data.result[0].values[1][1]: expected a number");
    QTest::addRow("matrix point not a pair")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],3]}]}})")
        << QStringLiteral("at data.result[0].values[1]: expected a [time, \"value\"] pair, got 3");
    QTest::addRow("native histogram")
        << vector(R"({"metric":{},"histogram":[1,{"count":"2","sum":"3","buckets":[]}]})")
        << QStringLiteral("native histogram");
    QTest::addRow("scalar not a pair")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[{"metric":{}}]}})")
        << QStringLiteral("at data.result[0]: expected a number (the sample time), got an object");
    QTest::addRow("warnings not strings")
        << QByteArray(R"({"status":"success","warnings":[1],"data":{"resultType":"vector","result":[]}})")
        << QStringLiteral("at warnings[0]: expected a string, got 1");
}

void TestResponseParser::badShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);

    const QueryResult result = ResponseParser::parse(body, 200, "application/json");
    QVERIFY2(!result.ok, body.constData());
    QCOMPARE(result.errorType, QStringLiteral("bad_shape"));
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    QVERIFY(result.series.empty());
}

void TestResponseParser::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("bare word") << QByteArray(R"({"status":success})") << QStringLiteral("not valid JSON");
    QTest::addRow("broken atom") << QByteArray(R"({"status":tru})") << QStringLiteral("at byte 10");
    QTest::addRow("trailing comma") << QByteArray(R"({"status":"success",})")
                                    << QStringLiteral("not valid JSON");
    QTest::addRow("two documents")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}}{})")
        << QStringLiteral("more text after the JSON object");
    QTest::addRow("bad number")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1.2.3,"1"]}]}})")
        << QStringLiteral("not valid JSON");
    QTest::addRow("invalid utf-8") << QByteArray("{\"status\":\"succ\xff\xfe\"}")
                                   << QStringLiteral("not valid JSON");
    QTest::addRow("unbalanced close")
        << QByteArray(R"({"status":"success"}]})") << QStringLiteral("not valid JSON");
}

void TestResponseParser::malformedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);

    const QueryResult result = ResponseParser::parse(body, 200, "application/json");
    QVERIFY(!result.ok);
    QCOMPARE(result.errorType, QStringLiteral("not_json"));
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
}

void TestResponseParser::sampleValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("1.5") << QByteArray("1.5") << true << 1.5;
    QTest::addRow("integer") << QByteArray("42") << true << 42.0;
    QTest::addRow("negative zero") << QByteArray("-0") << true << -0.0;
    QTest::addRow("exponent") << QByteArray("6.02214076e+23") << true << 6.02214076e23;
    QTest::addRow("small exponent") << QByteArray("1e-9") << true << 1e-9;
    QTest::addRow("max") << QByteArray("1.7976931348623157e+308") << true
                         << std::numeric_limits<double>::max();
    QTest::addRow("denormal") << QByteArray("5e-324") << true << std::numeric_limits<double>::denorm_min();
    QTest::addRow("leading plus") << QByteArray("+2") << true << 2.0;
    QTest::addRow("NaN") << QByteArray("NaN") << true << nan;
    QTest::addRow("+Inf") << QByteArray("+Inf") << true << inf;
    QTest::addRow("-Inf") << QByteArray("-Inf") << true << -inf;
    QTest::addRow("Inf") << QByteArray("Inf") << true << inf;
    QTest::addRow("empty") << QByteArray("") << false << 0.0;
    QTest::addRow("word") << QByteArray("abc") << false << 0.0;
    QTest::addRow("two signs") << QByteArray("+-1") << false << 0.0;
    QTest::addRow("trailing space") << QByteArray("1.5 ") << false << 0.0;
    QTest::addRow("leading space") << QByteArray(" 1.5") << false << 0.0;
    QTest::addRow("hex") << QByteArray("0x10") << false << 0.0;
    QTest::addRow("overflow") << QByteArray("1e400") << false << 0.0;
    QTest::addRow("nan payload") << QByteArray("nan(1)") << false << 0.0;
    QTest::addRow("comma decimal") << QByteArray("1,5") << false << 0.0;
}

void TestResponseParser::sampleValues()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(double, value);

    double parsed = 12345.0;
    QCOMPARE(ResponseParser::parseSampleValue(std::string_view(text.constData(), std::size_t(text.size())),
                                              parsed),
             ok);
    if (ok)
        QVERIFY2(sameDouble(parsed, value), qPrintable(QString::number(parsed, 'g', 17)));
    else
        QCOMPARE(parsed, 12345.0); // a failed parse never writes a made-up number
}

void TestResponseParser::largeMatrix()
{
    // The size the console must handle: 2,000 series x 240 points, about 13 MB.
    const int seriesCount = 2000;
    const int pointCount = 240;
    const QByteArray body = syntheticMatrix(seriesCount, pointCount);

    QElapsedTimer timer;
    timer.start();
    const QueryResult result = ResponseParser::parse(body, 200, "application/json");
    const qint64 elapsed = timer.elapsed();
    qInfo("parsed %lld bytes (%d x %d) in %lld ms", qlonglong(body.size()), seriesCount, pointCount, elapsed);

    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(int(result.series.size()), seriesCount);
    for (int s = 0; s < seriesCount; s += 397) {
        const auto &series = result.series.at(std::size_t(s));
        QCOMPARE(series.label(u"instance"), QStringLiteral("node-%1:9464").arg(s));
        QCOMPARE(int(series.samples.size()), pointCount);
        for (int p = 0; p < pointCount; ++p) {
            QCOMPARE(series.samples.at(std::size_t(p)).timestamp, 1700000000.0 + p * 15.0 + 0.125);
            QCOMPARE(series.samples.at(std::size_t(p)).value, s * 1000.0 + p + 0.5);
        }
    }
}

void TestResponseParser::serverTextCleaned_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("warnings");

    const auto error = [](const QByteArray &type, const QByteArray &message) -> QByteArray {
        return QByteArray(R"({"status":"error","errorType":")") + type + R"(","error":")" + message + "\"}";
    };
    QTest::addRow("escape sequences")
        << error("bad_data",
                 R"(\u001b[31mparse error\u001b[0m: \u001b]0;pwned\u0007unexpected \u001b[2J\u001b[H)")
        << 400 << QStringLiteral("bad_data")
        << QStringLiteral("Prometheus error (bad_data, HTTP 400): parse error: unexpected") << QStringList();
    QTest::addRow("CRLF and tabs") << error("execution", R"(line one\r\nline two\tand three\n)") << 422
                                   << QStringLiteral("execution")
                                   << QStringLiteral(
                                          "Prometheus error (execution, HTTP 422): line one line two "
                                          "and three")
                                   << QStringList();
    QTest::addRow("NUL") << error(R"(bad_\u0000data)", R"(boom\u0000)") << 400 << QStringLiteral("bad_data")
                         << QStringLiteral("Prometheus error (bad_data, HTTP 400): boom") << QStringList();
    QTest::addRow("bidi override") << error("bad_data", R"(label \u202eexe.txt\u202c is bad \u2066x\u2069)")
                                   << 400 << QStringLiteral("bad_data")
                                   << QStringLiteral(
                                          "Prometheus error (bad_data, HTTP 400): label exe.txt is bad x")
                                   << QStringList();
    QTest::addRow("errorType only controls")
        << error(R"(\u001b[0m\r\n)", "boom") << 500 << QStringLiteral("unknown")
        << QStringLiteral("Prometheus error (unknown, HTTP 500): boom") << QStringList();
    QTest::addRow("controls in warnings")
        << QByteArray(
               R"({"status":"success","warnings":["w\u0007one","two\nlines","\u001b[1mbold\u001b[0m"],"data":{"resultType":"vector","result":[]}})")
        << 200 << QString() << QString()
        << QStringList{QStringLiteral("wone"), QStringLiteral("two lines"), QStringLiteral("bold")};

    // 30 MB fit the default 32 MB limit: the answer parses, and its error is short.
    const qsizetype huge = 30 * 1024 * 1024;
    QByteArray hugeError = error("execution", QByteArray(huge, 'x'));
    QTest::addRow("30 MB error") << hugeError << 422 << QStringLiteral("execution")
                                 << QStringLiteral("Prometheus error (execution, HTTP 422): ") +
                                        QString(500, QLatin1Char('x')) +
                                        QStringLiteral("\u2026 (%1 more character(s))").arg(huge - 500)
                                 << QStringList();

    QByteArray many = R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":[)";
    for (int i = 0; i < 50; ++i)
        many += (i ? ",\"" : "\"") + QByteArray(400, 'w') + '"';
    many += "]}";
    QStringList kept(10, QString(300, QLatin1Char('w')) + QStringLiteral("\u2026 (100 more character(s))"));
    kept << QStringLiteral("\u2026 (40 more warning(s))");
    QTest::addRow("many warnings") << many << 200 << QString() << QString() << kept;
    QTest::addRow("many warnings on an error")
        << QByteArray(many).replace(R"("status":"success")", R"("status":"error","errorType":"timeout")")
        << 503 << QStringLiteral("timeout")
        << QStringLiteral("Prometheus error (timeout, HTTP 503): (no error message)") << kept;
}

void TestResponseParser::serverTextCleaned()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, error);
    QFETCH(QStringList, warnings);

    QElapsedTimer timer;
    timer.start();
    const QueryResult result = ResponseParser::parse(body, status, "application/json");
    qInfo("parsed %lld bytes in %lld ms", qlonglong(body.size()), timer.elapsed());
    QCOMPARE(result.ok, errorType.isEmpty());
    QCOMPARE(result.errorType, errorType);
    QCOMPARE(result.error, error);
    QCOMPARE(result.warnings, warnings);
}

void TestResponseParser::reusedBuffers_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray range = fixture(QStringLiteral("matrix_multi.json"));
    QTest::addRow("matrix") << range;
    QTest::addRow("vector") << fixture(QStringLiteral("vector_up.json"));
    QTest::addRow("truncated") << range.left(range.size() / 2);
    QTest::addRow("cut in a number") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1,"1)");
    QTest::addRow("malformed") << QByteArray(R"({"status":tru})");
    QTest::addRow("error") << fixture(QStringLiteral("error_bad_data_400.json"));
}

void TestResponseParser::reusedBuffers()
{
    // Each thread keeps its parser and padded input from one parse to the next. After a larger
    // answer full of digits has been through them, a smaller one must read exactly as it does on
    // a thread that never parsed anything.
    QFETCH(QByteArray, body);

    QueryResult fresh;
    std::thread([&fresh, &body] { fresh = ResponseParser::parse(body); }).join();
    QVERIFY(ResponseParser::parse(syntheticMatrix(50, 100)).ok);
    const QueryResult reused = ResponseParser::parse(body);

    QCOMPARE(reused.ok, fresh.ok);
    QCOMPARE(reused.errorType, fresh.errorType);
    QCOMPARE(reused.error, fresh.error);
    QCOMPARE(reused.warnings, fresh.warnings);
    QCOMPARE(reused.series.size(), fresh.series.size());
    for (std::size_t s = 0; s < fresh.series.size(); ++s) {
        QCOMPARE(reused.series[s].labels, fresh.series[s].labels);
        QCOMPARE(reused.series[s].samples.size(), fresh.series[s].samples.size());
        for (std::size_t p = 0; p < fresh.series[s].samples.size(); ++p) {
            QVERIFY(sameDouble(reused.series[s].samples[p].timestamp, fresh.series[s].samples[p].timestamp));
            QVERIFY(sameDouble(reused.series[s].samples[p].value, fresh.series[s].samples[p].value));
        }
    }
}

QTEST_APPLESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
