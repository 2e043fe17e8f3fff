#pragma once

#include <QRegularExpression>
#include <QString>
#include <utility>
#include <vector>

namespace slaops::config {

// One label matcher, as PromQL writes it: label="v", label!="v", label=~"re", label!~"re".
struct LabelMatcher {
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    QString label;
    Op op = Op::Equal;
    QString value;
    QRegularExpression regex; // anchored, for Regex and NotRegex

    // An absent label matches as the empty string, as in PromQL.
    bool matches(const QString &labelValue) const;
};

// A metric name with matchers, `erlmcp_errors_total` or `http_requests_total{code=~"5.."}`: what the
// direct scrape reads of a node's page, and what region selectors say of a node.
struct MetricSelector {
    QString name; // empty for a bare matcher list (a region selector)
    std::vector<LabelMatcher> matchers;

    bool isEmpty() const { return name.isEmpty() && matchers.empty(); }
    // True when every matcher holds for these labels; labels not listed read as empty.
    template <typename Lookup> bool matches(Lookup &&labelValue) const
    {
        for (const LabelMatcher &m : matchers)
            if (!m.matches(labelValue(m.label)))
                return false;
        return true;
    }
    QString text() const { return m_text; }

    // Parses `name{matchers}`, `name`, or with allowNameless a bare `a="b",c=~"d"` (a region's
    // selector, written without braces). Returns false with a reason in `error`.
    static bool parse(const QString &text, MetricSelector &out, QString *error, bool allowNameless = false);

private:
    QString m_text;
};

} // namespace slaops::config
