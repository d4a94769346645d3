// A SQLite session needs no server and no login: the program's embedded default.
#include "connection/session.h"
#include "sessionprobe.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteSession : public QObject
{
    Q_OBJECT

    // What another connection (not the session's) reads from the file right now.
    static QString readFromFile(const QString &path, const QString &sql)
    {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                value = q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("ERROR: ") + q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        return value;
    }

    static bool makeTable(const QString &path)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(QStringLiteral("create table t (id integer primary key, name text)"))
                && QSqlQuery(db).exec(QStringLiteral("insert into t values (1, 'original'), (2, 'second')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
        return ok;
    }

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

    // Manual commit on a real file: the open transaction is seen, later statements run inside
    // it (no second BEGIN), Commit writes the change to the file and Rollback drops it.
    void manualCommitKeepsAndDropsChangesInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manual.sqlite"));
        QVERIFY(makeTable(path));
        Session session(profileFor(path), {});
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        QVERIFY(probe.isOpen);
        QTRY_COMPARE(session.transactionState(), TransactionState::Idle);
        session.setAutoCommit(false);

        session.execute(QStringLiteral("update t set name = 'changed' where id = 1"));
        QVERIFY(probe.waitForOutcomes(1));
        QVERIFY2(probe.last().ok, qPrintable(probe.last().error.message));
        QCOMPARE(probe.last().rowsAffected, 1);
        QTRY_COMPARE(session.transactionState(), TransactionState::InTransaction);
        QVERIFY(session.hasOpenTransaction());
        QVERIFY(session.transactionSince().isValid());

        session.execute(QStringLiteral("update t set name = 'changed too' where id = 2"));
        QVERIFY(probe.waitForOutcomes(2));
        QVERIFY2(probe.last().ok, qPrintable(probe.last().error.message));
        QVERIFY(session.hasOpenTransaction());
        // Not committed: another connection still reads what the file held before.
        QCOMPARE(readFromFile(path, QStringLiteral("select name from t where id = 1")), QStringLiteral("original"));

        session.commit();
        QVERIFY(probe.waitForOutcomes(3));
        QVERIFY2(probe.last().ok, qPrintable(probe.last().error.message));
        QTRY_COMPARE(session.transactionState(), TransactionState::Idle);
        QCOMPARE(readFromFile(path, QStringLiteral("select name from t where id = 1")), QStringLiteral("changed"));
        QCOMPARE(readFromFile(path, QStringLiteral("select name from t where id = 2")), QStringLiteral("changed too"));

        session.execute(QStringLiteral("delete from t"));
        QVERIFY(probe.waitForOutcomes(4));
        QVERIFY(probe.last().ok);
        QTRY_COMPARE(session.transactionState(), TransactionState::InTransaction);
        session.rollback();
        QVERIFY(probe.waitForOutcomes(5));
        QVERIFY(probe.last().ok);
        QTRY_COMPARE(session.transactionState(), TransactionState::Idle);
        QCOMPARE(readFromFile(path, QStringLiteral("select count(*) from t")), QStringLiteral("2"));
    }

    // A BEGIN typed in auto-commit mode is seen as the open transaction it is.
    void typedBeginIsSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typed.sqlite"));
        QVERIFY(makeTable(path));
        Session session(profileFor(path), {});
        SessionProbe probe(&session);
        session.open();
        QVERIFY(probe.waitForOpen());
        session.executeScript({QStringLiteral("begin"), QStringLiteral("insert into t values (3, 'third')")});
        QTRY_COMPARE(probe.scriptsFinished, 1);
        QVERIFY(probe.last().ok);
        QTRY_COMPARE(session.transactionState(), TransactionState::InTransaction);
        session.execute(QStringLiteral("commit"));
        QVERIFY(probe.waitForOutcomes(3));
        QTRY_COMPARE(session.transactionState(), TransactionState::Idle);
        QCOMPARE(readFromFile(path, QStringLiteral("select name from t where id = 3")), QStringLiteral("third"));
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
