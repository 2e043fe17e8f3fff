#pragma once

#include <QString>

namespace slaops::actions {

// A unified diff (as `diff -u` writes it, 3 lines of context) of two texts, for the preview of an
// action: what the object looks like now against what the server says it will look like. Pure.
class TextDiff {
public:
    // Empty when the texts are equal. `fromName` / `toName` label the --- and +++ lines.
    static QString unified(const QString &before, const QString &after, const QString &fromName,
                           const QString &toName, int context = 3);
};

} // namespace slaops::actions
