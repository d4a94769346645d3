// SQLite splitting: sqlite3_complete()'s rules, including trigger bodies.
#include "splittertestutil.h"
#include "sql/statementsplitter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SplitterTest;

class TestSqliteStatementSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void scriptRunsInSqlite();
};

void TestSqliteStatementSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << u"select 1; select 2"_s << QStringList{u"select 1"_s, u"select 2"_s};
    QTest::newRow("four quote kinds")
            << u"select 'a;''b', \"c;\"\"d\", `e;`, [f;g]; select 2;"_s
            << QStringList{u"select 'a;''b', \"c;\"\"d\", `e;`, [f;g]"_s, u"select 2"_s};
    QTest::newRow("comments") << u"select 1 -- a;\n/* b; */ + 1; -- c;"_s
            << QStringList{u"select 1 -- a;\n/* b; */ + 1"_s};
    QTest::newRow("trigger") << u"CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n"
                                u"  INSERT INTO log VALUES (new.id);\n"
                                u"  UPDATE c SET n = n + 1;\nEND;\nSELECT 1;"_s
            << QStringList{u"CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n"
                           u"  INSERT INTO log VALUES (new.id);\n  UPDATE c SET n = n + 1;\nEND"_s,
                           u"SELECT 1"_s};
    QTest::newRow("trigger with CASE END") << u"create temp trigger if not exists trg before update on t\n"
                                              u"begin\n  select case when new.a < 0 then raise(abort, 'neg;') end;\n"
                                              u"  update t set b = case new.a when 1 then 'x' else 'y' end\n"
                                              u"    where id = new.id;\nend;\nselect 2;"_s
            << QStringList{u"create temp trigger if not exists trg before update on t\n"
                           u"begin\n  select case when new.a < 0 then raise(abort, 'neg;') end;\n"
                           u"  update t set b = case new.a when 1 then 'x' else 'y' end\n"
                           u"    where id = new.id;\nend"_s,
                           u"select 2"_s};
    QTest::newRow("end after comment") << u"CREATE TRIGGER t1 DELETE ON t BEGIN DELETE FROM u; /* x */ END; SELECT 1"_s
            << QStringList{u"CREATE TRIGGER t1 DELETE ON t BEGIN DELETE FROM u; /* x */ END"_s, u"SELECT 1"_s};
    QTest::newRow("explain create trigger") << u"EXPLAIN CREATE TRIGGER t1 DELETE ON t BEGIN SELECT 1; END; SELECT 2"_s
            << QStringList{u"EXPLAIN CREATE TRIGGER t1 DELETE ON t BEGIN SELECT 1; END"_s, u"SELECT 2"_s};
    QTest::newRow("transactions are not blocks") << u"BEGIN; INSERT INTO t VALUES (1); END; COMMIT;"_s
            << QStringList{u"BEGIN"_s, u"INSERT INTO t VALUES (1)"_s, u"END"_s, u"COMMIT"_s};
    QTest::newRow("create table named trigger") << u"CREATE TABLE \"trigger\" (a); SELECT 1"_s
            << QStringList{u"CREATE TABLE \"trigger\" (a)"_s, u"SELECT 1"_s};
    QTest::newRow("unfinished trigger") << u"CREATE TRIGGER t1 DELETE ON t BEGIN SELECT 1; SELECT 2;"_s
            << QStringList{u"CREATE TRIGGER t1 DELETE ON t BEGIN SELECT 1; SELECT 2;"_s};
}

void TestSqliteStatementSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QString warning;
    const QList<SqlStatement> statements = StatementSplitter::split(Dialect::SQLite, script, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(texts(statements), expected);
    QVERIFY(verifyStatements(script, statements));
}

void TestSqliteStatementSplitter::scriptRunsInSqlite()
{
    // The real check: SQLite itself accepts every piece, one at a time.
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        QSKIP("QSQLITE driver not available");
    const QString script =
            u"CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, note TEXT);\n"
            u"CREATE TABLE log (id INTEGER, msg TEXT);\n"
            u"-- keep a log; of sorts\n"
            u"CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n"
            u"  INSERT INTO log VALUES (new.id, CASE WHEN new.a > 0 THEN 'pos;' ELSE 'neg;' END);\n"
            u"END;\n"
            u"INSERT INTO t (a, note) VALUES (1, 'it''s; fine'), (-1, \"x\");\n"
            u"SELECT count(*) FROM log WHERE msg IN ('pos;', 'neg;')"_s;
    const QList<SqlStatement> statements = StatementSplitter::split(Dialect::SQLite, script);
    QCOMPARE(statements.size(), 5);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"splitter"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const SqlStatement &s : statements)
            QVERIFY2(query.exec(s.text), qPrintable(query.lastError().text() + u" in "_s + s.text));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(u"splitter"_s);
}

QTEST_GUILESS_MAIN(TestSqliteStatementSplitter)
#include "tst_statementsplitter_sqlite.moc"
