// What every dialect's splitter must do alike: positions, empty input, malformed input,
// large scripts.
#include "splittertestutil.h"
#include "sql/statementsplitter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SplitterTest;

Q_DECLARE_METATYPE(Dialect)

class TestStatementSplitter : public QObject
{
    Q_OBJECT

private slots:
    void nothingToRun_data();
    void nothingToRun();
    void positions_data();
    void positions();
    void unterminated_data();
    void unterminated();
    void warningIsCleared();
    void largeScript_data();
    void largeScript();
    void garbageNeverHangs_data();
    void garbageNeverHangs();
};

static void addDialectRows(const char *name, const QString &script)
{
    QTest::addRow("postgresql: %s", name) << Dialect::PostgreSQL << script;
    QTest::addRow("oracle: %s", name) << Dialect::Oracle << script;
    QTest::addRow("sqlite: %s", name) << Dialect::SQLite << script;
}

void TestStatementSplitter::nothingToRun_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    addDialectRows("empty", QString());
    addDialectRows("whitespace", u"  \n\t \r\n  "_s);
    addDialectRows("semicolons", u";;;"_s);
    addDialectRows("semicolons and newlines", u"\n;\n ; ;\n"_s);
    addDialectRows("only comments", u"-- one\n/* two; */\n-- three;"_s);
    addDialectRows("comments between semicolons", u"; /* a */ ; -- b\n;"_s);
}

void TestStatementSplitter::nothingToRun()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QString warning = u"stale"_s;
    const QList<SqlStatement> statements = StatementSplitter::split(dialect, script, &warning);
    QCOMPARE(texts(statements), QStringList());
    QVERIFY(warning.isEmpty());
}

void TestStatementSplitter::positions_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expectedTexts");
    QTest::addColumn<QList<int>>("expectedOffsets");
    QTest::addColumn<QList<int>>("expectedLines");
    QTest::addColumn<QList<int>>("expectedColumns");

    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        const QByteArray tag = d == Dialect::PostgreSQL ? "postgresql"
                : d == Dialect::Oracle                  ? "oracle" : "sqlite";
        QTest::addRow("%s: two on one line", tag.constData())
                << d << u"select 1;  select 2;"_s << QStringList{u"select 1"_s, u"select 2"_s}
                << QList<int>{0, 11} << QList<int>{1, 1} << QList<int>{1, 12};
        QTest::addRow("%s: leading comment and indentation", tag.constData())
                << d << u"-- header\n\n   select 1\n  ;\n\tselect 2"_s
                << QStringList{u"select 1"_s, u"select 2"_s}
                << QList<int>{14, 28} << QList<int>{3, 5} << QList<int>{4, 2};
        // 'é' is one UTF-16 unit but two UTF-8 bytes: offsets stay in QString units.
        QTest::addRow("%s: after é", tag.constData())
                << d << u"select 'é';\nselect 'éé', 2;"_s
                << QStringList{u"select 'é'"_s, u"select 'éé', 2"_s}
                << QList<int>{0, 12} << QList<int>{1, 2} << QList<int>{1, 1};
        // An emoji is two UTF-16 units (a surrogate pair) and four UTF-8 bytes.
        QTest::addRow("%s: after emoji", tag.constData())
                << d << u"select '😀😀'; select 'x😀' ;select 3"_s
                << QStringList{u"select '😀😀'"_s, u"select 'x😀'"_s, u"select 3"_s}
                << QList<int>{0, 15} << QList<int>{1, 1, 1} << QList<int>{1, 16, 30};
        QTest::addRow("%s: CRLF and CR", tag.constData())
                << d << u"select 1;\r\nselect 2;\rselect\r\n3;"_s
                << QStringList{u"select 1"_s, u"select 2"_s, u"select\r\n3"_s}
                << QList<int>{0, 11, 21} << QList<int>{1, 2, 3} << QList<int>{1, 1, 1};
    }
}

void TestStatementSplitter::positions()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expectedTexts);
    QFETCH(QList<int>, expectedOffsets);
    QFETCH(QList<int>, expectedLines);
    QFETCH(QList<int>, expectedColumns);

    QString warning;
    const QList<SqlStatement> statements = StatementSplitter::split(dialect, script, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(texts(statements), expectedTexts);
    for (int i = 0; i < expectedOffsets.size(); ++i)
        QCOMPARE(statements.at(i).offset, expectedOffsets.at(i));
    for (int i = 0; i < statements.size(); ++i) {
        QCOMPARE(statements.at(i).line, expectedLines.at(i));
        QCOMPARE(statements.at(i).column, expectedColumns.at(i));
    }
    QVERIFY(verifyStatements(script, statements));
}

