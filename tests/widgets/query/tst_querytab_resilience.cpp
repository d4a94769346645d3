// A query tab when things go wrong or away, against the throwaway PostgreSQL: cancel, a
// terminated backend, a tab restored without a session, the editor autosave, the fetch cap.
#include "results/fetchpausedbar.h"
#include "querytabharness.h"
#include "results/resultmodel.h"
#include "query/tabbanner.h"
#include "workspace/editorstash.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace QueryTabHarness;

class TestQueryTabResilience : public QObject
{
    Q_OBJECT

    Harness m_h;

    QueryTab *tab() const { return m_h.tab.get(); }
    QString stateText() const { return tab()->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(); }

    // Waits until the server really runs sql: a cancel that arrives before the query does has
    // nothing to cancel (a person is never that fast; a test is).
    static bool waitUntilActive(const QString &sql)
    {
        return QTest::qWaitFor([&sql] {
            return TestServer::adminQuery(QStringLiteral("select count(*) from pg_stat_activity where state = 'active' "
                                                         "and application_name = '%1' and query = '%2'")
                                              .arg(TestServer::applicationName(), sql))
                == QStringLiteral("1");
        }, kTimeoutMs);
    }

    static QString terminate(const QString &pid)
    {
        return TestServer::adminQuery(QStringLiteral("select pg_terminate_backend(%1)").arg(pid));
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_querytab_resilience"));
        QSettings().remove(QStringLiteral("results/fetchCapMB"));
    }

    void cleanup()
    {
        QSettings().remove(QStringLiteral("results/fetchCapMB"));
        QVERIFY(m_h.close());
    }

    void cancelShowsHowLongItRan()
    {
        QVERIFY(m_h.open());
        QSignalSpy finished(m_h.session(), &Session::statementFinished);
        const QString sql = QStringLiteral("select pg_sleep(31)");
        tab()->editor()->setText(sql);
        tab()->runStatement();
        QVERIFY(waitUntilActive(sql));
        tab()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY(finished.first().first().value<StatementOutcome>().cancelled);
        QTRY_VERIFY(tab()->canRun());
        const QString log = tab()->messages()->toPlainText();
        QVERIFY2(log.contains(QRegularExpression(QStringLiteral("Cancelled after \\d+[.,]\\d s\\."))), qPrintable(log));
        QTRY_VERIFY(tab()->findChild<QLabel *>(QStringLiteral("elapsedLabel"))->text().startsWith(QStringLiteral("Cancelled after")));
        QCOMPARE(tab()->outputTabs()->currentWidget(), tab()->messages());
        // Still usable.
        QVERIFY(run(tab(), QStringLiteral("select 5")).ok);
        QTRY_COMPARE(tab()->resultModel()->rowCount(), 1);
    }

