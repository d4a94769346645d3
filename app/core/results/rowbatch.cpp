#include "rowbatch.h"

namespace {
// LEB128: 7 bits per byte, high bit set while more bytes follow.
void appendVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

quint64 readVarint(const char *&p)
{
    quint64 v = 0;
    int shift = 0;
    for (;;) {
        const auto byte = quint8(*p++);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return v;
        shift += 7;
    }
}
} // namespace

RowBatch::RowBatch(int columnCount, qsizetype reserveBytes)
    : m_columnCount(columnCount)
{
    if (reserveBytes > 0)
        m_arena.reserve(reserveBytes);
}

void RowBatch::appendCell(const char *data, qsizetype length)
{
    appendVarint(m_arena, quint64(length) + 1);
    m_arena.append(data, length);
}

const char *RowBatch::cellHeader(int row, int column) const
{
    const char *p = m_arena.constData() + m_anchors.at(row / anchorEvery);
    // Walk from the anchor: whole rows first, then the cells before the column.
    const int cellsToSkip = (row % anchorEvery) * m_columnCount + column;
    for (int c = 0; c < cellsToSkip; ++c) {
        const quint64 lenPlusOne = readVarint(p);
        if (lenPlusOne)
            p += lenPlusOne - 1;
    }
    return p;
}

bool RowBatch::isNull(int row, int column) const
{
    return *cellHeader(row, column) == '\0';
}

QByteArrayView RowBatch::cell(int row, int column) const
{
    const char *p = cellHeader(row, column);
    const quint64 lenPlusOne = readVarint(p);
    if (!lenPlusOne)
        return {};
    return QByteArrayView(p, qsizetype(lenPlusOne - 1));
}
