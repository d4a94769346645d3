#include "rowbatch.h"

#include <zstd.h>

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

const char *RowBatch::cellHeader(const char *arena, int row, int column) const
{
    const char *p = arena + m_anchors.at(row / anchorEvery);
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
    Q_ASSERT(!isPacked());
    return isNull(m_arena.constData(), row, column);
}

QByteArrayView RowBatch::cell(int row, int column) const
{
    Q_ASSERT(!isPacked());
    return cell(m_arena.constData(), row, column);
}

QByteArrayView RowBatch::cell(const char *arena, int row, int column) const
{
    const char *p = cellHeader(arena, row, column);
    const quint64 lenPlusOne = readVarint(p);
    if (!lenPlusOne)
        return {};
    return QByteArrayView(p, qsizetype(lenPlusOne - 1));
}

void RowBatch::pack()
{
    if (isPacked() || m_arena.isEmpty())
        return;
    // Level 1: several hundred MB/s on the worker thread, about a third of the bytes for
    // typical result text (numbers, timestamps, hex, words).
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(m_arena.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(packed.data(), size_t(packed.size()), m_arena.constData(),
                                   size_t(m_arena.size()), 1);
    if (ZSTD_isError(n) || qsizetype(n) > m_arena.size() - m_arena.size() / 10)
        return;
    packed.truncate(qsizetype(n));
    packed.squeeze();
    m_packedSize = m_arena.size();
    m_arena = std::move(packed);
}

QByteArray RowBatch::unpackedArena() const
{
    if (!isPacked())
        return m_arena;
    QByteArray arena(m_packedSize, Qt::Uninitialized);
    const size_t n = ZSTD_decompress(arena.data(), size_t(arena.size()), m_arena.constData(), size_t(m_arena.size()));
    Q_ASSERT(!ZSTD_isError(n) && qsizetype(n) == m_packedSize);
    Q_UNUSED(n);
    return arena;
}
