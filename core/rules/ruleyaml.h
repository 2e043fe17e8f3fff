#pragma once

#include <QString>
#include <QStringView>

namespace slaops::rules {

// The text pieces of a Prometheus rule file that QtCore cannot write for us (it has no YAML writer):
// every string is emitted double-quoted, so that a query or a label value is never read as YAML
// syntax whatever it holds (colons, '#', leading '-', quotes, newlines, "no", "1e3").
class RuleYaml {
public:
    // `s` as a YAML double-quoted scalar: backslash, quote, control characters, the Unicode line and
    // paragraph separators and the BOM escaped; lone surrogates become U+FFFD (YAML cannot carry them).
    static QString quoted(QStringView s);
    // Literal text inside a Go template (alert labels and annotations are expanded as templates):
    // every "{{" is written as {{ "{{" }}, so a name holding one cannot start a template action.
    static QString templateLiteral(QStringView s);
    // Text for a "# ..." comment line: line breaks and other control characters become spaces, so that
    // the comment cannot end early and turn the rest of the text into YAML.
    static QString commentText(QStringView s);
};

} // namespace slaops::rules
