#include "servertext.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>

namespace slaops::prom {

namespace {

constexpr char32_t Esc = 0x1b;
constexpr char32_t Replacement = 0xfffd;

bool isLineBreakOrTab(char32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Characters that are never shown: controls, and the invisible ones that change how the text
// around them reads (bidi controls, the BOM, tags) or are not characters at all (lone surrogates).
bool isDropped(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff ||
           (c >= 0xd800 && c <= 0xdfff) || c == 0xe0001 || (c >= 0xe0020 && c <= 0xe007f);
}

// One pass over the text, one code point at a time, so that a UTF-8 source is decoded only as far
// as the output needs. The escape-sequence states follow ECMA-48, which terminals implement.
class Cleaner {
public:
    explicit Cleaner(qsizetype maxChars)
        : m_max(std::max<qsizetype>(maxChars, 0))
    {
        m_out.reserve(std::min<qsizetype>(m_max, 512));
    }

    // False once the output is full and c would have added to it: c and everything after are cut.
    bool add(char32_t c)
    {
        for (;;) {
            switch (m_state) {
            case State::Text:
                return addText(c);
            case State::Esc:
                if (c == '[') {
                    enter(State::Csi);
                } else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
                    enter(State::String);
                } else if (c >= 0x20 && c <= 0x2f) {
                    enter(State::EscIntermediate);
                } else if (c >= 0x30 && c <= 0x7e) {
                    m_state = State::Text; // a two-character sequence such as ESC c
                } else {
                    m_state = State::Text; // a lone ESC; c is text again
                    continue;
                }
                return true;
            case State::EscIntermediate:
            case State::Csi: {
                // Parameter and intermediate bytes, then one final byte. Anything else ends the
                // sequence early, and so does a length no terminal would accept (so that a stray
                // "ESC [" cannot swallow the rest of a message).
                const bool csi = m_state == State::Csi;
                const bool more = csi ? (c >= 0x20 && c <= 0x3f) : (c >= 0x20 && c <= 0x2f);
                const bool final = csi ? (c >= 0x40 && c <= 0x7e) : (c >= 0x30 && c <= 0x7e);
                if (more && ++m_sequenceLength <= MaxSequence)
                    return true;
                m_state = State::Text;
                if (final)
                    return true;
                continue;
            }
            case State::String:
                // OSC, DCS, SOS, PM and APC run to BEL or ST (ESC \ or 0x9c).
                if (c == 0x07 || c == 0x9c) {
                    m_state = State::Text;
                    return true;
                }
                if (c == Esc) {
                    m_state = State::StringEsc;
                    return true;
                }
                if (((c >= 0x08 && c <= 0x0d) || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f))) &&
                    ++m_sequenceLength <= MaxString)
                    return true;
                m_state = State::Text;
                continue;
            case State::StringEsc:
                if (c == '\\') {
                    m_state = State::Text;
                    return true;
                }
                m_state = State::Esc; // the ESC starts a sequence of its own
                continue;
            }
        }
    }

    // The result, with note of what was cut if add() said so; cutChars is how many characters
    // of the input that was.
    QString finish(bool cut, qint64 cutChars)
    {
        if (cut) {
            m_out += QChar(0x2026) + QLatin1Char(' ') +
                     ServerText::tr("(%n more character(s))", "text cut off",
                                    int(std::min<qint64>(std::max<qint64>(cutChars, 1), INT_MAX)));
        }
        return std::move(m_out);
    }

private:
    enum class State { Text, Esc, EscIntermediate, Csi, String, StringEsc };
    static constexpr int MaxSequence = 64;
    static constexpr int MaxString = 4096;

    void enter(State state)
    {
        m_state = state;
        m_sequenceLength = 0;
    }

    bool addText(char32_t c)
    {
        if (c == Esc) {
            m_state = State::Esc;
            return true;
        }
        if (c == 0x9b) {
            enter(State::Csi);
            return true;
        }
        if (c == 0x90 || c == 0x98 || c == 0x9d || c == 0x9e || c == 0x9f) {
            enter(State::String);
            return true;
        }
        // Whitespace waits for the next character that is shown, so that none is left at either
        // end; a run with a line break or tab in it becomes one space, a run of spaces stays.
        if (c == ' ') {
            ++m_pendingSpaces;
            return true;
        }
        if (isLineBreakOrTab(c)) {
            m_pendingBreak = true;
            return true;
        }
        if (isDropped(c))
            return true;
        const qsizetype spaces = m_out.isEmpty() ? 0 : m_pendingBreak ? 1 : m_pendingSpaces;
        if (m_out.size() + spaces + (c > 0xffff ? 2 : 1) > m_max)
            return false;
        for (qsizetype i = 0; i < spaces; ++i)
            m_out += QLatin1Char(' ');
        m_pendingSpaces = 0;
        m_pendingBreak = false;
        if (c > 0xffff) {
            m_out += QChar(QChar::highSurrogate(c));
            m_out += QChar(QChar::lowSurrogate(c));
        } else {
            m_out += QChar(char16_t(c));
        }
        return true;
    }

