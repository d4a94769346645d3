#include "resultmodel.h"

ResultModel::ResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultModel::reset(const ResultColumns &columns)
{
    beginResetModel();
    m_buffer.reset(columns);
    endResetModel();
}

void ResultModel::appendBatch(const RowBatchPtr &batch)
{
    if (!batch || batch->rowCount() == 0)
        return;
    const qint64 first = m_buffer.rowCount();
    // Item views address rows with int: past INT_MAX rows the buffer keeps them, the grid stops.
    const qint64 last = std::min<qint64>(first + batch->rowCount(), INT_MAX) - 1;
    if (last >= first)
        beginInsertRows({}, int(first), int(last));
    m_buffer.append(batch);
    if (last >= first)
        endInsertRows();
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_buffer.rowCount(), INT_MAX));
}

int ResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_buffer.columnCount();
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_buffer.isNull(row, column) ? QStringLiteral("NULL") : m_buffer.displayText(row, column);
    case Qt::ToolTipRole:
        return m_buffer.isNull(row, column) ? QVariant() : QVariant(m_buffer.displayText(row, column, 1000));
    case FullTextRole:
    case Qt::EditRole:
        return m_buffer.isNull(row, column) ? QVariant() : QVariant(m_buffer.text(row, column));
    case IsNullRole:
        return m_buffer.isNull(row, column);
    case ColumnKindRole:
        return int(m_buffer.columns().at(column).kind);
    case Qt::TextAlignmentRole:
        return m_buffer.columns().at(column).isNumeric() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_buffer.columnCount())
        return {};
    const ResultColumn &c = m_buffer.columns().at(section);
    if (role == Qt::DisplayRole)
        return c.name;
    if (role == Qt::ToolTipRole)
        return c.typeName.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.typeName);
    return {};
}
