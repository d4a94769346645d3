// The main window with no server at all: the SQLite demo profile, tabs, messages and the
// warnings that must not block anything.
#include "connection/connectionmanager.h"
#include "ctrlenter.h"
#include "connection/session.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "query/messagelog.h"
#include "common/noticebanner.h"
#include "profilecommands.h"
#include "profiles/profilelistwidget.h"
#include "profiles/profilestore.h"
#include "query/queryoutput.h"
#include "query/querytab.h"
#include "results/resultpage.h"
#include "query/querytoolbar.h"
#include "query/transactioncontrols.h"
#include "results/resultmodel.h"
#include "results/resultview.h"
#include "query/sqleditor.h"

#include <QAction>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kOpenTimeoutMs = 30000;   // the first open generates the demo database
}

class TestMainWindowLocal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<MainWindow> m_window;

    QString demoId() const
    {
        const QList<ConnectionProfile> all = m_store->profiles();
        for (const ConnectionProfile &p : all) {
            if (p.isDemo)
                return p.id;
        }
        return {};
    }

    // Opens the demo through the list with the keyboard, as a person would.
    QueryTab *openDemo()
    {
        QListWidget *list = m_window->profileList()->list();
        m_window->profileList()->setCurrentProfileId(demoId());
        list->setFocus();
        const int before = m_window->tabCount();
        QTest::keyClick(list, Qt::Key_Return);
        if (m_window->tabCount() != before + 1)
            return nullptr;
        return m_window->currentTab();
    }


