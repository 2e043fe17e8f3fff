#pragma once

#include "alert.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace slaops::alerts {

// Matchers as people type them, as amtool does: name=value, name!=value, name=~regex,
// name!~regex; the value may be in double quotes (name="a b"). The inverse of
// AlertBookJson::matcherText.
class MatcherText {
    Q_DECLARE_TR_FUNCTIONS(MatcherText)

public:
    // The matcher, or nothing with *error saying why.
    static std::optional<Matcher> parse(const QString &text, QString *error);
};

} // namespace slaops::alerts
