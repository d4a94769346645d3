#pragma once
#include "connection/passwordvault.h"

#include <QObject>
#include <QString>

struct CliOptions;
struct ConnectionTarget;

// tessera-cli --profile: the password the workbench saved for this profile and user ("Remember
// password" in its login dialog), read from the same keychain entry before connecting. Without
// a keychain, or with nothing saved, libpq's own sources (.pgpass, the service file) and the
// terminal prompt remain, and note() says what the keychain answered.
class SavedPassword : public QObject
{
    Q_OBJECT
public:
    // Whether to look: a profile login that takes a password, for a known user, given none.
    // PGPASSWORD, when set, is the person's choice for this run and wins.
    static bool applies(const CliOptions &options, const ConnectionTarget &target);

    void read(const ConnectionTarget &target);
    bool found() const { return m_found; }
    // What to tell the person when the login failed for want of a password.
    QString explainFailure(const QString &user) const;

signals:
    void finished(const QString &password);   // empty when none was found

private:
    PasswordVault m_vault;
    QString m_why;
    bool m_found = false;
};
