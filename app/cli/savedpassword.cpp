#include "savedpassword.h"

#include "clioptions.h"
#include "connectiontarget.h"

bool SavedPassword::applies(const CliOptions &options, const ConnectionTarget &target)
{
    return !options.profile.isEmpty() && target.profile.dialect != Dialect::SQLite
        && target.profile.authMode != AuthMode::External && !target.credentials.user.isEmpty()
        && target.credentials.password.isEmpty() && !qEnvironmentVariableIsSet("PGPASSWORD");
}

void SavedPassword::read(const ConnectionTarget &target)
{
    connect(&m_vault, &PasswordVault::passwordFound, this,
            [this](const QString &, const QString &, const QString &password) {
                m_found = true;
                emit finished(password);
            });
    connect(&m_vault, &PasswordVault::passwordMissing, this,
            [this](const QString &, const QString &, const QString &why) {
                m_why = why;
                emit finished(QString());
            });
    // The key the workbench's login dialog uses: the profile's id and the user name.
    m_vault.read(target.profile.id, target.credentials.user);
}

QString SavedPassword::explainFailure(const QString &user) const
{
    if (m_found)
        return QStringLiteral("The password saved in the keychain for %1 with this profile was refused; log in with "
                              "the workbench to save the new one, or give it with PGPASSWORD.").arg(user);
    return QStringLiteral("No password for %1: the keychain gave none (%2), and neither PGPASSWORD nor ~/.pgpass "
                          "did. Tick \"Remember password\" when logging in with the workbench, give it with "
                          "PGPASSWORD or ~/.pgpass, or run tessera-cli at a terminal to be asked.")
        .arg(user, m_why);
}
