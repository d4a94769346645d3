#pragma once
#include "resultwriter.h"

// RFC 4180 quoting: a field is quoted when it holds a comma, a double quote, CR or LF, and
// quotes inside are doubled. One header row per result set. Lines end with LF (as psql's csv
// format does), not CRLF. NULL is an empty field; an empty string is "" so the two differ,
// as in PostgreSQL's COPY ... CSV.
class CsvWriter final : public ResultWriter
{
public:
    using ResultWriter::ResultWriter;

    void begin(const ResultColumns &columns) override;
    void writeBatch(const RowBatchPtr &batch) override;
    void end(qint64 rowCount) override;

private:
    void writeField(QByteArrayView text);

    ResultColumns m_columns;
    QByteArray m_scratch;
};
