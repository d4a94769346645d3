#include "resultmodel.h"

ResultModel::ResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultModel::reset(const ResultColumns &columns)
{
    beginResetModel();
    m_buffer.reset(columns);
    m_exposed = 0;
    endResetModel();
}

void ResultModel::appendBatch(const RowBatchPtr &batch)
{
    if (!batch || batch->rowCount() == 0)
        return;
    m_buffer.append(batch);
    // The first screens show as rows arrive; the rest only when a view scrolls to them.
    if (m_exposed < exposeStep)
        expose(exposeStep);
}

void ResultModel::expose(qint64 upTo)
{
    // Item views address rows with int: past INT_MAX rows the buffer keeps them, the grid stops.
    const int target = int(std::min<qint64>({upTo, m_buffer.rowCount(), qint64(INT_MAX)}));
    // A view (or Qt's model tester) may call fetchMore() again from inside the insert signals:
    // that must not start a second insert before this one has ended.
    if (target <= m_exposed || m_exposing)
        return;
    m_exposing = true;
    beginInsertRows({}, m_exposed, target - 1);
    m_exposed = target;
    endInsertRows();
    m_exposing = false;
}

void ResultModel::exposeAll()
{
    expose(m_buffer.rowCount());
}

bool ResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_buffer.rowCount() > m_exposed;
}

void ResultModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        expose(qint64(m_exposed) + exposeStep);
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_exposed;
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
    case RawBytesRole: {
        if (m_buffer.isNull(row, column))
            return QVariant();
        QByteArray scratch;
        return QVariant(m_buffer.raw(row, column, scratch).toByteArray());
    }
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
