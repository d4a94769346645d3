// The one piece of session state that two threads touch directly: the cancel key (a mutex) and
// the stop flag (an atomic). Hammered from plain threads against a real server, so that
// ThreadSanitizer — which cannot see inside Debian's uninstrumented Qt — checks it fully.
#include "connection/cancelhandle.h"
#include "faultproxy.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <libpq-fe.h>

#include <atomic>
#include <thread>

class TestCancelHandle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { TESSERA_REQUIRE_SERVER(); }

    void withoutAConnectionCancelSaysSo()
    {
        CancelHandle handle;
        QString error;
        QVERIFY(!handle.canCancelOnServer());
        QVERIFY(!handle.cancelOnServer(&error));
        QVERIFY(error.contains(QStringLiteral("no server-side cancel")));
    }

    void cancelStopsARunningQueryFromAnotherThread()
    {
        PGconn *conn = PQconnectdb(TestServer::adminConninfo().toUtf8().constData());
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        CancelHandle handle;
        handle.setPostgresConnection(conn);
        QVERIFY(handle.canCancelOnServer());
        std::atomic<bool> started{false};
        QString state;
        std::thread worker([&] {
            started = true;
            PGresult *res = PQexec(conn, "select pg_sleep(30)");
            state = QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE));
            PQclear(res);
        });
        QTRY_VERIFY(started.load());
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::adminQuery(QStringLiteral(
            "select count(*) from pg_stat_activity where query = 'select pg_sleep(30)' and state = 'active'")),
            QStringLiteral("1"), 10000);
        QString error;
        QVERIFY2(handle.cancelOnServer(&error), qPrintable(error));
        worker.join();
        QCOMPARE(state, QStringLiteral("57014"));   // query_canceled
        handle.setPostgresConnection(nullptr);
        PQfinish(conn);
    }

    void keyReplacementAndCancelRaceSafely()
    {
        PGconn *conn = PQconnectdb(TestServer::adminConninfo().toUtf8().constData());
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        CancelHandle handle;
        std::atomic<bool> done{false};
        int cancelsSent = 0;
        // As after reconnects: the worker swaps the key while the GUI side cancels and stops.
        std::thread swapper([&] {
            for (int i = 0; i < 300; ++i) {
                handle.setPostgresConnection(i % 2 ? nullptr : conn);
                handle.clearStop();
            }
            done = true;
        });
        while (!done) {
            handle.requestStop();
            if (handle.cancelOnServer(nullptr))
                ++cancelsSent;
            (void)handle.stopRequested();
        }
        swapper.join();
        Q_UNUSED(cancelsSent);
        // After the race the handle still works: it holds the last key given and can cancel.
        QVERIFY(!handle.canCancelOnServer());        // the last swap (i = 299) cleared it
        handle.setPostgresConnection(conn);
        QString error;
        QVERIFY2(handle.cancelOnServer(&error), qPrintable(error));
        handle.setPostgresConnection(nullptr);
        PQfinish(conn);
    }

    void aCancelThatNeverGetsAnAnswerIsGivenUpOnAndHoldsNothing()
    {
        FaultProxy proxy(TestServer::tcpHost(), TestServer::tcpPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        PGconn *conn = connectThrough(proxy);
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        CancelHandle handle;
        handle.setPostgresConnection(conn);
        // The cancel request's own connection is accepted and never answered: PQcancel (no
        // timeout of its own in PostgreSQL 15) would wait forever.
        proxy.setFault(FaultProxy::Fault::Blackhole);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!handle.cancelOnServer(&error, 300));
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY2(error.contains(QStringLiteral("did not answer")), qPrintable(error));
        QTRY_COMPARE(proxy.accepted(), 2);
        // Asking again while it hangs waits for the same request: no second connection.
        QVERIFY(!handle.cancelOnServer(&error, 100));
        handle.cancelInBackground();
        QCOMPARE(proxy.accepted(), 2);
        // The key goes (as before a reconnect or a close) while the request still hangs.
        clock.restart();
        handle.setPostgresConnection(nullptr);
        QVERIFY(clock.elapsed() < 500);
        QVERIFY(!handle.canCancelOnServer());
        PQfinish(conn);
    }   // the proxy goes: the hung request's socket closes and its thread ends

    void shutdownSocketEndsAWaitOnASilentPeer()
    {
        FaultProxy proxy(TestServer::tcpHost(), TestServer::tcpPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        PGconn *conn = connectThrough(proxy);
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        CancelHandle handle;
        handle.setPostgresConnection(conn);
        QVERIFY(handle.hasSocket());
        QVERIFY(!handle.socketWasShutDown());
        proxy.setFault(FaultProxy::Fault::Blackhole);
        std::atomic<bool> done{false};
        ConnStatusType status = CONNECTION_OK;
        std::thread worker([&] {
            PQclear(PQexec(conn, "select 1"));   // the answer never comes
            status = PQstatus(conn);
            done = true;
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(handle.shutdownSocket());   // from this thread, as the GUI's Disconnect does
        if (!QTest::qWaitFor([&] { return done.load(); }, 5000)) {
            worker.detach();
            QFAIL("the wait on the silent peer did not return");
        }
        worker.join();
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(status, CONNECTION_BAD);
        QVERIFY(handle.socketWasShutDown());
        handle.setPostgresConnection(nullptr);   // before libpq closes the socket
        QVERIFY(!handle.hasSocket());
        QVERIFY(!handle.shutdownSocket());
        PQfinish(conn);
    }

private:
    static PGconn *connectThrough(const FaultProxy &proxy)
    {
        // Later keywords win: the server's own conninfo, with the proxy as host and port.
        const QString conninfo = TestServer::adminConninfo()
            + QStringLiteral(" host=127.0.0.1 port=%1").arg(proxy.port());
        return PQconnectdb(conninfo.toUtf8().constData());
    }
};

QTEST_GUILESS_MAIN(TestCancelHandle)
#include "tst_cancelhandle.moc"
