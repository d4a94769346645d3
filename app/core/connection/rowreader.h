#pragma once
#include "connection/dialect.h"
#include "connection/statementoutcome.h"
#include "results/rowbatch.h"

#include <memory>

class QSqlQuery;

// Turns the current row of an executed forward-only query into compact batch cells.
// PostgreSQL reads raw text straight from the row's PGresult (QSqlResult::handle() holds a
// pg_result*): converting through QSqlQuery::value() would cost most of the fetch time.
// Other drivers go through QSqlQuery::value().
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual ResultColumns columns(const QSqlQuery &query) = 0;
    virtual void appendCurrentRow(const QSqlQuery &query, RowBatch &batch) = 0;

    static std::unique_ptr<RowReader> create(Dialect dialect);
};

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
