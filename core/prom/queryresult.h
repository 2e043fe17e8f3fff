#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace slaops::prom {

// One sample as Prometheus sends it. Values keep NaN and +/-Inf: deciding what they mean is the
// caller's business (an SLA figure turns them into an error), the parser never turns them into zero.
struct Sample {
    double timestamp = 0; // seconds since the Unix epoch, with millisecond resolution
    double value = 0;
};

struct Series {
    std::vector<std::pair<QString, QString>> labels; // sorted by name, as Prometheus sends them
    std::vector<Sample> samples;                     // one for vector/scalar results, many for matrix

    QString label(QStringView name) const
    {
        for (const auto &[k, v] : labels)
            if (k == name)
                return v;
        return {};
    }
};

enum class ResultType { Vector, Matrix, Scalar, String };

// The outcome of parsing one /api/v1/query or /api/v1/query_range answer. Either ok with a result,
// or not ok with errorType (Prometheus' own errorType, or one of ours: "http", "not_json",
// "truncated", "too_large", "bad_shape") and a message fit to show a user.
struct QueryResult {
    bool ok = false;
    QString errorType;
    QString error;
    QStringList warnings;
    ResultType type = ResultType::Vector;
    // Vector/Matrix: one entry per series. Scalar: one entry, no labels, one sample. String: one
    // entry whose sample has the answer's time and a NaN value, the string itself being in text.
    std::vector<Series> series;
    QString text;
};

} // namespace slaops::prom
