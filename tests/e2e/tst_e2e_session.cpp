// A person's whole session through the real window against the throwaway PostgreSQL: log in,
// work in several tabs, close them, log out, quit — and what must hold all along: no password
// on disk, no login kept after log-out, nothing committed or lost without asking, the budget
// enforced, and every open connection visible in the monitor.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "ctrlenter.h"
#include "e2ehelpers.h"
#include "login/logindialog.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "profiles/profilelistwidget.h"
#include "profiles/profilestore.h"
#include "query/querytab.h"
#include "results/resultmodel.h"
#include "query/sqleditor.h"
#include "query/tabbanner.h"
#include "testserver.h"
#include "workspace/editorstash.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using E2E::child;
using E2E::kTimeoutMs;

class TestE2ESession : public QObject
{
    Q_OBJECT

    E2E::App m_app;
    QString m_profileId;

    void makeWindow()
    {
        QVERIFY(m_app.makeWindow(true, true, QSize(1280, 800)));
    }

    // Opens the profile, logs in as alice through the dialog, waits for the tab to be ready.
    QueryTab *loginAsAlice()
    {
        const int before = m_app.window->tabCount();
        m_app.window->openProfile(m_profileId);
        LoginDialog *dialog = E2E::loginDialog(m_app.window.get());
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        if (child<QCheckBox>(dialog, "rememberCheck")->isChecked())
            return nullptr;   // remember password is off unless the person ticks it
        E2E::typeLogin(dialog, TestServer::alice());
        if (!QTest::qWaitFor([&] { return m_app.window->tabCount() == before + 1; }, kTimeoutMs))
            return nullptr;
        QueryTab *tab = m_app.window->currentTab();
        if (!QTest::qWaitFor([tab] { return tab->session() && tab->session()->state() == Session::State::Idle; }, kTimeoutMs))
            return nullptr;
        return tab;
    }

    QMessageBox *transactionBox() const
    {
        return m_app.window ? m_app.window->findChild<QMessageBox *>(QStringLiteral("closeTransactionBox")) : nullptr;
    }

    QueryTab *tabInTransaction()
    {
        QueryTab *tab = loginAsAlice();
        if (!tab)
            return nullptr;
        typeAndCtrlEnter(tab, QStringLiteral("begin"));
        if (!QTest::qWaitFor([tab] { return tab->hasOpenTransaction() && !tab->isBusy(); }, kTimeoutMs))
            return nullptr;
        return tab;
    }

    bool rolledBackAndClosed()
    {
        if (QMessageBox *box = transactionBox(); box && box->isVisible())
            QTest::mouseClick(child<QPushButton>(box, "rollbackButton"), Qt::LeftButton);
        return (!m_app.window || !m_app.window->isVisible()) && m_app.manager->liveCount() == 0;
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
    }

    void init()
    {
        m_app.reset();
        ConnectionProfile p = TestServer::profile();
        p.colorTag = QStringLiteral("#d32f2f");   // "production" red
        m_profileId = m_app.addProfile(p);
        makeWindow();
    }

    void cleanup()
    {
        // Transactions a test left open are rolled back as the quit asks about each.
        if (m_app.window && !transactionBox())
            m_app.window->close();
        QTRY_VERIFY_WITH_TIMEOUT(rolledBackAndClosed(), kTimeoutMs);
        m_app.release();
    }

    // (a) Remember password off: a whole session leaves the password in no file at all.
    void wholeSessionLeavesNoPasswordOnDisk()
    {
        QueryTab *first = loginAsAlice();
        QVERIFY(first);
        typeAndCtrlEnter(first, QStringLiteral("select current_user, count(*) from notes"));
        QTRY_COMPARE_WITH_TIMEOUT(first->resultModel()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(first->resultModel()->index(0, 0).data().toString(), QStringLiteral("alice"));

        QTest::keyClick(m_app.window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_app.window->tabCount(), 2);
        QVERIFY(!E2E::loginDialog(m_app.window.get()));
        QueryTab *second = m_app.window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), Session::State::Idle, kTimeoutMs);
        typeAndCtrlEnter(second, QStringLiteral("select body from notes order by 1 limit 3"));
        QTRY_VERIFY_WITH_TIMEOUT(second->resultModel()->rowCount() > 0, kTimeoutMs);
        // The editors were stashed on disk meanwhile (that is a file the scan must cover).
        QTRY_COMPARE_WITH_TIMEOUT(m_app.stash->load().size(), 2, kTimeoutMs);

