// The ConnectionManager: every tab gets a session of its own, the budget refuses with a
// message instead of hanging, and a closed session leaves nothing behind.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "connection/sessionlistmodel.h"
#include "sessionprobe.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

class TestConnectionManager : public QObject
{
    Q_OBJECT

    Session *openSession(ConnectionManager &manager, const Credentials &who, const ConnectionProfile &profile)
    {
        Session *s = manager.createSession(profile, who);
        if (!s)
            return nullptr;
        SessionProbe probe(s);
        s->open();
        return probe.waitForOpen() && probe.isOpen ? s : nullptr;
    }

private slots:
    void initTestCase() { TESSERA_REQUIRE_SERVER(); }

    void everyRequestGetsANewSession()
    {
        ConnectionManager manager;
        const ConnectionProfile profile = TestServer::profile();
        Session *a = openSession(manager, TestServer::alice(), profile);
        Session *b = openSession(manager, TestServer::alice(), profile);
        QVERIFY(a && b);
        QVERIFY(a != b);
        QVERIFY(a->connectionName() != b->connectionName());
        QVERIFY(a->identity().backendId != b->identity().backendId);
        QCOMPARE(manager.liveCount(profile.id), 2);
        manager.closeAll();
        QTRY_COMPARE(manager.liveCount(), 0);
    }

    void budgetRefusesWithAMessage()
    {
        ConnectionManager manager;
        manager.setLimits(1, 5);
        const ConnectionProfile profile = TestServer::profile();
        QVERIFY(openSession(manager, TestServer::alice(), profile));
        QString refusal;
        QVERIFY(!manager.createSession(profile, TestServer::alice(), &refusal));
        QVERIFY2(refusal.contains(profile.name) && refusal.contains(QStringLiteral("Close one of its tabs")),
                 qPrintable(refusal));
        // Another profile still may connect, up to the global limit.
        ConnectionProfile other = TestServer::profile(QStringLiteral("other"));
        QVERIFY(openSession(manager, TestServer::bob(), other));
        QCOMPARE(manager.liveCount(), 2);
        manager.closeAll();
        QTRY_COMPARE(manager.liveCount(), 0);
    }

    void closingRemovesSessionBackendAndConnectionName()
    {
        ConnectionManager manager;
        const int baseline = TestServer::tesseraBackendCount();
        const QStringList namesBefore = QSqlDatabase::connectionNames();
        Session *s = openSession(manager, TestServer::alice(), TestServer::profile());
        QVERIFY(s);
        QCOMPARE(TestServer::tesseraBackendCount(), baseline + 1);
        QSignalSpy removed(&manager, &ConnectionManager::sessionRemoved);
        manager.closeSession(s);
        QVERIFY(removed.wait(10000));
        QCOMPARE(manager.liveCount(), 0);
        QCOMPARE(QSqlDatabase::connectionNames(), namesBefore);
        QTRY_COMPARE(TestServer::tesseraBackendCount(), baseline);
    }

    void loginIsForgottenWithTheProfilesLastSession()
    {
        ConnectionManager manager;
        const ConnectionProfile profile = TestServer::profile();
        Session *s1 = openSession(manager, TestServer::alice(), profile);
        Session *s2 = openSession(manager, TestServer::alice(), profile);
        QVERIFY(s1 && s2);
        manager.rememberLogin(profile.id, TestServer::alice());
        QVERIFY(manager.isLoggedIn(profile.id));
        QCOMPARE(manager.login(profile.id).user, QStringLiteral("alice"));
        QSignalSpy removed(&manager, &ConnectionManager::sessionRemoved);
        manager.closeSession(s1);
        QVERIFY(removed.wait(10000));
        QVERIFY(manager.isLoggedIn(profile.id));     // one tab still open
        manager.closeSession(s2);
        QVERIFY(removed.wait(10000));
        QVERIFY(!manager.isLoggedIn(profile.id));
        QCOMPARE(manager.login(profile.id).password, QString());
    }

    void eventsLogLoginsAndCloses()
    {
        ConnectionManager manager;
        Session *bad = manager.createSession(TestServer::profile(), {QStringLiteral("alice"), QStringLiteral("wrong")});
        SessionProbe probe(bad);
        bad->open();
        QVERIFY(probe.waitForOpen());
        manager.closeSession(bad);
        QTRY_COMPARE(manager.liveCount(), 0);
        const QList<ConnectionEvent> events = manager.eventLog()->events();
        QVERIFY(events.size() >= 2);
        QVERIFY(events.first().what.startsWith(QStringLiteral("login failed")));
        QCOMPARE(events.first().user, QStringLiteral("alice"));
        QCOMPARE(events.last().what, QStringLiteral("closed"));
    }

    void monitorModelListsEveryLiveSessionWithItsIdentity()
    {
        ConnectionManager manager;
        SessionListModel model(&manager);
        Session *a = openSession(manager, TestServer::alice(), TestServer::profile());
        Session *b = openSession(manager, TestServer::bob(), TestServer::profile());
        QVERIFY(a && b);
        a->setOwnerLabel(QStringLiteral("tab one"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, SessionListModel::Tab)).toString(), QStringLiteral("tab one"));
        QCOMPARE(model.data(model.index(0, SessionListModel::User)).toString(), QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(1, SessionListModel::User)).toString(), QStringLiteral("bob"));
        QCOMPARE(model.data(model.index(1, SessionListModel::Backend)).toString(), b->identity().backendId);
        QCOMPARE(model.data(model.index(0, SessionListModel::State)).toString(), Session::stateText(Session::State::Idle));
        manager.closeSession(a);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.sessionAt(0), b);
        manager.closeAll();
        QTRY_COMPARE(model.rowCount(), 0);
    }

    // Qt's own checks of the model contract while sessions come, change state and go.
    void monitorModelPassesQtsModelTester()
    {
        ConnectionManager manager;
        SessionListModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Session *a = openSession(manager, TestServer::alice(), TestServer::profile());
        Session *b = openSession(manager, TestServer::bob(), TestServer::profile());
        QVERIFY(a && b);
        a->setOwnerLabel(QStringLiteral("renamed"));
        SessionProbe probe(a);
        a->execute(QStringLiteral("select 1"));
        QVERIFY(probe.waitForOutcomes(1));
        manager.closeSession(a);
        QTRY_COMPARE(model.rowCount(), 1);
        manager.closeAll();
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void twoHundredOpenCloseCyclesLeaveNothingBehind()
    {
        ConnectionManager manager;
        const int baseline = TestServer::tesseraBackendCount();
        const QStringList namesBefore = QSqlDatabase::connectionNames();
        for (int i = 0; i < 200; ++i) {
            Session *s = openSession(manager, i % 2 ? TestServer::bob() : TestServer::alice(), TestServer::profile());
            QVERIFY2(s, qPrintable(QStringLiteral("cycle %1").arg(i)));
            manager.closeSession(s);
            QTRY_COMPARE(manager.liveCount(), 0);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), namesBefore);
        QTRY_COMPARE(TestServer::tesseraBackendCount(), baseline);
    }
};

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
