#pragma once
#include "results/resultbuffer.h"

#include <QAbstractTableModel>

// The grid's model over a ResultBuffer. Every fetched row is kept in the buffer at once, but views
// are told about rows in steps (canFetchMore / fetchMore, which an item view calls when its last
// row comes into sight): while millions of rows stream in below the screen, the grid neither
// lays out nor repaints, and its row header holds only the rows shown so far. Status lines and
// exporters ask fetchedRowCount(), not rowCount().
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Extra roles for views and exporters.
    enum Role {
        IsNullRole = Qt::UserRole + 1,
        FullTextRole,
        ColumnKindRole,
        RawBytesRole   // the cell as stored (QByteArray), for the value viewer and exports
    };

    explicit ResultModel(QObject *parent = nullptr);

    void reset(const ResultColumns &columns);
    void appendBatch(const RowBatchPtr &batch);
    void clear() { reset({}); }
    const ResultBuffer &buffer() const { return m_buffer; }
    qint64 fetchedRowCount() const { return m_buffer.rowCount(); }
    void exposeAll();                         // every fetched row, e.g. for "go to last row"

    static constexpr int exposeStep = 10000;  // rows a view learns of per fetchMore
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void expose(qint64 upTo);

    ResultBuffer m_buffer;
    int m_exposed = 0;   // rows the views know of
    bool m_exposing = false;
};
