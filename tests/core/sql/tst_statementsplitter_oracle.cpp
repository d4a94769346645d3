// Oracle splitting with SQL*Plus rules.
#include "splittertestutil.h"
#include "sql/statementsplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SplitterTest;

class TestOracleStatementSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void packageSpecAndBody();
    void clientCommands_data();
    void clientCommands();
};

void TestOracleStatementSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain SQL") << u"SELECT 1 FROM dual;\nCREATE TABLE t (a NUMBER);\nDROP TABLE t"_s
            << QStringList{u"SELECT 1 FROM dual"_s, u"CREATE TABLE t (a NUMBER)"_s, u"DROP TABLE t"_s};
    QTest::newRow("anonymous block") << u"BEGIN\n  x := 1;\n  y := 2;\nEND;\n/\nSELECT 1 FROM dual;"_s
            << QStringList{u"BEGIN\n  x := 1;\n  y := 2;\nEND;"_s, u"SELECT 1 FROM dual"_s};
    QTest::newRow("declare block, slash with spaces")
            << u"declare\n  v number;\nbegin\n  null;\nend;\n  /  \nselect 2 from dual;"_s
            << QStringList{u"declare\n  v number;\nbegin\n  null;\nend;"_s, u"select 2 from dual"_s};
    QTest::newRow("labelled block") << u"<<outer>>\nBEGIN NULL; END;\n/"_s
            << QStringList{u"<<outer>>\nBEGIN NULL; END;"_s};
    QTest::newRow("block without final slash") << u"BEGIN NULL; END;"_s
            << QStringList{u"BEGIN NULL; END;"_s};
    QTest::newRow("slash on the END line is no terminator")
            << u"BEGIN NULL; END; /\nSELECT 1 FROM dual;\n/\n"_s
            << QStringList{u"BEGIN NULL; END; /\nSELECT 1 FROM dual;"_s};
    QTest::newRow("procedure") << u"CREATE OR REPLACE EDITIONABLE PROCEDURE p IS\nBEGIN\n  NULL;\nEND p;\n/\n"_s
            << QStringList{u"CREATE OR REPLACE EDITIONABLE PROCEDURE p IS\nBEGIN\n  NULL;\nEND p;"_s};
    QTest::newRow("function and trigger")
            << u"create function f return number is begin return 1; end;\n/\n"
               u"create or replace noneditionable trigger trg before insert on t for each row\n"
               u"begin :new.id := 1; end;\n/\n"_s
            << QStringList{u"create function f return number is begin return 1; end;"_s,
                           u"create or replace noneditionable trigger trg before insert on t for each row\n"
                           u"begin :new.id := 1; end;"_s};
    QTest::newRow("type spec ends at slash") << u"CREATE TYPE point AS OBJECT (x NUMBER, y NUMBER);\n/\nSELECT 1 FROM dual;"_s
            << QStringList{u"CREATE TYPE point AS OBJECT (x NUMBER, y NUMBER);"_s, u"SELECT 1 FROM dual"_s};
    QTest::newRow("java source") << u"CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\n"
                                    u"public class Hello { static String hi() { return \"hi\"; } };\n/"_s
            << QStringList{u"CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\n"
                           u"public class Hello { static String hi() { return \"hi\"; } };"_s};
    QTest::newRow("with function") << u"WITH FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;\nSELECT f FROM dual\n/\nSELECT 2 FROM dual;"_s
            << QStringList{u"WITH FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;\nSELECT f FROM dual"_s,
                           u"SELECT 2 FROM dual"_s};
    QTest::newRow("slash ends plain SQL") << u"SELECT 1\nFROM dual\n/\nSELECT 2 FROM dual\n/"_s
            << QStringList{u"SELECT 1\nFROM dual"_s, u"SELECT 2 FROM dual"_s};
    QTest::newRow("slash after semicolon does not run twice") << u"SELECT 1 FROM dual;\n/\n/\n"_s
            << QStringList{u"SELECT 1 FROM dual"_s};
    QTest::newRow("q quotes") << u"SELECT q'[it's; here]' FROM dual; SELECT Q'{a;}' || nq'(b;)' || NQ'<c;>' || q'!d;!' FROM dual;"_s
            << QStringList{u"SELECT q'[it's; here]' FROM dual"_s,
                           u"SELECT Q'{a;}' || nq'(b;)' || NQ'<c;>' || q'!d;!' FROM dual"_s};
    QTest::newRow("q is an identifier before a normal string") << u"SELECT xq'a;' FROM dual; SELECT 2 FROM dual"_s
            << QStringList{u"SELECT xq'a;' FROM dual"_s, u"SELECT 2 FROM dual"_s};
    QTest::newRow("strings and identifiers") << u"SELECT 'it''s; ok', \"a;b\" FROM dual; SELECT 2 FROM dual"_s
            << QStringList{u"SELECT 'it''s; ok', \"a;b\" FROM dual"_s, u"SELECT 2 FROM dual"_s};
    QTest::newRow("comments") << u"-- lead;\nSELECT 1 /* ; /* */ FROM dual -- x;\n;\n/* tail; */"_s
            << QStringList{u"SELECT 1 /* ; /* */ FROM dual"_s};
    QTest::newRow("slash inside a comment in a block")
            << u"BEGIN\n/*\n/\n*/\nNULL;\nEND;\n/"_s << QStringList{u"BEGIN\n/*\n/\n*/\nNULL;\nEND;"_s};
    QTest::newRow("slash inside a string in a block")
            << u"BEGIN\n  x := '\n/\n';\nEND;\n/"_s << QStringList{u"BEGIN\n  x := '\n/\n';\nEND;"_s};
    QTest::newRow("division is no terminator") << u"SELECT 4 / 2 FROM dual;"_s
            << QStringList{u"SELECT 4 / 2 FROM dual"_s};
    QTest::newRow("create view is plain SQL") << u"CREATE OR REPLACE FORCE VIEW v AS SELECT 1 x FROM dual;\nSELECT 2 FROM dual;"_s
            << QStringList{u"CREATE OR REPLACE FORCE VIEW v AS SELECT 1 x FROM dual"_s, u"SELECT 2 FROM dual"_s};
    QTest::newRow("CRLF slash line") << u"BEGIN NULL; END;\r\n/\r\nSELECT 1 FROM dual;\r\n"_s
            << QStringList{u"BEGIN NULL; END;"_s, u"SELECT 1 FROM dual"_s};
}

void TestOracleStatementSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QString warning;
    const QList<SqlStatement> statements = StatementSplitter::split(Dialect::Oracle, script, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(texts(statements), expected);
    QVERIFY(verifyStatements(script, statements));
    for (const SqlStatement &s : statements)
        QVERIFY(!s.isClientCommand);
}

void TestOracleStatementSplitter::packageSpecAndBody()
{
    const QString spec = u"CREATE OR REPLACE PACKAGE pkg AS\n"
                         u"  PROCEDURE run(p_sep VARCHAR2 DEFAULT ';');\n"
                         u"  c_slash CONSTANT VARCHAR2(1) := '/';\n"
                         u"END pkg;"_s;
    const QString body = u"CREATE OR REPLACE PACKAGE BODY pkg AS\n"
                         u"  PROCEDURE run(p_sep VARCHAR2 DEFAULT ';') IS\n"
                         u"  BEGIN\n"
                         u"    -- a comment; with a semicolon\n"
                         u"    DBMS_OUTPUT.PUT_LINE(q'[it's; done]' || p_sep);\n"
                         u"  END run;\n"
                         u"END pkg;"_s;
    const QString script = u"SET SERVEROUTPUT ON\n"_s + spec + u"\n/\n\n"_s + body
            + u"\n/\nSHOW ERRORS\nBEGIN pkg.run; END;\n/\n"_s;
    const QList<SqlStatement> statements = StatementSplitter::split(Dialect::Oracle, script);
    QCOMPARE(texts(statements), (QStringList{u"SET SERVEROUTPUT ON"_s, spec, body,
                                             u"SHOW ERRORS"_s, u"BEGIN pkg.run; END;"_s}));
    QCOMPARE(statements.at(1).line, 2);
    QCOMPARE(statements.at(2).line, 8);
    QCOMPARE(statements.at(2).column, 1);
    QCOMPARE(statements.at(2).offset, script.indexOf(body));
    QVERIFY(statements.at(0).isClientCommand);
    QVERIFY(!statements.at(1).isClientCommand);
    QVERIFY(!statements.at(2).isClientCommand);
    QVERIFY(statements.at(3).isClientCommand);
    QVERIFY(verifyStatements(script, statements));
}

