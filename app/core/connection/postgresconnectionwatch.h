#pragma once
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QSocketNotifier;
struct pg_conn;
struct pg_result;

// What a PostgreSQL connection says outside of a statement's result: notices and warnings
// (RAISE NOTICE, deprecation warnings) and the FATAL a server sends before it drops a
// connection. While the session is idle nobody reads the socket, so a terminated backend, a
// restart or a dead network would go unnoticed until the next run; this watches the socket
// then and reports the loss at once, with the server's own words.
// Lives in the session's thread, beside the SessionWorker that owns the connection.
class PostgresConnectionWatch : public QObject
{
    Q_OBJECT
public:
    explicit PostgresConnectionWatch(QObject *parent = nullptr);

    // Starts collecting the connection's notices; nullptr for other databases.
    void attach(pg_conn *connection);
    void detach();                  // before the connection is closed
    void setWatching(bool idle);    // true between statements
    void flushNotices();            // emits serverNotice for each notice collected so far
    QString lastFatal() const { return m_lastFatal; }

signals:
    void serverNotice(const QString &severity, const QString &message);
    void connectionLost(const QString &message);

private:
    static void receiveNotice(void *self, const pg_result *notice);
    void onSocketActivity();

    pg_conn *m_connection = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QList<QPair<QString, QString>> m_notices;   // severity, text: NOTICE, WARNING, FATAL…
    QString m_lastFatal;                        // why the server said it would drop us
};
