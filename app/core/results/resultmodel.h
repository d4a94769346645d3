#pragma once
#include "results/resultbuffer.h"

#include <QAbstractTableModel>

// The grid's model over a ResultBuffer. Batches are appended as whole row ranges, so a batch
// costs the GUI thread one beginInsertRows/endInsertRows, whatever its size.
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Extra roles for views and exporters.
    enum Role { IsNullRole = Qt::UserRole + 1, FullTextRole, ColumnKindRole };

    explicit ResultModel(QObject *parent = nullptr);

    void reset(const ResultColumns &columns);
    void appendBatch(const RowBatchPtr &batch);
    void clear() { reset({}); }
    const ResultBuffer &buffer() const { return m_buffer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResultBuffer m_buffer;
};
