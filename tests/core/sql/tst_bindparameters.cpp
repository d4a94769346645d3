#include "sql/bindparameters.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dialect)

class TestBindParameters : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void positions();
    void names();
    void toPositional_data();
    void toPositional();
};

void TestBindParameters::find_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("expected");

    const auto pg = Dialect::PostgreSQL;
    const auto ora = Dialect::Oracle;
    const auto lite = Dialect::SQLite;
    QTest::newRow("pg simple") << pg << u"SELECT * FROM t WHERE a = :a AND b=:b_2"_s
            << QStringList{u"a"_s, u"b_2"_s};
    QTest::newRow("pg cast") << pg << u"SELECT :x::int, y::text, :z :: date"_s
            << QStringList{u"x"_s, u"z"_s};
    QTest::newRow("pg strings and identifiers") << pg
            << u"SELECT ':no', E'\\':no', \":no\", U&':no', :yes"_s << QStringList{u"yes"_s};
    QTest::newRow("pg comments") << pg << u"SELECT 1 -- :no\n/* :no /* :no */ :no */ + :yes"_s
            << QStringList{u"yes"_s};
    QTest::newRow("pg dollar bodies") << pg
            << u"DO $$ BEGIN x := :no; END $$; SELECT $tag$ :no $tag$, $1, a$b, :yes"_s
            << QStringList{u"yes"_s};
    QTest::newRow("pg array slice") << pg << u"SELECT a[1:2], a[lo:hi], b[:n], (x):y"_s
            << QStringList{u"n"_s};
    QTest::newRow("pg named argument") << pg << u"SELECT f(a := 1, b => :v)"_s << QStringList{u"v"_s};
    QTest::newRow("pg digits are no name") << pg << u"SELECT :1, ':', :"_s << QStringList{};
    QTest::newRow("oracle block") << ora
            << u"BEGIN :result := f(:p1, q'[:no]', ':no'); x := 1; END;"_s
            << QStringList{u"result"_s, u"p1"_s};
    QTest::newRow("oracle numbered") << ora << u"SELECT * FROM t WHERE a = :1 OR b = :2"_s
            << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("oracle DDL has none") << ora
            << u"-- trigger\nCREATE OR REPLACE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN :new.a := :b; END;"_s
            << QStringList{};
    QTest::newRow("oracle quoted") << ora << u"SELECT \":no\" FROM dual WHERE a = :yes -- :no"_s
            << QStringList{u"yes"_s};
    QTest::newRow("sqlite quotes") << lite
            << u"SELECT ':no', \":no\", `:no`, [:no], :yes, @no, $no, ?1"_s << QStringList{u"yes"_s};
}

void TestBindParameters::find()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, statement);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const BindParameter &p : BindParameters::find(dialect, statement)) {
        QCOMPARE(statement.mid(p.offset, p.length), u':' + p.name);
        found.append(p.name);
    }
    QCOMPARE(found, expected);
}

void TestBindParameters::positions()
{
    const QString statement = u"SELECT 'é😀', :first\n  , :second"_s;
    const QList<BindParameter> found = BindParameters::find(Dialect::PostgreSQL, statement);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0), (BindParameter{u"first"_s, 14, 6}));
    QCOMPARE(found.at(1), (BindParameter{u"second"_s, 25, 7}));
}

void TestBindParameters::names()
{
    const QString statement = u"SELECT :b, :a, :b, :c, :a"_s;
    QCOMPARE(BindParameters::names(Dialect::PostgreSQL, statement),
             (QStringList{u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(BindParameters::names(Dialect::SQLite, u"SELECT 1"_s), QStringList());
}

void TestBindParameters::toPositional_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expectedSql");
    QTest::addColumn<QStringList>("expectedOrder");

    QTest::newRow("pg reuses numbers") << Dialect::PostgreSQL
            << u"SELECT :b, :a::int, ':c', :b"_s << u"SELECT $1, $2::int, ':c', $1"_s
            << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("pg ten and more") << Dialect::PostgreSQL
            << u"VALUES (:a,:b,:c,:d,:e,:f,:g,:h,:i,:j,:k)"_s
            << u"VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)"_s
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s,
                           u"i"_s, u"j"_s, u"k"_s};
    QTest::newRow("sqlite one per occurrence") << Dialect::SQLite
            << u"SELECT :b, :a, ':c', :b"_s << u"SELECT ?, ?, ':c', ?"_s
            << QStringList{u"b"_s, u"a"_s, u"b"_s};
    QTest::newRow("oracle unchanged") << Dialect::Oracle
            << u"SELECT :b, :a, :b FROM dual"_s << u"SELECT :b, :a, :b FROM dual"_s
            << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("no placeholders") << Dialect::PostgreSQL << u"SELECT 1::int"_s
            << u"SELECT 1::int"_s << QStringList{};
}

void TestBindParameters::toPositional()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, statement);
    QFETCH(QString, expectedSql);
    QFETCH(QStringList, expectedOrder);
    QStringList order{u"stale"_s};
    QCOMPARE(BindParameters::toPositional(dialect, statement, &order), expectedSql);
    QCOMPARE(order, expectedOrder);
    QCOMPARE(BindParameters::toPositional(dialect, statement), expectedSql);
}

QTEST_GUILESS_MAIN(TestBindParameters)
#include "tst_bindparameters.moc"
