#pragma once

#include "alertbook.h"

#include <QJsonObject>
#include <vector>

namespace slaops::alerts {

// The book as the JSON of `slaops alerts --json` (docs/alerts.schema.json, docs/alerts-json.md).
// Field names are stable; unknown times are null.
class AlertBookJson {
public:
    static constexpr int SchemaVersion = 1;
    // `alerts`: the indices of the book's alerts to list (a filtered view); `firing` the count
    // the exit code is decided on.
    static QJsonObject toJson(const AlertBook &book, const std::vector<int> &alerts);
    static QJsonObject toJson(const BookAlert &alert, const AlertBook &book);
    static QJsonObject toJson(const BookSilence &silence, const AlertBook &book);
    static QJsonObject toJson(const InstanceHealth &health);

    static const char *statusName(BookAlert::Status status);
    static const char *stateName(Silence::State state);
    // "k=v", "k!=v", "k=~re", "k!~re", as amtool writes matchers.
    static QString matcherText(const Matcher &m);
};

} // namespace slaops::alerts