void TestOracleStatementSplitter::clientCommands_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<bool>>("isClient");

    QTest::newRow("set") << u"SET SERVEROUTPUT ON;\nset define off\nSELECT 1 FROM dual;"_s
            << QStringList{u"SET SERVEROUTPUT ON"_s, u"set define off"_s, u"SELECT 1 FROM dual"_s}
            << QList<bool>{true, true, false};
    QTest::newRow("prompt keeps its text") << u"PROMPT it's; done\nSELECT 1 FROM dual;"_s
            << QStringList{u"PROMPT it's; done"_s, u"SELECT 1 FROM dual"_s} << QList<bool>{true, false};
    QTest::newRow("rem and at") << u"REM a 'remark;\n@setup.sql\n  @@child.sql\nSELECT 1 FROM dual;"_s
            << QStringList{u"REM a 'remark;"_s, u"@setup.sql"_s, u"@@child.sql"_s, u"SELECT 1 FROM dual"_s}
            << QList<bool>{true, true, true, false};
    QTest::newRow("others") << u"spool out.log\nshow errors\ndefine x = 1\nundefine x\n"
                               u"whenever sqlerror exit failure\nexit\nquit"_s
            << QStringList{u"spool out.log"_s, u"show errors"_s, u"define x = 1"_s, u"undefine x"_s,
                           u"whenever sqlerror exit failure"_s, u"exit"_s, u"quit"_s}
            << QList<bool>{true, true, true, true, true, true, true};
    QTest::newRow("SET ROLE and SET TRANSACTION are SQL")
            << u"SET ROLE app_reader;\nSET TRANSACTION READ ONLY;\nSET CONSTRAINTS ALL DEFERRED;"_s
            << QStringList{u"SET ROLE app_reader"_s, u"SET TRANSACTION READ ONLY"_s,
                           u"SET CONSTRAINTS ALL DEFERRED"_s}
            << QList<bool>{false, false, false};
    QTest::newRow("not at line start") << u"SELECT 1 FROM dual; SET x"_s
            << QStringList{u"SELECT 1 FROM dual"_s, u"SET x"_s} << QList<bool>{false, false};
    QTest::newRow("inside a statement") << u"UPDATE t\nSET a = 1;"_s
            << QStringList{u"UPDATE t\nSET a = 1"_s} << QList<bool>{false};
    QTest::newRow("exit inside a block") << u"BEGIN\n  LOOP\n    EXIT;\n  END LOOP;\nEND;\n/"_s
            << QStringList{u"BEGIN\n  LOOP\n    EXIT;\n  END LOOP;\nEND;"_s} << QList<bool>{false};
}

void TestOracleStatementSplitter::clientCommands()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QFETCH(QList<bool>, isClient);
    const QList<SqlStatement> statements = StatementSplitter::split(Dialect::Oracle, script);
    QCOMPARE(texts(statements), expected);
    for (int i = 0; i < statements.size(); ++i)
        QCOMPARE(statements.at(i).isClientCommand, isClient.at(i));
    QVERIFY(verifyStatements(script, statements));
}

QTEST_GUILESS_MAIN(TestOracleStatementSplitter)
#include "tst_statementsplitter_oracle.moc"
