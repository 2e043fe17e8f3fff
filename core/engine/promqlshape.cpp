#include "promqlshape.h"

#include "prom/responseparser.h"

#include <QStringList>

namespace slaops::engine {

namespace {

bool isOpener(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{';
}

bool isCloser(QChar c)
{
    return c == u')' || c == u']' || c == u'}';
}

QChar closerOf(QChar c)
{
    return c == u'(' ? u')' : c == u'[' ? u']' : u'}';
}

bool isWordStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
}

bool isWordChar(QChar c)
{
    return isWordStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// If s[i] opens a string or a comment, the index just after it; i when it does not; -1 when it is
// unterminated. Strings matter because label values may hold any character: {x="a(b)"} or "a/b".
qsizetype skipQuotedOrComment(QStringView s, qsizetype i)
{
    const QChar c = s[i];
    if (c == u'#') {
        const qsizetype nl = s.indexOf(u'\n', i);
        return nl < 0 ? s.size() : nl + 1;
    }
    if (c != u'"' && c != u'\'' && c != u'`')
        return i;
    // Backquoted strings are raw; the other two know backslash escapes.
    for (qsizetype j = i + 1; j < s.size(); ++j) {
        if (s[j] == u'\\' && c != u'`')
            ++j;
        else if (s[j] == c)
            return j + 1;
    }
    return -1;
}

// The index of the bracket closing the one at `open`, or -1.
qsizetype matchingClose(QStringView s, qsizetype open)
{
    std::vector<QChar> stack;
    for (qsizetype i = open; i < s.size();) {
        const qsizetype j = skipQuotedOrComment(s, i);
        if (j < 0)
            return -1;
        if (j != i) {
            i = j;
            continue;
        }
        const QChar c = s[i];
        if (isOpener(c)) {
            stack.push_back(closerOf(c));
        } else if (isCloser(c)) {
            if (stack.empty() || stack.back() != c)
                return -1;
            stack.pop_back();
            if (stack.empty())
                return i;
        }
        ++i;
    }
    return -1;
}

// The text between commas at depth 0 (the arguments of a call, without its parentheses).
std::optional<std::vector<QStringView>> splitArguments(QStringView s)
{
    std::vector<QStringView> args;
    qsizetype start = 0;
    int depth = 0;
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype j = skipQuotedOrComment(s, i);
        if (j < 0)
            return std::nullopt;
        if (j != i) {
            i = j;
            continue;
        }
        const QChar c = s[i];
        if (isOpener(c))
            ++depth;
        else if (isCloser(c))
            --depth;
        else if (c == u',' && depth == 0) {
            args.push_back(s.mid(start, i - start).trimmed());
            start = i + 1;
        }
        if (depth < 0)
            return std::nullopt;
        ++i;
    }
    args.push_back(s.mid(start).trimmed());
    return args;
}

std::optional<double> numberLiteral(QStringView s)
{
    const QByteArray text = s.trimmed().toLatin1();
    double v = 0;
    if (text.isEmpty() || !prom::ResponseParser::parseSampleValue(text.toStdString(), v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<QString> PromqlShape::stripOuter(QStringView promql)
{
    // Comments out first: a '#' in a comment could otherwise hide a closing parenthesis.
    QString text;
    text.reserve(promql.size());
    for (qsizetype i = 0; i < promql.size();) {
        const qsizetype j = skipQuotedOrComment(promql, i);
        if (j < 0)
            return std::nullopt;
        if (j == i) {
            text += promql[i++];
        } else {
            if (promql[i] == u'#')
                text += QLatin1Char(' ');
            else
                text += promql.mid(i, j - i);
            i = j;
        }
    }
    QStringView s = QStringView(text).trimmed();
    if (s.isEmpty() || !topLevelOperators(s))
        return std::nullopt;
    while (s.startsWith(u'(') && matchingClose(s, 0) == s.size() - 1)
        s = s.mid(1, s.size() - 2).trimmed();
    return s.toString();
}

std::optional<std::vector<PromqlShape::Operator>> PromqlShape::topLevelOperators(QStringView s)
{
    static const QStringList wordOperators{QStringLiteral("and"), QStringLiteral("or"),
                                           QStringLiteral("unless"), QStringLiteral("atan2")};
    std::vector<Operator> ops;
    std::vector<QChar> stack;
    // Whether the last thing at depth 0 ends an operand: a following + or - is then binary.
    bool operand = false;
    for (qsizetype i = 0; i < s.size();) {
        const qsizetype j = skipQuotedOrComment(s, i);
        if (j < 0)
            return std::nullopt;
        if (j != i) {
            if (s[i] != u'#' && stack.empty())
                operand = true;
            i = j;
            continue;
        }
        const QChar c = s[i];
        if (isOpener(c)) {
            stack.push_back(closerOf(c));
            ++i;
            continue;
        }
        if (isCloser(c)) {
            if (stack.empty() || stack.back() != c)
                return std::nullopt;
            stack.pop_back();
            if (stack.empty())
                operand = true;
            ++i;
            continue;
        }
        if (!stack.empty() || c.isSpace()) {
            ++i;
            continue;
        }
        if (isDigit(c) || (c == u'.' && i + 1 < s.size() && isDigit(s[i + 1]))) {
            // A number or a duration; the sign of an exponent (1e-3) belongs to it.
            qsizetype k = i;
            const bool hex = c == u'0' && i + 1 < s.size() && (s[i + 1] == u'x' || s[i + 1] == u'X');
            while (k < s.size()) {
                if (isWordChar(s[k]) || s[k] == u'.') {
                    ++k;
                } else if (!hex && (s[k] == u'+' || s[k] == u'-') && (s[k - 1] == u'e' || s[k - 1] == u'E') &&
                           k + 1 < s.size() && isDigit(s[k + 1])) {
                    ++k;
                } else {
                    break;
                }
            }
            operand = true;
            i = k;
            continue;
        }
        if (isWordStart(c)) {
            qsizetype k = i;
            while (k < s.size() && isWordChar(s[k]))
                ++k;
            const QString word = s.mid(i, k - i).toString().toLower();
            if (operand && wordOperators.contains(word)) {
                ops.push_back({i, word});
                operand = false;
            } else if (word == QLatin1String("offset") || word == QLatin1String("bool") ||
                       word == QLatin1String("on") || word == QLatin1String("ignoring") ||
                       word == QLatin1String("group_left") || word == QLatin1String("group_right") ||
                       word == QLatin1String("by") || word == QLatin1String("without")) {
                // Modifiers: what follows them is not the right side of a + or -.
                operand = false;
            } else {
                operand = true;
            }
            i = k;
            continue;
        }
        if (c == u',')
            return std::nullopt; // a comma outside any call
        const QStringView two = s.mid(i, 2);
        if (two == u"==" || two == u"!=" || two == u"<=" || two == u">=") {
            ops.push_back({i, two.toString()});
            operand = false;
            i += 2;
            continue;
        }
        if (c == u'+' || c == u'-') {
            if (operand)
                ops.push_back({i, QString(c)});
            operand = false;
            ++i;
            continue;
        }
        if (c == u'*' || c == u'/' || c == u'%' || c == u'^' || c == u'<' || c == u'>') {
            ops.push_back({i, QString(c)});
            operand = false;
            ++i;
            continue;
        }
        if (c == u'@') {
            operand = false;
            ++i;
            continue;
        }
        return std::nullopt; // nothing PromQL knows at the top level
    }
    if (!stack.empty())
        return std::nullopt;
    return ops;
}

std::optional<PromqlShape::QuantileParts> PromqlShape::splitHistogramQuantile(QStringView promql)
{
    const std::optional<QString> stripped = stripOuter(promql);
    if (!stripped)
        return std::nullopt;
    const QStringView s(*stripped);
    static const QString name = QStringLiteral("histogram_quantile");
    if (!s.startsWith(name))
        return std::nullopt;
    qsizetype open = name.size();
    while (open < s.size() && s[open].isSpace())
        ++open;
    if (open >= s.size() || s[open] != u'(' || matchingClose(s, open) != s.size() - 1)
        return std::nullopt;
    const auto args = splitArguments(s.mid(open + 1, s.size() - open - 2));
    if (!args || args->size() != 2 || (*args)[1].isEmpty())
        return std::nullopt;
    const std::optional<double> q = numberLiteral((*args)[0]);
    if (!q)
        return std::nullopt;
    return QuantileParts{*q, (*args)[1].toString()};
}

std::optional<PromqlShape::RatioParts> PromqlShape::splitRatio(QStringView promql)
{
    const std::optional<QString> stripped = stripOuter(promql);
    if (!stripped)
        return std::nullopt;
    const QStringView s(*stripped);
    const auto ops = topLevelOperators(s);
    if (!ops || ops->empty())
        return std::nullopt;

    // c - A / B: the subtraction binds last, so it comes first at the top level.
    if (ops->front().op == QLatin1String("-")) {
        const std::optional<double> c = numberLiteral(s.left(ops->front().pos));
        if (!c)
            return std::nullopt;
        std::optional<RatioParts> inner = splitRatio(s.mid(ops->front().pos + 1));
        if (!inner || inner->complement)
            return std::nullopt;
        inner->complement = true;
        inner->constant = *c;
        return inner;
    }
    if (ops->size() != 1 || ops->front().op != QLatin1String("/"))
        return std::nullopt;

    RatioParts parts;
    parts.numerator = s.left(ops->front().pos).trimmed().toString();
    QStringView rest = s.mid(ops->front().pos + 1).trimmed();
    // Vector matching: "/ on (a) group_left (b) B". Kept aside; each side is evaluated on its own.
    const auto takeWord = [&rest](QLatin1StringView word) {
        if (!rest.startsWith(word, Qt::CaseInsensitive) ||
            (rest.size() > word.size() && isWordChar(rest[word.size()])))
            return false;
        rest = rest.mid(word.size()).trimmed();
        return true;
    };
    const auto takeParens = [&rest]() {
        if (!rest.startsWith(u'('))
            return false;
        const qsizetype close = matchingClose(rest, 0);
        if (close < 0)
            return false;
        rest = rest.mid(close + 1).trimmed();
        return true;
    };
    const qsizetype before = rest.size();
    const QStringView whole = rest;
    if (takeWord(QLatin1StringView("on")) || takeWord(QLatin1StringView("ignoring"))) {
        if (!takeParens())
            return std::nullopt;
        if (takeWord(QLatin1StringView("group_left")) || takeWord(QLatin1StringView("group_right")))
            takeParens();
        parts.matching = whole.left(before - rest.size()).trimmed().toString();
    }
    parts.denominator = rest.toString();
    if (parts.numerator.isEmpty() || parts.denominator.isEmpty())
        return std::nullopt;
    return parts;
}

} // namespace slaops::engine
