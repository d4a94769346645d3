// A SQLite session needs no server and no login: the program's embedded default.
#include "connection/session.h"
#include "sessionprobe.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteSession : public QObject
{
    Q_OBJECT

    ConnectionProfile profileFor(const QString &path)
    {
        ConnectionProfile p;
        p.id = QStringLiteral("sqlite-test");
        p.name = QStringLiteral("SQLite test");
        p.dialect = Dialect::SQLite;
        p.database = path;
        return p;
    }

private slots:
    void runsQueriesOnAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Session session(profileFor(path), {});
        SessionProbe probe(&session);
        // The file must exist: SQLite would otherwise create an empty one for a typo.
        QFile(path).open(QIODevice::WriteOnly);
        session.open();
        QVERIFY(probe.waitForOpen());
        QVERIFY(probe.isOpen);
        session.executeScript({QStringLiteral("create table t (id integer primary key, name text, price real, data blob)"),
                               QStringLiteral("insert into t values (1, 'één', 2.5, x'00ff'), (2, null, 3, null)"),
                               QStringLiteral("select * from t order by id")});
        QTRY_COMPARE(probe.scriptsFinished, 1);
        QCOMPARE(probe.outcomes.size(), 3);
        QCOMPARE(probe.outcomes.at(1).rowsAffected, 2);
        QCOMPARE(probe.rows.rowCount(), 2);
        QCOMPARE(probe.cell(0, 1), QStringLiteral("één"));
        QVERIFY(probe.rows.isNull(1, 1));
        QCOMPARE(probe.rows.text(0, 3), QStringLiteral("\\x00ff"));
    }

    void missingFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
        Session session(profileFor(path), {});
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QCOMPARE(probe.openErrors.size(), 1);
        QVERIFY(probe.openErrors.first().message.contains(path));
        QVERIFY(probe.openErrors.first().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void syntaxErrorIsReportedAndSessionStaysIdle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QFile(path).open(QIODevice::WriteOnly);
        Session session(profileFor(path), {});
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        session.execute(QStringLiteral("selec 1"));
        QVERIFY(probe.waitForOutcomes(1));
        QVERIFY(!probe.last().ok);
        QVERIFY2(probe.last().error.message.contains(QStringLiteral("syntax error")), qPrintable(probe.last().error.message));
        QTRY_COMPARE(session.state(), Session::State::Idle);
    }

    void demoProfileCreatesItsDatabaseInTheWorker()
    {
        QTemporaryDir dir;
        ConnectionProfile demo = profileFor(dir.filePath(QStringLiteral("demo/demo.sqlite")));
        demo.isDemo = true;
        Session session(demo, {});
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QVERIFY2(probe.isOpen, qPrintable(probe.openErrors.value(0).message));
        session.execute(QStringLiteral("select count(*) from sqlite_master where type = 'table'"));
        QVERIFY(probe.waitForOutcomes(1));
        QVERIFY(probe.cell(0, 0).toInt() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSession)
#include "tst_sqlite_session.moc"
