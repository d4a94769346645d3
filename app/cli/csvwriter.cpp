#include "csvwriter.h"

#include "outputstream.h"

void CsvWriter::begin(const ResultColumns &columns)
{
    m_columns = columns;
    // One stream, several result sets: each after the first is set off by an empty line and
    // a comment line, so a reader can tell where the next header row starts.
    if (++m_resultSets > 1)
        m_out->write(QByteArrayLiteral("\n# result set ") + QByteArray::number(m_resultSets) + '\n');
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            m_out->write(',');
        writeField(columns.at(c).name.toUtf8());
    }
    m_out->write('\n');
}

void CsvWriter::writeBatch(const RowBatchPtr &batchPtr)
{
    const RowBatch &batch = *batchPtr;
    const int columns = batch.columnCount();
    RowBatch::RowCursor row(batch);
    while (row.next()) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                m_out->write(',');
            if (row.isNull(c))
                continue;
            const QByteArrayView text = cellText(m_columns.at(c), row.cell(c), &m_scratch);
            if (text.isEmpty())
                m_out->write("\"\"");
            else
                writeField(text);
        }
        m_out->write('\n');
    }
}

void CsvWriter::end(qint64 rowCount)
{
    Q_UNUSED(rowCount);
}

void CsvWriter::writeField(QByteArrayView text)
{
    // A leading '#' is quoted too: then only the separator line of a new result set starts
    // with a bare '#', and readers that skip '#' comments keep such values.
    bool quote = text.startsWith('#');
    for (const char ch : text) {
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_out->write(text);
        return;
    }
    m_out->write('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            m_out->write(text.sliced(from, i - from + 1));   // up to and including the quote
            m_out->write('"');
            from = i + 1;
        }
    }
    m_out->write(text.sliced(from));
    m_out->write('"');
}
