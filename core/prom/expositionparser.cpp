#include "expositionparser.h"

#include "expositionfamilybuilder.h"
#include "expositionlexer.h"

#include <cstring>
#include <string>
#include <string_view>
#include <utility>

namespace slaops::prom {

namespace {

QString errorAt(int line, const std::string &message)
{
    return QString::fromStdString("line " + std::to_string(line) + ": " + message);
}

} // namespace

ExpositionResult ExpositionParser::parse(QByteArrayView text, qsizetype maxBytes)
{
    ExpositionResult result;
    if (text.size() > maxBytes) {
        result.error = QLatin1String("the exposition is ") + QString::number(text.size()) +
                       QLatin1String(" bytes, over the limit of ") + QString::number(maxBytes) +
                       QLatin1String(" bytes; is the target's URL really its /metrics/sla endpoint?");
        return result;
    }
    const std::string_view input(text.data(), std::size_t(text.size()));
    ExpositionLexer lexer;
    ExpositionFamilyBuilder builder;
    ExpositionLexer::Line line;
    int lineNumber = 0;
    std::size_t pos = 0;
    while (pos < input.size()) {
        const void *newline = std::memchr(input.data() + pos, '\n', input.size() - pos);
        const std::size_t end =
            newline ? std::size_t(static_cast<const char *>(newline) - input.data()) : input.size();
        std::string_view lineText = input.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        // The format says \n; a file saved on Windows or a proxy that rewrote line ends says \r\n.
        while (!lineText.empty() && lineText.back() == '\r')
            lineText.remove_suffix(1);
        if (!lexer.read(lineText, line)) {
            result.error = errorAt(lineNumber, lexer.error());
            return result;
        }
        bool added = true;
        switch (line.kind) {
        case ExpositionLexer::Kind::Nothing:
            break;
        case ExpositionLexer::Kind::Help:
            added = builder.addHelp(lineNumber, line.name, std::move(line.help));
            break;
        case ExpositionLexer::Kind::Type:
            added = builder.addType(lineNumber, line.name, line.type);
            break;
        case ExpositionLexer::Kind::Sample:
            added = builder.addSample(lineNumber, line);
            break;
        }
        if (!added) {
            result.error = errorAt(builder.errorLine(), builder.error());
            return result;
        }
    }
    if (!builder.finish()) {
        result.error = errorAt(builder.errorLine(), builder.error());
        return result;
    }
    result.ok = true;
    result.families = builder.takeFamilies();
    return result;
}

} // namespace slaops::prom
