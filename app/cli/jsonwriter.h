#pragma once
#include "resultwriter.h"

#include <QList>

// One JSON array of objects per result set, one object per line:
//   [
//   {"id":1,"name":"alice"},
//   {"id":2,"name":null}
//   ]
// An empty result is []. Several result sets are several arrays, one after the other (parse
// them as a stream of JSON texts, e.g. jq -s). Keys are the column names as the server gave
// them. NULL is null; numeric columns are JSON numbers when their text is a valid JSON number
// (NaN, Infinity and money amounts stay strings; big integers keep every digit, so a reader
// limited to doubles may round them); booleans are true/false; everything else is a string.
class JsonWriter final : public ResultWriter
{
public:
    using ResultWriter::ResultWriter;

    void begin(const ResultColumns &columns) override;
    void writeBatch(const RowBatchPtr &batch) override;
    void end(qint64 rowCount) override;

    static bool isJsonNumber(QByteArrayView text);

private:
    void writeString(QByteArrayView text);
    void writeValue(int column, QByteArrayView text);

    ResultColumns m_columns;
    QList<QByteArray> m_keys;   // "name": already escaped, per column
    QByteArray m_scratch;
    bool m_anyRow = false;
};
