#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

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
// one byte arena; a cell is a LEB128 varint (0 = NULL, n = n-1 bytes follow) and then its bytes.
// Rows are found through a 32-bit offset for every 16th row (an anchor) and a short walk from
// there, so a cell costs its bytes plus one or two, and a row a quarter of a byte more.
// Batches are built by the session worker and handed to the GUI thread whole (never copied).
class RowBatch
{
public:
    explicit RowBatch(int columnCount, qsizetype reserveBytes = 0);

    int columnCount() const { return m_columnCount; }
    int rowCount() const { return m_rowCount; }
    qsizetype byteSize() const { return m_arena.size() + m_anchors.size() * qsizetype(sizeof(quint32)); }

    // Appending: beginRow(), then exactly columnCount() calls of appendCell / appendNull.
    void beginRow()
    {
        if ((m_rowCount & (anchorEvery - 1)) == 0)
            m_anchors.push_back(quint32(m_arena.size()));
        ++m_rowCount;
    }
    void appendCell(const char *data, qsizetype length);
    void appendNull() { m_arena.append('\0'); }
    // Gives back unused reserved space: a batch sent early with few rows must not keep the
    // whole reservation alive for as long as the result is shown.
    void squeeze()
    {
        m_arena.squeeze();
        m_anchors.squeeze();
    }

    bool isNull(int row, int column) const;
    QByteArrayView cell(int row, int column) const;   // empty view for NULL

private:
    static constexpr int anchorEvery = 16;   // a power of two
    const char *cellHeader(int row, int column) const;

    int m_columnCount;
    int m_rowCount = 0;
    QByteArray m_arena;
    QVector<quint32> m_anchors;   // arena offset of rows 0, 16, 32, ...
};
using RowBatchPtr = std::shared_ptr<const RowBatch>;
Q_DECLARE_METATYPE(RowBatchPtr)
