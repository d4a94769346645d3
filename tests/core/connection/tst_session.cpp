// A Session against a real PostgreSQL: who it runs as, what the server says when things go
// wrong, streaming, cancel, and that the GUI thread never waits for any of it.
#include "connection/session.h"
#include "sessionprobe.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

class TestSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<Session> openAs(const Credentials &who, SessionProbe **probeOut = nullptr)
    {
        auto session = std::make_unique<Session>(TestServer::profile(), who);
        auto *probe = new SessionProbe(session.get());
        probe->setParent(session.get());
        session->open();
        if (!probe->waitForOpen() || !probe->isOpen)
            return nullptr;
        if (probeOut)
            *probeOut = probe;
        return session;
    }

private slots:
    void initTestCase() { TESSERA_REQUIRE_SERVER(); }

    void aliceSeesHerselfAsCurrentUser()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        QCOMPARE(session->identity().currentUser, QStringLiteral("alice"));
        session->execute(QStringLiteral("select current_user"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY(probe->last().ok);
        QCOMPARE(probe->cell(0, 0), QStringLiteral("alice"));
    }

    void aliceAndBobAtTheSameTimeEachSeeThemselves()
    {
        SessionProbe *aliceProbe = nullptr;
        SessionProbe *bobProbe = nullptr;
        auto alice = openAs(TestServer::alice(), &aliceProbe);
        auto bob = openAs(TestServer::bob(), &bobProbe);
        QVERIFY(alice && bob);
        QVERIFY(alice->connectionName() != bob->connectionName());
        QVERIFY(alice->identity().backendId != bob->identity().backendId);
        alice->execute(QStringLiteral("select current_user, pg_sleep(0.2)"));
        bob->execute(QStringLiteral("select current_user, pg_sleep(0.2)"));
        QVERIFY(aliceProbe->waitForOutcomes(1));
        QVERIFY(bobProbe->waitForOutcomes(1));
        QCOMPARE(aliceProbe->cell(0, 0), QStringLiteral("alice"));
        QCOMPARE(bobProbe->cell(0, 0), QStringLiteral("bob"));
    }

    void wrongPasswordGivesTheServersErrorAndNoSession()
    {
        Session session(TestServer::profile(), {QStringLiteral("alice"), QStringLiteral("not-her-password")});
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QVERIFY(!probe.isOpen);
        QCOMPARE(probe.openErrors.size(), 1);
        QVERIFY2(probe.openErrors.first().message.contains(QStringLiteral("password authentication failed for user \"alice\"")),
                 qPrintable(probe.openErrors.first().message));
        QCOMPARE(session.state(), Session::State::Disconnected);
    }

    void unknownHostSaysSo()
    {
        ConnectionProfile profile = TestServer::profile();
        profile.host = QStringLiteral("no-such-host.invalid");
        Session session(profile, TestServer::alice());
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QCOMPARE(probe.openErrors.size(), 1);
        QVERIFY2(probe.openErrors.first().message.contains(QStringLiteral("could not translate host name")),
                 qPrintable(probe.openErrors.first().message));
    }

    void serverDownSaysConnectionRefused()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost));
        const quint16 port = probePort.serverPort();
        probePort.close();
        ConnectionProfile profile = TestServer::profile();
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = port;
        Session session(profile, TestServer::alice());
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QCOMPARE(probe.openErrors.size(), 1);
        QVERIFY2(probe.openErrors.first().message.contains(QStringLiteral("Connection refused")),
                 qPrintable(probe.openErrors.first().message));
    }

    void closingRemovesTheBackendAndTheQtConnection()
    {
        const int baseline = TestServer::tesseraBackendCount();
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        const QString name = session->connectionName();
        QCOMPARE(TestServer::tesseraBackendCount(), baseline + 1);
        QVERIFY(QSqlDatabase::contains(name));
        QSignalSpy closed(session.get(), &Session::closed);
        session->close();
        QVERIFY(closed.wait(10000));
        QVERIFY(!QSqlDatabase::contains(name));
        QTRY_COMPARE(TestServer::tesseraBackendCount(), baseline);
    }

    void guiThreadKeepsRunningDuringALongQuery()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        session->execute(QStringLiteral("select pg_sleep(2)"));
        QVERIFY(probe->waitForOutcomes(1, 20000));
        QVERIFY(probe->last().ok);
        // 2 s at 20 ms is 100 ticks; a blocked event loop would give about none.
        QVERIFY2(ticks >= 50, qPrintable(QStringLiteral("only %1 timer ticks in 2 s").arg(ticks)));
    }

    void sqlErrorCarriesServerTextStateAndPosition()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("select 1,\n  nosuchcolumn from pg_class"));
        QVERIFY(probe->waitForOutcomes(1));
        const StatementOutcome o = probe->last();
        QVERIFY(!o.ok);
        QCOMPARE(o.error.message, QStringLiteral("column \"nosuchcolumn\" does not exist"));
        QCOMPARE(o.error.sqlState, QStringLiteral("42703"));
        QCOMPARE(o.error.position, 13);   // "select 1,\n  n": n is the 13th character
        QVERIFY(!o.error.connectionLost);
        QCOMPARE(session->state(), Session::State::Idle);
    }

    void streamingDeliversEveryRowInSeveralBatches()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("select g, md5(g::text) from generate_series(1, 200000) g"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY(probe->last().ok);
        QCOMPARE(probe->last().rowsFetched, 200000);
        QCOMPARE(probe->rows.rowCount(), 200000);
        QVERIFY(probe->batches > 1);
        QCOMPARE(probe->cell(0, 0), QStringLiteral("1"));
        QCOMPARE(probe->cell(199999, 0), QStringLiteral("200000"));
        QCOMPARE(probe->cell(199999, 1), QStringLiteral("03e6c61603f6c550ab49ab6a2d83f793"));   // md5('200000')
        QCOMPARE(probe->cell(0, 1), QStringLiteral("c4ca4238a0b923820dcc509a6f75849b"));   // md5('1')
    }

    void nullsTypesAndBinaryAreKept()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("select null::int as n, 42::int as i, 1.5::numeric as d, ''::text as e, "
                                        "'\\x01ff'::bytea as b, true as t"));
        QVERIFY(probe->waitForOutcomes(1));
        const ResultBuffer &r = probe->rows;
        QCOMPARE(r.columnCount(), 6);
        QVERIFY(r.isNull(0, 0));
        QVERIFY(!r.isNull(0, 3));            // empty string is not NULL
        QCOMPARE(r.text(0, 3), QString());
        QCOMPARE(r.columns().at(1).kind, ColumnKind::Integer);
        QCOMPARE(r.columns().at(2).kind, ColumnKind::Decimal);
        QCOMPARE(r.columns().at(4).kind, ColumnKind::Binary);
        QCOMPARE(r.text(0, 4), QStringLiteral("\\x01ff"));
        QCOMPARE(r.text(0, 5), QStringLiteral("t"));
    }

    void sessionKeepsTheServersTimeZoneNotTheDriversUtc()
    {
        // The role's own TimeZone must survive the Qt driver's "SET TIME ZONE 'UTC'".
        QCOMPARE(TestServer::adminQuery(QStringLiteral("alter role bob set timezone = 'Asia/Tokyo'")), QString());
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::bob(), &probe);
        TestServer::adminQuery(QStringLiteral("alter role bob reset timezone"));
        QVERIFY(session);
        session->execute(QStringLiteral("select current_setting('TimeZone'), current_setting('bytea_output')"));
        QVERIFY(probe->waitForOutcomes(1));
        QCOMPARE(probe->cell(0, 0), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(probe->cell(0, 1), QStringLiteral("hex"));
    }

    void cancelStopsARunningStatementAndTheSessionStaysUsable()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("select pg_sleep(30)"));
        // Wait until the server really runs it, then cancel.
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::adminQuery(QStringLiteral(
            "select count(*) from pg_stat_activity where query = 'select pg_sleep(30)' and state = 'active'")),
            QStringLiteral("1"), 10000);
        session->cancel();
        QVERIFY(probe->waitForOutcomes(1, 10000));
        QVERIFY(probe->last().cancelled);
        QVERIFY(!probe->last().ok);
        QVERIFY(probe->last().elapsedMs < 10000);
        QTRY_COMPARE(session->state(), Session::State::Idle);
        session->execute(QStringLiteral("select current_user"));
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY(probe->last().ok);
        QCOMPARE(probe->cell(0, 0), QStringLiteral("alice"));
    }

    void cancelRightAfterRunIsNotLost()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        // Esc pressed before the worker has even picked the statement up.
        session->execute(QStringLiteral("select pg_sleep(30)"));
        session->cancel();
        QVERIFY(probe->waitForOutcomes(1, 10000));
        QVERIFY(probe->last().cancelled);
        QVERIFY(probe->last().elapsedMs < 10000);
        session->execute(QStringLiteral("select 'after'"));
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY(probe->last().ok);
        QCOMPARE(probe->cell(0, 0), QStringLiteral("after"));
    }

    void fetchCapPausesAndFetchAllCompletes()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->setFetchCap(1024 * 1024);
        session->execute(QStringLiteral("select g, md5(g::text) from generate_series(1, 300000) g"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY(probe->last().paused);
        const qint64 firstPart = probe->rows.rowCount();
        QVERIFY2(firstPart > 0 && firstPart < 300000, qPrintable(QString::number(firstPart)));
        session->fetchAll();
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY(probe->last().ok);
        QVERIFY(!probe->last().paused);
        QCOMPARE(probe->rows.rowCount(), 300000);
        QCOMPARE(probe->cell(299999, 0), QStringLiteral("300000"));
    }

    void fetchMoreStopsAtTheNextCapAndIdleFetchAnswers()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->setFetchCap(512 * 1024);
        session->execute(QStringLiteral("select g, md5(g::text) from generate_series(1, 300000) g"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY(probe->last().paused);
        const qint64 first = probe->rows.rowCount();
        session->fetchMore();
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY(probe->last().paused);                       // one more cap's worth, not all
        QVERIFY(probe->rows.rowCount() > first && probe->rows.rowCount() < 300000);
        session->execute(QStringLiteral("begin"));         // discards the paused result
        QVERIFY(probe->waitForOutcomes(3));
        QCOMPARE(probe->last().rowsAffected, -1);          // BEGIN touches no rows
        session->fetchAll();                                // nothing paused any more
        QTRY_COMPARE(session->state(), Session::State::Idle);
    }

    void newStatementDiscardsAPausedResultQuickly()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->setFetchCap(256 * 1024);
        session->execute(QStringLiteral("select g, md5(g::text) from (select generate_series(1, 50000000) g) s"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY(probe->last().paused);
        session->execute(QStringLiteral("select 'next'"));
        QVERIFY(probe->waitForOutcomes(2, 20000));
        QVERIFY(probe->last().ok);
        QCOMPARE(probe->cell(0, 0), QStringLiteral("next"));
    }

    void scriptStopsAtTheFirstErrorByDefault()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->executeScript({QStringLiteral("create temp table t (x int)"),
                                QStringLiteral("insert into t values (1), (2)"),
                                QStringLiteral("select nonsense from t"),
                                QStringLiteral("select 1")});
        QTRY_COMPARE(probe->scriptsFinished, 1);
        QCOMPARE(probe->outcomes.size(), 3);
        QCOMPARE(probe->outcomes.at(1).rowsAffected, 2);
        QVERIFY(!probe->outcomes.at(2).ok);
        QCOMPARE(probe->outcomes.at(2).index, 2);
    }

    void transactionStateFollowsTheServer()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("begin"));
        QVERIFY(probe->waitForOutcomes(1));
        QCOMPARE(probe->last().transaction, TransactionState::InTransaction);
        QCOMPARE(session->transactionState(), TransactionState::InTransaction);
        session->execute(QStringLiteral("rollback"));
        QVERIFY(probe->waitForOutcomes(2));
        QCOMPARE(probe->last().transaction, TransactionState::Idle);
    }

    void terminatedIdleSessionIsReportedAtOnceAndTheNextRunReconnects()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        QSignalSpy lost(session.get(), &Session::connectionLost);
        QSignalSpy reconnected(session.get(), &Session::reconnected);
        const QString oldPid = session->identity().backendId;
        QCOMPARE(TestServer::adminQuery(QStringLiteral("select pg_terminate_backend(%1)").arg(oldPid)), QStringLiteral("t"));
        // Nothing runs, yet the tab learns of it: no hang at the next click.
        QVERIFY(lost.wait(10000));
        QVERIFY2(lost.first().first().toString().contains(QStringLiteral("terminating connection")),
                 qPrintable(lost.first().first().toString()));
        QCOMPARE(session->state(), Session::State::Broken);
        session->execute(QStringLiteral("select current_user"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
        QCOMPARE(probe->cell(0, 0), QStringLiteral("alice"));
        QCOMPARE(reconnected.size(), 1);
        QCOMPARE(reconnected.first().first().toBool(), false);   // no transaction was open
        QVERIFY(session->identity().backendId != oldPid);
        QCOMPARE(session->state(), Session::State::Idle);
    }

    void terminatedBusySessionReportsTheLossAndRecovers()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        const QString pid = session->identity().backendId;
        session->execute(QStringLiteral("select pg_sleep(30)"));
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::adminQuery(QStringLiteral(
            "select state from pg_stat_activity where pid = %1").arg(pid)), QStringLiteral("active"), 10000);
        TestServer::adminQuery(QStringLiteral("select pg_terminate_backend(%1)").arg(pid));
        QVERIFY(probe->waitForOutcomes(1, 10000));
        QVERIFY(!probe->last().ok);
        QVERIFY2(probe->last().error.connectionLost, qPrintable(probe->last().error.message));
        QTRY_COMPARE(session->state(), Session::State::Broken);
        session->execute(QStringLiteral("select 2"));
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
        QCOMPARE(probe->cell(0, 0), QStringLiteral("2"));
    }

    void reconnectSaysWhenAnOpenTransactionWasLost()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("begin"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY(session->hasOpenTransaction());
        QVERIFY(session->transactionSince().isValid());
        QSignalSpy lost(session.get(), &Session::connectionLost);
        QSignalSpy reconnected(session.get(), &Session::reconnected);
        TestServer::adminQuery(QStringLiteral("select pg_terminate_backend(%1)").arg(session->identity().backendId));
        QVERIFY(lost.wait(10000));
        session->execute(QStringLiteral("select 1"));
        QVERIFY(probe->waitForOutcomes(2));
        QCOMPARE(reconnected.size(), 1);
        QCOMPARE(reconnected.first().first().toBool(), true);
        QVERIFY(!session->hasOpenTransaction());
    }

    void manualCommitModeKeepsATransactionOpenUntilCommit()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->setAutoCommit(false);
        session->execute(QStringLiteral("create table alice_manual (x int)"));
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
        QCOMPARE(probe->last().transaction, TransactionState::InTransaction);
        // Not committed: another session does not see the table.
        QCOMPARE(TestServer::adminQuery(QStringLiteral("select to_regclass('alice_manual') is null")), QStringLiteral("t"));
        session->rollback();
        QVERIFY(probe->waitForOutcomes(2));
        QCOMPARE(probe->last().sql, QStringLiteral("ROLLBACK"));
        QCOMPARE(session->transactionState(), TransactionState::Idle);
        session->execute(QStringLiteral("create table alice_manual (x int)"));
        QVERIFY(probe->waitForOutcomes(3));
        session->commit();
        QVERIFY(probe->waitForOutcomes(4));
        QVERIFY(probe->last().ok);
        QCOMPARE(TestServer::adminQuery(QStringLiteral("select to_regclass('alice_manual') is not null")), QStringLiteral("t"));
        TestServer::adminQuery(QStringLiteral("drop table alice_manual"));
    }

    void bindVariablesRunAsAPreparedStatement()
    {
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        session->execute(QStringLiteral("select :who::text as who, :n::int + 1 as next, ':not_a_bind' as lit, :none::text is null as isnull"),
                         {{QStringLiteral("who"), QStringLiteral("O'Brien")}, {QStringLiteral("n"), 41},
                          {QStringLiteral("none"), QVariant()}});
        QVERIFY(probe->waitForOutcomes(1));
        QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
        QCOMPARE(probe->cell(0, 0), QStringLiteral("O'Brien"));
        QCOMPARE(probe->cell(0, 1), QStringLiteral("42"));
        QCOMPARE(probe->cell(0, 2), QStringLiteral(":not_a_bind"));
        QCOMPARE(probe->cell(0, 3), QStringLiteral("t"));
    }

    void setRoleAndSearchPathRefreshTheIdentity()
    {
        TestServer::adminQuery(QStringLiteral("grant bob to alice"));
        SessionProbe *probe = nullptr;
        auto session = openAs(TestServer::alice(), &probe);
        QVERIFY(session);
        QSignalSpy identity(session.get(), &Session::identityChanged);
        session->execute(QStringLiteral("set role bob"));
        QVERIFY(probe->waitForOutcomes(1));
        QTRY_COMPARE(session->identity().currentUser, QStringLiteral("bob"));
        QCOMPARE(session->identity().sessionUser, QStringLiteral("alice"));
        session->execute(QStringLiteral("/* schema */ set search_path = pg_catalog"));
        QVERIFY(probe->waitForOutcomes(2));
        QTRY_COMPARE(session->identity().currentSchema, QStringLiteral("pg_catalog"));
        QVERIFY(identity.size() >= 2);
        TestServer::adminQuery(QStringLiteral("revoke bob from alice"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
