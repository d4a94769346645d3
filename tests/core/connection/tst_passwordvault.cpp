// "Remember password" goes to the OS keychain or nowhere. Run twice by CTest: with a real
// Secret Service (gnome-keyring in a private D-Bus session) and with no session bus at all.
#include "connection/passwordvault.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString password = QStringLiteral("vault-test-pa55word-%1").arg(QCoreApplication::applicationPid());

// Every file Tessera owns (config, data, cache) that holds the text.
QStringList filesContaining(const QString &text)
{
    QStringList hits;
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                hits.append(f.fileName());
        }
    }
    return hits;
}
} // namespace

class TestPasswordVault : public QObject
{
    Q_OBJECT
    bool expectKeychain = false;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera"));
        expectKeychain = qEnvironmentVariable("TESSERA_EXPECT_KEYCHAIN") == QLatin1String("1");
    }

    void storeReadForget()
    {
        if (!expectKeychain)
            QSKIP("runs in the keychain variant of this test");
        PasswordVault vault;
        QSignalSpy stored(&vault, &PasswordVault::storeFinished);
        vault.store(QStringLiteral("p1"), QStringLiteral("alice"), password);
        QVERIFY(stored.wait(10000));
        QVERIFY2(stored.first().at(2).toBool(), qPrintable(stored.first().at(3).toString()));

        QSignalSpy found(&vault, &PasswordVault::passwordFound);
        vault.read(QStringLiteral("p1"), QStringLiteral("alice"));
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().at(2).toString(), password);

        // Another user of the same profile has nothing stored.
        QSignalSpy missing(&vault, &PasswordVault::passwordMissing);
        vault.read(QStringLiteral("p1"), QStringLiteral("bob"));
        QVERIFY(missing.wait(10000));
        QCOMPARE(missing.first().at(2).toString(), QStringLiteral("No password is stored for this login."));

        vault.forget(QStringLiteral("p1"), QStringLiteral("alice"));
        vault.read(QStringLiteral("p1"), QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 2, 10000);
        QVERIFY(vault.seemsAvailable());
        QCOMPARE(filesContaining(password), QStringList());
    }

    void withoutAKeychainItSaysSoAndWritesNothing()
    {
        if (expectKeychain)
            QSKIP("runs in the no-keychain variant of this test");
        PasswordVault vault;
        QSignalSpy unavailable(&vault, &PasswordVault::unavailable);
        QSignalSpy stored(&vault, &PasswordVault::storeFinished);
        vault.store(QStringLiteral("p1"), QStringLiteral("alice"), password);
        QVERIFY(stored.wait(10000));
        QVERIFY(!stored.first().at(2).toBool());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY2(unavailable.first().first().toString().contains(QStringLiteral("will ask for it each time")),
                 qPrintable(unavailable.first().first().toString()));
        QVERIFY(!vault.seemsAvailable());
        QSignalSpy missing(&vault, &PasswordVault::passwordMissing);
        vault.read(QStringLiteral("p1"), QStringLiteral("alice"));
        QVERIFY(missing.wait(10000));
        QCOMPARE(filesContaining(password), QStringList());   // no insecure fallback file
    }
};

QTEST_GUILESS_MAIN(TestPasswordVault)
#include "tst_passwordvault.moc"
