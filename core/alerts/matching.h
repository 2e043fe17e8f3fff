#pragma once

#include "alert.h"

#include <QRegularExpression>
#include <vector>

namespace slaops::alerts {

// Alertmanager's matching rules: a regex matcher is anchored at both ends (^(?:re)$), a missing
// label matches as the empty string, every matcher of a silence must hold.
bool matches(const Matcher &m, const LabelSet &labels);
bool matchesAll(const std::vector<Matcher> &matchers, const LabelSet &labels);
// A regex Alertmanager would accept (RE2 and QRegularExpression differ only at the edges); empty
// when valid, else the reason.
QString regexError(const QString &pattern);

// The matchers of one silence with their regexes compiled once, for matching many alerts (the
// book counts each silence's alerts at every refresh; compiling per alert would dominate).
class MatcherSet {
public:
    explicit MatcherSet(std::vector<Matcher> matchers);

    bool matches(const LabelSet &labels) const;
    // The first invalid regex's reason; empty when all are valid. An invalid regex matches nothing.
    const QString &error() const { return m_error; }

private:
    std::vector<Matcher> m_matchers;
    std::vector<QRegularExpression> m_regexes; // one per matcher; unused for equality matchers
    QString m_error;
};

} // namespace slaops::alerts
