#pragma once
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class Session;

// One line of the connection event log (login ok/failed, connect, cancel, close, ...).
struct ConnectionEvent
{
    QDateTime when;
    QString profileName;
    QString user;
    QString what;
};

// What happened to the program's connections, for the Connections in use dock: every session
// the manager hands out is watched from creation to close, and refusals are recorded too.
class ConnectionEventLog : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void watch(Session *session);
    void record(const QString &profileName, const QString &user, const QString &what);
    void record(const Session *session, const QString &what);
    QList<ConnectionEvent> events() const { return m_events; }

signals:
    void eventLogged(const ConnectionEvent &event);

private:
    QList<ConnectionEvent> m_events;
};
