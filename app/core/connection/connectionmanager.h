#pragma once
#include "connection/connectioneventlog.h"
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class Session;

// The registry of live sessions. Every tab asks it for a session of its own; it never hands out
// an existing one. It enforces the connection budget, keeps a profile's login in memory while the
// profile has sessions, and removes each session once its connection is really closed. What
// happens to the sessions goes to its event log.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    void setLimits(int perProfile, int global);
    int perProfileLimit() const { return m_perProfileLimit; }
    int globalLimit() const { return m_globalLimit; }

    // A new, unopened session for this profile and person, or nullptr with *refusal saying why
    // (budget exhausted). The manager owns it; give it back with closeSession().
    Session *createSession(const ConnectionProfile &profile, const Credentials &credentials,
                           QString *refusal = nullptr);
    void closeSession(Session *session);
    // Closes every session; returns at once. allClosed() fires when none is left.
    void closeAll();
    // At program exit, after the event loop: closes every session and runs a local event loop
    // until all are closed or timeoutMs have passed, so each can log out cleanly. Bounded even
    // for a peer that stopped answering (a session shuts its socket after its close grace).
    // True when none is left.
    bool closeAllWithin(int timeoutMs);
    static constexpr int kQuitGraceMs = 3000;

    QList<Session *> sessions() const;
    int liveCount() const { return int(m_sessions.size()); }
    int liveCount(const QString &profileId) const;

    // The in-memory login of a profile: set after a successful login, wiped when the profile's
    // last session is gone or on logout.
    bool isLoggedIn(const QString &profileId) const { return m_logins.contains(profileId); }
    Credentials login(const QString &profileId) const { return m_logins.value(profileId); }
    void rememberLogin(const QString &profileId, const Credentials &credentials);
    void forgetLogin(const QString &profileId);

    ConnectionEventLog *eventLog() const { return m_log; }

signals:
    void sessionAdded(Session *session);
    void sessionRemoved(quint64 sessionId);
    void allClosed();

private:
    void onSessionClosed(Session *session);

    int m_perProfileLimit = 8;
    int m_globalLimit = 32;
    QList<QPointer<Session>> m_sessions;
    QHash<QString, Credentials> m_logins;
    ConnectionEventLog *m_log;
};
