// Every tab runs as its person, provably: row-level security, proxy login, session setup that
// survives reconnects and restarts, and a silent host that cannot hang anyone.
#include "connection/session.h"
#include "sessionprobe.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

class TestIdentity : public QObject
{
    Q_OBJECT

    struct Open
    {
        std::unique_ptr<Session> session;
        SessionProbe *probe = nullptr;
    };

    Open openAs(const ConnectionProfile &profile, const Credentials &who)
    {
        Open o;
        o.session = std::make_unique<Session>(profile, who);
        o.probe = new SessionProbe(o.session.get());
        o.probe->setParent(o.session.get());
        o.session->open();
        if (!o.probe->waitForOpen() || !o.probe->isOpen) {
            qWarning("open failed: %s", qPrintable(o.probe->openErrors.value(0).message));
            o.session.reset();
        }
        return o;
    }

    ConnectionProfile proxyProfile()
    {
        ConnectionProfile p = TestServer::profile(QStringLiteral("proxy"));
        p.authMode = AuthMode::Proxy;
        p.proxyTarget = QStringLiteral("alice");
        return p;
    }

private slots:
    void initTestCase() { TESSERA_REQUIRE_SERVER(); }

    void interleavedTabsOnlyEverSeeTheirOwnRows()
    {
        Open alice = openAs(TestServer::profile(), TestServer::alice());
        Open bob = openAs(TestServer::profile(), TestServer::bob());
        QVERIFY(alice.session && bob.session);
        const QString sql = QStringLiteral("select owner, count(*), current_user from secrets group by owner");
        for (int i = 0; i < 100; ++i) {
            alice.session->execute(sql);
            bob.session->execute(sql);
            QVERIFY(alice.probe->waitForOutcomes(i + 1));
            QVERIFY(bob.probe->waitForOutcomes(i + 1));
            for (auto [probe, who] : {std::pair{alice.probe, QStringLiteral("alice")}, std::pair{bob.probe, QStringLiteral("bob")}}) {
                QVERIFY2(probe->last().ok, qPrintable(probe->last().error.message));
                QCOMPARE(probe->rows.rowCount(), 1);              // RLS: only one owner visible
                QCOMPARE(probe->cell(0, 0), who);
                QCOMPARE(probe->cell(0, 1), QStringLiteral("5"));
                QCOMPARE(probe->cell(0, 2), who);
            }
        }
    }

    void serverSeesTheProgramsName()
    {
        ConnectionProfile p = TestServer::profile();
        p.options.clear();   // the defaults, not the test's own application_name
        Open alice = openAs(p, TestServer::alice());
        QVERIFY(alice.session);
        alice.session->execute(QStringLiteral("select application_name from pg_stat_activity where pid = pg_backend_pid()"));
        QVERIFY(alice.probe->waitForOutcomes(1));
        QCOMPARE(alice.probe->cell(0, 0), QStringLiteral("Tessera"));
    }

    void proxyTabRunsAsTheTargetAndShowsWhoLoggedIn()
    {
        Open proxy = openAs(proxyProfile(), TestServer::proxy());
        QVERIFY(proxy.session);
        QCOMPARE(proxy.session->identity().currentUser, QStringLiteral("alice"));
        QCOMPARE(proxy.session->identity().sessionUser, QStringLiteral("tessera_proxy"));
        proxy.session->execute(QStringLiteral("select distinct owner from secrets"));
        QVERIFY(proxy.probe->waitForOutcomes(1));
        QCOMPARE(proxy.probe->rows.rowCount(), 1);
        QCOMPARE(proxy.probe->cell(0, 0), QStringLiteral("alice"));
    }

    void proxyToARoleNotGrantedFailsWithTheServersText()
    {
        ConnectionProfile p = proxyProfile();
        p.proxyTarget = QStringLiteral("bob");
        Session session(p, TestServer::proxy());
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QCOMPARE(probe.openErrors.size(), 1);
        QVERIFY2(probe.openErrors.first().message.contains(QStringLiteral("permission denied to set role \"bob\"")),
                 qPrintable(probe.openErrors.first().message));
    }

