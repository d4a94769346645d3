// PostgreSQL splitting on the server's own lexer (libpg_query), and the syntax check.
#include "splittertestutil.h"
#include "sql/editorstatements.h"
#include "sql/lineindex.h"
#include "sql/pgsyntaxchecker.h"
#include "sql/statementsplitter.h"
#include "sql/syntaxprecheck.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SplitterTest;

class TestPgStatementSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void lexerError_data();
    void lexerError();
    void errorPositionAfterMultibyte();
    void longWarningIsOneShortLine();
    void syntaxCheck_data();
    void syntaxCheck();
    void syntaxCheckInScript();
    void concurrentThreads();
};

void TestPgStatementSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << u"SELECT 1; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::newRow("dollar body") << u"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT f();"_s
            << QStringList{u"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"_s,
                           u"SELECT f()"_s};
    QTest::newRow("tagged dollar body")
            << u"DO $body$ BEGIN RAISE NOTICE 'a;'; PERFORM $$x;$$; END $body$;\nSELECT 2;"_s
            << QStringList{u"DO $body$ BEGIN RAISE NOTICE 'a;'; PERFORM $$x;$$; END $body$"_s,
                           u"SELECT 2"_s};
    QTest::newRow("E string") << u"SELECT E'it''s; \\' x'; SELECT 2"_s
            << QStringList{u"SELECT E'it''s; \\' x'"_s, u"SELECT 2"_s};
    // standard_conforming_strings = on (the default): a backslash is no escape in '...'.
    QTest::newRow("standard conforming strings") << u"SELECT 'a\\'; SELECT 'b'"_s
            << QStringList{u"SELECT 'a\\'"_s, u"SELECT 'b'"_s};
    QTest::newRow("nested comments") << u"SELECT 1 /* a /* b; */ c; */ + 1; SELECT 2"_s
            << QStringList{u"SELECT 1 /* a /* b; */ c; */ + 1"_s, u"SELECT 2"_s};
    QTest::newRow("create rule") << u"CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2); SELECT 3"_s
            << QStringList{u"CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)"_s,
                           u"SELECT 3"_s};
    QTest::newRow("quoted identifier") << u"SELECT 1 AS \"a;b\"; SELECT 2"_s
            << QStringList{u"SELECT 1 AS \"a;b\""_s, u"SELECT 2"_s};
    QTest::newRow("unicode escapes") << u"SELECT U&'d\\0061t; a'; SELECT 2"_s
            << QStringList{u"SELECT U&'d\\0061t; a'"_s, u"SELECT 2"_s};
    QTest::newRow("comments trimmed") << u"-- first\nSELECT 1 -- trailing\n;\n/* c */ SELECT /* in */ 2 /* t */"_s
            << QStringList{u"SELECT 1"_s, u"SELECT /* in */ 2"_s};
    QTest::newRow("hint kept") << u"SELECT 1; /*+ SeqScan(t) */ SELECT * FROM t"_s
            << QStringList{u"SELECT 1"_s, u"/*+ SeqScan(t) */ SELECT * FROM t"_s};
    // pg_query_split_with_scanner would drop these: they have no keyword.
    QTest::newRow("typo kept") << u"SELEC 1; foo; SELECT 2"_s
            << QStringList{u"SELEC 1"_s, u"foo"_s, u"SELECT 2"_s};
    // ... and this would make it drop everything after the stray ')'.
    QTest::newRow("stray paren") << u"SELECT 1); SELECT 2; SELECT 3"_s
            << QStringList{u"SELECT 1)"_s, u"SELECT 2"_s, u"SELECT 3"_s};
    QTest::newRow("begin atomic")
            << u"CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n"
               u"  SELECT CASE WHEN true THEN 2 END;\nEND;\nSELECT f();"_s
            << QStringList{u"CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                           u"  SELECT 1;\n  SELECT CASE WHEN true THEN 2 END;\nEND"_s,
                           u"SELECT f()"_s};
    QTest::newRow("procedure begin atomic")
            << u"CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END; CALL p();"_s
            << QStringList{u"CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END"_s,
                           u"CALL p()"_s};
    // BEGIN as a transaction command is no block.
    QTest::newRow("transaction") << u"BEGIN; UPDATE t SET a = 1; END; COMMIT"_s
            << QStringList{u"BEGIN"_s, u"UPDATE t SET a = 1"_s, u"END"_s, u"COMMIT"_s};
    QTest::newRow("psql variable and cast") << u"SELECT :a::int; SELECT $1"_s
            << QStringList{u"SELECT :a::int"_s, u"SELECT $1"_s};
    QTest::newRow("empty statements") << u";;SELECT 1;;;SELECT 2;;"_s
            << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
}

void TestPgStatementSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QString warning;
    const QList<SqlStatement> statements =
            StatementSplitter::split(Dialect::PostgreSQL, script, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(texts(statements), expected);
    QVERIFY(verifyStatements(script, statements));
}

void TestPgStatementSplitter::lexerError_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("warningPart");

    QTest::newRow("quote") << u"SELECT 1; SELECT 2;\nSELECT 'abc; SELECT 3;"_s
            << QStringList{u"SELECT 1"_s, u"SELECT 2"_s, u"SELECT 'abc; SELECT 3;"_s}
            << u"Line 2, column 8: unterminated quoted string"_s;
    QTest::newRow("error inside parentheses") << u"SELECT 1; SELECT (1, 'x;"_s
            << QStringList{u"SELECT 1"_s, u"SELECT (1, 'x;"_s} << u"column 22"_s;
    QTest::newRow("dollar") << u"SELECT 1;\nDO $x$ BEGIN END $y$; SELECT 2"_s
            << QStringList{u"SELECT 1"_s, u"DO $x$ BEGIN END $y$; SELECT 2"_s}
            << u"unterminated dollar-quoted string"_s;
    QTest::newRow("comment") << u"SELECT 1; /* a /* b */ SELECT 2"_s
            << QStringList{u"SELECT 1"_s, u"/* a /* b */ SELECT 2"_s}
            << u"unterminated /* comment"_s;
    // PostgreSQL 15's lexer rejects these; the statements after them go along, unsplit.
    QTest::newRow("trailing junk") << u"SELECT 1; SELECT 1abc; SELECT 3"_s
            << QStringList{u"SELECT 1"_s, u"SELECT 1abc; SELECT 3"_s}
            << u"trailing junk after numeric literal"_s;
    QTest::newRow("zero-length identifier") << u"SELECT 1; SELECT \"\" FROM t"_s
            << QStringList{u"SELECT 1"_s, u"SELECT \"\" FROM t"_s}
            << u"zero-length delimited identifier"_s;
}

void TestPgStatementSplitter::lexerError()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QFETCH(QString, warningPart);
    QString warning;
    const QList<SqlStatement> statements =
            StatementSplitter::split(Dialect::PostgreSQL, script, &warning);
    QCOMPARE(texts(statements), expected);
    QVERIFY(verifyStatements(script, statements));
    QVERIFY2(warning.contains(warningPart), qPrintable(warning));
}

void TestPgStatementSplitter::errorPositionAfterMultibyte()
{
    // libpg_query counts the error cursor in characters and token locations in bytes: both
    // must come back as QString indexes, across 2-byte (é), 3-byte (€) and 4-byte (emoji,
    // a surrogate pair in UTF-16) characters.
    const QString script = u"SELECT 'é€😀';\nSELECT 'é😀', 'oops"_s;
    QString warning;
    const QList<SqlStatement> statements =
            StatementSplitter::split(Dialect::PostgreSQL, script, &warning);
    QCOMPARE(texts(statements), (QStringList{u"SELECT 'é€😀'"_s, u"SELECT 'é😀', 'oops"_s}));
    QCOMPARE(statements.at(1).offset, 15);
    QVERIFY2(warning.startsWith(u"Line 2, column 15:"_s), qPrintable(warning));
}

