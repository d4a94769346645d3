#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

// How a column's values are shown: numbers right-aligned, binary as hex, and so on.
enum class ColumnKind : quint8 { Text, Integer, Decimal, Float, Boolean, Date, Time, Timestamp, Binary, Other };

struct ResultColumn
{
    QString name;
    QString typeName;   // the server's type name where known ("int4", "numeric", ...)
    ColumnKind kind = ColumnKind::Text;

    bool isNumeric() const
    {
        return kind == ColumnKind::Integer || kind == ColumnKind::Decimal || kind == ColumnKind::Float;
    }
};
using ResultColumns = QVector<ResultColumn>;

// A block of fetched rows in compact form: no QVariant per cell. Each row is a run of cells in
// one byte arena; rows are found through a 32-bit offset for every 16th row (an anchor) and a
// short walk from there.
//
// Neighbouring rows tend to look alike (ids counting up, timestamps a second apart, a status
// column repeating), so a cell may be stored as an edit of the cell above it in the same
// anchor block: the bytes it shares with it at the start and at the end are not stored again.
// A cell is a LEB128 varint header v, then:
//   v = 0            NULL
//   v = 1            the same bytes as the cell above
//   v = 2n + 3       n bytes follow (a literal; always used in anchor rows)
//   v = 2m + 2       varint p, varint s, m bytes follow: the cell above's first p bytes, these
//                    m bytes, the cell above's last s bytes
// On the 1M-row benchmark table a row takes 50 bytes where its values alone take 75.
// Batches are built by the session worker and handed to the GUI thread whole (never copied).
class RowBatch
{
public:
    explicit RowBatch(int columnCount, qsizetype reserveBytes = 0);
    ~RowBatch();
    RowBatch(const RowBatch &) = delete;
    RowBatch &operator=(const RowBatch &) = delete;

    int columnCount() const { return m_columnCount; }
    int rowCount() const { return m_rowCount; }
    qsizetype byteSize() const { return m_arena.size() + m_anchors.size() * qsizetype(sizeof(quint32)); }

    // Appending: beginRow(), then exactly columnCount() calls of appendCell / appendNull;
    // finish() when the batch is complete.
    void beginRow();
    void appendCell(const char *data, qsizetype length);
    void appendNull();
    // Drops what appending needed (the previous row's values). With squeezeArena, also gives
    // back unused reserved space: a batch sent early with few rows must not keep its whole
    // reservation alive for as long as the result is shown.
    void finish(bool squeezeArena = false);

    bool isNull(int row, int column) const;
    // The cell's bytes (empty for NULL). A cell stored as an edit of the one above is rebuilt
    // in scratch; the view is valid while the batch and scratch are unchanged.
    // Each call walks from the row's anchor: fine for the cells a grid shows, quadratic for
    // reading whole wide rows. Writers and exporters read rows with a RowCursor instead.
    QByteArrayView cell(int row, int column, QByteArray &scratch) const;

    class RowCursor;

private:
    static constexpr int anchorEvery = 16;   // a power of two
    struct Encoder;
    const char *cellHeader(int row, int column) const;
    void appendLiteral(const char *data, qsizetype length);

    int m_columnCount;
    int m_rowCount = 0;
    QByteArray m_arena;
    QVector<quint32> m_anchors;   // arena offset of rows 0, 16, 32, ...
    std::unique_ptr<Encoder> m_encoder;   // while appending only
};
// Reads a finished batch's rows in order, every cell of a row in one pass: the time is linear
// in the batch's bytes. It keeps each column's value of the row before (a view into the arena,
// or the rebuilt bytes of an edited cell), which is what the next row's edits and repeats
// refer to.
//     RowBatch::RowCursor cursor(batch);
//     while (cursor.next())
//         for (int c = 0; c < batch.columnCount(); ++c)
//             use(cursor.isNull(c), cursor.cell(c));
class RowBatch::RowCursor
{
public:
    // next() goes to firstRow first; rows before it in its anchor block are decoded on the way.
    explicit RowCursor(const RowBatch &batch, int firstRow = 0);

    // Moves to the next row; false after the last one.
    bool next();
    int row() const { return m_row; }
    bool isNull(int column) const { return m_columns[std::size_t(column)].null; }
    // The cell's bytes in the current row (empty for NULL); valid until next() and while the
    // cursor and the batch live.
    QByteArrayView cell(int column) const { return m_columns[std::size_t(column)].value; }

private:
    struct Column
    {
        QByteArrayView value;
        bool null = true;
        QByteArray edited;   // holds value when the cell was rebuilt from an edit
        QByteArray spare;    // where the next edit is rebuilt (value may point into edited)
    };
    void decodeRow();

    const RowBatch &m_batch;
    const char *m_p = nullptr;   // the next row's first cell header
    int m_row = -1;
    int m_nextRow = 0;
    std::vector<Column> m_columns;
};

using RowBatchPtr = std::shared_ptr<const RowBatch>;
Q_DECLARE_METATYPE(RowBatchPtr)
