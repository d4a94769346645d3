#include "resultbuffer.h"

#include <algorithm>

void ResultBuffer::reset(const ResultColumns &columns)
{
    m_columns = columns;
    m_batches.clear();
    m_batchFirstRow.clear();
    m_rowCount = 0;
    m_byteSize = 0;
}

void ResultBuffer::append(const RowBatchPtr &batch)
{
    if (!batch || batch->rowCount() == 0)
        return;
    m_batchFirstRow.push_back(m_rowCount);
    m_batches.push_back(batch);
    m_rowCount += batch->rowCount();
    m_byteSize += batch->byteSize();
}

std::pair<const RowBatch *, int> ResultBuffer::locate(qint64 row) const
{
    auto it = std::upper_bound(m_batchFirstRow.begin(), m_batchFirstRow.end(), row);
    const auto index = std::size_t(std::distance(m_batchFirstRow.begin(), it) - 1);
    return {m_batches[index].get(), int(row - m_batchFirstRow[index])};
}

bool ResultBuffer::isNull(qint64 row, int column) const
{
    const auto [batch, local] = locate(row);
    return batch->isNull(local, column);
}

QByteArrayView ResultBuffer::raw(qint64 row, int column, QByteArray &scratch) const
{
    const auto [batch, local] = locate(row);
    return batch->cell(local, column, scratch);
}

QString ResultBuffer::text(qint64 row, int column) const
{
    QByteArray scratch;
    const QByteArrayView bytes = raw(row, column, scratch);
    if (m_columns.at(column).kind == ColumnKind::Binary && !bytes.startsWith("\\x"))
        return QStringLiteral("\\x") + QString::fromLatin1(bytes.toByteArray().toHex());
    return QString::fromUtf8(bytes);
}

QString ResultBuffer::displayText(qint64 row, int column, int maxChars) const
{
    QByteArray scratch;
    const QByteArrayView bytes = raw(row, column, scratch);
    // Decode only a little more than is shown: a 2 GB cell must not be decoded to draw it.
    const bool binary = m_columns.at(column).kind == ColumnKind::Binary && !bytes.startsWith("\\x");
    QString shown = binary
        ? QStringLiteral("\\x") + QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), maxChars)).toByteArray().toHex())
        : QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), qsizetype(maxChars) * 4)));
    bool elided = binary ? bytes.size() > maxChars : bytes.size() > qsizetype(maxChars) * 4;
    const qsizetype newline = shown.indexOf(QLatin1Char('\n'));
    if (newline >= 0) {
        shown.truncate(newline);
        elided = true;
    }
    if (shown.size() > maxChars) {
        shown.truncate(maxChars);
        elided = true;
    }
    if (elided)
        shown.append(QChar(0x2026));
    return shown;
}
