#include "rowbatch.h"

#include <algorithm>
#include <cstring>
#include <vector>

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

int varintSize(quint64 v)
{
    int size = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++size;
    }
    return size;
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

constexpr quint64 nullHeader = 0;
constexpr quint64 sameAsAboveHeader = 1;
quint64 literalHeader(qsizetype length) { return 2 * quint64(length) + 3; }
quint64 editHeader(qsizetype middleLength) { return 2 * quint64(middleLength) + 2; }
bool isLiteral(quint64 header) { return header >= 3 && (header & 1); }
bool isEdit(quint64 header) { return header >= 2 && !(header & 1); }

// Cells longer than this are always stored whole: remembering them to compare with the next
// row would cost a copy of every large value while appending.
constexpr qsizetype longestRemembered = 4096;

// A cell as stored after its header: the bytes of a literal, or an edit of the cell above.
struct StoredCell
{
    quint64 header = nullHeader;
    quint64 prefix = 0;
    quint64 suffix = 0;
    const char *bytes = nullptr;
    qsizetype byteCount = 0;
};

StoredCell readCell(const char *&p)
{
    StoredCell cell;
    cell.header = readVarint(p);
    if (isLiteral(cell.header)) {
        cell.byteCount = qsizetype((cell.header - 3) / 2);
    } else if (isEdit(cell.header)) {
        cell.byteCount = qsizetype((cell.header - 2) / 2);
        cell.prefix = readVarint(p);
        cell.suffix = readVarint(p);
    }
    cell.bytes = p;
    p += cell.byteCount;
    return cell;
}
} // namespace

// What appending remembers of the previous row in the same anchor block.
struct RowBatch::Encoder
{
    explicit Encoder(int columns) : above(std::size_t(columns)), aboveKnown(std::size_t(columns), false) {}

    std::vector<QByteArray> above;   // the previous row's cells, where remembered
    std::vector<bool> aboveKnown;    // false for NULL, too long, or in an anchor row
    int nextColumn = 0;
    bool anchorRow = true;
};

RowBatch::RowBatch(int columnCount, qsizetype reserveBytes)
    : m_columnCount(columnCount)
    , m_encoder(std::make_unique<Encoder>(columnCount))
{
    if (reserveBytes > 0)
        m_arena.reserve(reserveBytes);
}

RowBatch::~RowBatch() = default;

void RowBatch::beginRow()
{
    Q_ASSERT_X(m_encoder, "RowBatch::beginRow", "appending to a finished batch");
    m_encoder->anchorRow = (m_rowCount & (anchorEvery - 1)) == 0;
    if (m_encoder->anchorRow) {
        m_anchors.push_back(quint32(m_arena.size()));
        std::fill(m_encoder->aboveKnown.begin(), m_encoder->aboveKnown.end(), false);
    }
    m_encoder->nextColumn = 0;
    ++m_rowCount;
}

void RowBatch::appendLiteral(const char *data, qsizetype length)
{
    appendVarint(m_arena, literalHeader(length));
    m_arena.append(data, length);
}

void RowBatch::appendCell(const char *data, qsizetype length)
{
    const auto column = std::size_t(m_encoder->nextColumn++);
    QByteArray &above = m_encoder->above[column];
    const bool aboveKnown = m_encoder->aboveKnown[column];
    const bool remember = length <= longestRemembered;

    if (!aboveKnown || !remember) {
        appendLiteral(data, length);
    } else if (length == above.size() && std::memcmp(data, above.constData(), std::size_t(length)) == 0) {
        appendVarint(m_arena, sameAsAboveHeader);
        return;   // what is remembered stays right
    } else {
        const qsizetype shorter = std::min(length, above.size());
        const char *a = above.constData();
        qsizetype prefix = 0;
        while (prefix < shorter && data[prefix] == a[prefix])
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < shorter - prefix && data[length - 1 - suffix] == a[above.size() - 1 - suffix])
            ++suffix;
        const qsizetype middle = length - prefix - suffix;
        const int editCost = varintSize(editHeader(middle)) + varintSize(quint64(prefix)) + varintSize(quint64(suffix));
        if (editCost + middle < varintSize(literalHeader(length)) + length) {
            appendVarint(m_arena, editHeader(middle));
            appendVarint(m_arena, quint64(prefix));
            appendVarint(m_arena, quint64(suffix));
            m_arena.append(data + prefix, middle);
        } else {
            appendLiteral(data, length);
        }
    }
    if (remember) {
        above.resize(length);   // keeps its capacity: no allocation per row
        std::memcpy(above.data(), data, std::size_t(length));
    }
    m_encoder->aboveKnown[column] = remember;
}

