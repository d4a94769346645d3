#pragma once
#include "dialect.h"

#include <QString>
#include <QStringView>

// The lexical rules the hand-written scanners share: which comments, string literals and
// quoted identifiers a dialect has, so that a ';' or ':name' inside them is never taken for
// code. Used by the Oracle and SQLite splitters and by BindParameters. (The PostgreSQL
// splitter uses the server's own lexer instead, see PgScanner.)
class SqlLexer
{
public:
    enum class SpanKind { None, Comment, Literal };
    struct Span
    {
        SpanKind kind = SpanKind::None;
        int end = 0;                // index just past the span (text.size() when unterminated)
        bool unterminated = false;  // ran to the end of the text without its closing quote
    };

    // Recognises a comment, string literal, dollar-quoted body or quoted identifier starting
    // at pos. kind == None (and end == pos) when pos starts plain code.
    //   PostgreSQL: -- and nested /* */, '...' ('' escapes; E'...' also \ escapes),
    //               "...", $$...$$ and $tag$...$tag$.
    //               standard_conforming_strings is assumed on (the default since 9.1).
    //   Oracle:     -- and /* */ (not nested), '...', q'[...]' q'{...}' q'(...)' q'<...>'
    //               q'X...X' (also Q', nq', NQ'), "...".
    //   SQLite:     -- and /* */, '...', "...", `...`, [...].
    static Span spanAt(Dialect dialect, QStringView text, int pos);

    // Letters, digits, '_', '$' and (Oracle) '#': the characters of an unquoted identifier.
    static bool isIdentifierChar(Dialect dialect, QChar c);
    static bool isIdentifierStart(QChar c);

    // Index of the first character at or after pos that is neither whitespace nor inside a
    // comment; *unterminated is set when an unterminated comment ran to the end.
    static int skipSpaceAndComments(Dialect dialect, QStringView text, int pos,
                                    bool *unterminated = nullptr);

    // End of the unquoted word starting at pos (pos itself when none starts there).
    static int wordEnd(Dialect dialect, QStringView text, int pos);

    // The next word after whitespace and comments, starting at pos; empty when the next token
    // is not a word. *wordStart / *wordEnd receive its bounds when given.
    static QStringView nextWord(Dialect dialect, QStringView text, int pos,
                                int *wordStart = nullptr, int *wordEndOut = nullptr);

    // True when only spaces or tabs precede pos on its line.
    static bool isAtLineStart(QStringView text, int pos);

    static bool equalsIgnoreCase(QStringView word, QStringView keyword)
    {
        return word.compare(keyword, Qt::CaseInsensitive) == 0;
    }
};
