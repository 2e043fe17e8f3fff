#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>

namespace slaops::config {

// A profile is a page of YAML written by a person. These bounds are far above any real profile and far
// below what would let a hostile file (/dev/zero, a billion laughs, a 100,000-deep [[[...) hold the
// console: past them the file is refused before anything walks it.
class ProfileLimits {
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    static constexpr qsizetype MaxBytes = 1024 * 1024;
    static constexpr int MaxDepth = 64;
    // Counted with every alias expanded, since that is what a reader walking the tree would visit.
    static constexpr std::size_t MaxNodes = 100000;

    // Both throw ProfileError naming the line of the first offence.
    // UTF-8 without control characters other than tab, LF and CR. yaml-cpp passes such bytes into
    // values (a quoted NUL survives into a URL or a kubectl argument), where nobody can see them.
    static void checkText(const QByteArray &text);
    // Depth and node count of the first document (the only one YAML::Load reads), measured from
    // yaml-cpp's own parser events so that the count agrees exactly with what it will build; and
    // control characters in values, which escapes can write although the text may not hold them.
    static void checkStructure(const QByteArray &text);
};

} // namespace slaops::config
