#pragma once
// Shared by the fuzz targets: turning fuzzer bytes into a script, and the invariants every
// splitter result must hold. A broken invariant aborts, which libFuzzer reports as a crash.
#include "sql/sqlstatement.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzCheck {

[[noreturn]] inline void fail(const char *what, int offset)
{
    std::fprintf(stderr, "invariant broken: %s (offset %d)\n", what, offset);
    std::abort();
}

// Plain bytes are read as UTF-8 (invalid sequences become U+FFFD, as when a file is opened),
// so seed files are ordinary .sql files. A first byte of 0xFF switches to raw UTF-16 for the
// rest: lone surrogates and NULs that no UTF-8 input can produce.
inline QString script(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 0xFF) {
        const qsizetype units = qsizetype((size - 1) / 2);
        QString text(units, Qt::Uninitialized);
        for (qsizetype i = 0; i < units; ++i)
            text[i] = QChar(char16_t(data[1 + 2 * i] | (data[2 + 2 * i] << 8)));
        return text;
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Line / column counted character by character, walking on from the previous statement so
// that a script with thousands of statements stays linear.
struct LineCounter
{
    const QString &text;
    int pos = 0;
    int line = 1;
    int lineStart = 0;

    void advanceTo(int offset)
    {
        for (; pos < offset; ++pos) {
            const QChar c = text.at(pos);
            if (c == u'\n' || (c == u'\r' && (pos + 1 >= text.size() || text.at(pos + 1) != u'\n'))) {
                ++line;
                lineStart = pos + 1;
            }
        }
    }
};

inline void verify(const QString &script, const QList<SqlStatement> &statements)
{
    LineCounter counter{script};
    int previousEnd = 0;
    for (const SqlStatement &s : statements) {
        if (s.text.isEmpty())
            fail("empty statement", s.offset);
        if (s.text.front().isSpace() || s.text.back().isSpace())
            fail("statement not trimmed", s.offset);
        if (s.offset < previousEnd)
            fail("statements overlap or go backwards", s.offset);
        if (s.offset + s.text.size() > script.size())
            fail("statement past the end of the script", s.offset);
        if (QStringView(script).mid(s.offset, s.text.size()) != s.text)
            fail("text is not the script's slice at offset", s.offset);
        counter.advanceTo(s.offset);
        if (counter.line != s.line || s.offset - counter.lineStart + 1 != s.column)
            fail("line / column do not match the offset", s.offset);
        previousEnd = s.offset + int(s.text.size());
    }
}

} // namespace FuzzCheck
