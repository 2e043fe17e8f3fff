#include "ruleyaml.h"

namespace slaops::rules {

namespace {

bool breaksLine(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

} // namespace

QString RuleYaml::quoted(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            out += s[i];
            out += s[++i];
            continue;
        }
        if (QChar::isSurrogate(c)) {
            out += QChar(0xfffd);
            continue;
        }
        switch (c) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (breaksLine(c))
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += QChar(c);
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString RuleYaml::templateLiteral(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'{' && i + 1 < s.size() && s[i + 1] == u'{') {
            out += QLatin1String("{{ \"{{\" }}");
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

QString RuleYaml::commentText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out += breaksLine(c.unicode()) ? QLatin1Char(' ') : c;
    return out;
}

} // namespace slaops::rules
