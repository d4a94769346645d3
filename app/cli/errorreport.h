#pragma once
#include "connection/statementoutcome.h"
#include "sql/sqlstatement.h"

#include <QStringList>

// How tessera-cli describes a failed statement on stderr, psql-like, but with places counted
// in the whole script so an editor can jump there:
//   tessera-cli: statement 2, line 3: ERROR:  relation "nope" does not exist
//   LINE 3: select * from nope
//                         ^
//   DETAIL:  ...
//   HINT:  ...
namespace ErrorReport {
QStringList format(const QString &script, const SqlStatement &statement, int number, const SqlErrorInfo &error);

// The script index of a server error position (1-based, in characters of the statement), or
// -1 when the position is unknown or outside the statement.
qsizetype scriptIndexOf(const SqlStatement &statement, int position);
}
