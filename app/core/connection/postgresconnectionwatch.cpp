#include "postgresconnectionwatch.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

#include <utility>

PostgresConnectionWatch::PostgresConnectionWatch(QObject *parent)
    : QObject(parent)
{
}

void PostgresConnectionWatch::attach(pg_conn *connection)
{
    setWatching(false);
    m_connection = connection;
    m_lastFatal.clear();
    // The receiver stays installed until the connection is closed; this object outlives it
    // (the worker closes its connection before its children go).
    if (m_connection)
        PQsetNoticeReceiver(m_connection, &PostgresConnectionWatch::receiveNotice, this);
}

void PostgresConnectionWatch::detach()
{
    setWatching(false);
    m_connection = nullptr;
}

void PostgresConnectionWatch::setWatching(bool idle)
{
    if (m_notifier) {
        // May run inside the notifier's own activated(): let it finish before it goes.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (!idle || !m_connection || PQstatus(m_connection) == CONNECTION_BAD || PQsocket(m_connection) < 0)
        return;
    m_notifier = new QSocketNotifier(PQsocket(m_connection), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PostgresConnectionWatch::onSocketActivity);
}

void PostgresConnectionWatch::receiveNotice(void *self, const PGresult *notice)
{
    // Called by libpq inside calls made in this thread (ours or the driver's).
    auto *watch = static_cast<PostgresConnectionWatch *>(self);
    const QString severity = QString::fromUtf8(PQresultErrorField(notice, PG_DIAG_SEVERITY));
    const QString text = QString::fromUtf8(PQresultErrorField(notice, PG_DIAG_MESSAGE_PRIMARY));
    watch->m_notices.append({severity, text});
    if (severity == QLatin1String("FATAL") || severity == QLatin1String("PANIC"))
        watch->m_lastFatal = text;
}

void PostgresConnectionWatch::flushNotices()
{
    const auto notices = std::exchange(m_notices, {});
    for (const auto &[severity, text] : notices)
        emit serverNotice(severity, text);
}

void PostgresConnectionWatch::onSocketActivity()
{
    if (!m_connection)
        return;
    PQconsumeInput(m_connection);
    while (PGnotify *n = PQnotifies(m_connection))
        PQfreemem(n);
    flushNotices();
    if (PQstatus(m_connection) != CONNECTION_BAD)
        return;
    setWatching(false);
    // The server usually says why before it goes (FATAL: terminating connection due to …),
    // often in an earlier read than the one that finds the socket closed.
    emit connectionLost(m_lastFatal.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_connection)).trimmed() : m_lastFatal);
}
