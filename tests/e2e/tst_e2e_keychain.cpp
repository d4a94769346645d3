// "Remember password in the system keychain", through the real login dialog. CTest runs it
// twice: with no session bus at all (the dialog says there is no keychain, and nothing is
// written anywhere) and with a real Secret Service (gnome-keyring in a private D-Bus session:
// stored on request, offered at the next login, forgotten when unticked).
#include "connection/connectionmanager.h"
#include "connection/passwordvault.h"
#include "e2ehelpers.h"
#include "logindialog.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "testserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using E2E::child;
using E2E::kTimeoutMs;

class TestE2EKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
    bool m_expectKeychain = false;

    LoginDialog *openLogin() { return E2E::openLogin(m_window.get(), m_profileId); }

    bool logOut()
    {
        m_window->logOut(m_profileId);
        return QTest::qWaitFor([this] { return m_manager->liveCount() == 0; }, kTimeoutMs)
            && !m_manager->isLoggedIn(m_profileId);
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
        m_expectKeychain = qEnvironmentVariable("TESSERA_EXPECT_KEYCHAIN") == QLatin1String("1");
    }

    void init()
    {
        m_window.reset();   // left over when a failed check cut the last cleanup short
        E2E::useCleanAppFolders();
        m_store = E2E::freshStore(m_dir);
        ConnectionProfile p = TestServer::profile();
        m_store->add(p);
        m_profileId = p.id;
        m_manager = std::make_unique<ConnectionManager>();
        m_window = std::make_unique<MainWindow>(m_store.get(), m_manager.get());
        QVERIFY(E2E::showWindow(m_window.get(), false));
    }

    void cleanup()
    {
        m_window->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);
        m_window.reset();
        m_manager.reset();
        m_store.reset();
    }

    // (h) No keychain: the dialog says so plainly, the option cannot be ticked, the login
    // works as ever, and the password is in no file.
    void withoutKeychainItSaysSoAndWritesNothing()
    {
        if (m_expectKeychain)
            QSKIP("runs in the no-keychain variant of this test");
        LoginDialog *dialog = openLogin();
        QVERIFY(dialog);
        auto *remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(remember->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->keychainText().isEmpty(), kTimeoutMs);
        QCOMPARE(dialog->keychainText(),
                 QStringLiteral("No keychain available — Tessera will ask each time; nothing was written to disk."));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        E2E::screenshot(dialog, QStringLiteral("e2e-login-no-keychain"));

        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
        QVERIFY(logOut());
        m_window->close();
        QCOMPARE(E2E::filesContaining(TestServer::alice().password, {m_dir.path()}), QStringList());

        // The next dialog knows at once, and asks again.
        dialog = openLogin();
        QVERIFY(dialog);
        QVERIFY(!dialog->keychainText().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        dialog->reject();
    }

    // A keychain: ticked → stored after the login; the next dialog offers it; unticked → gone.
    void rememberedPasswordIsOfferedThenForgotten()
    {
        if (!m_expectKeychain)
            QSKIP("runs in the keychain variant of this test");
        PasswordVault *vault = m_window->loginFlow()->vault();
        QSignalSpy stored(vault, &PasswordVault::storeFinished);

        LoginDialog *dialog = openLogin();
        QVERIFY(dialog);
        auto *remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(!remember->isChecked());
        remember->setChecked(true);
        E2E::screenshot(dialog, QStringLiteral("e2e-login-remember"));
        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, kTimeoutMs);
        QVERIFY2(stored.first().at(2).toBool(), qPrintable(stored.first().at(3).toString()));
        QVERIFY(logOut());

        dialog = openLogin();
        QVERIFY(dialog);
        auto *password = child<QLineEdit>(dialog, "passwordEdit");
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), TestServer::alice().password, kTimeoutMs);
        QCOMPARE(dialog->keychainText(), QStringLiteral("Password from the keychain."));
        remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(remember->isChecked());
        // Connect with nothing typed: the keychain's password logs in.
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
        QVERIFY(logOut());

        // Unticked for a stored login: the keychain forgets it.
        dialog = openLogin();
        QVERIFY(dialog);
        password = child<QLineEdit>(dialog, "passwordEdit");
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), TestServer::alice().password, kTimeoutMs);
        child<QCheckBox>(dialog, "rememberCheck")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
        QVERIFY(logOut());

        QSignalSpy missing(vault, &PasswordVault::passwordMissing);
        dialog = openLogin();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!missing.isEmpty(), kTimeoutMs);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isChecked());
        dialog->reject();
        QCOMPARE(E2E::filesContaining(TestServer::alice().password, {m_dir.path()}), QStringList());
    }
};

QTEST_MAIN(TestE2EKeychain)
#include "tst_e2e_keychain.moc"
