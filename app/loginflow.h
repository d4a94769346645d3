#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ConnectionManager;
class LoginDialog;
class PasswordVault;
class ProfileStore;
class QueryTab;
class Session;
class QWidget;

// How a tab gets its session: at once for SQLite and for a profile already logged in (the
// login held in memory), through the login dialog otherwise. At most one login dialog per
// profile. The dialogs use the program's one password vault for "remember password".
class LoginFlow : public QObject
{
    Q_OBJECT
public:
    LoginFlow(ProfileStore *store, ConnectionManager *manager, QWidget *window);

    PasswordVault *vault() const { return m_vault; }
    static PasswordVault *sharedVault();
    LoginDialog *pendingDialog(const QString &profileId) const;

    // target: a tab that has no session yet (a recovered editor) and should get this one;
    // null for a new tab.
    void open(const QString &profileId, QueryTab *target = nullptr);

signals:
    // A session for the profile, new (not yet open) or already open (from the login dialog).
    // The receiver puts it into `target` or into a new tab; the flow opens it afterwards when
    // it is not open yet, so the tab sees every state change.
    void sessionReady(Session *session, QueryTab *target);
    void loggedIn(const QString &profileId);
    void dialogFinished();
    void problem(const QString &text);
    void information(const QString &title, const QString &text);

private:
    void openWithCredentials(const ConnectionProfile &profile, const Credentials &credentials,
                             QueryTab *target);
    void showDialog(const ConnectionProfile &profile, QueryTab *target);

    ProfileStore *m_store;
    ConnectionManager *m_manager;
    QWidget *m_window;
    PasswordVault *m_vault;
    QHash<QString, QPointer<LoginDialog>> m_dialogs;
    // The recovered tab waiting for a pending dialog's session (the latest request wins).
    QHash<QString, QPointer<QueryTab>> m_targets;
};
