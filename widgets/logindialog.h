#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QPointer>

class ConnectionManager;
class Session;
struct SqlErrorInfo;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Logs a person in to one profile. Connect asks the manager for a new session and opens it
// (asynchronously: the dialog stays responsive and Cancel works while the server is reached).
// On success it remembers the login, emits loggedIn() with the open session and accepts.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const ConnectionProfile &profile, ConnectionManager *manager, QWidget *parent = nullptr);
    ~LoginDialog() override;

    const ConnectionProfile &profile() const { return m_profile; }
    bool isConnecting() const { return !m_session.isNull(); }
    QString errorText() const;

public slots:
    void connectToServer();
    // While connecting: abandons the attempt and stays open. Otherwise closes the dialog.
    void reject() override;

signals:
    // The session is open; whoever receives it owns the tab and gives the session back to the
    // manager when done. Emitted just before accepted().
    void loggedIn(Session *session);

private:
    void onOpened();
    void onOpenFailed(const SqlErrorInfo &error);
    void abandonAttempt();
    void setConnecting(bool connecting, const QString &status = QString());
    void showError(const QString &message);
    QString serverText() const;

    const ConnectionProfile m_profile;
    ConnectionManager *m_manager;
    QPointer<Session> m_session;
    Credentials m_credentials;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
};
