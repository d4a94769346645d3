// The Edit menu with the editor focused, real keys, no server (the SQLite demo): find as you
// type, replace with a regular expression and its groups, find next / previous, go to line,
// case, indent, Format SQL keeping every comment, and the clipboard for the focused widget.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "mainwindow.h"
#include "profiles/profilelistwidget.h"
#include "profiles/profilestore.h"
#include "query/findbar.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "results/resultmodel.h"
#include "results/resultview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kTimeoutMs = 15000;
}

class TestEditMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    QueryTab *m_tab = nullptr;

    SqlEditor *editor() const { return m_tab->editor(); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), mods); }

private slots:
    void init()
    {
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
        QFile::remove(m_store->filePath());
        m_store->load();
        m_store->ensureDemoProfile();
        m_manager = std::make_unique<ConnectionManager>();
        m_window = std::make_unique<MainWindow>(m_store.get(), m_manager.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openProfile(m_store->profiles().first().id);
        QTRY_COMPARE(m_window->tabCount(), 1);
        m_tab = m_window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(m_tab->session()->state(), Session::State::Idle, kTimeoutMs);
        editor()->setFocus();
    }

    void cleanup()
    {
        m_window->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->liveCount(), 0, kTimeoutMs);
        m_window.reset();
        m_manager.reset();
        m_store.reset();
    }

    void findAsYouTypeNextAndPrevious()
    {
        editor()->setText(QStringLiteral("select id from a;\nselect ID from b;\nselect idx from c;"));
        editor()->setCursorPosition(0, 0);
        key(Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = m_tab->findBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findEdit()->hasFocus());
        QTest::keyClicks(bar->findEdit(), QStringLiteral("id"));
        QCOMPARE(editor()->selectedText(), QStringLiteral("id"));
        int line = 0, index = 0;
        editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        key(Qt::Key_F3);
        editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);   // "ID": case does not matter unless asked
        bar->caseCheck()->setChecked(true);
        bar->wordCheck()->setChecked(true);
        key(Qt::Key_F3);
        editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);   // only "id" as a whole word, in lower case: wraps around to line 1
        key(Qt::Key_F3, Qt::ShiftModifier);
        editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        QTest::keyClicks(bar->findEdit(), QStringLiteral("zz"));
        QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
        QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(editor()->hasFocus());
    }

    void replaceAllWithARegularExpression()
    {
        editor()->setText(QStringLiteral("select a_1, b_22 from t;"));
        key(Qt::Key_H, Qt::ControlModifier);
        FindBar *bar = m_tab->findBar();
        bar->regexCheck()->setChecked(true);
        bar->findEdit()->setText(QStringLiteral("([a-z])_(\\d+)"));
        bar->replaceEdit()->setText(QStringLiteral("\\2\\1"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(editor()->text(), QStringLiteral("select 1a, 22b from t;"));
        // One undo takes all of it back.
        editor()->setFocus();
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor()->text(), QStringLiteral("select a_1, b_22 from t;"));
    }

    void goToLineCaseAndIndent()
    {
        editor()->setText(QStringLiteral("select 1;\nselect 2;\nselect 3;"));
        key(Qt::Key_G, Qt::ControlModifier);
        auto *dialog = m_window->findChild<QInputDialog *>(QStringLiteral("goToLineDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->setIntValue(3);
        dialog->accept();
        int line = 0, index = 0;
        editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        editor()->setFocus();
        editor()->setSelection(2, 0, 2, 6);
        key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor()->text(2), QStringLiteral("SELECT 3;"));
        key(Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(editor()->text(2), QStringLiteral("select 3;"));
        key(Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(editor()->text(2), QStringLiteral("    select 3;"));
        key(Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(editor()->text(2), QStringLiteral("select 3;"));
    }

    void formatSqlKeepsEveryComment()
    {
        editor()->setText(QStringLiteral("-- the report\nselect a,b from t /* why */ where x=1 -- end"));
        key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(editor()->text().contains(QStringLiteral("\n")) && editor()->text() != QStringLiteral("-- the report\nselect a,b from t /* why */ where x=1 -- end"), kTimeoutMs);
        const QString formatted = editor()->text();
        QVERIFY2(formatted.contains(QStringLiteral("-- the report")), qPrintable(formatted));
        QVERIFY(formatted.contains(QStringLiteral("/* why */")));
        QVERIFY(formatted.contains(QStringLiteral("-- end")));
        QVERIFY(formatted.contains(QStringLiteral("x = 1")));
    }

    // Ctrl+C copies what has the focus: the grid's cells when the grid has it.
    void copyFollowsTheFocus()
    {
        editor()->setText(QStringLiteral("select 'from the grid' as v"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_tab->resultModel()->rowCount(), 1, kTimeoutMs);
        m_tab->resultView()->setFocus();
        m_tab->resultView()->setCurrentIndex(m_tab->resultModel()->index(0, 0));
        QApplication::clipboard()->clear();
        key(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("from the grid\n"));
        editor()->setFocus();
        editor()->setSelection(0, 0, 0, 6);
        key(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("select"));
        editor()->setCursorPosition(0, 0);
        key(Qt::Key_V, Qt::ControlModifier);
        QVERIFY(editor()->text().startsWith(QStringLiteral("selectselect")));
    }
};

QTEST_MAIN(TestEditMenu)
#include "tst_editmenu.moc"
