#include "textdiff.h"

#include <QStringList>
#include <algorithm>
#include <vector>

namespace slaops::actions {

namespace {

struct Edit {
    char op;     // ' ', '-', '+'
    qsizetype a; // line index in before (for ' ' and '-')
    qsizetype b; // line index in after (for ' ' and '+')
};

// Longest common subsequence by dynamic programming after trimming the common head and tail: the
// objects diffed are a few hundred lines, and the middle that differs is a handful.
std::vector<Edit> edits(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    std::vector<Edit> out;
    for (qsizetype i = 0; i < head; ++i)
        out.push_back({' ', i, i});
    // A middle too large for the table: everything in it replaced, still a correct diff.
    constexpr qsizetype kMaxCells = 4'000'000;
    if (n * m > kMaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            out.push_back({'-', head + i, head});
        for (qsizetype j = 0; j < m; ++j)
            out.push_back({'+', head + n, head + j});
    } else {
        std::vector<int> len(std::size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return len[std::size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) =
                    a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                out.push_back({' ', head + i, head + j});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                // Removals first, as diff -u prints them.
                out.push_back({'-', head + i, head + j});
                ++i;
            } else {
                out.push_back({'+', head + i, head + j});
                ++j;
            }
        }
    }
    for (qsizetype k = 0; k < tail; ++k)
        out.push_back({' ', a.size() - tail + k, b.size() - tail + k});
    return out;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u: a range of one line is its number alone; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString TextDiff::unified(const QString &before, const QString &after, const QString &fromName,
                          const QString &toName, int context)
{
    if (before == after)
        return {};
    QStringList a = before.split(QLatin1Char('\n'));
    QStringList b = after.split(QLatin1Char('\n'));
    // A final newline ends the last line; it does not start an empty one.
    if (!a.isEmpty() && a.last().isEmpty())
        a.removeLast();
    if (!b.isEmpty() && b.last().isEmpty())
        b.removeLast();
    const std::vector<Edit> e = edits(a, b);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(fromName, toName);
    std::size_t k = 0;
    while (k < e.size()) {
        while (k < e.size() && e[k].op == ' ')
            ++k;
        if (k == e.size())
            break;
        // A hunk: from `context` lines before this change to `context` after the last change that is
        // no more than 2 * context unchanged lines from the one before it.
        const std::size_t start = k >= std::size_t(context) ? k - std::size_t(context) : 0;
        std::size_t end = k;
        std::size_t lastChange = k;
        while (end < e.size()) {
            if (e[end].op != ' ')
                lastChange = end;
            else if (end - lastChange > std::size_t(2 * context))
                break;
            ++end;
        }
        end = std::min(e.size(), lastChange + 1 + std::size_t(context));
        qsizetype aStart = e[start].a, bStart = e[start].b, aCount = 0, bCount = 0;
        QString body;
        for (std::size_t i = start; i < end; ++i) {
            const Edit &d = e[i];
            const QString &text = d.op == '+' ? b[d.b] : a[d.a];
            body += QLatin1Char(d.op) + text + QLatin1Char('\n');
            aCount += d.op != '+';
            bCount += d.op != '-';
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) + body;
        k = end;
    }
    return out;
}

} // namespace slaops::actions
