#pragma once

#include <QString>
#include <string_view>

namespace slaops::prom {

// Puts a body that is not the answer we expected (an HTML error page, a login form, JSON cut
// short) into words for one line of an error message. Internal to ResponseParser's reader.
class BodyText {
public:
    static QString fromUtf8(std::string_view text);

    // The start of a body that is not what we expected, fit for one line of an error message: invalid
    // UTF-8, escape sequences, control and bidi characters dropped (see ServerText), whitespace
    // collapsed, at most maxChars characters.
    static QString snippet(const QString &raw, qsizetype maxChars = 80);
    static QString snippet(std::string_view body, qsizetype maxChars = 80);

    // Proxies and load balancers answer errors with an HTML page whose <title> says it all
    // ("502 Bad Gateway"); that is more useful to the user than the page's first bytes.
    static QString htmlTitle(std::string_view body);

    // The page's title if it has one, otherwise its start.
    static QString summary(std::string_view body);

    // True if the body stops while its JSON is still open (inside a string, an object or an array):
    // that is a cut connection or a size limit somewhere, which the user fixes differently from a
    // server that sends malformed JSON. Only called on the error path, so a plain loop is fine.
    static bool endsInsideJson(std::string_view body);
};

} // namespace slaops::prom
