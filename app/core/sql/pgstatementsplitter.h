#pragma once
#include "sqlstatement.h"

#include <QList>
#include <QString>

// PostgreSQL: splits on the tokens of the server's own lexer (PgScanner, i.e. libpg_query's
// pg_query_scan), so $$ / $tag$ bodies, E'' strings, nested comments and quoted identifiers
// are exactly what the server will see.
//
// Why not pg_query_split_with_scanner, which runs the same lexer: its splitting rule drops
// statements silently. It only counts a statement that contains a keyword, so a typo such as
// "SELEC 1;" or a bare "foo;" vanishes instead of reaching the server and failing there; one
// stray ')' makes its unsigned paren counter wrap and every later ';' is ignored, so the
// whole script disappears; and it cuts CREATE FUNCTION ... BEGIN ATOMIC ... END (PostgreSQL
// 14+) at the first inner ';'. The rule here is psql's (psqlscan.l): ';' ends a statement
// outside parentheses (CREATE RULE ... (SELECT 1; SELECT 2)) and outside the BEGIN ... END
// (CASE ... END nested) of CREATE [OR REPLACE] FUNCTION / PROCEDURE.
//
// On a lexer error (unterminated quote, comment or dollar body, trailing junk after a number,
// zero-length "" identifier, ...) the lexer yields nothing. The part before the error is
// lexed again, its complete statements are kept, and everything from the start of the
// statement holding the error to the end of the script becomes one statement, so that the
// server reports the error in place; *warning says where.
class PgStatementSplitter
{
public:
    static QList<SqlStatement> split(const QString &script, QString *warning = nullptr);
};
