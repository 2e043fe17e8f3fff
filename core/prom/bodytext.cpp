#include "bodytext.h"

#include "servertext.h"

namespace slaops::prom {

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

std::size_t findNoCase(std::string_view haystack, std::string_view needle, std::size_t from = 0)
{
    if (needle.size() > haystack.size())
        return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
        std::size_t j = 0;
        while (j < needle.size() && asciiLower(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return i;
    }
    return std::string_view::npos;
}

} // namespace

QString BodyText::fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString BodyText::snippet(const QString &raw, qsizetype maxChars)
{
    // ServerText removes what must never reach a terminal (escape sequences whole, controls, bidi
    // overrides); a snippet is also one line of printable characters. The limit given to clean()
    // is the input's length, so it never cuts: the ellipsis below is the snippet's own.
    const QStringView head = QStringView(raw).left(maxChars * 4);
    const QString text = ServerText::clean(head, head.size()).simplified();
    QString out;
    out.reserve(maxChars + 1);
    for (const QChar c : text) {
        if (out.size() == maxChars) {
            out += QChar(0x2026); // the ellipsis tells the user there is more
            break;
        }
        if (c.isPrint() && c != QChar::ReplacementCharacter)
            out += c;
    }
    return out;
}

QString BodyText::snippet(std::string_view body, qsizetype maxChars)
{
    return snippet(fromUtf8(body.substr(0, std::size_t(maxChars) * 4)), maxChars);
}

QString BodyText::htmlTitle(std::string_view body)
{
    const std::string_view head = body.substr(0, 64 * 1024);
    const std::size_t open = findNoCase(head, "<title");
    if (open == std::string_view::npos)
        return {};
    const std::size_t start = head.find('>', open);
    if (start == std::string_view::npos)
        return {};
    const std::size_t end = findNoCase(head, "</title", start + 1);
    if (end == std::string_view::npos)
        return {};
    QString title = fromUtf8(head.substr(start + 1, end - start - 1)).simplified();
    title.replace(QLatin1String("&amp;"), QLatin1String("&"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"));
    return snippet(title, 120);
}

QString BodyText::summary(std::string_view body)
{
    const QString title = htmlTitle(body);
    return title.isEmpty() ? snippet(body) : title;
}

bool BodyText::endsInsideJson(std::string_view body)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool closedRoot = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (closedRoot)
                return false; // a second document after the first: malformed, not cut
            ++depth;
            break;
        case '}':
        case ']':
            if (--depth < 0)
                return false;
            if (depth == 0)
                closedRoot = true;
            break;
        default:
            break;
        }
    }
    return inString || depth > 0;
}

} // namespace slaops::prom