void TestPgStatementSplitter::longWarningIsOneShortLine()
{
    // The lexer quotes everything after an unterminated quote ("at or near ..."); the warning
    // must not carry the rest of a large script, nor its line breaks.
    QString script = u"SELECT 1;\nSELECT 'never closed\n"_s;
    for (int i = 0; i < 1000; ++i)
        script += u"INSERT INTO t VALUES (%1);\n"_s.arg(i);
    QString warning;
    const QList<SqlStatement> statements =
            StatementSplitter::split(Dialect::PostgreSQL, script, &warning);
    QCOMPARE(statements.size(), 2);
    QVERIFY2(warning.startsWith(u"Line 2, column 8: unterminated quoted string"_s), qPrintable(warning));
    QVERIFY(warning.size() < 300);
    QVERIFY(!warning.contains(u'\n'));
}

void TestPgStatementSplitter::syntaxCheck_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("valid") << u"SELECT a FROM t WHERE b = 1"_s << true << -1 << 0 << 0 << QString();
    QTest::newRow("valid with binds") << u"SELECT a FROM t WHERE b = :b AND c = :longer_name::int"_s
            << true << -1 << 0 << 0 << QString();
    QTest::newRow("typo") << u"SELECT a FRM t"_s << false << 13 << 1 << 14 << u"\"t\""_s;
    QTest::newRow("after é") << u"SELECT 'é' FRM x"_s << false << 15 << 1 << 16 << u"\"x\""_s;
    QTest::newRow("after emoji") << u"SELECT '😀'\nFRM x"_s << false << 16 << 2 << 5 << u"\"x\""_s;
    QTest::newRow("bind before error") << u"SELECT :id FRM x"_s << false << 15 << 1 << 16 << u"\"x\""_s;
    QTest::newRow("end of input") << u"SELECT a FROM"_s << false << 13 << 1 << 14
            << u"syntax error at end of input"_s;
    QTest::newRow("unterminated") << u"SELECT 'a"_s << false << 7 << 1 << 8
            << u"unterminated quoted string"_s;
}

void TestPgStatementSplitter::syntaxCheck()
{
    QFETCH(QString, statement);
    QFETCH(bool, valid);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const std::optional<SqlSyntaxError> error = PgSyntaxChecker::check(statement);
    QCOMPARE(!error.has_value(), valid);
    if (valid)
        return;
    QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
    QCOMPARE(error->offset, offset);
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
}

void TestPgStatementSplitter::syntaxCheckInScript()
{
    // What Run Script checks before sending: the first problem, placed in the whole script.
    const QString script = u"SELECT 1;\n\n  SELECT 'é' FRM x;\nSELECT 2 FROM\n t WHER x"_s;
    const QList<EditorStatement> statements = EditorStatements::split(Dialect::PostgreSQL, script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(!SyntaxPrecheck::firstProblem(Dialect::PostgreSQL, statements.first(1)));

    const std::optional<SyntaxProblem> second = SyntaxPrecheck::firstProblem(Dialect::PostgreSQL, statements);
    QVERIFY(second);
    QCOMPARE(second->statementIndex, 1);
    QCOMPARE(script.mid(second->offset, 1), u"x"_s);
    const LineIndex lines(script);
    QCOMPARE(lines.line(second->offset), 3);
    QCOMPARE(lines.column(second->offset), 18);

    const std::optional<SyntaxProblem> third = SyntaxPrecheck::firstProblem(Dialect::PostgreSQL, statements.mid(2));
    QVERIFY(third);
    QCOMPARE(script.mid(third->offset, 1), u"x"_s);
    QCOMPARE(lines.line(third->offset), 5);
    QCOMPARE(lines.column(third->offset), 9);
}

void TestPgStatementSplitter::concurrentThreads()
{
    // libpg_query keeps its memory contexts per thread: splitting and checking from several
    // threads at once must give the same answers as one thread.
    QString script;
    for (int i = 0; i < 200; ++i)
        script += u"SELECT $$%1;$$, 'é%1' /* ; */; SELECT %1;\n"_s.arg(i);
    const QStringList expected = texts(StatementSplitter::split(Dialect::PostgreSQL, script));
    QCOMPARE(expected.size(), 400);
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 20; ++round) {
                const QList<SqlStatement> statements =
                        StatementSplitter::split(Dialect::PostgreSQL, script);
                if (texts(statements) != expected)
                    ++mismatches;
                if (!PgSyntaxChecker::check(u"SELECT 1 FRM x"_s))
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestPgStatementSplitter)
#include "tst_statementsplitter_postgresql.moc"
