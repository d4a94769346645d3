// The Objects dock and completion in the whole window, against the throwaway PostgreSQL: log in,
// expand, filter, double-click inserts the name, Ctrl+Space offers the columns, Select First 200
// Rows shows rows; the metadata connection is counted and goes with the last tab.
#include "browser/objectbrowser.h"
#include "browsercontroller.h"
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "e2ehelpers.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "metadata/catalogsource.h"
#include "metadata/catalogtreemodel.h"
#include "query/editorcompletion.h"
#include "query/querytab.h"
#include "query/sqleditor.h"
#include "results/resultmodel.h"
#include "testserver.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using E2E::kTimeoutMs;

class TestE2EBrowser : public QObject
{
    Q_OBJECT

    E2E::App m_app;
    QString m_profileId;

    ObjectBrowser *browser() const { return m_app.window->browserController()->browser(); }

    QModelIndex find(const QModelIndex &parent, const QString &name) const
    {
        CatalogTreeModel *model = browser()->model();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(CatalogTreeModel::NameRole).toString() == name)
                return i;
        }
        return {};
    }

    // The group of a schema holding the object (Tables, Views, …).
    QModelIndex findObject(const QModelIndex &schema, const QString &name) const
    {
        CatalogTreeModel *model = browser()->model();
        for (int g = 0; g < model->rowCount(schema); ++g) {
            const QModelIndex found = find(model->index(g, 0, schema), name);
            if (found.isValid())
                return found;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
        QCOMPARE(TestServer::adminQuery(QStringLiteral(
                     "select pg_advisory_xact_lock(7274379);"
                     "create schema if not exists e2e_shop;"
                     "grant usage on schema e2e_shop to alice;"
                     "create table if not exists e2e_shop.\"Order Lines\" (line_id int primary key, \"Unit Price\" numeric, qty int);"
                     "insert into e2e_shop.\"Order Lines\" select g, g * 1.5, g % 7 from generate_series(1, 300) g "
                     "  on conflict do nothing;"
                     "grant select on e2e_shop.\"Order Lines\" to alice;"
                     "create table if not exists e2e_shop.nobody_sees (x int);"
                     "do $$ begin execute format('grant create on database %I to alice', current_database()); end $$;")),
                 QString());
    }

    void init()
    {
        m_app.reset();
        m_profileId = m_app.addProfile(TestServer::profile());
        QVERIFY(m_app.makeWindow(false, true));
        m_app.window->browserController()->dock()->show();
    }

    void cleanup()
    {
        QVERIFY2(m_app.closeAll(), "a session outlived its window");
        m_app.release();
    }

    void browseFilterInsertCompleteAndSelectRows()
    {
        LoginDialog *dialog = E2E::openLogin(m_app.window.get(), m_profileId);
        QVERIFY(dialog);
        QVERIFY(E2E::typeLogin(dialog, TestServer::alice()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QueryTab *tab = m_app.window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kTimeoutMs);
        QTRY_VERIFY(browser()->source());
        QCOMPARE(m_app.manager->liveCount(), 1);   // nothing read before somebody looks

        // Expand the database: the schemas alice may use, read through a connection of its own.
        QTreeView *tree = browser()->tree();
        const QModelIndex database = browser()->model()->index(0, 0);
        tree->expand(database);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->source()->schemasLoaded(), kTimeoutMs);
        QCOMPARE(m_app.manager->liveCount(), 2);
        const QModelIndex shop = find(browser()->model()->index(0, 0), QStringLiteral("e2e_shop"));
        QVERIFY(shop.isValid());
        tree->expand(shop);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->source()->catalog().isLoaded(QStringLiteral("e2e_shop")), kTimeoutMs);
        QTRY_VERIFY(findObject(shop, QStringLiteral("Order Lines")).isValid());
        QVERIFY(!findObject(shop, QStringLiteral("nobody_sees")).isValid());

        // Filter: only what matches stays.
        QTest::keyClicks(browser()->filterEdit(), QStringLiteral("order l"));
        const QModelIndex filteredShop = find(browser()->model()->index(0, 0), QStringLiteral("e2e_shop"));
        QVERIFY(filteredShop.isValid());
        const QModelIndex lines = findObject(filteredShop, QStringLiteral("Order Lines"));
        QVERIFY(lines.isValid());
        QCOMPARE(browser()->model()->visibleObjectCount(), 1);
        // Expanding a table reads its keys, indexes and triggers.
        tree->expand(lines);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->model()->rowCount(lines) == 5, kTimeoutMs);   // 3 columns, 2 groups
        const QModelIndex keys = browser()->model()->index(3, 0, lines);
        QCOMPARE(keys.data().toString(), QStringLiteral("Keys and constraints (1)"));
        QCOMPARE(browser()->model()->index(0, 0, keys).data().toString(), QStringLiteral("Order Lines_pkey"));
        QCOMPARE(browser()->model()->index(0, 0, keys).data(Qt::ToolTipRole).toString(), QStringLiteral("PRIMARY KEY (line_id)"));
        QCOMPARE(browser()->model()->index(4, 0, lines).data().toString(), QStringLiteral("Indexes (1)"));
        tree->collapse(lines);
        E2E::screenshot(m_app.window.get(), QStringLiteral("object-browser"));

        // Double-click puts the quoted, qualified name at the editor's cursor.
        tab->editor()->setText(QStringLiteral("select * from "));
        tab->editor()->setCursorPosition(0, 14);
        tree->scrollTo(lines);
        const QPoint at = tree->visualRect(lines).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(tab->editor()->text(), QStringLiteral("select * from e2e_shop.\"Order Lines\""));

        // Ctrl+Space in the select list offers that table's columns, quoted as they need.
        tab->editor()->setText(QStringLiteral("select  from e2e_shop.\"Order Lines\" ol"));
        tab->editor()->setCursorPosition(0, 7);
        tab->editor()->setFocus();
        QSignalSpy shown(tab->completion(), &EditorCompletion::shown);
        QTest::keyClick(tab->editor(), Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !tab->completion()->isWaiting(), kTimeoutMs);
        QStringList offered;
        for (const CompletionItem &item : tab->completion()->shownItems())
            offered.append(item.text);
        QVERIFY2(offered.mid(0, 3) == (QStringList{QStringLiteral("line_id"), QStringLiteral("\"Unit Price\""),
                                                   QStringLiteral("qty")}),
                 qPrintable(offered.join(u',')));
        QVERIFY(tab->editor()->isListActive());
        E2E::screenshot(m_app.window.get(), QStringLiteral("completion-popup"));
        // Choosing one writes it in.
        emit tab->editor()->userListActivated(7, QStringLiteral("Unit Price"));
        QCOMPARE(tab->editor()->text(), QStringLiteral("select \"Unit Price\" from e2e_shop.\"Order Lines\" ol"));

        // Select First 200 Rows: a new tab on the same login, its rows shown.
        emit browser()->selectRowsRequested(lines.data(CatalogTreeModel::QualifiedNameRole).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 2, kTimeoutMs);
        QueryTab *rowsTab = m_app.window->currentTab();
        QVERIFY(rowsTab != tab);
        QTRY_COMPARE_WITH_TIMEOUT(rowsTab->resultModel()->rowCount(), 200, kTimeoutMs);
        QCOMPARE(rowsTab->editor()->text(), QStringLiteral("select * from e2e_shop.\"Order Lines\" limit 200"));

        // The metadata connection goes with the profile's last tab.
        m_app.window->closeTab(1);
        m_app.window->closeTab(0);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.manager->liveCount(), 0, kTimeoutMs);
    }

    // DDL in a tab: the browser reads again what it shows.
    void ddlInATabRefreshesTheBrowser()
    {
        LoginDialog *dialog = E2E::openLogin(m_app.window.get(), m_profileId);
        QVERIFY(dialog);
        QVERIFY(E2E::typeLogin(dialog, TestServer::alice()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.window->tabCount(), 1, kTimeoutMs);
        QueryTab *tab = m_app.window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Idle, kTimeoutMs);
        QTRY_VERIFY(browser()->source());
        browser()->tree()->expand(browser()->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(browser()->source()->schemasLoaded(), kTimeoutMs);
        QVERIFY(!find(browser()->model()->index(0, 0), QStringLiteral("alice_fresh")).isValid());
        tab->editor()->setText(QStringLiteral("create schema if not exists alice_fresh"));
        tab->runStatement();
        QTRY_VERIFY_WITH_TIMEOUT(find(browser()->model()->index(0, 0), QStringLiteral("alice_fresh")).isValid(), kTimeoutMs);
        tab->editor()->setText(QStringLiteral("drop schema alice_fresh"));
        tab->runStatement();
        QTRY_VERIFY_WITH_TIMEOUT(browser()->source()->schemasLoaded()
                                     && !find(browser()->model()->index(0, 0), QStringLiteral("alice_fresh")).isValid(),
                                 kTimeoutMs);
    }
};

QTEST_MAIN(TestE2EBrowser)
#include "tst_e2e_browser.moc"
