// A query tab whose server stops answering in the middle of a result (a FaultProxy between the
// tab's session and the throwaway PostgreSQL): Cancel that does not take effect offers
// Disconnect within seconds, Disconnect frees the tab, the next run reconnects, and closing
// the tab is bounded, even when the cancel request itself never gets an answer.
#include "faultproxy.h"
#include "querytabharness.h"
#include "query/querytoolbar.h"
#include "query/tabbanner.h"
#include "results/resultmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>

using namespace QueryTabHarness;

namespace {
const QString kBigResult = QStringLiteral("select g, repeat('x', 200) from generate_series(1, 5000000) g");
constexpr qint64 kStallAfterBytes = 256 * 1024;
constexpr int kBoundMs = 5000;
} // namespace

class TestQueryTabStall : public QObject
{
    Q_OBJECT

    Harness m_h;
    std::unique_ptr<FaultProxy> m_proxy;

    QueryTab *tab() const { return m_h.tab.get(); }
    QPushButton *bannerButton() const
    {
        return tab()->banner()->findChild<QPushButton *>(QStringLiteral("tabBannerButton"));
    }
    bool offersDisconnect() const
    {
        return !tab()->banner()->isHidden() && bannerButton()->isVisible()
            && bannerButton()->text() == QStringLiteral("Disconnect");
    }

    // Runs the big result in the tab and lets the proxy stall it once the first rows are shown.
    bool runAndStall()
    {
        m_proxy->setFault(FaultProxy::Fault::Stall, kStallAfterBytes);
        tab()->editor()->setText(kBigResult);
        tab()->runStatement();
        return QTest::qWaitFor([this] { return tab()->resultModel()->rowCount() > 0 && m_proxy->faulted() >= 1; },
                               kTimeoutMs);
    }

    // Cancel as the person does (toolbar), wait for the offer, take it; the milliseconds from
    // Cancel to the offer and to a tab that can run again.
    bool cancelThenDisconnect(qint64 *offeredMs, qint64 *usableMs)
    {
        QElapsedTimer clock;
        clock.start();
        tab()->toolBar()->cancelAction()->trigger();
        if (!QTest::qWaitFor([this] { return offersDisconnect(); }, kBoundMs + 1000))
            return false;
        *offeredMs = clock.elapsed();
        if (!tab()->isBusy())
            return false;   // the cancel did take effect: nothing to disconnect
        screenshot(tab(), QStringLiteral("querytab-offers-disconnect.png"));
        QTest::mouseClick(bannerButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return tab()->canRun(); }, kBoundMs + 1000))
            return false;
        *usableMs = clock.elapsed();
        return true;
    }

private slots:
    void initTestCase() { TESSERA_REQUIRE_SERVER(); }

    void init()
    {
        m_proxy = std::make_unique<FaultProxy>(TestServer::tcpHost(), TestServer::tcpPort());
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
        QVERIFY(m_h.open(TestServer::alice(), TestServer::profileVia(m_proxy->port())));
    }

    void cleanup()
    {
        QVERIFY(m_h.close());
        m_proxy.reset();
    }

    void cancelThatTheServerNeverAnswersOffersDisconnect()
    {
        QVERIFY(runAndStall());
        qint64 offeredMs = 0;
        qint64 usableMs = 0;
        QVERIFY(cancelThenDisconnect(&offeredMs, &usableMs));
        qInfo("stalled fetch in a tab: Cancel -> Disconnect offered after %lld ms, tab usable after %lld ms",
              offeredMs, usableMs);
        QVERIFY(offeredMs < kBoundMs);
        QVERIFY(usableMs - offeredMs < kBoundMs);
        // What the tab says now: the connection is gone, the next run brings it back.
        QCOMPARE(m_h.session()->state(), Session::State::Broken);
        QVERIFY2(tab()->banner()->text().startsWith(QStringLiteral("Connection lost: disconnected")),
                 qPrintable(tab()->banner()->text()));
        QCOMPARE(tab()->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
                 QStringLiteral("Connection lost — the next run reconnects"));
        QVERIFY(tab()->messages()->toPlainText().contains(QStringLiteral("Disconnected")));
        screenshot(tab(), QStringLiteral("querytab-disconnected.png"));

        m_proxy->setFault(FaultProxy::Fault::None);
        QSignalSpy reconnected(m_h.session(), &Session::reconnected);
        const StatementOutcome o = run(tab(), QStringLiteral("select 'usable again'"));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(reconnected.size(), 1);
        QCOMPARE(tab()->resultModel()->index(0, 0).data().toString(), QStringLiteral("usable again"));
        QCOMPARE(m_h.session()->state(), Session::State::Idle);
        QVERIFY(tab()->banner()->text().isEmpty());   // "Reconnected." took the banner away
    }

    void aCancelRequestThatHangsDoesNotHoldTheTab()
    {
        QVERIFY(runAndStall());
        // The cancel request's own connection gets no answer either (PQcancel waits forever).
        m_proxy->setFault(FaultProxy::Fault::Blackhole);
        qint64 offeredMs = 0;
        qint64 usableMs = 0;
        QVERIFY(cancelThenDisconnect(&offeredMs, &usableMs));
        qInfo("stalled fetch, hung cancel: Disconnect offered after %lld ms, tab usable after %lld ms",
              offeredMs, usableMs);
        QVERIFY(m_proxy->accepted() >= 2);   // the cancel request did go out, into the blackhole
        QVERIFY(usableMs - offeredMs < kBoundMs);
        m_proxy->setFault(FaultProxy::Fault::None);
        QVERIFY(run(tab(), QStringLiteral("select 1")).ok);
    }

    void closingAStalledTabEndsItsSessionWithinSeconds()
    {
        QVERIFY(runAndStall());
        QElapsedTimer clock;
        clock.start();
        // As TabCloser does: cancel, then give the session back to the manager, which closes it.
        tab()->cancel();
        tab()->releaseSession();
        QCOMPARE(m_h.manager->liveCount(), 1);   // "Closing…" in the monitor, for now
        QTRY_COMPARE_WITH_TIMEOUT(m_h.manager->liveCount(), 0, kBoundMs + 1000);
        qInfo("stalled fetch: tab closed, session gone after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kBoundMs);
    }
};

QTEST_MAIN(TestQueryTabStall)
#include "tst_querytab_stall.moc"