void RowBatch::appendNull()
{
    const auto column = std::size_t(m_encoder->nextColumn++);
    appendVarint(m_arena, nullHeader);
    m_encoder->aboveKnown[column] = false;
}

void RowBatch::finish(bool squeezeArena)
{
    m_encoder.reset();
    if (squeezeArena) {
        m_arena.squeeze();
        m_anchors.squeeze();
    }
}

const char *RowBatch::cellHeader(int row, int column) const
{
    const char *p = m_arena.constData() + m_anchors.at(row / anchorEvery);
    // Walk from the anchor: whole rows first, then the cells before the column.
    const int cellsToSkip = (row % anchorEvery) * m_columnCount + column;
    for (int c = 0; c < cellsToSkip; ++c)
        readCell(p);
    return p;
}

bool RowBatch::isNull(int row, int column) const
{
    const char *p = cellHeader(row, column);
    return readVarint(p) == nullHeader;
}

QByteArrayView RowBatch::cell(int row, int column, QByteArray &scratch) const
{
    // Walk from the anchor row down to this row, following the column: a literal is the value,
    // an edit builds the value from the one before it.
    const char *p = m_arena.constData() + m_anchors.at(row / anchorEvery);
    const int rowsFromAnchor = row % anchorEvery;
    QByteArrayView value;
    QByteArray edited;
    for (int r = 0; r <= rowsFromAnchor; ++r) {
        for (int c = 0; c < m_columnCount; ++c) {
            const StoredCell stored = readCell(p);
            if (c != column)
                continue;
            if (stored.header == nullHeader) {
                value = {};
            } else if (isLiteral(stored.header)) {
                value = QByteArrayView(stored.bytes, stored.byteCount);
            } else if (isEdit(stored.header)) {
                edited.resize(0);   // keeps its capacity
                edited.reserve(qsizetype(stored.prefix + stored.suffix) + stored.byteCount);
                edited.append(value.first(qsizetype(stored.prefix)));
                edited.append(stored.bytes, stored.byteCount);
                edited.append(value.last(qsizetype(stored.suffix)));
                scratch.swap(edited);   // value may point into the old scratch: kept alive in edited
                value = scratch;
            }
            // sameAsAbove: value stays
            if (r == rowsFromAnchor)
                return value;
            break;   // the rest of this row's cells: skipped below
        }
        if (r < rowsFromAnchor) {
            for (int c = column + 1; c < m_columnCount; ++c)
                readCell(p);
        }
    }
    return value;
}

RowBatch::RowCursor::RowCursor(const RowBatch &batch, int firstRow)
    : m_batch(batch)
    , m_columns(std::size_t(batch.m_columnCount))
{
    Q_ASSERT_X(!batch.m_encoder, "RowBatch::RowCursor", "reading a batch that is still being appended to");
    if (firstRow < 0 || firstRow >= batch.m_rowCount) {
        m_nextRow = batch.m_rowCount;
        return;
    }
    // An anchor row holds only literals and NULLs: decoding can start there whatever came before.
    const int anchor = firstRow / anchorEvery;
    m_p = batch.m_arena.constData() + batch.m_anchors.at(anchor);
    m_nextRow = anchor * anchorEvery;
    while (m_nextRow < firstRow) {
        decodeRow();
        ++m_nextRow;
    }
}

bool RowBatch::RowCursor::next()
{
    if (m_nextRow >= m_batch.m_rowCount)
        return false;
    decodeRow();
    m_row = m_nextRow++;
    return true;
}

void RowBatch::RowCursor::decodeRow()
{
    for (Column &column : m_columns) {
        const StoredCell stored = readCell(m_p);
        if (stored.header == nullHeader) {
            column.value = {};
            column.null = true;
        } else if (isLiteral(stored.header)) {
            column.value = QByteArrayView(stored.bytes, stored.byteCount);
            column.null = false;
        } else if (isEdit(stored.header)) {
            // The row above's value may live in column.edited: build into the spare buffer.
            QByteArray &out = column.spare;
            out.resize(0);   // keeps its capacity
            out.reserve(qsizetype(stored.prefix + stored.suffix) + stored.byteCount);
            out.append(column.value.first(qsizetype(stored.prefix)));
            out.append(stored.bytes, stored.byteCount);
            out.append(column.value.last(qsizetype(stored.suffix)));
            column.edited.swap(out);
            column.value = column.edited;
            column.null = false;
        }
        // sameAsAbove: value and null stay as they are
    }
}
