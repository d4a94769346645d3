#pragma once
#include "dialect.h"
#include "sqlstatement.h"

#include <QList>
#include <QString>

// Cuts a script into the statements to send one by one, with the rules of each dialect:
// PgStatementSplitter, OracleStatementSplitter and SqliteStatementSplitter say which.
//
// Malformed input never hangs or throws: from an unterminated quote or comment on, the rest
// of the script is one statement (so the server reports the problem where it is) and
// *warning says where it starts. *warning is cleared when the script is well-formed.
// Statements that are empty or hold only comments are dropped.
class StatementSplitter
{
public:
    static QList<SqlStatement> split(Dialect dialect, const QString &script,
                                     QString *warning = nullptr);
};
