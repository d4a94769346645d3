#include "passwordvault.h"

#include <qt6keychain/keychain.h>

namespace {
const QString serviceName = QStringLiteral("Tessera");
}

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{
}

QString PasswordVault::keyFor(const QString &profileId, const QString &user)
{
    return QStringLiteral("profile:%1/user:%2").arg(profileId, user);
}

QString PasswordVault::describe(int error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return tr("No password is stored for this login.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The keychain refused access: %1").arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    default:
        // No Secret Service / KWallet on the session bus, or no bus at all.
        if (m_available) {
            m_available = false;
            emit unavailable(tr("No keychain is available on this system (%1). Tessera stores no "
                                "password anywhere else: it will ask for it each time.").arg(detail));
        }
        return tr("No keychain is available: %1").arg(detail);
    }
}

// Jobs have no parent: QtKeychain's Secret Service backend still calls into a job after its
// D-Bus reply, so a job must outlive a vault that is destroyed meanwhile. It deletes itself
// when finished (autoDelete), and the vault as the connection's context drops the callback.
void PasswordVault::read(const QString &profileId, const QString &user)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId, user));
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId, user] {
        if (job->error() == QKeychain::NoError)
            emit passwordFound(profileId, user, job->textData());
        else
            emit passwordMissing(profileId, user, describe(job->error(), job->errorString()));
    });
    job->start();
}

void PasswordVault::store(const QString &profileId, const QString &user, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId, user] {
        const bool ok = job->error() == QKeychain::NoError;
        emit storeFinished(profileId, user, ok, ok ? tr("Password stored in the keychain.")
                                                   : describe(job->error(), job->errorString()));
    });
    job->start();
}

void PasswordVault::forget(const QString &profileId, const QString &user)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId, user));
    job->start();
}
