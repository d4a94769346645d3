#pragma once
#include "sql/editorstatements.h"

#include <QString>

#include <optional>

// A syntax error found by PostgreSQL's own parser before anything was sent.
struct SyntaxProblem
{
    int statementIndex = 0;
    int offset = 0;     // in the editor text (the statement's start when the parser gave none)
    QString message;
};

// Checks every statement of a run before the first one is sent: a script with a typo in its
// fifth statement must not run the first four and then stop half-way.
namespace SyntaxPrecheck {
// PostgreSQL only (the other dialects have no parser here): the first problem, if any.
// serverVersion as the server reports it ("15.4 (Debian …)", empty when unknown): a server newer
// than the parser knows syntax the parser does not (JSON_TABLE in 17, say), so for those the
// server alone judges; it reports errors with positions too.
std::optional<SyntaxProblem> firstProblem(Dialect dialect, const QList<EditorStatement> &statements,
                                          const QString &serverVersion = {});
int parserMajorVersion();
}
