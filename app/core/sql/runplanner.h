#pragma once
#include "sql/editorstatements.h"
#include "sql/syntaxprecheck.h"

#include <QStringList>

#include <optional>

// What Run or Run Script asks for, copied from the editor when pressed. Planning works on this
// copy, so it may run off the GUI thread while the person goes on typing.
struct RunRequest
{
    Dialect dialect = Dialect::PostgreSQL;
    QString text;               // the editor's whole text
    bool wholeScript = false;   // Run Script; else the selection, or the statement at the cursor
    int cursorOffset = 0;
    QString selectedText;       // empty: no selection
    int selectionOffset = 0;    // where the selection starts in text
    QString serverVersion;      // the session's, see SyntaxPrecheck
};

// What is to be sent, or why nothing is.
struct RunPlan
{
    QList<EditorStatement> statements;
    QString splitWarning;                   // Run Script: where a malformed script stopped splitting
    std::optional<SyntaxProblem> problem;   // set: nothing is sent
    QStringList bindNames;                  // :name placeholders, in order of first use
};

namespace RunPlanner {
// Splits, checks the syntax and finds the bind names. Touches no widget: safe on any thread.
RunPlan plan(const RunRequest &request);
}
