#pragma once
#include <QMutex>
#include <QString>

#include <atomic>

struct pg_cancel;

// What the GUI thread may do to a session while its worker is busy: ask the fetch loop to stop,
// and send the server a cancel request. The PostgreSQL cancel key is taken right after every
// (re)connect and freed before the connection closes; the mutex keeps a cancel in flight from
// racing with that. Shared (std::shared_ptr) so a cancel task may outlive its session.
// Oracle: QOCI keeps its OCI service context private, so there is no OCIBreak to send; a cancel
// stops the fetch loop between rows, but a statement still executing runs until the server
// returns. SQLite runs in-process and is stopped the same way, between rows.
class CancelHandle
{
public:
    ~CancelHandle();

    void setPostgresConnection(void *pgconn);   // PGconn*; nullptr frees the key
    bool canCancelOnServer() const;

    // Sends the server-side cancel (blocking on a short network round trip: never call it on
    // the GUI thread — Session::cancel runs it on a pool thread). Returns false with *error set
    // when the server could not be asked.
    bool cancelOnServer(QString *error);

    void requestStop() { m_stop.store(true, std::memory_order_relaxed); }
    void clearStop() { m_stop.store(false, std::memory_order_relaxed); }
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }

private:
    mutable QMutex m_mutex;
    pg_cancel *m_pgCancel = nullptr;
    std::atomic<bool> m_stop{false};
};
