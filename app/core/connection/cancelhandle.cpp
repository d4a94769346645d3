#include "cancelhandle.h"

#include <libpq-fe.h>

#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>

// One PQcancel in flight, shared by the thread that sends it and whoever waits for its answer.
struct CancelHandle::Request
{
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    bool sent = false;
    QString error;
};

// A connection's cancel key. PQgetCancel copies the address and the key: it does not refer to
// the PGconn, so a request may still use it after that connection is closed.
struct CancelHandle::Key
{
    explicit Key(PGcancel *c)
        : cancel(c)
    {
    }
    ~Key() { PQfreeCancel(cancel); }
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;

    PGcancel *const cancel;
    std::shared_ptr<Request> inFlight;   // under CancelHandle::m_mutex
};

CancelHandle::~CancelHandle() = default;   // a request still in flight keeps its own key

void CancelHandle::setPostgresConnection(void *pgconn)
{
    auto *conn = static_cast<PGconn *>(pgconn);
    std::shared_ptr<Key> key;
    if (PGcancel *cancel = conn ? PQgetCancel(conn) : nullptr)
        key = std::make_shared<Key>(cancel);
    std::shared_ptr<Key> previous;   // freed after the lock is released
    QMutexLocker lock(&m_mutex);
    previous = std::exchange(m_key, std::move(key));
    m_socket = conn ? PQsocket(conn) : -1;
    if (conn)
        m_shutDown = false;
}

bool CancelHandle::canCancelOnServer() const
{
    QMutexLocker lock(&m_mutex);
    return m_key != nullptr;
}

std::shared_ptr<CancelHandle::Request> CancelHandle::startRequest(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_key) {
        if (error)
            *error = QStringLiteral("this connection has no server-side cancel");
        return nullptr;
    }
    if (const std::shared_ptr<Request> pending = m_key->inFlight) {
        std::lock_guard state(pending->mutex);
        if (!pending->done)
            return pending;   // a second request to a server that has not answered the first helps nobody
    }
    auto request = std::make_shared<Request>();
    try {
        // Detached: a request the server never answers must not hold up the program's exit
        // (QThreadPool's destructor waits for every task). It touches only what it holds.
        std::thread([key = m_key, request] {
            char message[256] = {};
            const bool sent = PQcancel(key->cancel, message, int(sizeof message)) == 1;
            {
                std::lock_guard state(request->mutex);
                request->sent = sent;
                if (!sent)
                    request->error = QString::fromUtf8(message).trimmed();
                request->done = true;
            }
            request->finished.notify_all();
        }).detach();
    } catch (const std::system_error &e) {
        if (error)
            *error = QStringLiteral("could not start the cancel request: %1").arg(QString::fromLocal8Bit(e.what()));
        return nullptr;
    }
    m_key->inFlight = request;
    return request;
}

bool CancelHandle::cancelOnServer(QString *error, int timeoutMs)
{
    const std::shared_ptr<Request> request = startRequest(error);
    if (!request)
        return false;
    std::unique_lock state(request->mutex);
    if (!request->finished.wait_for(state, std::chrono::milliseconds(std::max(0, timeoutMs)),
                                    [&request] { return request->done; })) {
        if (error)
            *error = QStringLiteral("the server did not answer the cancel request within %1 s").arg(timeoutMs / 1000.0);
        return false;
    }
    if (!request->sent && error)
        *error = request->error;
    return request->sent;
}

void CancelHandle::cancelInBackground()
{
    startRequest(nullptr);
}

bool CancelHandle::shutdownSocket()
{
    QMutexLocker lock(&m_mutex);
    if (m_socket < 0)
        return false;
    // Under the mutex: the worker forgets the socket (under it too) before libpq closes it, so
    // this never reaches a descriptor that was closed and reused for something else meanwhile.
    ::shutdown(m_socket, SHUT_RDWR);
    m_shutDown = true;
    return true;
}

bool CancelHandle::hasSocket() const
{
    QMutexLocker lock(&m_mutex);
    return m_socket >= 0;
}

bool CancelHandle::socketWasShutDown() const
{
    QMutexLocker lock(&m_mutex);
    return m_shutDown;
}
