#include "prom/servertext.h"

#include <QElapsedTimer>
#include <QTest>
#include <string>

using slaops::prom::ServerText;

namespace {

QString repeated(char16_t c, qsizetype count)
{
    return QString(count, QChar(c));
}

std::string_view utf8View(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

class TestServerText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void invalidUtf8();
    void hugeText_data();
    void hugeText();
};

void TestServerText::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const QString unicode = QString::fromUtf8("Z\u00fcrich \u2014 \u6771\u4eac \u2713 \U0001F600");
    QTest::addRow("plain") << QStringLiteral("query timed out") << 500 << QStringLiteral("query timed out");
    QTest::addRow("unicode kept") << unicode << 500 << unicode;
    QTest::addRow("inner spaces kept, ends trimmed")
        << QStringLiteral("  a  b  ") << 500 << QStringLiteral("a  b");
    QTest::addRow("empty") << QString() << 500 << QString();

    // Escape sequences go whole, not just their ESC.
    QTest::addRow("CSI colour") << QStringLiteral("\x1b[31mred\x1b[0m text") << 500
                                << QStringLiteral("red text");
    QTest::addRow("CSI parameters") << QStringLiteral("\x1b[1;31;4mX\x1b[2K\x1b[?25l") << 500
                                    << QStringLiteral("X");
    QTest::addRow("CSI cursor moves")
        << QStringLiteral("ok\x1b[2J\x1b[H\x1b[10;20Hfake prompt") << 500 << QStringLiteral("okfake prompt");
    QTest::addRow("OSC title, BEL") << QStringLiteral("\x1b]0;pwned\x07"
                                                      "after")
                                    << 500 << QStringLiteral("after");
    QTest::addRow("OSC hyperlink, ST")
        << QStringLiteral("\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ here") << 500
        << QStringLiteral("click here");
    QTest::addRow("DCS") << QStringLiteral("a\x1bPq#0;2;0;0;0\x1b\\b") << 500 << QStringLiteral("ab");
    QTest::addRow("two-character ESC") << QStringLiteral("\x1b"
                                                         "cX\x1b(B")
                                       << 500 << QStringLiteral("X");
    QTest::addRow("C1 CSI") << QStringLiteral("\u009b31mred") << 500 << QStringLiteral("red");
    QTest::addRow("C1 OSC") << QStringLiteral("\u009d0;title\u009cafter") << 500 << QStringLiteral("after");
    QTest::addRow("ESC at the end") << QStringLiteral("abc\x1b") << 500 << QStringLiteral("abc");
    QTest::addRow("CSI cut by a newline") << QStringLiteral("a\x1b[31\nb") << 500 << QStringLiteral("a b");
    QTest::addRow("stray CSI cannot swallow a message")
        << QStringLiteral("\x1b[") + repeated(u'1', 100) + QStringLiteral("tail") << 500
        << repeated(u'1', 36) + QStringLiteral("tail");

    // Line breaks and tabs become one space; none is left at either end.
    QTest::addRow("CRLF") << QStringLiteral("line one\r\nline two") << 500
                          << QStringLiteral("line one line two");
    QTest::addRow("tabs") << QStringLiteral("a\t\tb") << 500 << QStringLiteral("a b");
    QTest::addRow("line breaks at the ends")
        << QStringLiteral("\n\r\nboom\n") << 500 << QStringLiteral("boom");
    QTest::addRow("NEL and line separator")
        << QStringLiteral("a\u0085b\u2028c\u2029d") << 500 << QStringLiteral("a b c d");
    QTest::addRow("spaces around a newline") << QStringLiteral("a \n  b") << 500 << QStringLiteral("a b");
    QTest::addRow("trailing spaces are not cut")
        << QString(10, QLatin1Char('x')) + QStringLiteral("   ") << 10 << QString(10, QLatin1Char('x'));

    // Other controls go.
    QTest::addRow("NUL") << QString::fromUtf16(u"a\u0000b\u0000", 4) << 500 << QStringLiteral("ab");
    QTest::addRow("BEL, backspace, DEL") << QStringLiteral("a\x07\x08\x7f"
                                                           "b")
                                         << 500 << QStringLiteral("ab");
    QTest::addRow("C1") << QStringLiteral("a\u0080\u0084\u008fb") << 500 << QStringLiteral("ab");

