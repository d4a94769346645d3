#pragma once
#include <QString>

// One statement cut out of a script by StatementSplitter.
//
// text is always a contiguous slice of the script: script.mid(offset, text.size()) == text.
// It starts at the statement's first token: comments and whitespace before it are not part of
// it (they would shift the error positions the server reports and make "statement at cursor"
// jump to a comment), with one exception: a PostgreSQL /*+ ... */ comment right before the
// statement is kept, because pg_hint_plan only reads hints at the head of the query. The
// terminating ';' is dropped, except for the ';' that belongs to the statement itself
// (Oracle PL/SQL blocks keep their final "END;").
struct SqlStatement
{
    QString text;
    int offset = 0;  // QString (UTF-16) index of text in the script
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in UTF-16 units from the start of the line
    // SQL*Plus commands (SET, PROMPT, REM, @file, ...) that only a client understands: callers
    // skip them, or interpret the few they support, but never send them to the server.
    bool isClientCommand = false;

    friend bool operator==(const SqlStatement &a, const SqlStatement &b)
    {
        return a.text == b.text && a.offset == b.offset && a.line == b.line
                && a.column == b.column && a.isClientCommand == b.isClientCommand;
    }
};
