#include "matching.h"

#include <QRegularExpression>

namespace slaops::alerts {

namespace {

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DontCaptureOption);
}

} // namespace

bool matches(const Matcher &m, const LabelSet &labels)
{
    const QString value = lookup(labels, m.name);
    bool hit = false;
    if (m.isRegex) {
        const QRegularExpression re = anchored(m.value);
        hit = re.isValid() && re.match(value).hasMatch();
    } else {
        hit = value == m.value;
    }
    return m.isEqual ? hit : !hit;
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

} // namespace slaops::alerts
