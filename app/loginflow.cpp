#include "loginflow.h"

#include "connection/connectionmanager.h"
#include "connection/passwordvault.h"
#include "connection/session.h"
#include "driverhelp.h"
#include "login/logindialog.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"

#include <QCoreApplication>

LoginFlow::LoginFlow(ProfileStore *store, ConnectionManager *manager, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_manager(manager)
    , m_window(window)
    , m_vault(sharedVault())
{
    // The dialog is gone by the time the keychain answers a store: the window says it instead.
    connect(m_vault, &PasswordVault::storeFinished, this,
            [this](const QString &, const QString &, bool ok, const QString &message) {
                if (!ok)
                    emit problem(tr("No keychain available — Tessera will ask each time; nothing was "
                                    "written to disk. (%1)").arg(message));
            });
}

PasswordVault *LoginFlow::sharedVault()
{
    // One for the whole program, owned by the application: QtKeychain's Secret Service backend
    // calls back into a job that is still running even after the job was deleted, so the vault
    // (the parent of its jobs) must outlive every window and dialog that asked something.
    static QPointer<PasswordVault> vault;
    if (!vault)
        vault = new PasswordVault(QCoreApplication::instance());
    return vault;
}

LoginDialog *LoginFlow::pendingDialog(const QString &profileId) const
{
    return m_dialogs.value(profileId);
}

void LoginFlow::open(const QString &profileId, QueryTab *target)
{
    if (!m_store->contains(profileId)) {
        emit problem(tr("That connection profile no longer exists. The editor keeps its text; copy "
                        "it into a tab of another profile to run it."));
        return;
    }
    const ConnectionProfile profile = m_store->profile(profileId);
    if (!Dialects::isDriverAvailable(profile.dialect)) {
        emit information(tr("Driver Not Available"), DriverHelp::missingDriverHtml(profile));
        return;
    }
    if (!Dialects::needsLogin(profile.dialect)) {
        openWithCredentials(profile, Credentials{}, target);
        return;
    }
    if (m_manager->isLoggedIn(profileId)) {
        openWithCredentials(profile, m_manager->login(profileId), target);
        return;
    }
    showDialog(profile, target);
}

void LoginFlow::openWithCredentials(const ConnectionProfile &profile, const Credentials &credentials,
                                    QueryTab *target)
{
    QString refusal;
    Session *session = m_manager->createSession(profile, credentials, &refusal);
    if (!session) {
        emit information(tr("Cannot Open a Tab"),
                         refusal.isEmpty() ? tr("No new connection can be opened right now.") : refusal);
        return;
    }
    // The tab appears at once and shows "Connecting…"; errors land in its Messages pane.
    emit sessionReady(session, target);
    session->open();
}

void LoginFlow::showDialog(const ConnectionProfile &profile, QueryTab *target)
{
    if (target)
        m_targets.insert(profile.id, target);
    if (LoginDialog *pending = m_dialogs.value(profile.id)) {
        pending->raise();
        pending->activateWindow();
        return;
    }
    auto *dialog = new LoginDialog(profile, m_manager, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordVault(m_vault);
    const QString id = profile.id;
    connect(dialog, &LoginDialog::loggedIn, this, [this, id](Session *session) {
        QueryTab *waiting = m_targets.take(id);
        emit sessionReady(session, waiting);
        emit loggedIn(id);
    });
    connect(dialog, &QDialog::finished, this, [this, id] {
        m_targets.remove(id);
        emit dialogFinished();
    });
    m_dialogs.insert(id, dialog);
    dialog->open();   // never exec(): the window keeps working while someone types
}
