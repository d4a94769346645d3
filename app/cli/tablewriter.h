#pragma once
#include "resultwriter.h"

#include <QList>

#include <vector>

// psql-like aligned output:
//    id | name
//   ----+-------
//     1 | alice
//     2 |
//   (2 rows)
// Column names are centred, numbers right-aligned, NULL is empty (psql's default). psql
// measures every row before printing; we never hold a whole result (10M rows), so widths come
// from the header and the first kMeasureRows rows, which are held back until then. A longer
// value after them widens its own line, not the column. Newlines, CRs and tabs inside values
// are shown as \n, \r and \t so each row stays one line. Widths count code points (East Asian
// wide characters count as one).
class TableWriter final : public ResultWriter
{
public:
    using ResultWriter::ResultWriter;

    void begin(const ResultColumns &columns) override;
    void writeBatch(const RowBatchPtr &batch) override;
    void end(qint64 rowCount) override;

    static int displayWidth(QByteArrayView utf8);
    // The first batch of a result may hold a single row (it is sent alone so it shows at once):
    // measuring on it alone would make every column as narrow as that row.
    static constexpr qint64 kMeasureRows = 1000;

private:
    QByteArrayView shown(int column, const RowBatch::RowCursor &row);
    void writeRows(const RowBatch &batch);
    void writeHeldBack();
    void writeHeader();
    void writeLine(const QList<QByteArrayView> &cells, const QList<int> &widths, bool header);
    void writeSpaces(int count);

    ResultColumns m_columns;
    QList<QByteArray> m_names;
    QList<int> m_widths;
    QList<bool> m_rightAligned;
    QList<QByteArray> m_scratch;   // per column: the escaped / hex text of the current cell
    std::vector<RowBatchPtr> m_heldBack;   // until kMeasureRows rows are in, or the result ends
    qint64 m_heldRows = 0;
    bool m_headerWritten = false;
};
