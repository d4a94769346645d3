#pragma once
#include "dialect.h"
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
