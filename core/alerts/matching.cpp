#include "matching.h"

#include <algorithm>

namespace slaops::alerts {

namespace {

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DontCaptureOption);
}

bool holds(const Matcher &m, const QRegularExpression *re, const LabelSet &labels)
{
    const QString value = lookup(labels, m.name);
    bool hit = false;
    if (m.isRegex)
        hit = re && re->isValid() && re->match(value).hasMatch();
    else
        hit = value == m.value;
    return m.isEqual ? hit : !hit;
}

} // namespace

bool matches(const Matcher &m, const LabelSet &labels)
{
    if (!m.isRegex)
        return holds(m, nullptr, labels);
    const QRegularExpression re = anchored(m.value);
    return holds(m, &re, labels);
}

bool matchesAll(const std::vector<Matcher> &matchers, const LabelSet &labels)
{
    for (const Matcher &m : matchers)
        if (!matches(m, labels))
            return false;
    return true;
}

QString regexError(const QString &pattern)
{
    const QRegularExpression re = anchored(pattern);
    return re.isValid() ? QString() : re.errorString();
}

MatcherSet::MatcherSet(std::vector<Matcher> matchers)
    : m_matchers(std::move(matchers))
{
    // All must hold, in any order: the cheap equality tests first, so most alerts never reach a regex.
    std::stable_partition(m_matchers.begin(), m_matchers.end(), [](const Matcher &m) { return !m.isRegex; });
    m_regexes.reserve(m_matchers.size());
    for (const Matcher &m : m_matchers) {
        if (!m.isRegex) {
            m_regexes.emplace_back();
            continue;
        }
        QRegularExpression re = anchored(m.value);
        re.optimize();
        if (!re.isValid() && m_error.isEmpty())
            m_error = re.errorString();
        m_regexes.push_back(std::move(re));
    }
}

bool MatcherSet::matches(const LabelSet &labels) const
{
    for (std::size_t i = 0; i < m_matchers.size(); ++i)
        if (!holds(m_matchers[i], &m_regexes[i], labels))
            return false;
    return true;
}

} // namespace slaops::alerts