    qsizetype m_max;
    QString m_out;
    State m_state = State::Text;
    int m_sequenceLength = 0;
    qsizetype m_pendingSpaces = 0;
    bool m_pendingBreak = false;
};

// Decodes one code point at text[i], advancing i; an invalid sequence is one U+FFFD per byte, as
// QString::fromUtf8 does.
char32_t nextUtf8(std::string_view text, std::size_t &i)
{
    const auto byte = [&text](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    std::size_t length = 0;
    char32_t c = 0;
    char32_t min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        c = lead & 0x1f;
        min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        c = lead & 0x0f;
        min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        c = lead & 0x07;
        min = 0x10000;
    } else {
        ++i;
        return Replacement;
    }
    if (i + length > text.size()) {
        ++i;
        return Replacement;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xc0) != 0x80) {
            ++i;
            return Replacement;
        }
        c = (c << 6) | (next & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
        ++i;
        return Replacement;
    }
    i += length;
    return c;
}

// Characters in UTF-8 text: every byte that does not continue a sequence. Eight bytes at a time,
// because this is what runs over the rest of a 30 MB text.
qint64 utf8Characters(std::string_view text)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t evenBytes = 0x00ff00ff00ff00ffULL;
    qint64 continuation = 0;
    std::size_t i = 0;
    while (i + 8 <= text.size()) {
        // One counter per byte lane, 1 for each continuation byte (10xxxxxx) seen in that lane;
        // 255 rounds at most, so that no lane overflows before they are summed.
        std::uint64_t lanes = 0;
        for (int round = 0; round < 255 && i + 8 <= text.size(); ++round, i += 8) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, sizeof word);
            lanes += ((word & ~(word << 1)) >> 7) & ones;
        }
        const std::uint64_t pairs = (lanes & evenBytes) + ((lanes >> 8) & evenBytes); // four 16-bit sums
        continuation += qint64((pairs * 0x0001000100010001ULL) >> 48);
    }
    for (; i < text.size(); ++i)
        continuation += (static_cast<unsigned char>(text[i]) & 0xc0) == 0x80;
    return qint64(text.size()) - continuation;
}

qint64 utf16Characters(QStringView text)
{
    qint64 lowSurrogates = 0;
    for (const QChar c : text)
        lowSurrogates += c.isLowSurrogate();
    return text.size() - lowSurrogates;
}

// How far into a text to look for what to show. What is shown is the start of the text; a text
// that is still only escape sequences and controls this far in is cut here, so that 30 MB of them
// cost a count of characters and not a walk through every one.
qsizetype scanLimit(qsizetype maxChars)
{
    return std::max<qsizetype>(maxChars * 16, 64 * 1024);
}

} // namespace

QString ServerText::clean(QStringView text, qsizetype maxChars)
{
    Cleaner cleaner(maxChars);
    const qsizetype limit = scanLimit(maxChars);
    for (qsizetype i = 0, scanned = 0; i < text.size(); ++i, ++scanned) {
        const qsizetype start = i;
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        if (scanned == limit || !cleaner.add(c))
            return cleaner.finish(true, utf16Characters(text.sliced(start)));
    }
    return cleaner.finish(false, 0);
}

QString ServerText::clean(std::string_view utf8, qsizetype maxChars)
{
    Cleaner cleaner(maxChars);
    const qsizetype limit = scanLimit(maxChars);
    qsizetype scanned = 0;
    for (std::size_t i = 0; i < utf8.size(); ++scanned) {
        const std::size_t start = i;
        if (scanned == limit || !cleaner.add(nextUtf8(utf8, i)))
            return cleaner.finish(true, utf8Characters(utf8.substr(start)));
    }
    return cleaner.finish(false, 0);
}

QString ServerText::moreWarnings(qsizetype count)
{
    return QChar(0x2026) + QLatin1Char(' ') +
           tr("(%n more warning(s))", "warnings cut off", int(std::min<qsizetype>(count, INT_MAX)));
}

} // namespace slaops::prom
