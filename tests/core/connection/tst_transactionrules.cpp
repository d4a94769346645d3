// How each dialect's manual-commit mode begins a transaction, and Oracle's transaction state
// worked out from the statements that ran (Oracle reports none): no server needed.
#include "connection/transactionrules.h"

#include <QTest>

Q_DECLARE_METATYPE(TransactionState)

class TestTransactionRules : public QObject
{
    Q_OBJECT

private slots:
    void beginStatementPerDialect()
    {
        QCOMPARE(TransactionRules::beginStatement(Dialect::PostgreSQL), QStringLiteral("BEGIN"));
        QCOMPARE(TransactionRules::beginStatement(Dialect::SQLite), QStringLiteral("BEGIN"));
        // Oracle has no BEGIN statement (BEGIN starts a PL/SQL block): nothing is sent.
        QVERIFY(TransactionRules::beginStatement(Dialect::Oracle).isEmpty());
    }

    void transactionControl_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("control");
        const int pg = int(Dialect::PostgreSQL), lite = int(Dialect::SQLite), ora = int(Dialect::Oracle);
        QTest::newRow("pg begin") << pg << "begin" << true;
        QTest::newRow("pg start transaction") << pg << "START  TRANSACTION isolation level serializable" << true;
        QTest::newRow("pg commit after comment") << pg << "-- done\n/* really */ commit" << true;
        QTest::newRow("pg end") << pg << "end" << true;
        QTest::newRow("pg savepoint") << pg << "savepoint a" << true;
        QTest::newRow("pg release") << pg << "release savepoint a" << true;
        QTest::newRow("pg prepare transaction") << pg << "prepare transaction 'x'" << true;
        QTest::newRow("pg prepare statement") << pg << "prepare q as select 1" << false;
        QTest::newRow("pg set transaction") << pg << "set transaction read only" << true;
        QTest::newRow("pg set role") << pg << "set role alice" << false;
        QTest::newRow("pg update") << pg << "update t set a = 1" << false;
        QTest::newRow("pg beginning identifier") << pg << "select beginning from t" << false;
        QTest::newRow("sqlite begin immediate") << lite << "BEGIN IMMEDIATE" << true;
        QTest::newRow("sqlite end") << lite << "END TRANSACTION" << true;
        QTest::newRow("sqlite insert") << lite << "insert into t values (1)" << false;
        QTest::newRow("oracle plsql block") << ora << "begin null; end;" << false;
        QTest::newRow("oracle commit") << ora << "COMMIT" << true;
        QTest::newRow("oracle rollback to") << ora << "rollback to savepoint a" << true;
    }

    void transactionControl()
    {
        QFETCH(int, dialect);
        QFETCH(QString, sql);
        QFETCH(bool, control);
        QCOMPARE(TransactionRules::isTransactionControl(Dialect(dialect), sql), control);
    }

    void oracleStateAfter_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<TransactionState>("before");
        QTest::addColumn<TransactionState>("after");
        const auto idle = TransactionState::Idle;
        const auto open = TransactionState::InTransaction;
        QTest::newRow("insert opens") << "insert into t values (1)" << true << idle << open;
        QTest::newRow("update after comment opens") << "-- fix\nUPDATE t SET a = 2" << true << idle << open;
        QTest::newRow("delete opens") << "delete from t" << true << idle << open;
        QTest::newRow("merge opens") << "merge into t using s on (t.id = s.id) when matched then update set a = 1"
                                     << true << idle << open;
        QTest::newRow("failed insert opens nothing") << "insert into nope values (1)" << false << idle << idle;
        QTest::newRow("failed insert keeps open") << "insert into nope values (1)" << false << open << open;
        QTest::newRow("select opens nothing") << "select * from t" << true << idle << idle;
        QTest::newRow("select keeps open") << "select * from t" << true << open << open;
        QTest::newRow("select for update opens") << "select * from t where id = 1 for  update nowait"
                                                 << true << idle << open;
        QTest::newRow("with query opens nothing") << "with x as (select 1 from dual) select * from x"
                                                  << true << idle << idle;
        QTest::newRow("lock table opens") << "lock table t in exclusive mode" << true << idle << open;
        QTest::newRow("savepoint opens") << "savepoint a" << true << idle << open;
        QTest::newRow("commit ends") << "commit" << true << open << idle;
        QTest::newRow("commit work ends") << "COMMIT WORK" << true << open << idle;
        QTest::newRow("rollback ends") << "rollback" << true << open << idle;
        QTest::newRow("rollback to savepoint keeps open") << "rollback to savepoint a" << true << open << open;
        QTest::newRow("ddl commits") << "create table t2 (a number)" << true << open << idle;
        QTest::newRow("failed ddl commits too") << "create table t (a number)" << false << open << idle;
        QTest::newRow("truncate commits") << "truncate table t" << true << open << idle;
        QTest::newRow("grant commits") << "grant select on t to bob" << true << open << idle;
        QTest::newRow("alter session is no ddl") << "alter session set current_schema = hr" << true << open << open;
        QTest::newRow("alter table commits") << "alter table t add (b number)" << true << open << idle;
        QTest::newRow("set role keeps") << "set role all" << true << idle << idle;
        QTest::newRow("set transaction opens") << "set transaction read only" << true << idle << open;
        QTest::newRow("plsql block may change data") << "begin update t set a = 1; end;" << true << idle << open;
        QTest::newRow("call may change data") << "call p(1)" << true << idle << open;
        QTest::newRow("explain plan writes plan_table") << "explain plan for select * from t" << true << idle << open;
    }

    void oracleStateAfter()
    {
        QFETCH(QString, sql);
        QFETCH(bool, ok);
        QFETCH(TransactionState, before);
        QFETCH(TransactionState, after);
        QCOMPARE(TransactionRules::oracleStateAfter(sql, ok, before), after);
    }
};

QTEST_GUILESS_MAIN(TestTransactionRules)
#include "tst_transactionrules.moc"
