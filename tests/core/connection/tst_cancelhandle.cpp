// The one piece of session state that two threads touch directly: the cancel key (a mutex) and
// the stop flag (an atomic). Hammered from plain threads against a real server, so that
// ThreadSanitizer — which cannot see inside Debian's uninstrumented Qt — checks it fully.
#include "connection/cancelhandle.h"
#include "testserver.h"

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
};

QTEST_GUILESS_MAIN(TestCancelHandle)
#include "tst_cancelhandle.moc"
