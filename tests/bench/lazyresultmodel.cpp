#include "lazyresultmodel.h"

#include "results/resultmodel.h"

void LazyResultModel::reset(const ResultColumns &columns)
{
    beginResetModel();
    m_buffer.reset(columns);
    m_exposed = 0;
    endResetModel();
}

void LazyResultModel::appendBatch(const RowBatchPtr &batch)
{
    m_buffer.append(batch);
    // Until a screenful is certainly there, rows show as they come; after that only on demand.
    if (m_exposed < kStep)
        expose(kStep);
}

void LazyResultModel::expose(qint64 upTo)
{
    const int target = int(std::min<qint64>({upTo, m_buffer.rowCount(), INT_MAX}));
    if (target <= m_exposed)
        return;
    beginInsertRows({}, m_exposed, target - 1);
    m_exposed = target;
    endInsertRows();
}

bool LazyResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_buffer.rowCount() > m_exposed;
}

void LazyResultModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        expose(qint64(m_exposed) + kStep);
}

int LazyResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_exposed;
}

int LazyResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_buffer.columnCount();
}

QVariant LazyResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_buffer.isNull(row, column) ? QStringLiteral("NULL") : m_buffer.displayText(row, column);
    case ResultModel::IsNullRole:
        return m_buffer.isNull(row, column);
    case Qt::TextAlignmentRole:
        return m_buffer.columns().at(column).isNumeric() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LazyResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_buffer.columnCount() ? QVariant(m_buffer.columns().at(section).name) : QVariant();
}
