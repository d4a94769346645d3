#include "sessionlistmodel.h"

#include "connection/connectionmanager.h"
#include "connection/session.h"

SessionListModel::SessionListModel(ConnectionManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    for (Session *s : manager->sessions())
        add(s);
    connect(manager, &ConnectionManager::sessionAdded, this, &SessionListModel::add);
    connect(manager, &ConnectionManager::sessionRemoved, this, &SessionListModel::removeId);
}

void SessionListModel::add(Session *session)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(session);
    endInsertRows();
    const auto update = [this, session] { refresh(session); };
    connect(session, &Session::stateChanged, this, update);
    connect(session, &Session::identityChanged, this, update);
    connect(session, &Session::statementFinished, this, update);
    connect(session, &Session::transactionChanged, this, update);
    connect(session, &Session::ownerLabelChanged, this, update);
}

void SessionListModel::removeId(quint64 id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row) || m_rows.at(row)->id() == id) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

void SessionListModel::refresh(Session *session)
{
    const int row = int(m_rows.indexOf(session));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Session *SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).data() : nullptr;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    const Session *s = sessionAt(index.row());
    if (!s || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const SessionIdentity id = s->identity();
    switch (index.column()) {
    case Profile: return s->profile().name;
    case Tab: return s->ownerLabel();
    case User: {
        // Who the server says runs the queries; who logged in when that differs (proxy, SET ROLE).
        const QString current = id.currentUser.isEmpty() ? s->userName() : id.currentUser;
        const QString loggedIn = !id.proxyUser.isEmpty() ? id.proxyUser : id.sessionUser;
        return loggedIn.isEmpty() || loggedIn == current ? current : tr("%1 (as %2)").arg(current, loggedIn);
    }
    case State: return Session::stateText(s->state());
    case Backend: return id.backendId;
    case Since: return s->connectedSince().toString(QStringLiteral("HH:mm:ss"));
    case LastActivity: return s->lastActivity().toString(QStringLiteral("HH:mm:ss"));
    case Transaction:
        if (!s->hasOpenTransaction())
            return s->isAutoCommit() ? tr("auto-commit") : tr("none open");
        return tr("open since %1").arg(s->transactionSince().toString(QStringLiteral("HH:mm:ss")));
    default: return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Profile: return tr("Profile");
    case Tab: return tr("Tab");
    case User: return tr("User");
    case State: return tr("State");
    case Backend: return tr("Backend");
    case Since: return tr("Connected");
    case LastActivity: return tr("Last activity");
    case Transaction: return tr("Transaction");
    default: return {};
    }
}
