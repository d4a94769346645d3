#include "cancelhandle.h"

#include <libpq-fe.h>

CancelHandle::~CancelHandle()
{
    setPostgresConnection(nullptr);
}

void CancelHandle::setPostgresConnection(void *pgconn)
{
    QMutexLocker lock(&m_mutex);
    if (m_pgCancel)
        PQfreeCancel(m_pgCancel);
    m_pgCancel = pgconn ? PQgetCancel(static_cast<PGconn *>(pgconn)) : nullptr;
}

bool CancelHandle::canCancelOnServer() const
{
    QMutexLocker lock(&m_mutex);
    return m_pgCancel != nullptr;
}

bool CancelHandle::cancelOnServer(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_pgCancel) {
        if (error)
            *error = QStringLiteral("this connection has no server-side cancel");
        return false;
    }
    char message[256] = {};
    if (PQcancel(m_pgCancel, message, int(sizeof message)) == 1)
        return true;
    if (error)
        *error = QString::fromUtf8(message).trimmed();
    return false;
}