        QTest::keyClick(m_app.window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(m_app.stash->load().size(), 1);   // the closed tab's copy went with it
        m_app.window->logOut(m_profileId);
        // The tab with SQL in it stays (disconnected), and so does its stashed copy.
        QCOMPARE(m_app.window->tabCount(), 1);
        QVERIFY(!m_app.window->tabAt(0)->session());
        QVERIFY(!m_app.manager->isLoggedIn(m_profileId));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);
        QCOMPARE(m_app.stash->load().size(), 1);
        m_app.window->close();
        m_app.window.reset();

        const QString password = TestServer::alice().password;
        QCOMPARE(E2E::filesContaining(password, {m_app.dir.path()}), QStringList());
    }

    void filesContainingFindsWhatIsThere()
    {
        // The scan of (a) would pass on an empty world: prove it finds a known string.
        QSettings().setValue(QStringLiteral("e2e/marker"), QStringLiteral("marker-8274"));
        QSettings().sync();
        QVERIFY(!E2E::filesContaining(QStringLiteral("marker-8274")).isEmpty());
        QVERIFY(!E2E::filesContaining(m_app.store->profile(m_profileId).name, {m_app.dir.path()}).isEmpty());
    }

    // (b) After log-out the next tab asks for the password again.
    void logOutForgetsTheLogin()
    {
        QVERIFY(loginAsAlice());
        QVERIFY(m_app.manager->isLoggedIn(m_profileId));
        QListWidgetItem *item = m_app.window->profileList()->list()->item(0);
        QTRY_VERIFY(item->font().bold());
        QVERIFY2(item->toolTip().contains(QStringLiteral("logged in as alice")), qPrintable(item->toolTip()));
        QAction *logout = m_app.window->findChild<QAction *>(QStringLiteral("logoutAction"));
        QVERIFY(logout && logout->isEnabled());
        QVERIFY(logout->text().contains(m_app.store->profile(m_profileId).name));

        // The profile's context menu offers it too.
        QListWidget *list = m_app.window->profileList()->list();
        emit list->customContextMenuRequested(list->visualItemRect(item).center());
        auto *menu = m_app.window->findChild<QMenu *>(QStringLiteral("profileMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        auto *menuLogout = menu->findChild<QAction *>(QStringLiteral("profileLogoutAction"));
        QVERIFY(menuLogout && menuLogout->isEnabled());
        menu->close();

        logout->trigger();
        QCOMPARE(m_app.window->tabCount(), 0);
        QVERIFY(!m_app.manager->isLoggedIn(m_profileId));
        QTRY_VERIFY(!m_app.window->profileList()->list()->item(0)->font().bold());
        QVERIFY(!m_app.window->profileList()->list()->item(0)->toolTip().contains(QStringLiteral("logged in")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);

        m_app.window->openProfile(m_profileId);
        LoginDialog *dialog = E2E::loginDialog(m_app.window.get());
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QCOMPARE(m_app.window->tabCount(), 0);
        QVERIFY(!m_app.manager->isLoggedIn(m_profileId));
        dialog->reject();
    }

    // Log Out keeps the SQL, as disconnecting does in DBeaver or DataGrip: a tab with text stays
    // without its session and offers Connect, which asks for the password again and brings the
    // session back into that tab; an empty tab has nothing to keep and closes.
    void logOutKeepsUnsavedEditors()
    {
        QueryTab *written = loginAsAlice();
        QVERIFY(written);
        written->editor()->setText(QStringLiteral("select 'my unsaved work' as w"));
        m_app.window->openProfile(m_profileId);   // a second, empty tab (logged in: no dialog)
        QCOMPARE(m_app.window->tabCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.window->currentTab()->session()->state() == Session::State::Idle, kTimeoutMs);

        m_app.window->logOut(m_profileId);
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(m_app.window->tabAt(0), written);
        QCOMPARE(written->editor()->text(), QStringLiteral("select 'my unsaved work' as w"));
        QVERIFY(!written->session());
        QVERIFY(!m_app.manager->isLoggedIn(m_profileId));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);
        QVERIFY2(written->banner()->text().contains(QStringLiteral("Logged out")), qPrintable(written->banner()->text()));
        auto *connect = written->banner()->findChild<QPushButton *>();
        QVERIFY(connect && connect->isVisible());

        QTest::mouseClick(connect, Qt::LeftButton);
        LoginDialog *dialog = E2E::loginDialog(m_app.window.get());
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());   // the login was forgotten
        E2E::typeLogin(dialog, TestServer::alice());
        QTRY_VERIFY_WITH_TIMEOUT(written->session() && written->session()->state() == Session::State::Idle, kTimeoutMs);
        QCOMPARE(m_app.window->tabCount(), 1);
        written->editor()->setFocus();
        QTest::keyClick(written->editor(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(written->resultModel()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(written->resultModel()->index(0, 0).data().toString(), QStringLiteral("my unsaved work"));
    }

    // (c) Quit with an open transaction: asked; Cancel keeps everything, Rollback lets it go.
    void quitAsksAboutAnOpenTransaction()
    {
        QueryTab *tab = tabInTransaction();
        QVERIFY(tab);
        QVERIFY(!m_app.window->close());
        QMessageBox *box = transactionBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        E2E::screenshot(box, QStringLiteral("e2e-close-guard"));
        QTest::mouseClick(child<QPushButton>(box, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!transactionBox());
        QVERIFY(m_app.window->isVisible());
        QCOMPARE(m_app.window->tabCount(), 1);
        QVERIFY(tab->hasOpenTransaction());
        QVERIFY(m_app.manager->isLoggedIn(m_profileId));

        QVERIFY(!m_app.window->close());
        box = transactionBox();
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, "rollbackButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.window->isVisible(), kTimeoutMs);
        QCOMPARE(m_app.window->tabCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);
    }

    // Quitting asks the tabs one after another, and one refusal keeps every tab.
    void quitStopsAtTheFirstRefusal()
    {
        QueryTab *first = tabInTransaction();
        QVERIFY(first);
        QTest::keyClick(m_app.window.get(), Qt::Key_T, Qt::ControlModifier);
        QueryTab *second = m_app.window->currentTab();
        QTRY_VERIFY_WITH_TIMEOUT(second->session() && second->session()->state() == Session::State::Idle, kTimeoutMs);
        typeAndCtrlEnter(second, QStringLiteral("begin"));
        QTRY_VERIFY_WITH_TIMEOUT(second->hasOpenTransaction(), kTimeoutMs);

        QVERIFY(!m_app.window->close());
        QTRY_VERIFY(transactionBox());
        QCOMPARE(m_app.window->currentTab(), first);   // the tab that asks is the one shown
        QTest::mouseClick(child<QPushButton>(transactionBox(), "rollbackButton"), Qt::LeftButton);
        // The first tab agreed; the second asks next.
        QTRY_VERIFY_WITH_TIMEOUT(transactionBox() && m_app.window->currentTab() == second, kTimeoutMs);
        QTest::mouseClick(child<QPushButton>(transactionBox(), "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!transactionBox());
        QVERIFY(m_app.window->isVisible());
        QCOMPARE(m_app.window->tabCount(), 2);
        QVERIFY(second->hasOpenTransaction());
        QCOMPARE(m_app.manager->liveCount(), 2);
    }

    // Ctrl+W on a tab with an open transaction asks; Commit really commits before it closes.
    void closingATabCommitsOnlyWhenAsked()
    {
        TestServer::adminQuery(QStringLiteral("drop table if exists e2e_guard; create table e2e_guard (x int); "
                                              "grant insert, select on e2e_guard to alice"));
        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        tab->editor()->setText(QStringLiteral("begin;\ninsert into e2e_guard values (1);"));
        tab->editor()->setFocus();
        QTest::keyClick(tab->editor(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(tab->hasOpenTransaction() && !tab->isBusy(), kTimeoutMs);
        QTest::keyClick(m_app.window.get(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(transactionBox());
        QCOMPARE(m_app.window->tabCount(), 1);
        QCOMPARE(TestServer::adminQuery(QStringLiteral("select count(*) from e2e_guard")), QStringLiteral("0"));
        QTest::mouseClick(child<QPushButton>(transactionBox(), "commitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 0, kTimeoutMs);
        QCOMPARE(TestServer::adminQuery(QStringLiteral("select count(*) from e2e_guard")), QStringLiteral("1"));
    }

    // Logging out goes through the same guard: Cancel keeps the tabs and the login.
    void logOutRefusedKeepsTheLogin()
    {
        QVERIFY(tabInTransaction());
        m_app.window->logOut(m_profileId);
        QTRY_VERIFY(transactionBox());
        QTest::mouseClick(child<QPushButton>(transactionBox(), "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!transactionBox());
        QCOMPARE(m_app.window->tabCount(), 1);
        QVERIFY(m_app.manager->isLoggedIn(m_profileId));
    }

    // (e) The budget comes from the settings: one connection per profile, so Ctrl+T is refused
    // in the manager's own words; the login dialog says so too when the global cap is reached.
    void budgetRefusalIsShown()
    {
        m_app.window->close();
        m_app.window.reset();
        QSettings().setValue(QStringLiteral("connections/perProfileLimit"), 1);
        QSettings().setValue(QStringLiteral("connections/globalLimit"), 2);
        makeWindow();
        QCOMPARE(m_app.manager->perProfileLimit(), 1);
        QCOMPARE(m_app.manager->globalLimit(), 2);
        QVERIFY(loginAsAlice());

        QTest::keyClick(m_app.window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_app.window->tabCount(), 1);
        auto *box = m_app.window->findChild<QMessageBox *>(QStringLiteral("infoBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("the most allowed for one profile")), qPrintable(box->text()));
        box->close();

        // A second profile still fits the global budget; a third does not.
        for (const QString &name : {QStringLiteral("test-pg-2"), QStringLiteral("test-pg-3")}) {
            ConnectionProfile other = TestServer::profile(name);
            m_app.store->add(other);
            m_app.window->openProfile(other.id);
            LoginDialog *dialog = m_app.window->loginFlow()->pendingDialog(other.id);
            QVERIFY(dialog);
            E2E::typeLogin(dialog, TestServer::bob());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 2, kTimeoutMs);
        LoginDialog *dialog = m_app.window->loginFlow()->pendingDialog(TestServer::profile(QStringLiteral("test-pg-3")).id);
        QVERIFY(dialog);
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Close a tab to free one")), qPrintable(error->text()));
        QCOMPARE(m_app.manager->liveCount(), 2);
        dialog->reject();
    }

    // (f) The monitor dock lists the tab's session: who, and which backend.
    void monitorDockListsTheSession()
    {
        auto *dock = m_app.window->findChild<QDockWidget *>(QStringLiteral("connectionMonitorDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QAction *toggle = dock->toggleViewAction();
        QVERIFY(toggle->isCheckable());
        QVERIFY(toggle->text().contains(QStringLiteral("Connections in")));
        toggle->trigger();
        QTRY_VERIFY(dock->isVisible());

        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->session()->identity().backendId.isEmpty(), kTimeoutMs);
        const QString pid = tab->session()->identity().backendId;
        QCOMPARE(pid, TestServer::adminQuery(QStringLiteral("select pid from pg_stat_activity where application_name = '%1' "
                                                            "and usename = 'alice'").arg(TestServer::applicationName())));
        auto *table = child<QTableView>(dock, "monitorSessions");
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        auto rowOf = [model, pid] {
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    if (model->index(r, c).data().toString() == pid)
                        return r;
                }
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, kTimeoutMs);
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(rowOf(), c).data().toString());
        QVERIFY2(cells.contains(QStringLiteral("alice")), qPrintable(cells.join(u'|')));
        QVERIFY2(cells.contains(tab->title()), qPrintable(cells.join(u'|')));   // the Tab column
        typeAndCtrlEnter(tab, QStringLiteral("select 1"));
        QTRY_VERIFY(!tab->isBusy());
        E2E::screenshot(m_app.window.get(), QStringLiteral("e2e-monitor-window"));
        E2E::screenshot(dock, QStringLiteral("e2e-monitor-dock"));

        // Closed with its tab: the row goes.
        QTest::keyClick(m_app.window.get(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, kTimeoutMs);
    }

    // The profile's colour marks its tabs: the tab's swatch and a line over the work area.
    void colourTagMarksTheTabs()
    {
        QFrame *strip = m_app.window->colorStrip();
        QVERIFY(!strip->isVisible());
        QueryTab *tab = loginAsAlice();
        QVERIFY(tab);
        QVERIFY(!m_app.window->tabWidget()->tabIcon(0).isNull());
        QVERIFY(strip->isVisible());
        QVERIFY(strip->height() >= 3);
        const QImage image = strip->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), QColor(QStringLiteral("#d32f2f")));
    }
};

QTEST_MAIN(TestE2ESession)
#include "tst_e2e_session.moc"
