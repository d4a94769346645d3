#pragma once
#include <QObject>
#include <QString>

// "Remember password": the OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain — never a file of ours. QtKeychain's insecure fallback
// (a plain settings file) is switched off. When no keychain is available the vault says so once,
// and the login dialog simply asks each time. Every call is asynchronous.
class PasswordVault : public QObject
{
    Q_OBJECT
public:
    explicit PasswordVault(QObject *parent = nullptr);

    void read(const QString &profileId, const QString &user);
    void store(const QString &profileId, const QString &user, const QString &password);
    void forget(const QString &profileId, const QString &user);

    // False once a keychain operation found no keychain on this system.
    bool seemsAvailable() const { return m_available; }
    static QString keyFor(const QString &profileId, const QString &user);

signals:
    void passwordFound(const QString &profileId, const QString &user, const QString &password);
    // Nothing stored, or no keychain: *why* says which, in words for the person.
    void passwordMissing(const QString &profileId, const QString &user, const QString &why);
    void storeFinished(const QString &profileId, const QString &user, bool ok, const QString &message);
    void unavailable(const QString &message);

private:
    QString describe(int error, const QString &detail);

    bool m_available = true;
};
