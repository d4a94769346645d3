// Issue 8.9: tessera-cli --profile uses the password the workbench saved in the keychain, as
// the login dialog does. Run twice by CTest: with a real Secret Service (gnome-keyring in a
// private D-Bus session) and with no session bus at all.
#include "connection/passwordvault.h"
#include "profiles/profilestore.h"
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kProfileName = QStringLiteral("Keychain test");
const QString kProfileId = QStringLiteral("tst-clikeychain-profile");
} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    bool m_expectKeychain = false;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // No PGPASSWORD, no ~/.pgpass, no terminal: only the keychain can give the password.
    Run cli(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("PG")))
                env.remove(key);
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("no-pgpass")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TESSERA_CLI_PATH), arguments);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run selectCurrentUser()
    {
        return cli({QStringLiteral("--profile"), kProfileName, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("-c"), QStringLiteral("select current_user")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TESSERA_REQUIRE_SERVER();
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera"));
        m_expectKeychain = qEnvironmentVariable("TESSERA_EXPECT_KEYCHAIN") == QLatin1String("1");
        // Where the child's ProfileStore looks: $XDG_CONFIG_HOME/Tessera/tessera/profiles.json.
        QDir().mkpath(m_home.filePath(QStringLiteral("config/Tessera/tessera")));
        ProfileStore store(m_home.filePath(QStringLiteral("config/Tessera/tessera/profiles.json")));
        ConnectionProfile p = TestServer::profile(kProfileName);
        p.id = kProfileId;
        p.defaultUser = QStringLiteral("alice");
        store.add(p);
    }

    void thePasswordSavedByTheWorkbenchIsUsed()
    {
        if (!m_expectKeychain)
            QSKIP("runs in the keychain variant of this test");
        // What the login dialog stores when "Remember password" is ticked.
        PasswordVault vault;
        QSignalSpy stored(&vault, &PasswordVault::storeFinished);
        vault.store(kProfileId, QStringLiteral("alice"), TestServer::alice().password);
        QVERIFY(stored.wait(10000));
        QVERIFY2(stored.first().at(2).toBool(), qPrintable(stored.first().at(3).toString()));

        const Run r = selectCurrentUser();
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("current_user\nalice\n"));

        // A stale saved password is said to be the keychain's.
        vault.store(kProfileId, QStringLiteral("alice"), QStringLiteral("not-her-password"));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 10000);
        const Run stale = selectCurrentUser();
        QCOMPARE(stale.exitCode, 3);
        QVERIFY2(stale.err.contains("password authentication failed for user \"alice\""), stale.err.constData());
        QVERIFY2(stale.err.contains("The password saved in the keychain for alice with this profile was refused"),
                 stale.err.constData());

        vault.forget(kProfileId, QStringLiteral("alice"));
        QSignalSpy missing(&vault, &PasswordVault::passwordMissing);
        vault.read(kProfileId, QStringLiteral("alice"));
        QVERIFY(missing.wait(10000));
        const Run none = selectCurrentUser();
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains("No password for alice: the keychain gave none (No password is stored for this login.)"),
                 none.err.constData());
    }

    void withoutAKeychainItSaysWhatWasTried()
    {
        if (m_expectKeychain)
            QSKIP("runs in the no-keychain variant of this test");
        const Run r = selectCurrentUser();
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("fe_sendauth: no password supplied"), r.err.constData());
        QVERIFY2(r.err.contains("tessera-cli: No password for alice: the keychain gave none (No keychain is available"),
                 r.err.constData());
        QVERIFY2(r.err.contains("PGPASSWORD or ~/.pgpass, or run tessera-cli at a terminal to be asked."), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
