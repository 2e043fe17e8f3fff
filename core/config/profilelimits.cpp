#include "profilelimits.h"

#include "yamlreader.h"

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace slaops::config {
namespace {

// The length of the well-formed UTF-8 sequence at s[i], or 0 (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF).
int utf8Length(const unsigned char *s, qsizetype i, qsizetype size)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    int n = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the range allowed for the second byte
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (i + n > size || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (int k = 2; k < n; ++k)
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
    return n;
}

// Where `s` stops being plain UTF-8 text: a control character other than tab, LF and CR, or a malformed
// sequence.
struct Offence {
    qsizetype at = -1;
    bool malformed = false;
};

Offence firstOffence(const unsigned char *s, qsizetype size)
{
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return {i, false};
        const int n = utf8Length(s, i, size);
        if (n == 0)
            return {i, true};
        i += n;
    }
    return {};
}

class LimitingHandler final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        // The text was checked already, but escapes ("\0", "\e") can still write control characters.
        const Offence o =
            firstOffence(reinterpret_cast<const unsigned char *>(value.data()), qsizetype(value.size()));
        if (o.at >= 0 && !o.malformed)
            throw ProfileError(
                lineOf(mark), {},
                ProfileLimits::tr("a value holds control character 0x%1, written as an escape")
                    .arg(int(static_cast<unsigned char>(value[std::size_t(o.at)])), 2, 16, QLatin1Char('0')));
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        // yaml-cpp shares the aliased node, so loading stays cheap; but every reader that walks the
        // tree visits it once per alias, which is how nine lines expand to a billion values.
        const std::uint64_t size = anchor < m_sizes.size() ? m_sizes[anchor] : 0;
        if (size == 0)
            throw ProfileError(lineOf(mark), {},
                               ProfileLimits::tr("an alias refers to the node it is part of"));
        add(mark, size);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        std::uint64_t countAtStart;
    };

    static int lineOf(const YAML::Mark &mark) { return mark.line >= 0 ? mark.line + 1 : 1; }

    void add(const YAML::Mark &mark, std::uint64_t n)
    {
        m_count += n;
        if (m_count > ProfileLimits::MaxNodes)
            throw ProfileError(lineOf(mark), {},
                               ProfileLimits::tr("more than %1 values once aliases are expanded; not an SLA "
                                                 "profile")
                                   .arg(ProfileLimits::MaxNodes));
    }
    void remember(YAML::anchor_t anchor, std::uint64_t size)
    {
        if (anchor == YAML::NullAnchor)
            return;
        if (anchor >= m_sizes.size())
            m_sizes.resize(anchor + 1, 0);
        m_sizes[anchor] = size;
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        add(mark, 1);
        remember(anchor, 1);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        // Checked here, before yaml-cpp's parser recurses further (its own guard is at 500 levels).
        if (int(m_open.size()) >= ProfileLimits::MaxDepth)
            throw ProfileError(lineOf(mark), {},
                               ProfileLimits::tr("nested deeper than %1 levels; not an SLA profile")
                                   .arg(ProfileLimits::MaxDepth));
        add(mark, 1);
        m_open.push_back({anchor, m_count});
    }
    void close()
    {
        if (m_open.empty())
            return;
        const Open o = m_open.back();
        m_open.pop_back();
        remember(o.anchor, m_count - o.countAtStart + 1);
    }

    std::vector<Open> m_open;
    std::vector<std::uint64_t> m_sizes; // by anchor id; 0 while the anchored node is still open
    std::uint64_t m_count = 0;
};

} // namespace

void ProfileLimits::checkText(const QByteArray &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.constData());
    const Offence o = firstOffence(s, text.size());
    if (o.at < 0)
        return;
    int line = 1;
    int column = 1; // in characters, as an editor shows it
    for (qsizetype i = 0; i < o.at; ++i) {
        if (s[i] == '\n') {
            ++line;
            column = 1;
        } else if ((s[i] & 0xC0) != 0x80) {
            ++column;
        }
    }
    const unsigned char c = s[o.at];
    if (o.malformed)
        throw ProfileError(line, {},
                           tr("not valid UTF-8 (byte 0x%1 at column %2); save the profile as UTF-8")
                               .arg(int(c), 2, 16, QLatin1Char('0'))
                               .arg(column));
    if (c == 0)
        throw ProfileError(
            line, {}, tr("a NUL byte at column %1; a profile is UTF-8 text, not a binary file").arg(column));
    throw ProfileError(line, {},
                       tr("control character 0x%1 at column %2; a profile is plain UTF-8 text")
                           .arg(int(c), 2, 16, QLatin1Char('0'))
                           .arg(column));
}

void ProfileLimits::checkStructure(const QByteArray &text)
{
    std::istringstream in(text.toStdString());
    YAML::Parser parser(in);
    LimitingHandler handler;
    parser.HandleNextDocument(handler);
}

} // namespace slaops::config
