#pragma once
#include "dialect.h"
#include "connection/statementoutcome.h"

#include <QString>

// How each dialect's transactions begin and how Tessera knows one is open. PostgreSQL says so
// itself (PQtransactionStatus) and so does SQLite (sqlite3_get_autocommit); both begin one with
// BEGIN. Oracle has no BEGIN and reports nothing: a transaction starts with the first statement
// that changes data, DDL commits implicitly, and QOCI commits after every statement unless the
// driver was told a transaction runs (QSqlDatabase::transaction(), which sends nothing). So for
// Oracle the state is worked out from the statements that ran, here, where it is testable
// without a server.
namespace TransactionRules {

// What manual-commit mode sends before the first statement of a transaction; empty for Oracle.
QString beginStatement(Dialect dialect);

// Statements that manage the transaction themselves (BEGIN, COMMIT, SAVEPOINT, ...): manual
// mode must not open a transaction in front of them.
bool isTransactionControl(Dialect dialect, const QString &sql);

// Oracle: the transaction state after `sql` ran (ok: it succeeded), given the state before.
TransactionState oracleStateAfter(const QString &sql, bool ok, TransactionState before);

} // namespace TransactionRules
