#pragma once

#include "snapshot.h"

#include <QJsonObject>

namespace slaops::engine {

// The snapshot as the JSON of `slaops check --json`; its schema is docs/check.schema.json. Field
// names are stable; numbers that are unknown are null, never 0.
class SnapshotJson {
public:
    static constexpr int SchemaVersion = 3;
    static QJsonObject toJson(const Snapshot &snapshot);
    static QJsonObject toJson(const Figure &figure);
    static QJsonObject toJson(const BudgetFigure &budget);
    static QJsonObject toJson(const struct Verdict &verdict);
};

} // namespace slaops::engine
