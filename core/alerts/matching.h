#pragma once

#include "alert.h"

namespace slaops::alerts {

// Alertmanager's matching rules: a regex matcher is anchored at both ends (^(?:re)$), a missing
// label matches as the empty string, every matcher of a silence must hold.
bool matches(const Matcher &m, const LabelSet &labels);
bool matchesAll(const std::vector<Matcher> &matchers, const LabelSet &labels);
// A regex Alertmanager would accept (RE2 and QRegularExpression differ only at the edges); empty
// when valid, else the reason.
QString regexError(const QString &pattern);

} // namespace slaops::alerts
