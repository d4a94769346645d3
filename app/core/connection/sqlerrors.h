#pragma once
#include "connection/statementoutcome.h"
#include "dialect.h"

class QSqlQuery;

// What went wrong with a statement, in the server's own words.
namespace SqlErrors {
// The server's own account of the last error on this query (message, SQLSTATE, detail, hint,
// 1-based position), and whether the connection itself is gone.
SqlErrorInfo fromQuery(const QSqlQuery &query, Dialect dialect);
// Classifies a SQLSTATE or ORA- code as "the connection is gone".
bool isConnectionLoss(Dialect dialect, const QString &code);
// Rows a DML statement touched; -1 for commands that touch none (BEGIN, SET, DO, DDL), which
// QPSQL reports as 0.
qint64 rowsAffected(const QSqlQuery &query, Dialect dialect);
}