    void terminatedBackendShowsConnectionLost()
    {
        QVERIFY(m_h.open());
        const QString sql = QStringLiteral("select pg_backend_pid()");
        const QString pid = m_h.session()->identity().backendId;
        QVERIFY(!pid.isEmpty());
        tab()->editor()->setText(sql);
        tab()->editor()->setCursorPosition(0, 4);
        QSignalSpy lost(m_h.session(), &Session::connectionLost);
        QCOMPARE(terminate(pid), QStringLiteral("t"));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kTimeoutMs);
        QTRY_VERIFY(tab()->banner()->text().startsWith(QStringLiteral("Connection lost: ")));
        QVERIFY(tab()->banner()->text().endsWith(QStringLiteral("The next run reconnects.")));
        QCOMPARE(tab()->banner()->level(), TabBanner::Level::Error);
        QVERIFY(stateText().startsWith(QStringLiteral("Connection lost")));
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("Connection lost: ")));
        QVERIFY(tab()->canRun());
        // The editor is untouched: same text, same cursor.
        QCOMPARE(tab()->editor()->text(), sql);
        int line = -1, index = -1;
        tab()->editor()->getCursorPosition(&line, &index);
        QCOMPARE(index, 4);
        screenshot(tab(), QStringLiteral("querytab-connection-lost.png"));

        QSignalSpy reconnected(m_h.session(), &Session::reconnected);
        QVERIFY(run(tab(), sql).ok);
        QCOMPARE(reconnected.size(), 1);
        QCOMPARE(reconnected.first().first().toBool(), false);
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("Reconnected.")));
        QVERIFY(tab()->banner()->text().isEmpty());
        QTRY_COMPARE(tab()->resultModel()->rowCount(), 1);
        QVERIFY(tab()->resultModel()->index(0, 0).data().toString() != pid);
        QTRY_VERIFY(tab()->findChild<QLabel *>(QStringLiteral("identityLabel"))->text().endsWith(
            QStringLiteral("(pid %1)").arg(tab()->resultModel()->index(0, 0).data().toString())));
    }

    void reconnectSaysTheTransactionWasLost()
    {
        QVERIFY(m_h.open());
        QVERIFY(run(tab(), QStringLiteral("begin")).ok);
        QTRY_VERIFY(tab()->hasOpenTransaction());
        QCOMPARE(terminate(m_h.session()->identity().backendId), QStringLiteral("t"));
        QTRY_VERIFY_WITH_TIMEOUT(tab()->banner()->text().contains(QStringLiteral("The open transaction is gone")), kTimeoutMs);
        QCOMPARE(tab()->findChild<QLabel *>(QStringLiteral("transactionLabel"))->text(),
                 QStringLiteral("Transaction lost with the connection"));
        QVERIFY(run(tab(), QStringLiteral("select 1")).ok);
        const QString warning = QStringLiteral("Reconnected — the open transaction was lost (rolled back by the server).");
        QVERIFY(tab()->messages()->toPlainText().contains(warning));
        QCOMPARE(tab()->banner()->text(), warning);
        QCOMPARE(tab()->banner()->level(), TabBanner::Level::Warning);
        QVERIFY(!tab()->hasOpenTransaction());
        screenshot(tab(), QStringLiteral("querytab-transaction-lost.png"));
    }

    void restoredTabConnectsThenRuns()
    {
        const ConnectionProfile profile = TestServer::profile();
        m_h.tab = std::make_unique<QueryTab>(profile, m_h.manager.get());
        m_h.tab->resize(1000, 620);
        m_h.tab->show();
        tab()->editor()->setText(QStringLiteral("select current_user"));
        QVERIFY(!tab()->canRun());
        QVERIFY(!tab()->session());
        QVERIFY(tab()->banner()->text().startsWith(QStringLiteral("Not connected")));
        QCOMPARE(stateText(), QStringLiteral("Not connected"));
        tab()->runStatement();
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("Not connected.")));
        // No session, nothing to lose: closing is approved at once.
        QSignalSpy approved(tab(), &QueryTab::closeApproved);
        tab()->requestClose();
        QTRY_COMPARE(approved.size(), 1);

        QSignalSpy connectRequested(tab(), &QueryTab::connectRequested);
        auto *connect = tab()->banner()->findChild<QPushButton *>(QStringLiteral("tabBannerButton"));
        QVERIFY(connect && connect->isVisible());
        QCOMPARE(connect->text(), QStringLiteral("Connect"));
        screenshot(tab(), QStringLiteral("querytab-not-connected.png"));
        QTest::mouseClick(connect, Qt::LeftButton);
        QCOMPARE(connectRequested.size(), 1);

        // What the window does after the login dialog.
        Session *session = m_h.manager->createSession(profile, TestServer::alice());
        QVERIFY(session);
        QSignalSpy titleChanged(tab(), &QueryTab::titleChanged);
        tab()->attachSession(session);
        session->open();
        QCOMPARE(titleChanged.size(), 1);
        QCOMPARE(tab()->title(), profile.name + QStringLiteral(" — alice"));
        QTRY_VERIFY_WITH_TIMEOUT(tab()->canRun(), kTimeoutMs);
        QVERIFY(tab()->banner()->text().isEmpty());
        QCOMPARE(tab()->editor()->text(), QStringLiteral("select current_user"));
        QVERIFY(run(tab(), tab()->editor()->text()).ok);
        QTRY_COMPARE(tab()->resultModel()->rowCount(), 1);
        QCOMPARE(tab()->resultModel()->index(0, 0).data().toString(), QStringLiteral("alice"));
    }

    void autosaveKeepsTextUntilDiscarded()
    {
        QTemporaryDir dir;
        EditorStash stash(dir.path());
        const ConnectionProfile profile = TestServer::profile(QStringLiteral("stash-profile"));
        m_h.tab = std::make_unique<QueryTab>(profile, m_h.manager.get());
        m_h.tab->show();
        tab()->setStash(&stash);
        QVERIFY(!tab()->stashId().isEmpty());
        tab()->editor()->setFocus();
        QTest::keyClicks(tab()->editor(), QStringLiteral("select 'never lose me'"));
        // Debounced: written about a second after the typing stopped.
        QTRY_COMPARE_WITH_TIMEOUT(stash.load().size(), 1, 5000);
        const StashedEditor saved = stash.load().constFirst();
        QCOMPARE(saved.id, tab()->stashId());
        QCOMPARE(saved.text, QStringLiteral("select 'never lose me'"));
        QCOMPARE(saved.profileName, QStringLiteral("stash-profile"));
        QCOMPARE(saved.profileId, profile.id);
        QCOMPARE(saved.cursorPosition, saved.text.size());

        // A later edit replaces the copy (same id), also when saved at once.
        tab()->editor()->setText(QStringLiteral("select 2"));
        tab()->saveStashNow();
        QCOMPARE(stash.load().size(), 1);
        QCOMPARE(stash.load().constFirst().text, QStringLiteral("select 2"));

        // A restored tab keeps its id.
        QueryTab restored(profile, m_h.manager.get());
        restored.setStash(&stash, saved.id);
        QCOMPARE(restored.stashId(), saved.id);

        tab()->discardStash();
        QVERIFY(stash.load().isEmpty());
        tab()->editor()->setText(QStringLiteral("select 3"));
        tab()->saveStashNow();
        QVERIFY(stash.load().isEmpty());   // closed for good: never written again
    }

    void pausedResultShowsRowsAndFetchesAll()
    {
        QSettings().setValue(QStringLiteral("results/fetchCapMB"), 1);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_h.open());
        // md5 text: rows unlike each other, so they fill the cap (a value repeated from the row
        // above costs the buffer one byte).
        const StatementOutcome o = run(tab(), QStringLiteral("select g, repeat(md5(g::text), 6) from generate_series(1, 60000) g"));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QVERIFY(o.paused);
        QVERIFY(o.rowsFetched > 1000 && o.rowsFetched < 60000);
        FetchPausedBar *bar = tab()->fetchPausedBar();
        QVERIFY(bar->isPaused());
        QVERIFY(bar->isVisibleTo(tab()));
        QCOMPARE(bar->text(), QStringLiteral("%1 rows fetched — the rest is still on the server.")
                                  .arg(QLocale().toString(o.rowsFetched)));
        QVERIFY(bar->text().contains(u','));   // group separators
        QCOMPARE(tab()->resultModel()->fetchedRowCount(), o.rowsFetched);

        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("fetchAllButton")), Qt::LeftButton);
        QVERIFY(!bar->isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(tab()->resultModel()->fetchedRowCount(), 60000, kTimeoutMs);
        QTRY_VERIFY(tab()->canRun());
        QVERIFY(!bar->isPaused());
        QLocale::setDefault(QLocale::system());
    }

    void fetchMoreStopsAtTheCapAgain()
    {
        QSettings().setValue(QStringLiteral("results/fetchCapMB"), 1);
        QVERIFY(m_h.open());
        // md5 text: rows unlike each other, so they fill the cap (a value repeated from the row
        // above costs the buffer one byte).
        const StatementOutcome o = run(tab(), QStringLiteral("select g, repeat(md5(g::text), 6) from generate_series(1, 60000) g"));
        QVERIFY(o.paused);
        FetchPausedBar *bar = tab()->fetchPausedBar();
        QSignalSpy finished(m_h.session(), &Session::statementFinished);
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("fetchMoreButton")), Qt::LeftButton);
        QVERIFY(!bar->isPaused());   // no second click while the rows come
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY(tab()->resultModel()->fetchedRowCount() > o.rowsFetched);
        QVERIFY(finished.first().first().value<StatementOutcome>().paused);
        QVERIFY(bar->isPaused());
    }
};

QTEST_MAIN(TestQueryTabResilience)
#include "tst_querytab_resilience.moc"
