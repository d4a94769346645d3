#include "connectionmanager.h"

#include "connection/session.h"

#include <QEventLoop>
#include <QTimer>

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
    , m_log(new ConnectionEventLog(this))
{
}

ConnectionManager::~ConnectionManager()
{
    for (auto it = m_logins.begin(); it != m_logins.end(); ++it)
        it->wipe();
    // Sessions still here are children: their destructors close and join their threads.
}

void ConnectionManager::setLimits(int perProfile, int global)
{
    m_perProfileLimit = perProfile;
    m_globalLimit = global;
}

int ConnectionManager::liveCount(const QString &profileId) const
{
    int n = 0;
    for (const auto &s : m_sessions)
        if (s && s->profile().id == profileId)
            ++n;
    return n;
}

QList<Session *> ConnectionManager::sessions() const
{
    QList<Session *> list;
    for (const auto &s : m_sessions)
        if (s)
            list.append(s);
    return list;
}

Session *ConnectionManager::createSession(const ConnectionProfile &profile, const Credentials &credentials,
                                          QString *refusal)
{
    QString why;
    if (liveCount() >= m_globalLimit)
        why = tr("Tessera already holds %n connection(s), the most it allows at once. "
                 "Close a tab to free one.", nullptr, m_globalLimit);
    else if (liveCount(profile.id) >= m_perProfileLimit)
        why = tr("Profile \"%1\" already has %2 connections, the most allowed for one profile. "
                 "Close one of its tabs first.").arg(profile.name).arg(m_perProfileLimit);
    if (!why.isEmpty()) {
        if (refusal)
            *refusal = why;
        m_log->record(profile.name, credentials.user, tr("refused: %1").arg(why));
        return nullptr;
    }

    auto *session = new Session(profile, credentials, this);
    m_sessions.append(session);
    m_log->watch(session);
    connect(session, &Session::closed, this, [this, session] { onSessionClosed(session); });
    emit sessionAdded(session);
    return session;
}

void ConnectionManager::closeSession(Session *session)
{
    if (!session || !m_sessions.contains(session))
        return;
    session->close();
}

void ConnectionManager::closeAll()
{
    const QList<Session *> live = sessions();
    if (live.isEmpty()) {
        emit allClosed();
        return;
    }
    for (Session *s : live)
        s->close();
}

bool ConnectionManager::closeAllWithin(int timeoutMs)
{
    if (liveCount() == 0)
        return true;
    QEventLoop loop;
    connect(this, &ConnectionManager::allClosed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    closeAll();
    if (liveCount() > 0)
        loop.exec();
    return liveCount() == 0;
}

void ConnectionManager::onSessionClosed(Session *session)
{
    const QString profileId = session->profile().id;
    m_log->record(session, tr("closed"));
    m_sessions.removeAll(session);
    emit sessionRemoved(session->id());
    session->deleteLater();
    // A login lives only as long as the profile has sessions.
    if (liveCount(profileId) == 0)
        forgetLogin(profileId);
    if (m_sessions.isEmpty())
        emit allClosed();
}

void ConnectionManager::rememberLogin(const QString &profileId, const Credentials &credentials)
{
    m_logins.insert(profileId, credentials);
}

void ConnectionManager::forgetLogin(const QString &profileId)
{
    auto it = m_logins.find(profileId);
    if (it == m_logins.end())
        return;
    it->wipe();
    m_logins.erase(it);
}
