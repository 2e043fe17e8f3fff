#include "metricselector.h"

#include <QCoreApplication>

namespace slaops::config {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(MetricSelector)
};

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_') || c == QLatin1Char(':');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

bool LabelMatcher::matches(const QString &v) const
{
    switch (op) {
    case Op::Equal:
        return v == value;
    case Op::NotEqual:
        return v != value;
    case Op::Regex:
        return regex.match(v).hasMatch();
    case Op::NotRegex:
        return !regex.match(v).hasMatch();
    }
    return false;
}

bool MetricSelector::parse(const QString &input, MetricSelector &out, QString *error, bool allowNameless)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString text = input.trimmed();
    MetricSelector sel;
    sel.m_text = text;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && (i == 0 ? isNameStart(text[i]) : isNameChar(text[i])))
        ++i;
    sel.name = text.left(i);
    qsizetype end = n;
    if (i < n && text[i] == QLatin1Char('{')) {
        ++i;
        if (!text.endsWith(QLatin1Char('}')))
            return fail(Text::tr("a '{' without its closing '}'"));
        end = n - 1;
    } else if (i < n) {
        // What looked like a name is the first label of a bare matcher list (region="eu").
        if (!allowNameless || text.contains(QLatin1Char('{')))
            return fail(Text::tr("expected a metric name, optionally followed by {label matchers}"));
        sel.name.clear();
        i = 0;
    }
    if (sel.name.isEmpty() && !allowNameless)
        return fail(Text::tr("a metric name is missing"));

    while (i < end) {
        while (i < end && (text[i].isSpace() || text[i] == QLatin1Char(',')))
            ++i;
        if (i >= end)
            break;
        const qsizetype start = i;
        while (i < end && isNameChar(text[i]))
            ++i;
        LabelMatcher m;
        m.label = text.mid(start, i - start);
        if (m.label.isEmpty() || !isNameStart(m.label[0]))
            return fail(Text::tr("expected a label name at \"%1\"").arg(text.mid(start, 20)));
        while (i < end && text[i].isSpace())
            ++i;
        const QStringView rest = QStringView(text).mid(i, end - i);
        if (rest.startsWith(u"=~")) {
            m.op = LabelMatcher::Op::Regex;
            i += 2;
        } else if (rest.startsWith(u"!~")) {
            m.op = LabelMatcher::Op::NotRegex;
            i += 2;
        } else if (rest.startsWith(u"!=")) {
            m.op = LabelMatcher::Op::NotEqual;
            i += 2;
        } else if (rest.startsWith(u"=")) {
            m.op = LabelMatcher::Op::Equal;
            i += 1;
        } else {
            return fail(Text::tr("expected =, !=, =~ or !~ after the label %1").arg(m.label));
        }
        while (i < end && text[i].isSpace())
            ++i;
        if (i >= end || (text[i] != QLatin1Char('"') && text[i] != QLatin1Char('\'')))
            return fail(Text::tr("the value of the label %1 must be quoted").arg(m.label));
        const QChar quote = text[i++];
        QString value;
        bool closed = false;
        while (i < end) {
            const QChar c = text[i++];
            if (c == QLatin1Char('\\') && i < end) {
                const QChar e = text[i++];
                value += e == QLatin1Char('n') ? QLatin1Char('\n') : e;
                continue;
            }
            if (c == quote) {
                closed = true;
                break;
            }
            value += c;
        }
        if (!closed)
            return fail(Text::tr("the value of the label %1 is not closed").arg(m.label));
        m.value = value;
        if (m.op == LabelMatcher::Op::Regex || m.op == LabelMatcher::Op::NotRegex) {
            // PromQL regexes are anchored at both ends.
            m.regex = QRegularExpression(QRegularExpression::anchoredPattern(value));
            if (!m.regex.isValid())
                return fail(Text::tr("the regular expression of the label %1 is not valid: %2")
                                .arg(m.label, m.regex.errorString()));
        }
        sel.matchers.push_back(std::move(m));
    }
    out = std::move(sel);
    return true;
}

} // namespace slaops::config