    void roleSchemaAndInitStatementsComeBackAfterATerminatedBackend()
    {
        ConnectionProfile p = proxyProfile();
        p.defaultSchema = QStringLiteral("alice_space");
        p.initSql = QStringLiteral("set statement_timeout = '4321ms';");
        Open proxy = openAs(p, TestServer::proxy());
        QVERIFY(proxy.session);
        QCOMPARE(proxy.session->identity().currentSchema, QStringLiteral("alice_space"));
        QSignalSpy lost(proxy.session.get(), &Session::connectionLost);
        TestServer::adminQuery(QStringLiteral("select pg_terminate_backend(%1)").arg(proxy.session->identity().backendId));
        QVERIFY(lost.wait(10000));
        proxy.session->execute(QStringLiteral("select current_user, session_user, current_schema(), current_setting('statement_timeout')"));
        QVERIFY(proxy.probe->waitForOutcomes(1));
        QVERIFY2(proxy.probe->last().ok, qPrintable(proxy.probe->last().error.message));
        QCOMPARE(proxy.probe->cell(0, 0), QStringLiteral("alice"));
        QCOMPARE(proxy.probe->cell(0, 1), QStringLiteral("tessera_proxy"));
        QCOMPARE(proxy.probe->cell(0, 2), QStringLiteral("alice_space"));
        QCOMPARE(proxy.probe->cell(0, 3), QStringLiteral("4321ms"));
    }

    void readOnlyProfileRefusesWrites()
    {
        ConnectionProfile p = TestServer::profile(QStringLiteral("read-only"));
        p.readOnly = true;
        Open alice = openAs(p, TestServer::alice());
        QVERIFY(alice.session);
        alice.session->execute(QStringLiteral("create table alice_space.nope (x int)"));
        QVERIFY(alice.probe->waitForOutcomes(1));
        QVERIFY(!alice.probe->last().ok);
        QCOMPARE(alice.probe->last().error.message, QStringLiteral("cannot execute CREATE TABLE in a read-only transaction"));
    }

    void serverRestartIsSurvivedWithSetupReapplied()
    {
        if (!TestServer::canRestartServer())
            QSKIP("the server in TESSERA_TEST_PG is not ours to restart");
        ConnectionProfile p = proxyProfile();
        p.defaultSchema = QStringLiteral("alice_space");
        Open proxy = openAs(p, TestServer::proxy());
        QVERIFY(proxy.session);
        QSignalSpy lost(proxy.session.get(), &Session::connectionLost);
        QString error;
        QVERIFY2(TestServer::restartServer(&error), qPrintable(error));
        QVERIFY(lost.wait(15000) || !lost.isEmpty());
        QCOMPARE(proxy.session->state(), Session::State::Broken);
        proxy.session->execute(QStringLiteral("select current_user, current_schema()"));
        QVERIFY(proxy.probe->waitForOutcomes(1, 30000));
        QVERIFY2(proxy.probe->last().ok, qPrintable(proxy.probe->last().error.message));
        QCOMPARE(proxy.probe->cell(0, 0), QStringLiteral("alice"));
        QCOMPARE(proxy.probe->cell(0, 1), QStringLiteral("alice_space"));
    }

    void silentHostFailsWithinTheConnectTimeoutWhileTheGuiRuns()
    {
        // Accepts TCP connections (the kernel does) but never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionProfile p = TestServer::profile(QStringLiteral("silent"));
        p.host = QStringLiteral("127.0.0.1");
        p.port = silent.serverPort();
        p.connectTimeoutSec = 2;
        Session session(p, TestServer::alice());
        SessionProbe probe(&session);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        QElapsedTimer clock;
        clock.start();
        session.open();
        QVERIFY(probe.waitForOpen(15000));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(probe.openErrors.size(), 1);
        QVERIFY2(probe.openErrors.first().message.contains(QStringLiteral("timeout expired")),
                 qPrintable(probe.openErrors.first().message));
        QVERIFY2(elapsed < 2000 + 3000, qPrintable(QString::number(elapsed)));   // timeout plus slack
        QVERIFY2(ticks >= elapsed / 20 / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
