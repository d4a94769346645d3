#pragma once
#include "results/rowbatch.h"

#include <QByteArray>
#include <QString>

#include <memory>

class OutputStream;

// Writes result sets to an OutputStream as their batches arrive. A writer keeps nothing of a
// batch once it is written: a 10-million-row result costs the memory of one batch.
class ResultWriter
{
public:
    enum class Format { Table, Csv, Json };

    explicit ResultWriter(OutputStream *out) : m_out(out) {}
    virtual ~ResultWriter() = default;

    static std::unique_ptr<ResultWriter> create(Format format, OutputStream *out);
    static bool formatFromName(const QString &name, Format *format);

    // One result set: begin, any number of batches, end with the number of rows written.
    virtual void begin(const ResultColumns &columns) = 0;
    virtual void writeBatch(const RowBatchPtr &batch) = 0;
    virtual void end(qint64 rowCount) = 0;

protected:
    // A cell's bytes (as a RowBatch::RowCursor reads them) as text. Binary values that are not
    // already in PostgreSQL's \x form (SQLite blobs) become \x + hex, as the grid shows them;
    // *scratch may hold that text.
    static QByteArrayView cellText(const ResultColumn &column, QByteArrayView raw, QByteArray *scratch);

    OutputStream *m_out;
};
