// The login dialog follows the profile's authentication mode, against the real server:
// proxy (log in as tessera_proxy, act as alice through SET ROLE), external (no password
// field; libpq's own sources), and the password mode's hint about .pgpass.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "e2ehelpers.h"
#include "login/logindialog.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "testserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using E2E::child;
using E2E::kTimeoutMs;

class TestE2ELogin : public QObject
{
    Q_OBJECT

    E2E::App m_app;

    QString addProfile(AuthMode mode, const QString &name)
    {
        ConnectionProfile p = TestServer::profile(name);
        p.authMode = mode;
        if (mode == AuthMode::Proxy) {
            p.proxyTarget = QStringLiteral("alice");
            p.defaultUser = QStringLiteral("tessera_proxy");
        }
        p.colorTag = QStringLiteral("#d32f2f");
        m_app.store->add(p);
        return p.id;
    }

    LoginDialog *openLogin(const QString &profileId) { return E2E::openLogin(m_app.window.get(), profileId); }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
    }

    void init()
    {
        m_app.reset();
        QVERIFY(m_app.makeWindow(false, false));
    }

    void cleanup()
    {
        QVERIFY2(m_app.closeAll(), "a session outlived its window");
        m_app.release();
    }

    // Proxy mode: the dialog says who logs in and whom they act as; the tab then runs as alice.
    void proxyLoginActsAsTheTarget()
    {
        const QString id = addProfile(AuthMode::Proxy, QStringLiteral("proxy-pg"));
        LoginDialog *dialog = openLogin(id);
        QVERIFY(dialog);
        auto *proxy = child<QLabel>(dialog, "proxyLabel");
        QVERIFY(proxy && proxy->isVisible());
        QCOMPARE(proxy->text(), QStringLiteral("Log in as proxy user <b>tessera_proxy</b> to act as <b>alice</b>"));
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isVisible());
        QVERIFY(child<QCheckBox>(dialog, "rememberCheck")->isVisible());
        QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isChecked());
        QVERIFY(child<QLabel>(dialog, "authHint")->text().contains(QStringLiteral("SET ROLE alice")));
        E2E::screenshot(dialog, QStringLiteral("e2e-login-proxy"));

        E2E::typeLogin(dialog, TestServer::proxy());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QueryTab *tab = m_app.window->currentTab();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->session()->identity().currentUser.isEmpty(), kTimeoutMs);
        QCOMPARE(tab->session()->identity().currentUser, QStringLiteral("alice"));
        QCOMPARE(tab->session()->identity().sessionUser, QStringLiteral("tessera_proxy"));
    }

    // The proxy label follows the user field as it is typed.
    void proxyLabelFollowsTheUser()
    {
        const QString id = addProfile(AuthMode::Proxy, QStringLiteral("proxy-pg"));
        LoginDialog *dialog = openLogin(id);
        QVERIFY(dialog);
        auto *user = child<QLineEdit>(dialog, "userEdit");
        user->clear();
        QVERIFY(child<QLabel>(dialog, "proxyLabel")->text().startsWith(QStringLiteral("Log in as proxy user …")));
        QTest::keyClicks(user, QStringLiteral("carol"));
        QVERIFY(child<QLabel>(dialog, "proxyLabel")->text().contains(QStringLiteral("<b>carol</b>")));
        dialog->reject();
    }

    // External mode: no password field, the user may stay empty, and the server's refusal
    // (the fixture wants passwords) is shown as it is.
    void externalModeAsksNoPassword()
    {
        const QString id = addProfile(AuthMode::External, QStringLiteral("external-pg"));
        LoginDialog *dialog = openLogin(id);
        QVERIFY(dialog);
        QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isVisible());
        QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isVisible());
        QVERIFY(child<QLabel>(dialog, "authHint")->text().contains(QStringLiteral("Uses .pgpass / service file / peer authentication")));
        E2E::screenshot(dialog, QStringLiteral("e2e-login-external"));
        child<QLineEdit>(dialog, "userEdit")->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QVERIFY(dialog->isConnecting());   // an empty user is allowed: libpq picks one
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
        QVERIFY2(!error->text().contains(QStringLiteral("Please enter")), qPrintable(error->text()));
        QCOMPARE(m_app.window->tabCount(), 0);
        QVERIFY(!m_app.manager->isLoggedIn(id));
    }

    // Password mode: an empty password is sent as such (libpq then reads .pgpass), and the
    // dialog says so beforehand.
    void passwordModeExplainsEmptyPassword()
    {
        const QString id = addProfile(AuthMode::Password, QStringLiteral("plain-pg"));
        LoginDialog *dialog = openLogin(id);
        QVERIFY(dialog);
        QVERIFY(!child<QLabel>(dialog, "proxyLabel"));
        QVERIFY(child<QLabel>(dialog, "authHint")->text().contains(QStringLiteral(".pgpass")));
        E2E::screenshot(dialog, QStringLiteral("e2e-login-password"));
        E2E::typeLogin(dialog, Credentials{QStringLiteral("alice"), QString()});
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
        QVERIFY2(error->text().contains(QStringLiteral("password")), qPrintable(error->text()));
        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
    }
};

QTEST_MAIN(TestE2ELogin)
#include "tst_e2e_login.moc"
