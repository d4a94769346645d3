#include "sqllexer.h"

namespace {

using Span = SqlLexer::Span;
using SpanKind = SqlLexer::SpanKind;

QChar at(QStringView text, int pos)
{
    return pos >= 0 && pos < text.size() ? text.at(pos) : QChar();
}

Span unterminated(SpanKind kind, QStringView text)
{
    return Span{kind, int(text.size()), true};
}

Span lineComment(QStringView text, int pos)
{
    // The newline stays outside: the Oracle splitter needs to see it to find "/" lines.
    int end = pos + 2;
    while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
        ++end;
    return Span{SpanKind::Comment, end, false};
}

Span blockComment(QStringView text, int pos, bool nested)
{
    int depth = 1;
    int i = pos + 2;
    while (i < text.size()) {
        if (text.at(i) == u'*' && at(text, i + 1) == u'/') {
            i += 2;
            if (--depth == 0)
                return Span{SpanKind::Comment, i, false};
        } else if (nested && text.at(i) == u'/' && at(text, i + 1) == u'*') {
            i += 2;
            ++depth;
        } else {
            ++i;
        }
    }
    return unterminated(SpanKind::Comment, text);
}

// A quoted run closed by `close`; a doubled closing quote stands for itself.
Span quoted(QStringView text, int pos, QChar close, bool backslashEscapes, bool doubledEscapes)
{
    int i = pos + 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (backslashEscapes && c == u'\\') {
            i += 2;
            continue;
        }
        if (c == close) {
            if (doubledEscapes && at(text, i + 1) == close) {
                i += 2;
                continue;
            }
            return Span{SpanKind::Literal, i + 1, false};
        }
        ++i;
    }
    return unterminated(SpanKind::Literal, text);
}

// $$...$$ or $tag$...$tag$; None when the '$' starts a parameter ($1) or is part of a word.
Span dollarQuoted(QStringView text, int pos)
{
    if (pos > 0 && SqlLexer::isIdentifierChar(Dialect::PostgreSQL, text.at(pos - 1)))
        return Span{SpanKind::None, pos, false};
    int i = pos + 1;
    if (i < text.size() && text.at(i) != u'$') {
        if (!SqlLexer::isIdentifierStart(text.at(i)))
            return Span{SpanKind::None, pos, false};
        while (i < text.size() && text.at(i) != u'$') {
            const QChar c = text.at(i);
            if (!(SqlLexer::isIdentifierStart(c) || c.isDigit()))
                return Span{SpanKind::None, pos, false};
            ++i;
        }
    }
    if (i >= text.size())
        return Span{SpanKind::None, pos, false};
    const QStringView tag = text.mid(pos, i - pos + 1);
    const qsizetype close = text.indexOf(tag, i + 1);
    if (close < 0)
        return unterminated(SpanKind::Literal, text);
    return Span{SpanKind::Literal, int(close + tag.size()), false};
}

// q'X...X', with the bracket pairs closing on their partner. pos is at the quote.
Span oracleQQuote(QStringView text, int quotePos)
{
    const QChar open = at(text, quotePos + 1);
    QChar close = open;
    switch (open.unicode()) {
    case u'[': close = u']'; break;
    case u'{': close = u'}'; break;
    case u'(': close = u')'; break;
    case u'<': close = u'>'; break;
    default: break;
    }
    for (int i = quotePos + 2; i < text.size(); ++i) {
        if (text.at(i) == close && at(text, i + 1) == u'\'')
            return Span{SpanKind::Literal, i + 2, false};
    }
    return unterminated(SpanKind::Literal, text);
}

bool startsWord(Dialect dialect, QStringView text, int pos)
{
    return pos == 0 || !SqlLexer::isIdentifierChar(dialect, text.at(pos - 1));
}

bool isQQuoteDelimiter(QChar c)
{
    return !c.isNull() && !c.isSpace();
}

} // namespace

bool SqlLexer::isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool SqlLexer::isIdentifierChar(Dialect dialect, QChar c)
{
    if (isIdentifierStart(c) || c.isDigit() || c == u'$')
        return true;
    return dialect == Dialect::Oracle && c == u'#';
}

SqlLexer::Span SqlLexer::spanAt(Dialect dialect, QStringView text, int pos)
{
    const Span none{SpanKind::None, pos, false};
    if (pos < 0 || pos >= text.size())
        return none;
    const QChar c = text.at(pos);
    const QChar next = at(text, pos + 1);

    if (c == u'-' && next == u'-')
        return lineComment(text, pos);
    if (c == u'/' && next == u'*')
        return blockComment(text, pos, dialect == Dialect::PostgreSQL);

    switch (dialect) {
    case Dialect::PostgreSQL:
        if (c == u'\'')
            return quoted(text, pos, u'\'', false, true);
        if ((c == u'e' || c == u'E') && next == u'\'' && startsWord(dialect, text, pos))
            return quoted(text, pos + 1, u'\'', true, true);
        if (c == u'"')
            return quoted(text, pos, u'"', false, true);
        if (c == u'$')
            return dollarQuoted(text, pos);
        return none;

    case Dialect::Oracle:
        if (c == u'\'')
            return quoted(text, pos, u'\'', false, true);
        if (c == u'"')
            return quoted(text, pos, u'"', false, false);
        if (startsWord(dialect, text, pos)) {
            int q = pos;
            if ((c == u'n' || c == u'N') && (next == u'q' || next == u'Q'))
                ++q;
            const QChar qc = text.at(q);
            if ((qc == u'q' || qc == u'Q') && at(text, q + 1) == u'\''
                && isQQuoteDelimiter(at(text, q + 2)))
                return oracleQQuote(text, q + 1);
        }
        return none;

    case Dialect::SQLite:
        if (c == u'\'' || c == u'"' || c == u'`')
            return quoted(text, pos, c, false, true);
        if (c == u'[')
            return quoted(text, pos, u']', false, false);
        return none;
    }
    return none;
}

int SqlLexer::skipSpaceAndComments(Dialect dialect, QStringView text, int pos, bool *unterminated)
{
    if (unterminated)
        *unterminated = false;
    while (pos < text.size()) {
        if (text.at(pos).isSpace()) {
            ++pos;
            continue;
        }
        const Span span = spanAt(dialect, text, pos);
        if (span.kind != SpanKind::Comment)
            break;
        if (span.unterminated && unterminated)
            *unterminated = true;
        pos = span.end;
    }
    return pos;
}

int SqlLexer::wordEnd(Dialect dialect, QStringView text, int pos)
{
    if (pos >= text.size() || !isIdentifierStart(text.at(pos)))
        return pos;
    int end = pos + 1;
    while (end < text.size() && isIdentifierChar(dialect, text.at(end)))
        ++end;
    return end;
}

QStringView SqlLexer::nextWord(Dialect dialect, QStringView text, int pos, int *wordStart,
                               int *wordEndOut)
{
    const int start = skipSpaceAndComments(dialect, text, pos);
    const int end = wordEnd(dialect, text, start);
    if (wordStart)
        *wordStart = start;
    if (wordEndOut)
        *wordEndOut = end;
    return text.mid(start, end - start);
}

bool SqlLexer::isAtLineStart(QStringView text, int pos)
{
    for (int i = pos - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r')
            return true;
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}
