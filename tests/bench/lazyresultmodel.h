#pragma once
#include "results/resultbuffer.h"

#include <QAbstractTableModel>

// PROTOTYPE of a proposed ResultModel change, for `tessera-bench fetch --prototype-lazy-model`
// only; the workbench does not use it. Batches go into the buffer at once, but views are told
// about rows in steps, through canFetchMore()/fetchMore(), which QTableView calls when its
// last row scrolls into sight. While rows stream in below the screen the grid neither
// relayouts nor repaints, and its vertical QHeaderView (8+ bytes per row it knows of) holds
// only the rows exposed so far.
class LazyResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kStep = 10000;

    using QAbstractTableModel::QAbstractTableModel;

    void reset(const ResultColumns &columns);
    void appendBatch(const RowBatchPtr &batch);
    const ResultBuffer &buffer() const { return m_buffer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void expose(qint64 upTo);

    ResultBuffer m_buffer;
    int m_exposed = 0;
};
