#pragma once
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

// What the GUI thread may do to a session while its worker is busy: ask the fetch loop to stop,
// send the server a cancel request, and, when the server (or the network) no longer answers,
// shut the connection's socket so that the worker's wait on it returns. The PostgreSQL cancel
// key and the socket are taken right after every (re)connect and dropped before the connection
// closes; the mutex keeps a cancel or a shutdown from racing with that. Shared (std::shared_ptr)
// between the session, its worker and any cancel request still in flight.
// Oracle: QOCI keeps its OCI service context private, so there is no OCIBreak to send; a cancel
// stops the fetch loop between rows, but a statement still executing runs until the server
// returns. SQLite runs in-process and is stopped the same way, between rows. Neither has a
// socket to shut.
class CancelHandle
{
public:
    // How long a caller that wants the answer (the worker, before it reads on) waits for it.
    static constexpr int kCancelWaitMs = 2000;

    ~CancelHandle();

    void setPostgresConnection(void *pgconn);   // PGconn*; nullptr drops the key and the socket
    bool canCancelOnServer() const;

    // Sends the server-side cancel and waits at most timeoutMs for the server to take it.
    // PQcancel has no timeout of its own (a path that swallows packets holds it forever), so it
    // runs on a thread of its own that nobody ever waits for beyond timeoutMs, and never under
    // the mutex: a hung request holds only that thread. One request per key is in flight at a
    // time; asking again while it is waits for the same one. Returns false with *error set when
    // the server could not be asked or did not answer in time.
    bool cancelOnServer(QString *error, int timeoutMs = kCancelWaitMs);
    // The same without waiting at all: for the GUI thread.
    void cancelInBackground();

    // Shuts the connection's socket down (never closes it: libpq owns the descriptor) so that a
    // wait on a peer that stopped answering returns at once; the connection is lost with it.
    // Safe from any thread. False when there is no socket (not connected, not PostgreSQL).
    bool shutdownSocket();
    bool hasSocket() const;
    bool socketWasShutDown() const;   // since the last connect

    void requestStop() { m_stop.store(true, std::memory_order_relaxed); }
    void clearStop() { m_stop.store(false, std::memory_order_relaxed); }
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }

private:
    struct Key;
    struct Request;
    std::shared_ptr<Request> startRequest(QString *error);

    mutable QMutex m_mutex;
    std::shared_ptr<Key> m_key;   // also held by its request in flight, which may outlive it here
    int m_socket = -1;
    bool m_shutDown = false;
    std::atomic<bool> m_stop{false};
};
