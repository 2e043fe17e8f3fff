#include "matchertext.h"

#include "matching.h"

namespace slaops::alerts {

std::optional<Matcher> MatcherText::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Matcher>();
    };
    // A label name: [a-zA-Z_][a-zA-Z0-9_]*, as Prometheus defines it.
    qsizetype i = 0;
    while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == QLatin1Char('_')) &&
           text[i].unicode() < 128)
        ++i;
    const QString name = text.left(i);
    if (name.isEmpty() || name[0].isDigit())
        return fail(
            tr("\"%1\" does not start with a label name (expected name=value, name!=value, name=~regex "
               "or name!~regex)")
                .arg(text));
    Matcher m;
    m.name = name;
    const QStringView rest = QStringView(text).mid(i);
    qsizetype opLength = 0;
    if (rest.startsWith(u"=~")) {
        m.isRegex = true;
        opLength = 2;
    } else if (rest.startsWith(u"!~")) {
        m.isRegex = true;
        m.isEqual = false;
        opLength = 2;
    } else if (rest.startsWith(u"!=")) {
        m.isEqual = false;
        opLength = 2;
    } else if (rest.startsWith(u"=")) {
        opLength = 1;
    } else {
        return fail(tr("\"%1\" has no operator after the label name (expected =, !=, =~ or !~)").arg(text));
    }
    QString value = rest.mid(opLength).toString();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
    m.value = value;
    if (m.isRegex)
        if (const QString e = regexError(m.value); !e.isEmpty())
            return fail(tr("the regex of \"%1\" is invalid: %2").arg(text, e));
    return m;
}

} // namespace slaops::alerts
