#pragma once

#include "snapshot.h"

#include <QJsonObject>

namespace slaops::engine {

// The snapshot as the JSON of `slaops check --json`; its schema is docs/check.schema.json. Field
// names are stable; numbers that are unknown are null, never 0.
class SnapshotJson {
public:
    static constexpr int SchemaVersion = 1;
    static QJsonObject toJson(const Snapshot &snapshot);
    static QJsonObject toJson(const Figure &figure);
    static QJsonObject toJson(const BudgetFigure &budget);
};

} // namespace slaops::engine
