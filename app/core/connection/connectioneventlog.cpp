#include "connectioneventlog.h"

#include "connection/session.h"

void ConnectionEventLog::watch(Session *session)
{
    connect(session, &Session::opened, this, [this, session] { record(session, tr("connected")); });
    connect(session, &Session::openFailed, this, [this, session](const SqlErrorInfo &error) {
        record(session, tr("login failed: %1").arg(error.message));
    });
    connect(session, &Session::connectionLost, this, [this, session](const QString &why) {
        record(session, tr("connection lost: %1").arg(why));
    });
    connect(session, &Session::reconnected, this, [this, session](bool transactionLost) {
        record(session, transactionLost ? tr("reconnected; the open transaction was lost") : tr("reconnected"));
    });
    connect(session, &Session::statementFinished, this, [this, session](const StatementOutcome &o) {
        if (o.cancelled)
            record(session, tr("cancelled after %1 s").arg(o.elapsedMs / 1000.0, 0, 'f', 1));
    });
}

void ConnectionEventLog::record(const QString &profileName, const QString &user, const QString &what)
{
    ConnectionEvent e{QDateTime::currentDateTime(), profileName, user, what};
    m_events.append(e);
    emit eventLogged(e);
}

void ConnectionEventLog::record(const Session *session, const QString &what)
{
    record(session->profile().name, session->userName(), what);
}
