#pragma once
#include "results/rowbatch.h"

#include <QString>
#include <QVariant>

#include <vector>

// All rows of one result, as the worker's batches arrived: compact bytes, decoded only for the
// cells someone looks at (displayed, exported, sorted). Packed batches are unpacked on demand
// into a few cached arenas, so reading cells row by row unpacks each batch once. Not thread-safe:
// one thread (the GUI's) reads it.
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
    QByteArrayView raw(qint64 row, int column) const;
    QString text(qint64 row, int column) const;             // full value as text
    QString displayText(qint64 row, int column, int maxChars = 200) const;  // elided, one line

private:
    std::pair<const RowBatch *, int> locate(qint64 row) const;
    const char *arenaOf(const RowBatch *batch) const;

    ResultColumns m_columns;
    std::vector<RowBatchPtr> m_batches;
    std::vector<qint64> m_batchFirstRow;   // first row index of each batch, for binary search
    qint64 m_rowCount = 0;
    qint64 m_byteSize = 0;

    struct Unpacked
    {
        const RowBatch *batch = nullptr;
        QByteArray arena;
    };
    mutable Unpacked m_unpacked[4];   // a grid screen spans one or two batches
    mutable int m_nextSlot = 0;
};
