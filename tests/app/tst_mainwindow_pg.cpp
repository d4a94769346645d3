// Logging in and running SQL through the real window against the throwaway PostgreSQL: the
// path a person takes, driven with keys and clicks.
#include "connection/connectionmanager.h"
#include "ctrlenter.h"
#include "connection/session.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "query/messagelog.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "results/resultmodel.h"
#include "results/resultview.h"
#include "query/sqleditor.h"
#include "testserver.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kTimeoutMs = 20000;
}

class TestMainWindowPg : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;

    LoginDialog *loginDialog() const { return m_window->findChild<LoginDialog *>(); }

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w ? w->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    // Opens the profile, types the password into the dialog and clicks Connect.
    void typeLogin(const Credentials &credentials)
    {
        m_window->openProfile(m_profileId);
        LoginDialog *dialog = loginDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *user = child<QLineEdit>(dialog, "userEdit");
        auto *password = child<QLineEdit>(dialog, "passwordEdit");
        QVERIFY(user && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        user->clear();
        QTest::keyClicks(user, credentials.user);
        QTest::keyClicks(password, credentials.password);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    }

    QueryTab *loginAsAlice()
    {
        typeLogin(TestServer::alice());
        if (!QTest::qWaitFor([this] { return m_window->tabCount() == 1; }, kTimeoutMs))
            return nullptr;
        return m_window->currentTab();
    }


private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
    }

    void init()
    {
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
        ConnectionProfile p = TestServer::profile();
        p.colorTag = QStringLiteral("#388e3c");
        m_store->add(p);
        m_profileId = m_store->profiles().constFirst().id;
        m_manager = std::make_unique<ConnectionManager>();
        m_window = std::make_unique<MainWindow>(m_store.get(), m_manager.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);
        m_window.reset();
        m_manager.reset();
        m_store.reset();
    }

    void loginThenCtrlEnterShowsRows()
    {
        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        QTRY_VERIFY(!loginDialog());
        QCOMPARE(m_window->tabWidget()->tabText(0), m_store->profile(m_profileId).name + QStringLiteral(" — alice"));
        QVERIFY(!m_window->tabWidget()->tabIcon(0).isNull());
        QVERIFY(m_manager->isLoggedIn(m_profileId));

        typeAndCtrlEnter(tab, QStringLiteral("select current_user, g from generate_series(1,5) g"));
        auto *view = m_window->findChild<ResultView *>(QStringLiteral("resultView"));
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, kTimeoutMs);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("alice"));
        QCOMPARE(view->model()->index(4, 1).data().toString(), QStringLiteral("5"));
        QTRY_VERIFY(tab->messages()->toPlainText().contains(QStringLiteral("OK, 5 rows")));
        QTRY_VERIFY(tab->findChild<QLabel *>(QStringLiteral("identityLabel"))->text().startsWith(QStringLiteral("alice")));
    }

    void wrongPasswordShowsServerErrorAndNoTab()
    {
        typeLogin(Credentials{QStringLiteral("alice"), QStringLiteral("not-her-password")});
        LoginDialog *dialog = loginDialog();
        QVERIFY(dialog);
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty() && error->isVisible(), kTimeoutMs);
        QVERIFY2(error->text().contains(QStringLiteral("password authentication failed")), qPrintable(error->text()));
        // TESSERA_SCREENSHOT_DIR=<dir> keeps a picture of the dialog for the docs.
        if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
            dialog->grab().save(dir + QStringLiteral("/login-error.png"));
        }
        QCOMPARE(m_window->tabCount(), 0);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
        QVERIFY(!m_manager->isLoggedIn(m_profileId));
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);

        // The same dialog then logs in with the right password.
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), TestServer::alice().password);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
    }

    void cancelWhileConnectingReturnsToEditable()
    {
        typeLogin(TestServer::alice());
        LoginDialog *dialog = loginDialog();
        QVERIFY(dialog);
        // open() is asynchronous: right after the click the dialog shows that it is connecting.
        QVERIFY(dialog->isConnecting());
        QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "connectButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isEnabled());
        QVERIFY(child<QWidget>(dialog, "busyIndicator")->isVisible());
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("as alice")));

        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isConnecting());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
        QVERIFY(!child<QWidget>(dialog, "busyIndicator")->isVisible());
        // The abandoned session closes in the background; it never becomes a tab or a login.
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);
        QCOMPARE(m_window->tabCount(), 0);
        QVERIFY(!m_manager->isLoggedIn(m_profileId));

        // A second Cancel closes the dialog.
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!loginDialog());
    }

    void ctrlTOpensAnotherSessionWithoutDialog()
    {
        QueryTab *first = loginAsAlice();
        QVERIFY(first);
        QTRY_VERIFY(!loginDialog());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), 2);
        QVERIFY(!loginDialog());
        QueryTab *second = m_window->currentTab();
        QVERIFY(second != first);
        QVERIFY(second->session() != first->session());
        QVERIFY(second->session()->connectionName() != first->session()->connectionName());
        QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), Session::State::Idle, kTimeoutMs);
        QCOMPARE(m_manager->liveCount(), 2);

        typeAndCtrlEnter(second, QStringLiteral("select pg_backend_pid()"));
        typeAndCtrlEnter(first, QStringLiteral("select pg_backend_pid()"));
        QTRY_COMPARE_WITH_TIMEOUT(second->resultModel()->rowCount(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(first->resultModel()->rowCount(), 1, kTimeoutMs);
        QVERIFY(first->resultModel()->index(0, 0).data() != second->resultModel()->index(0, 0).data());
    }

    void ctrlWClosesTabAndItsSession()
    {
        QVERIFY(loginAsAlice());
        QTRY_VERIFY(!loginDialog());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTab()->session()->state(), Session::State::Idle, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::tesseraBackendCount(), 2, kTimeoutMs);

        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::tesseraBackendCount(), 1, kTimeoutMs);
        QVERIFY(m_manager->isLoggedIn(m_profileId));

        // The last tab of a profile logs it out.
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);
        QTRY_VERIFY(!m_manager->isLoggedIn(m_profileId));
    }

    void guiStaysResponsiveDuringLongStatement()
    {
        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kTimeoutMs);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(50);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        QSignalSpy finished(tab->session(), &Session::statementFinished);
        timer.start();
        typeAndCtrlEnter(tab, QStringLiteral("select pg_sleep(2)"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->isBusy() || !finished.isEmpty(), kTimeoutMs);
        QTRY_VERIFY(tab->findChild<QLabel *>(QStringLiteral("elapsedLabel"))->text().contains(QStringLiteral("Running")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        timer.stop();
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("only %1 timer ticks during pg_sleep(2)").arg(ticks)));
        QVERIFY(finished.first().first().value<StatementOutcome>().ok);
    }

    void escCancelsRunningStatement()
    {
        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kTimeoutMs);
        QSignalSpy finished(tab->session(), &Session::statementFinished);
        typeAndCtrlEnter(tab, QStringLiteral("select pg_sleep(30)"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->isBusy(), kTimeoutMs);
        // Press Esc once the server really runs it: a cancel that reaches the server before the
        // query does has nothing to cancel (a person is never that fast; a test is).
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::adminQuery(QStringLiteral(
                                      "select count(*) from pg_stat_activity where state = 'active' "
                                      "and query = 'select pg_sleep(30)'")),
                                  QStringLiteral("1"), kTimeoutMs);
        QTest::keyClick(tab->editor(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const StatementOutcome outcome = finished.first().first().value<StatementOutcome>();
        QVERIFY(!outcome.ok);
        QTRY_COMPARE(tab->session()->state(), Session::State::Idle);
        QCOMPARE(tab->outputTabs()->currentWidget(), tab->messages());
    }

    void nullShownAsNullAndErrorsInMessages()
    {
        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kTimeoutMs);
        typeAndCtrlEnter(tab, QStringLiteral("select null::text as n, 'x' as s"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->resultModel()->rowCount(), 1, kTimeoutMs);
        QVERIFY(tab->resultModel()->index(0, 0).data(ResultModel::IsNullRole).toBool());
        QCOMPARE(tab->resultModel()->index(0, 0).data().toString(), QStringLiteral("NULL"));

        tab->editor()->setText(QStringLiteral("select 1;\nselect nosuchcolumn from pg_class"));
        tab->editor()->setCursorPosition(1, 3);
        QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(tab->messages()->errorCount() >= 1, kTimeoutMs);
        QVERIFY(tab->messages()->toPlainText().contains(QStringLiteral("ERROR: column \"nosuchcolumn\" does not exist")));
        QCOMPARE(tab->outputTabs()->currentWidget(), tab->messages());
        // The server's error position lands on the word in the editor.
        QTRY_VERIFY(tab->editor()->hasErrorMarks());
        int line = -1, index = -1;
        tab->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 7);
    }
};

QTEST_MAIN(TestMainWindowPg)
#include "tst_mainwindow_pg.moc"