private slots:
    void init()
    {
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
        QFile::remove(m_store->filePath());
        m_store->load();
        m_store->ensureDemoProfile();
        m_manager = std::make_unique<ConnectionManager>();
        m_window = std::make_unique<MainWindow>(m_store.get(), m_manager.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, 15000);
        m_window.reset();
        m_manager.reset();
        m_store.reset();
    }

    void demoProfileIsListed()
    {
        QVERIFY(!demoId().isEmpty());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Tessera"));
        QVERIFY(m_window->profileList()->list()->count() >= 1);
        QCOMPARE(m_window->profileList()->currentProfileId(), demoId());
    }

    void sqliteDemoOpensWithoutDialogAndShowsRows()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QVERIFY(!m_window->findChild<LoginDialog *>());
        QCOMPARE(m_window->tabWidget()->tabText(0), m_store->profile(demoId()).name);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);

        typeAndCtrlEnter(tab, QStringLiteral("select * from customers"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->resultModel()->rowCount(), 500, 15000);
        QVERIFY(tab->resultModel()->columnCount() > 1);
        QCOMPARE(tab->outputTabs()->currentIndex(), 0);
        QTRY_VERIFY2(tab->messages()->toPlainText().contains(QStringLiteral("OK, 500 rows")),
                     qPrintable(tab->messages()->toPlainText()));
    }

    void sqlErrorGoesToMessagesAndKeepsText()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        const QString sql = QStringLiteral("select * from no_such_table");
        typeAndCtrlEnter(tab, sql);
        QTRY_VERIFY_WITH_TIMEOUT(tab->messages()->errorCount() == 1, 15000);
        QVERIFY(tab->messages()->toPlainText().contains(QStringLiteral("no such table")));
        QCOMPARE(tab->outputTabs()->currentWidget(), tab->messages());
        QCOMPARE(tab->editor()->text(), sql);
        QTRY_COMPARE(tab->session()->state(), Session::State::Idle);
    }

    void scriptRunsEveryStatementAndShowsLastResult()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        tab->editor()->setText(QStringLiteral("create temp table t (a int, b text);\n"
                                              "insert into t values (1, 'x'), (2, null);\n"
                                              "select a, b from t order by a;"));
        tab->editor()->setFocus();
        QTest::keyClick(tab->editor(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(tab->resultModel()->rowCount(), 2, 15000);
        QTRY_VERIFY2(tab->messages()->toPlainText().contains(QStringLiteral("Script finished: 3 succeeded")),
                     qPrintable(tab->messages()->toPlainText()));
        QVERIFY(tab->resultModel()->index(1, 1).data(ResultModel::IsNullRole).toBool());
    }

    // Manual commit on the SQLite demo behaves as on PostgreSQL: the open transaction is shown,
    // Commit and Rollback work, the next statement runs in it, and quitting asks first.
    void sqliteManualCommitIsShownAndGuarded()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        TransactionControls *controls = tab->toolBar()->transactions();
        auto *label = tab->findChild<QLabel *>(QStringLiteral("transactionLabel"));
        controls->autoCommitAction()->setChecked(false);
        QCOMPARE(label->text(), QStringLiteral("No open transaction"));

        typeAndCtrlEnter(tab, QStringLiteral("update customers set city = 'Ghent' where customer_id = 1"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Transaction open since ")), 15000);
        QTRY_VERIFY(tab->canRun());
        QVERIFY(tab->messages()->toPlainText().contains(QStringLiteral("OK, 1 row affected")));
        QVERIFY(controls->commitAction()->isEnabled());
        QVERIFY(controls->rollbackAction()->isEnabled());
        QVERIFY(tab->hasOpenTransaction());

        // The next statement runs inside the same transaction.
        typeAndCtrlEnter(tab, QStringLiteral("update customers set city = 'Bruges' where customer_id = 2"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->messages()->toPlainText().count(QStringLiteral("OK, 1 row affected")) == 2, 15000);
        QCOMPARE(tab->messages()->errorCount(), 0);
        if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            m_window->grab().save(dir + QStringLiteral("/sqlite-manual-commit.png"));
        }

        // Quitting asks, and Commit writes both changes to the file before the window goes.
        m_window->close();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("closeTransactionBox"))) && box->isVisible());
        QVERIFY(m_window->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("commitButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, 15000);
        QString city;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_store->profile(demoId()).database);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("select group_concat(city, ',') from (select city from customers "
                                          "where customer_id in (1, 2) order by customer_id)")));
            QVERIFY(q.next());
            city = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(city, QStringLiteral("Ghent,Bruges"));
    }

    // Every shortcut a menu shows does what the menu says with the cursor in the editor:
    // QScintilla's own bindings (Ctrl+T swaps lines, Ctrl+/ moves by word part, Ctrl+= types)
    // never win over the window's actions.
    void menuShortcutsWorkFromTheFocusedEditor()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        SqlEditor *editor = tab->editor();
        const QString text = QStringLiteral("select 1;\nselect 2;");
        editor->setText(text);
        editor->setCursorPosition(0, 3);
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());

        // Each one: the editor does not take the key, so the window's shortcut gets it.
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        int shortcuts = 0;
        for (QAction *action : actions) {
            for (const QKeySequence &sequence : action->shortcuts()) {
                const QKeyCombination key = sequence[0];
                QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
                QCoreApplication::sendEvent(editor, &override);
                QVERIFY2(!override.isAccepted(), qPrintable(sequence.toString() + u' ' + action->text()));
                ++shortcuts;
            }
        }
        QVERIFY(shortcuts >= 12);

        // Ctrl+/ comments the line out and back in.
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("-- select 1;\nselect 2;"));
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), text);

        // Zoom: Ctrl+= and Ctrl++ in, Ctrl+- out, Ctrl+0 back; nothing typed.
        const auto zoom = [editor] { return int(editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM)); };
        QCOMPARE(zoom(), 0);
        QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(zoom(), 1);
        QTest::keyClick(editor, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(zoom(), 2);
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(zoom(), 1);
        QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(zoom(), 0);
        QCOMPARE(editor->text(), text);

        // Ctrl+Shift+M shows (or hides) the Connections in use dock.
        const bool monitorShown = m_window->monitorDock()->isVisible();
        QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_window->monitorDock()->isVisible(), !monitorShown);

        // Ctrl+T opens a new tab on the same profile instead of swapping two lines.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(m_window->tabCount(), 2);
        QCOMPARE(editor->text(), text);
    }

    // Run Script gives each statement that returns rows a numbered tab of its own, titled
    // with its first words and its row count; statements without rows stay in Messages.
    void scriptShowsEveryResultInItsOwnTab()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        tab->editor()->setText(QStringLiteral("select * from departments;\n"
                                              "create temp table t (a int);\n"
                                              "select count(*) as n from customers;\n"
                                              "-- the cheap ones\nselect name, unit_price from products where unit_price < 20 order by unit_price;"));
        tab->editor()->setFocus();
        QTest::keyClick(tab->editor(), Qt::Key_F5);
        QTRY_VERIFY2_WITH_TIMEOUT(tab->messages()->toPlainText().contains(QStringLiteral("Script finished: 4 succeeded")),
                                  qPrintable(tab->messages()->toPlainText()), 15000);
        QueryOutput *output = tab->output();
        QCOMPARE(output->resultCount(), 3);
        QCOMPARE(output->count(), 4);   // three results and Messages
        QCOMPARE(output->tabText(0), QStringLiteral("1: select * from departments (6 rows)"));
        QCOMPARE(output->tabText(1), QStringLiteral("3: select count(*) as n from… (1 row)"));
        QVERIFY2(output->tabText(2).startsWith(QStringLiteral("4: select name, unit_price…")), qPrintable(output->tabText(2)));
        QCOMPARE(output->tabText(3), QStringLiteral("Messages"));
        QCOMPARE(output->resultAt(0)->model()->rowCount(), 6);
        QCOMPARE(output->resultAt(1)->model()->index(0, 0).data().toString(), QStringLiteral("500"));
        const qint64 cheap = output->resultAt(2)->model()->fetchedRowCount();
        QVERIFY(cheap > 0);
        QVERIFY(output->tabText(2).endsWith(QStringLiteral("(%1 rows)").arg(cheap)) || cheap == 1);
        QCOMPARE(output->currentIndex(), 0);   // the first result is what shows
        if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            output->setCurrentIndex(1);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            m_window->grab().save(dir + QStringLiteral("/script-three-results.png"));
            output->setCurrentIndex(0);
        }

        // The next run starts with one empty Results tab again.
        typeAndCtrlEnter(tab, QStringLiteral("select 1 as one"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->resultModel()->rowCount(), 1, 15000);
        QCOMPARE(output->resultCount(), 1);
        QCOMPARE(output->count(), 2);
        QCOMPARE(output->tabText(0), QStringLiteral("Results (1 row)"));

        // Past the limit the person set, results run but are not kept, and Messages says so.
        QueryOutput::setResultTabLimit(2);
        tab->editor()->setText(QStringLiteral("select 1; select 2; select 3;"));
        QTest::keyClick(tab->editor(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(tab->messages()->toPlainText().contains(QStringLiteral("Script finished: 3 succeeded")), 15000);
        QueryOutput::setResultTabLimit(20);
        QCOMPARE(output->resultCount(), 2);
        QVERIFY2(tab->messages()->toPlainText().contains(QStringLiteral("#3 and later results are not shown")),
                 qPrintable(tab->messages()->toPlainText()));
    }

    // Ctrl+Enter runs only the statement up to the blank line, and shows which text that was.
    void ctrlEnterRunsTheBlockAtTheCursorAndShowsIt()
    {
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        const QString sql = QStringLiteral("select 1 as a\n\nselect 2 as b");
        tab->editor()->setText(sql);
        tab->editor()->setCursorPosition(2, 4);
        tab->editor()->setFocus();
        QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
        const auto highlight = tab->editor()->runHighlight();
        QCOMPARE(highlight.first, int(sql.indexOf(QStringLiteral("select 2"))));
        QCOMPARE(highlight.second, int(QStringLiteral("select 2 as b").size()));
        QTRY_COMPARE_WITH_TIMEOUT(tab->resultModel()->rowCount(), 1, 15000);
        QCOMPARE(tab->resultModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("b"));
        QCOMPARE(tab->resultModel()->columnCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->runHighlight().second, 0, 5000);   // a moment, not for good
    }

    // Two tabs on one profile can be told apart, and the Connections list shows the profile
    // of the tab in front, not the one clicked last.
    void tabsAreNumberedAndTheListFollowsTheTab()
    {
        QVERIFY(openDemo());
        QVERIFY(openDemo());
        const QString name = m_store->profile(demoId()).name;
        QCOMPARE(m_window->tabWidget()->tabText(0), name);
        QCOMPARE(m_window->tabWidget()->tabText(1), name + QStringLiteral(" (2)"));

        ConnectionProfile other;
        other.name = QStringLiteral("Other file");
        other.dialect = Dialect::SQLite;
        other.database = m_dir.filePath(QStringLiteral("other.sqlite"));
        m_store->add(other);
        const QString otherId = m_store->profiles().last().id;
        m_window->profileList()->setCurrentProfileId(otherId);
        m_window->tabWidget()->setCurrentIndex(0);
        QCOMPARE(m_window->profileList()->currentProfileId(), demoId());

        // A closed number is given again to the next tab.
        m_window->closeTab(0);
        QTRY_COMPARE(m_window->tabCount(), 1);
        QVERIFY(openDemo());
        QCOMPARE(m_window->tabWidget()->tabText(1), name);
        m_store->remove(otherId);
    }

    void ctrlWClosesTabAndSession()
    {
        QVERIFY(openDemo());
        QVERIFY(openDemo());
        QCOMPARE(m_window->tabCount(), 2);
        QCOMPARE(m_manager->liveCount(), 2);
        QVERIFY(m_window->tabAt(0)->session() != m_window->tabAt(1)->session());
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 1, 15000);
    }

    void deleteRefusedWhileTabsAreOpen()
    {
        QVERIFY(openDemo());
        m_window->profileCommands()->deleteProfile();
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("infoBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Close its tabs first")));
        QVERIFY(m_store->contains(demoId()));
        box->close();
    }

    void unreadableProfilesAreABannerNotABlocker()
    {
        QFile file(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        ProfileStore broken(file.fileName());
        QVERIFY(!broken.load());
        QVERIFY(!broken.problem().isEmpty());
        m_window->showProblem(broken.problem());
        QVERIFY(m_window->noticeBanner()->isVisible());
        QCOMPARE(m_window->noticeBanner()->text(), broken.problem());
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(openDemo());   // and the window still works
    }

    void destroyingWindowWithOpenTabsGivesSessionsBack()
    {
        QVERIFY(openDemo());
        QVERIFY(openDemo());
        QCOMPARE(m_manager->liveCount(), 2);
        m_window.reset();   // no close(): the destructor alone must hand both sessions back
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, 15000);
        m_window = std::make_unique<MainWindow>(m_store.get(), m_manager.get());
    }

    // Not a check: TESSERA_SCREENSHOT=<file.png> saves the window with a demo result in it.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("TESSERA_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set TESSERA_SCREENSHOT=<file.png> to save a screenshot");
        QueryTab *tab = openDemo();
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kOpenTimeoutMs);
        tab->editor()->setText(QStringLiteral("-- Customers and where they live\n"
                                              "select *\n  from customers\n order by customer_id\n limit 200;\n"));
        tab->editor()->setCursorPosition(2, 4);
        QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(tab->resultModel()->rowCount() == 200, qPrintable(tab->messages()->toPlainText()), 15000);
        QTRY_VERIFY(!tab->isBusy());
        // Let pending layouts settle so the status labels are not caught mid-resize.
        auto *rows = tab->findChild<QLabel *>(QStringLiteral("rowsLabel"));
        QTRY_VERIFY(rows->width() >= rows->sizeHint().width());
        QVERIFY(m_window->grab().save(path));
    }
};

QTEST_MAIN(TestMainWindowLocal)
#include "tst_mainwindow_local.moc"
