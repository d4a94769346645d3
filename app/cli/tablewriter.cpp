#include "tablewriter.h"

#include "outputstream.h"

#include <algorithm>

namespace {
bool needsEscape(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; });
}
} // namespace

int TableWriter::displayWidth(QByteArrayView utf8)
{
    // Every byte that is not a UTF-8 continuation byte starts a code point.
    return int(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (quint8(c) & 0xC0) != 0x80; }));
}

void TableWriter::begin(const ResultColumns &columns)
{
    m_columns = columns;
    m_names.clear();
    m_widths.clear();
    m_rightAligned.clear();
    m_scratch = QList<QByteArray>(columns.size());
    for (const ResultColumn &c : columns) {
        m_names.append(c.name.toUtf8());
        m_widths.append(displayWidth(m_names.last()));
        m_rightAligned.append(c.isNumeric());
    }
    m_heldBack.clear();
    m_heldRows = 0;
    m_headerWritten = false;
}

QByteArrayView TableWriter::shown(int column, const RowBatch::RowCursor &row)
{
    if (row.isNull(column))
        return {};
    QByteArray &scratch = m_scratch[column];
    QByteArrayView text = cellText(m_columns.at(column), row.cell(column), &scratch);
    if (!needsEscape(text))
        return text;
    QByteArray escaped;
    escaped.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '\n': escaped.append("\\n"); break;
        case '\r': escaped.append("\\r"); break;
        case '\t': escaped.append("\\t"); break;
        default: escaped.append(c);
        }
    }
    scratch = escaped;
    return scratch;
}

void TableWriter::writeBatch(const RowBatchPtr &batch)
{
    if (m_headerWritten) {
        writeRows(*batch);
        return;
    }
    m_heldBack.push_back(batch);
    m_heldRows += batch->rowCount();
    if (m_heldRows >= kMeasureRows)
        writeHeldBack();
}

void TableWriter::writeHeldBack()
{
    for (const RowBatchPtr &batch : m_heldBack) {
        RowBatch::RowCursor row(*batch);
        while (row.next()) {
            for (int c = 0; c < batch->columnCount(); ++c)
                m_widths[c] = std::max(m_widths[c], displayWidth(shown(c, row)));
        }
    }
    writeHeader();
    for (const RowBatchPtr &batch : m_heldBack)
        writeRows(*batch);
    m_heldBack.clear();
    m_heldRows = 0;
}

void TableWriter::writeRows(const RowBatch &batch)
{
    const int columns = batch.columnCount();
    QList<QByteArrayView> cells(columns);
    RowBatch::RowCursor row(batch);
    while (row.next()) {
        for (int c = 0; c < columns; ++c)
            cells[c] = shown(c, row);
        writeLine(cells, m_widths, false);
    }
}

void TableWriter::end(qint64 rowCount)
{
    if (!m_headerWritten)
        writeHeldBack();
    m_out->write(rowCount == 1 ? QByteArray("(1 row)\n\n")
                               : QByteArray("(") + QByteArray::number(rowCount) + QByteArray(" rows)\n\n"));
}

void TableWriter::writeHeader()
{
    m_headerWritten = true;
    QList<QByteArrayView> names;
    for (const QByteArray &n : std::as_const(m_names))
        names.append(n);
    writeLine(names, m_widths, true);
    for (int c = 0; c < m_widths.size(); ++c) {
        if (c > 0)
            m_out->write('+');
        m_out->write(QByteArray(m_widths.at(c) + 2, '-'));
    }
    m_out->write('\n');
}

void TableWriter::writeLine(const QList<QByteArrayView> &cells, const QList<int> &widths, bool header)
{
    // Blanks are written only when something follows them: no trailing blanks, as psql
    // leaves none after a left-aligned last column.
    int pending = 1;
    for (int c = 0; c < cells.size(); ++c) {
        if (c > 0) {
            writeSpaces(pending);
            m_out->write('|');
            pending = 1;
        }
        const int fill = std::max(0, widths.at(c) - displayWidth(cells.at(c)));
        const int before = header ? fill / 2 : (m_rightAligned.at(c) ? fill : 0);
        pending += before;
        if (!cells.at(c).isEmpty()) {
            writeSpaces(pending);
            pending = 0;
            m_out->write(cells.at(c));
        }
        pending += fill - before + 1;
    }
    m_out->write('\n');
}

void TableWriter::writeSpaces(int count)
{
    static const QByteArray spaces(256, ' ');
    while (count > 0) {
        const int n = std::min<int>(count, int(spaces.size()));
        m_out->write(QByteArrayView(spaces).first(n));
        count -= n;
    }
}
