#pragma once
#include "resultwriter.h"

// RFC 4180 quoting: a field is quoted when it holds a comma, a double quote, CR or LF, or
// starts with '#' (see below); quotes inside are doubled. One header row per result set. Lines
// end with LF (as psql's csv format does), not CRLF. NULL is an empty field; an empty string is
// "" so the two differ, as in PostgreSQL's COPY ... CSV.
//
// Several result sets in one stream (a script with two SELECTs): the second and later ones
// begin with an empty line and the line "# result set N", then their own header row:
//   a
//   1
//
//   # result set 2
//   b
//   2
// Because a field starting with '#' is always quoted, a line starting with a bare '#' is only
// ever such a separator: split the stream at those lines for one CSV per result set.
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
    int m_resultSets = 0;
};