void TestStatementSplitter::unterminated_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expectedTexts");
    QTest::addColumn<int>("warningLine");

    const QString quote = u"select 1;\nselect 'abc;\nselect 2;\n"_s;
    const QStringList quoteExpected{u"select 1"_s, u"select 'abc;\nselect 2;"_s};
    const QString comment = u"select 1;\nselect 2 /* never closed;\nselect 3;"_s;
    const QStringList commentExpected{u"select 1"_s, u"select 2 /* never closed;\nselect 3;"_s};
    const QString identifier = u"select 1; select \"abc;\nselect 2;"_s;
    const QStringList identifierExpected{u"select 1"_s, u"select \"abc;\nselect 2;"_s};
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        const QByteArray tag = d == Dialect::PostgreSQL ? "postgresql"
                : d == Dialect::Oracle                  ? "oracle" : "sqlite";
        QTest::addRow("%s: quote", tag.constData()) << d << quote << quoteExpected << 2;
        QTest::addRow("%s: comment", tag.constData()) << d << comment << commentExpected << 2;
        QTest::addRow("%s: identifier", tag.constData())
                << d << identifier << identifierExpected << 1;
        QTest::addRow("%s: only a quote", tag.constData())
                << d << u"'"_s << QStringList{u"'"_s} << 1;
        QTest::addRow("%s: comment after last statement", tag.constData())
                << d << u"select 1; /* x"_s << QStringList{u"select 1"_s, u"/* x"_s} << 1;
    }
    QTest::newRow("postgresql: dollar body") << Dialect::PostgreSQL
            << u"select 1; select $$a; b;\n"_s << QStringList{u"select 1"_s, u"select $$a; b;"_s}
            << 1;
    QTest::newRow("postgresql: E string") << Dialect::PostgreSQL
            << u"select 1; select E'a\\'; select 2"_s
            << QStringList{u"select 1"_s, u"select E'a\\'; select 2"_s} << 1;
    QTest::newRow("oracle: q quote") << Dialect::Oracle
            << u"select 1 from dual;\nselect q'[it's; ]' from dual;\nselect q'[x; y' from dual;"_s
            << QStringList{u"select 1 from dual"_s, u"select q'[it's; ]' from dual"_s,
                           u"select q'[x; y' from dual;"_s}
            << 3;
    QTest::newRow("oracle: inside a PL/SQL block") << Dialect::Oracle
            << u"begin\n  x := 'abc;\nend;\n/\nselect 1 from dual;"_s
            << QStringList{u"begin\n  x := 'abc;\nend;\n/\nselect 1 from dual;"_s} << 2;
    QTest::newRow("sqlite: bracket identifier") << Dialect::SQLite
            << u"select 1; select [a;\nselect 2;"_s
            << QStringList{u"select 1"_s, u"select [a;\nselect 2;"_s} << 1;
}

void TestStatementSplitter::unterminated()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expectedTexts);
    QFETCH(int, warningLine);

    QString warning;
    const QList<SqlStatement> statements = StatementSplitter::split(dialect, script, &warning);
    QCOMPARE(texts(statements), expectedTexts);
    QVERIFY(verifyStatements(script, statements));
    QVERIFY(!warning.isEmpty());
    QVERIFY2(warning.startsWith(u"Line %1,"_s.arg(warningLine)), qPrintable(warning));
}

void TestStatementSplitter::warningIsCleared()
{
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        QString warning;
        StatementSplitter::split(d, u"select 'oops"_s, &warning);
        QVERIFY(!warning.isEmpty());
        StatementSplitter::split(d, u"select 'fine'"_s, &warning);
        QVERIFY(warning.isEmpty());
        // No warning pointer: must not crash.
        QCOMPARE(StatementSplitter::split(d, u"select 'oops"_s).size(), 1);
    }
}

void TestStatementSplitter::largeScript_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("postgresql") << Dialect::PostgreSQL;
    QTest::newRow("oracle") << Dialect::Oracle;
    QTest::newRow("sqlite") << Dialect::SQLite;
}

void TestStatementSplitter::largeScript()
{
    QFETCH(Dialect, dialect);
    constexpr int count = 10000;
    QString script;
    QList<int> offsets;
    for (int i = 0; i < count; ++i) {
        if (i % 100 == 0)
            script += u"-- batch %1; of rows\n"_s.arg(i / 100);
        offsets.append(int(script.size()));
        script += u"INSERT INTO t (id, name, note) VALUES (%1, 'name; %1', 'it''s é%1');\n"_s.arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    QString warning;
    const QList<SqlStatement> statements = StatementSplitter::split(dialect, script, &warning);
    qInfo("%d statements in %lld ms", int(statements.size()), timer.elapsed());
    QVERIFY(warning.isEmpty());
    QCOMPARE(statements.size(), count);
    QCOMPARE(statements.last().offset, offsets.last());
    QCOMPARE(statements.last().line, count + count / 100);
    QCOMPARE(statements.at(4321).text,
             u"INSERT INTO t (id, name, note) VALUES (4321, 'name; 4321', 'it''s é4321')"_s);
    QVERIFY(verifyStatements(script, statements));
}

void TestStatementSplitter::garbageNeverHangs_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("quotes") << u"'\"`[$$q'[nq'<E'\\'"_s;
    QTest::newRow("slashes") << u"/\n/*/\n*/\n/ /\n//\n"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"select 1; select '"_s + QChar(0xDC00);
    QTest::newRow("nul") << u"select 1;"_s + QChar(0) + u"select 2;"_s;
    QTest::newRow("spaces") << QString(100000, u' ') + u"x"_s;
    QTest::newRow("parens") << QString(10000, u'(') + u";"_s + QString(10000, u')');
    QTest::newRow("end words") << u"create trigger t begin; end end; case end; end;"_s;
}

void TestStatementSplitter::garbageNeverHangs()
{
    QFETCH(QString, script);
    for (Dialect d : {Dialect::PostgreSQL, Dialect::Oracle, Dialect::SQLite}) {
        const QList<SqlStatement> statements = StatementSplitter::split(d, script);
        QVERIFY(verifyStatements(script, statements));
    }
}

QTEST_GUILESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
