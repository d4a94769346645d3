// "Remember password in the system keychain", through the real login dialog. CTest runs it
// twice: with no session bus at all (the dialog says there is no keychain, and nothing is
// written anywhere) and with a real Secret Service (gnome-keyring in a private D-Bus session:
// stored on request, offered at the next login, forgotten when unticked).
#include "connection/connectionmanager.h"
#include "connection/passwordvault.h"
#include "e2ehelpers.h"
#include "login/logindialog.h"
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

    E2E::App m_app;
    QString m_profileId;
    bool m_expectKeychain = false;

    LoginDialog *openLogin() { return E2E::openLogin(m_app.window.get(), m_profileId); }

    bool logOut()
    {
        m_app.window->logOut(m_profileId);
        return QTest::qWaitFor([this] { return m_app.manager->liveCount() == 0; }, kTimeoutMs)
            && !m_app.manager->isLoggedIn(m_profileId);
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
        m_expectKeychain = qEnvironmentVariable("TESSERA_EXPECT_KEYCHAIN") == QLatin1String("1");
    }

    void init()
    {
        m_app.reset();
        m_profileId = m_app.addProfile(TestServer::profile());
        QVERIFY(m_app.makeWindow(false, false));
    }

    void cleanup()
    {
        QVERIFY2(m_app.closeAll(), "a session outlived its window");
        m_app.release();
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
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QVERIFY(logOut());
        m_app.window->close();
        QCOMPARE(E2E::filesContaining(TestServer::alice().password, {m_app.dir.path()}), QStringList());

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
        PasswordVault *vault = m_app.window->loginFlow()->vault();
        QSignalSpy stored(vault, &PasswordVault::storeFinished);

        LoginDialog *dialog = openLogin();
        QVERIFY(dialog);
        auto *remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(!remember->isChecked());
        remember->setChecked(true);
        // Said before the keychain itself asks anything: the first time it may want a new
        // keyring's password, which is not a password of Tessera's.
        QTRY_VERIFY(dialog->keychainText().contains(QStringLiteral("choose a password for a new keyring")));
        E2E::screenshot(dialog, QStringLiteral("e2e-login-remember"));
        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
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
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QVERIFY(logOut());

        // Unticked for a stored login: the keychain forgets it.
        dialog = openLogin();
        QVERIFY(dialog);
        password = child<QLineEdit>(dialog, "passwordEdit");
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), TestServer::alice().password, kTimeoutMs);
        child<QCheckBox>(dialog, "rememberCheck")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QVERIFY(logOut());

        QSignalSpy missing(vault, &PasswordVault::passwordMissing);
        dialog = openLogin();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!missing.isEmpty(), kTimeoutMs);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isChecked());
        dialog->reject();
        QCOMPARE(E2E::filesContaining(TestServer::alice().password, {m_app.dir.path()}), QStringList());
    }
};

QTEST_MAIN(TestE2EKeychain)
#include "tst_e2e_keychain.moc"
