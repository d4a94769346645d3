// A Session whose peer stops sending in the middle of a result (a FaultProxy in front of the
// test server): nothing may wait for it forever. Disconnect ends the statement as "connection
// lost" and the next run reconnects; closing and destroying the session are bounded; a cancel
// request that itself never gets an answer holds neither the worker nor the caller.
#include "connection/session.h"
#include "connection/sessionthreads.h"
#include "faultproxy.h"
#include "sessionprobe.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
// Far more rows than any buffer holds: the result is still streaming when the proxy stalls it.
const QString kBigResult = QStringLiteral("select g, repeat('x', 200) from generate_series(1, 5000000) g");
// Enough for the first rows to arrive, a sliver of the whole result.
constexpr qint64 kStallAfterBytes = 256 * 1024;
constexpr qint64 kBoundMs = 5000;   // what the issue allows for each of these to end
} // namespace

class TestStalledSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultProxy> m_proxy;

    // A session through the proxy, streaming kBigResult, stalled mid-result with rows in hand.
    std::unique_ptr<Session> stalledSession(SessionProbe **probeOut)
    {
        auto session = std::make_unique<Session>(TestServer::profileVia(m_proxy->port()), TestServer::alice());
        auto *probe = new SessionProbe(session.get());
        probe->setParent(session.get());
        session->open();
        if (!probe->waitForOpen() || !probe->isOpen)
            return nullptr;
        m_proxy->setFault(FaultProxy::Fault::Stall, kStallAfterBytes);
        session->execute(kBigResult);
        if (!QTest::qWaitFor([&] { return probe->rows.rowCount() > 0 && m_proxy->faulted() >= 1; }, 20000))
            return nullptr;
        *probeOut = probe;
        return session;
    }

private slots:
    void initTestCase() { TESSERA_REQUIRE_SERVER(); }

    void init()
    {
        m_proxy = std::make_unique<FaultProxy>(TestServer::tcpHost(), TestServer::tcpPort());
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
    }

    void cleanup() { m_proxy.reset(); }

    void disconnectEndsAStalledFetchAndTheNextRunReconnects()
    {
        SessionProbe *probe = nullptr;
        auto session = stalledSession(&probe);
        QVERIFY(session);
        QCOMPARE(session->state(), Session::State::Busy);
        QVERIFY(session->canForceDisconnect());
        QSignalSpy lost(session.get(), &Session::connectionLost);
        QSignalSpy reconnected(session.get(), &Session::reconnected);
        session->cancel();   // reaches the server, whose answer the stalled path never brings back
        QElapsedTimer clock;
        clock.start();
        session->forceDisconnect();
        QVERIFY(probe->waitForOutcomes(1, kBoundMs));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Broken, kBoundMs);
        const qint64 ms = clock.elapsed();
        qInfo("stalled fetch: Disconnect -> Broken in %lld ms", ms);
        QVERIFY(ms < kBoundMs);
        QVERIFY(!probe->last().ok);
        QCOMPARE(lost.size(), 1);
        QVERIFY2(lost.first().first().toString().contains(QStringLiteral("stopped answering")),
                 qPrintable(lost.first().first().toString()));

        m_proxy->setFault(FaultProxy::Fault::None);
        session->execute(QStringLiteral("select 'again'"));
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
        QCOMPARE(probe->cell(0, 0), QStringLiteral("again"));
        QCOMPARE(reconnected.size(), 1);
        QCOMPARE(session->state(), Session::State::Idle);
    }

    void closingAStalledSessionEndsWithinSeconds()
    {
        SessionProbe *probe = nullptr;
        auto session = stalledSession(&probe);
        QVERIFY(session);
        QElapsedTimer clock;
        clock.start();
        session->close();
        QVERIFY(probe->waitForClosed(kBoundMs + 1000));
        qInfo("stalled fetch: close -> closed in %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kBoundMs);
        QCOMPARE(session->state(), Session::State::Closed);
    }

    void destroyingAStalledSessionReturnsWithinSeconds()
    {
        // What program exit does when the owner did not wait for closed().
        SessionProbe *probe = nullptr;
        auto session = stalledSession(&probe);
        QVERIFY(session);
        QElapsedTimer clock;
        clock.start();
        session.reset();
        qInfo("stalled fetch: ~Session in %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kBoundMs);
        QCOMPARE(SessionThreads::abandonedCount(), 0);   // shutting the socket was enough
    }

    void aCancelThatNeverGetsAnAnswerHoldsNothing()
    {
        // From here on the path swallows everything, the cancel request's own connection too:
        // PQcancel (PostgreSQL 15 has no timeout for it) waits for an answer that never comes.
        SessionProbe *probe = nullptr;
        auto session = stalledSession(&probe);
        QVERIFY(session);
        m_proxy->setFault(FaultProxy::Fault::Blackhole);
        const int before = m_proxy->accepted();
        QElapsedTimer call;
        call.start();
        session->cancel();
        QVERIFY(call.elapsed() < 500);   // the caller (the GUI thread) never waits on the network
        QTRY_VERIFY(m_proxy->accepted() > before);   // the cancel request is on its way, and stuck

        QElapsedTimer clock;
        clock.start();
        session->forceDisconnect();
        // The worker reports the loss and forgets the cancel key while that cancel still hangs.
        QVERIFY(probe->waitForOutcomes(1, kBoundMs));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Broken, kBoundMs);
        QVERIFY(clock.elapsed() < kBoundMs);

        m_proxy->setFault(FaultProxy::Fault::None);
        session->execute(QStringLiteral("select 'after a hung cancel'"));
        QVERIFY(probe->waitForOutcomes(2));
        QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
        QCOMPARE(probe->cell(0, 0), QStringLiteral("after a hung cancel"));

        clock.restart();
        session.reset();
        QVERIFY(clock.elapsed() < kBoundMs);
    }

    void closingWhileTheCancelHangsEndsWithinSeconds()
    {
        SessionProbe *probe = nullptr;
        auto session = stalledSession(&probe);
        QVERIFY(session);
        m_proxy->setFault(FaultProxy::Fault::Blackhole);
        QElapsedTimer clock;
        clock.start();
        session->close();   // cancels (that request hangs), then shuts the socket after a grace
        QVERIFY(probe->waitForClosed(kBoundMs + 1000));
        qInfo("stalled fetch, hung cancel: close -> closed in %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kBoundMs);
    }
};

QTEST_GUILESS_MAIN(TestStalledSession)
#include "tst_stalledsession.moc"
