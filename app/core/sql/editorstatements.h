#pragma once
#include "dialect.h"

#include <QList>
#include <QString>

// One statement of the editor's text and where it starts (character offset into the text).
struct EditorStatement
{
    QString text;
    int offset = 0;
};

// The only place the widgets split SQL: a thin layer over the core's StatementSplitter that
// drops what only a client understands (SQL*Plus commands) and keeps the offsets the editor
// needs to map a server's error position back onto the text.
namespace EditorStatements {
// *warning: where a malformed script (an unterminated quote or comment) stops splitting.
QList<EditorStatement> split(Dialect dialect, const QString &sql, QString *warning = nullptr);

// What Ctrl+Enter runs with a selection: the statement in it, or the whole selection when it
// holds several. selectionOffset: where the selection starts in the editor's text.
EditorStatement inSelection(Dialect dialect, const QString &selected, int selectionOffset);
// What Ctrl+Enter runs without a selection: the statement the cursor is in (see indexAt), where
// a blank line ends a statement as a semicolon does (unless it is inside a quote, a comment or
// a dollar-quoted body).
EditorStatement atCursor(Dialect dialect, const QString &text, int cursorOffset);
// A statement cut at its blank lines (outside quotes, comments and $$ bodies), each piece
// trimmed, with its offset in the editor text.
QList<EditorStatement> splitAtBlankLines(Dialect dialect, const EditorStatement &statement);

// Index of the statement the cursor belongs to: the last one starting at or before the cursor,
// so a cursor in the blank space after a statement still runs that statement. -1 when empty.
int indexAt(const QList<EditorStatement> &statements, int cursorOffset);
}
