#pragma once
#include "results/rowbatch.h"

#include <QString>
#include <QVariant>

#include <vector>

// All rows of one result, as the worker's batches arrived: compact bytes, decoded only for the
// cells someone looks at (displayed, exported, sorted).
class ResultBuffer
{
public:
    void reset(const ResultColumns &columns);
    void append(const RowBatchPtr &batch);

    const ResultColumns &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    qint64 rowCount() const { return m_rowCount; }
    qint64 byteSize() const { return m_byteSize; }

    bool isNull(qint64 row, int column) const;
    // The cell's bytes; see RowBatch::cell for scratch.
    QByteArrayView raw(qint64 row, int column, QByteArray &scratch) const;
    QString text(qint64 row, int column) const;             // full value as text
    QString displayText(qint64 row, int column, int maxChars = 200) const;  // elided, one line

private:
    std::pair<const RowBatch *, int> locate(qint64 row) const;

    ResultColumns m_columns;
    std::vector<RowBatchPtr> m_batches;
    std::vector<qint64> m_batchFirstRow;   // first row index of each batch, for binary search
    qint64 m_rowCount = 0;
    qint64 m_byteSize = 0;
};
