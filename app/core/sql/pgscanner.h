#pragma once
#include <QList>
#include <QString>

// PostgreSQL's own lexer (core_yylex, via libpg_query's pg_query_scan): the token stream of
// a script, comments included, with byte locations.
//
// libpg_query keeps per-thread memory contexts (set up on first use in each thread, freed at
// thread exit), so this may run in any thread, concurrently.
class PgScanner
{
public:
    struct Token
    {
        int start = 0;        // byte offset of the token
        int end = 0;          // byte offset just past it
        int token = 0;        // parser token number; single-character tokens are their ASCII code
        int keywordKind = 0;  // 0 = not a keyword
    };

    struct Result
    {
        bool ok = false;
        QList<Token> tokens;
        QString errorMessage;
        int errorCursor = 0;  // 1-based character (code point) position, 0 = unknown
    };

    // Token numbers of libpg_query's pg_query.proto that callers look at.
    enum TokenNumber { Ident = 258, UIdent = 259, FConst = 260, SConst = 261, USConst = 262, Op = 265,
                       IConst = 266, Param = 267, TypeCast = 268, SqlComment = 275, CComment = 276 };

    // input must be NUL-terminated UTF-8.
    static Result scan(const char *input);
};