    // Bidi controls would make the text read as something else than what was sent.
    QTest::addRow("RLO override") << QStringLiteral("file\u202etxt.exe\u202c") << 500
                                  << QStringLiteral("filetxt.exe");
    QTest::addRow("embeddings") << QStringLiteral("\u202aa\u202bb\u202c\u202dc") << 500
                                << QStringLiteral("abc");
    QTest::addRow("isolates") << QStringLiteral("\u2066x\u2067y\u2068z\u2069") << 500
                              << QStringLiteral("xyz");
    QTest::addRow("marks") << QStringLiteral("a\u200eb\u200fc\u061cd") << 500 << QStringLiteral("abcd");
    QTest::addRow("BOM") << QStringLiteral("\ufeffok") << 500 << QStringLiteral("ok");
    QTest::addRow("tag characters") << QStringLiteral("ok") + QString::fromUcs4(U"\U000E0041\U000E007F")
                                    << 500 << QStringLiteral("ok");

    // The cut: at most maxChars of text, then an ellipsis and how much more there was.
    QTest::addRow("cut") << repeated(u'x', 600) << 500
                         << repeated(u'x', 500) + QStringLiteral("\u2026 (100 more character(s))");
    QTest::addRow("exactly the limit") << repeated(u'x', 500) << 500 << repeated(u'x', 500);
    QTest::addRow("only stripped text after the limit")
        << repeated(u'x', 500) + QStringLiteral("\r\n\x1b[0m") << 500 << repeated(u'x', 500);
    QTest::addRow("one more character")
        << repeated(u'x', 11) << 10 << repeated(u'x', 10) + QStringLiteral("\u2026 (1 more character(s))");
    QTest::addRow("no space before the ellipsis")
        << QStringLiteral("aaaa bbbb") << 5 << QStringLiteral("aaaa\u2026 (4 more character(s))");
    QTest::addRow("surrogate pair not split")
        << repeated(u'x', 9) + QString::fromUcs4(U"\U0001F600") << 10
        << repeated(u'x', 9) + QStringLiteral("\u2026 (1 more character(s))");
    QTest::addRow("controls do not count")
        << QStringLiteral("\x1b[31m") + repeated(u'x', 10) << 10 << repeated(u'x', 10);
}

void TestServerText::clean()
{
    QFETCH(QString, input);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);

    QCOMPARE(ServerText::clean(QStringView(input), maxChars), expected);
    // The UTF-8 overload is what the response parser uses: it must agree exactly.
    const QByteArray utf8 = input.toUtf8();
    QCOMPARE(ServerText::clean(utf8View(utf8), maxChars), expected);
}

void TestServerText::invalidUtf8()
{
    // Replaced the way QString::fromUtf8 replaces them, so both overloads of clean() agree.
    const QByteArray bytes("ok \xff\xfe \xc0\xaf \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xe2\x82");
    QCOMPARE(ServerText::clean(utf8View(bytes), 500), QString::fromUtf8(bytes));
}

void TestServerText::hugeText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    const qsizetype size = 30 * 1024 * 1024;
    QByteArray plain(size, 'e');
    QTest::addRow("30 MB of text") << plain
                                   << repeated(u'e', 500) +
                                          QStringLiteral("\u2026 (%1 more character(s))").arg(size - 500);
    const QByteArray piece("\x1b[31m\r\n\x00\x1b[0m", 12);
    QByteArray escapes;
    escapes.reserve(size);
    while (escapes.size() + piece.size() <= size - 3)
        escapes += piece;
    escapes += "end";
    // Only the start of a text is looked at for something to show.
    QTest::addRow("30 MB of escapes")
        << escapes << QStringLiteral("\u2026 (%1 more character(s))").arg(escapes.size() - 64 * 1024);
    QTest::addRow("escapes, then text")
        << QByteArray(piece.repeated(1000) + "visible") << QStringLiteral("visible");
    QByteArray wide;
    wide.reserve(size);
    while (wide.size() < size)
        wide += "\xe6\x9d\xb1"; // one character, three bytes
    QTest::addRow("30 MB of CJK") << wide
                                  << repeated(u'\u6771', 500) +
                                         QStringLiteral("\u2026 (%1 more character(s))").arg(size / 3 - 500);
}

void TestServerText::hugeText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);

    QElapsedTimer timer;
    timer.start();
    const QString cleaned = ServerText::clean(utf8View(text), ServerText::ErrorChars);
    const qint64 elapsed = timer.elapsed();
    qInfo("cleaned %lld bytes in %lld ms", qlonglong(text.size()), elapsed);
    QCOMPARE(cleaned, expected);
    // Generous, for a loaded machine: the point is that the time is linear, with no 60 MB copy.
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_APPLESS_MAIN(TestServerText)
#include "tst_servertext.moc"
