#pragma once
#include "connection/credentials.h"
#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QPointer>

class ConnectionManager;
class PasswordVault;
class Session;
struct SqlErrorInfo;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Logs a person in to one profile. Connect asks the manager for a new session and opens it
// (asynchronously: the dialog stays responsive and Cancel works while the server is reached).
// On success it remembers the login, emits loggedIn() with the open session and accepts.
// The fields follow the profile's authentication mode: password, proxy (log in as one user to
// act as another) or external (.pgpass, service file, peer: no password asked).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const ConnectionProfile &profile, ConnectionManager *manager, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // "Remember password in the system keychain": reads a stored password for the user at
    // once, stores or forgets one after a successful login. Without a vault the option is hidden.
    void setPasswordVault(PasswordVault *vault);

    const ConnectionProfile &profile() const { return m_profile; }
    bool isConnecting() const { return !m_session.isNull(); }
    QString errorText() const;
    QString keychainText() const;   // what the dialog says about the keychain, empty for nothing

public slots:
    void connectToServer();
    // While connecting: abandons the attempt and stays open. Otherwise closes the dialog.
    void reject() override;

signals:
    // The session is open; whoever receives it owns the tab and gives the session back to the
    // manager when done. Emitted just before accepted().
    void loggedIn(Session *session);

private:
    void buildForm();
    void onOpened();
    void onOpenFailed(const SqlErrorInfo &error);
    void abandonAttempt();
    void setConnecting(bool connecting, const QString &status = QString());
    void showError(const QString &message);
    void showKeychainNote(const QString &text);
    void fitHeight();
    void keychainUnavailable();
    void readStoredPassword();
    void updateProxyText();
    void applyRememberChoice(const QString &password);
    QString serverText() const;
    bool usesPassword() const { return m_profile.authMode != AuthMode::External; }

    const ConnectionProfile m_profile;
    ConnectionManager *m_manager;
    QPointer<PasswordVault> m_vault;
    QPointer<Session> m_session;
    Credentials m_credentials;
    // The user whose password the keychain filled in (so unticking the box can forget it).
    QString m_keychainUser;
    QString m_readingFor;
    QFormLayout *m_form = nullptr;
    QLabel *m_proxyLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychain = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
};
