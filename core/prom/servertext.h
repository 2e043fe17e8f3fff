#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <string_view>

namespace slaops::prom {

// Text a server chose (Prometheus' error, errorType and warnings, a proxy's error page, later
// Alertmanager annotations) goes to a terminal, a label and a log. A hostile or broken server could
// otherwise move the cursor, retitle the terminal, reverse the line with a bidi override or send
// 30 MB of it. clean() makes such text safe to show:
// - ANSI / ECMA-48 escape sequences (CSI, OSC, DCS...) are removed whole, not just their ESC;
// - C0 and C1 control characters and DEL are removed; a run of whitespace with a line break or a
//   tab in it becomes one space, and there is no whitespace at either end;
// - bidi embeddings, overrides, isolates and marks, the BOM and invisible tag characters are
//   removed, so what is shown reads as what was sent;
// - the result has at most maxChars UTF-16 units of text; if there was more, it ends in an
//   ellipsis and says how many characters were cut.
// Everything else, including non-ASCII text and the spaces inside the text, is kept as it is.
class ServerText {
    Q_DECLARE_TR_FUNCTIONS(ServerText)

public:
    static constexpr qsizetype ErrorChars = 500;   // Prometheus' error and errorType
    static constexpr qsizetype WarningChars = 300; // each warning
    static constexpr qsizetype MaxWarnings = 10;   // more than this become one line that counts them

    static QString clean(QStringView text, qsizetype maxChars);
    // The same for UTF-8 (invalid sequences become U+FFFD). Only what is kept is decoded, so a
    // 30 MB text costs a count of its characters, never a 60 MB QString.
    static QString clean(std::string_view utf8, qsizetype maxChars);

    // The line that stands for warnings beyond MaxWarnings.
    static QString moreWarnings(qsizetype count);
};

} // namespace slaops::prom
