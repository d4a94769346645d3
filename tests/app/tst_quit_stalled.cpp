// Quitting while a tab's result is stalled (its server stopped answering mid-result) must end
// the process within seconds, with or without an answer to the cancel request, and so must
// quitting while a statement runs that nothing can stop: timed from the moment the window is
// closed until the process is gone. The process is quitstalledchild, the
// program's own objects and quit sequence (see there); a FaultProxy here stalls its connection.
#include "faultproxy.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kStallAfterBytes = 256 * 1024;
constexpr qint64 kBoundMs = 5000;
} // namespace

class TestQuitStalled : public QObject
{
    Q_OBJECT

    enum class Case { Stalled, StalledAndCancelHangs, LocalStatement };

    void quitWhile(Case what)
    {
        FaultProxy proxy(TestServer::tcpHost(), TestServer::tcpPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        proxy.setFault(FaultProxy::Fault::Stall, kStallAfterBytes);   // counted from the connect
        const bool local = what == Case::LocalStatement;

        QTemporaryDir home;   // no profiles, settings or stashed editors of an earlier run
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        QProcess child;
        child.setProcessEnvironment(env);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QStringLiteral(QUIT_CHILD), {local ? QStringLiteral("sqlite") : QString::number(proxy.port())});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        if (local)
            QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("started"), 30000);
        else
            QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("streaming") && proxy.faulted() >= 1,
                                     30000);
        QVERIFY2(finished.isEmpty(), child.readAllStandardError().constData());
        if (what == Case::StalledAndCancelHangs)
            proxy.setFault(FaultProxy::Fault::Blackhole);

        QElapsedTimer clock;
        clock.start();
        child.write("quit\n");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, int(kBoundMs * 3));
        const qint64 ms = clock.elapsed();
        static const char *const names[] = {"a stalled result", "a stalled result and a hung cancel",
                                            "a local statement that cannot be stopped"};
        qInfo("quit with %s: process gone after %lld ms", names[int(what)], ms);
        const QByteArray errors = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, errors.constData());
        QVERIFY2(ms < kBoundMs, errors.constData());
        if (what == Case::StalledAndCancelHangs)
            QVERIFY(proxy.accepted() >= 2);   // the cancel request went out, into the blackhole
        // Shutting the socket is enough for a stalled peer; the SQLite thread had to be left.
        QCOMPARE(errors.contains("it is left to end with the program"), local);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(QUIT_CHILD)));
        TESSERA_REQUIRE_SERVER();
    }

    void quittingWithAStalledResultEndsTheProcessWithinSeconds() { quitWhile(Case::Stalled); }
    void quittingWhileTheCancelRequestHangsTooEndsTheProcessWithinSeconds() { quitWhile(Case::StalledAndCancelHangs); }
    // A thread that no socket shutdown reaches (SQLite computing, no row to stop between) is
    // left behind after a bounded wait, and the process still ends, with status 0.
    void quittingWhileALocalStatementRunsEndsTheProcessWithinSeconds() { quitWhile(Case::LocalStatement); }
};

QTEST_GUILESS_MAIN(TestQuitStalled)
#include "tst_quit_stalled.moc"
