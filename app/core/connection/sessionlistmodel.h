#pragma once
#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class ConnectionManager;
class Session;

// Every live session, one row each, for the connection monitor: profile, tab, who the server
// says it is, state, backend, since when, last activity, transaction. Follows the manager.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Profile, Tab, User, State, Backend, Since, LastActivity, Transaction, ColumnCount };

    explicit SessionListModel(ConnectionManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Session *sessionAt(int row) const;

private:
    void add(Session *session);
    void removeId(quint64 id);
    void refresh(Session *session);

    ConnectionManager *m_manager;
    QList<QPointer<Session>> m_rows;
};
