// Completion without a server: what is offered where, for the situations pgcli's own
// sqlcompletion tests cover (joins with aliases, CTEs, subqueries, schema-qualified names,
// quoted identifiers, casts, INSERT column lists), over an in-memory catalog.
#include "metadata/catalog.h"
#include "metadata/completioncontext.h"
#include "metadata/completionengine.h"

#include <QTest>

namespace {

CatalogObject table(const QString &schema, const QString &name, const QStringList &columns,
                    CatalogObjectKind kind = CatalogObjectKind::Table)
{
    CatalogObject o;
    o.schema = schema;
    o.name = name;
    o.kind = kind;
    for (const QString &c : columns)
        o.columns.append({c, QStringLiteral("integer"), {}, {}, false});
    return o;
}

Catalog shop()
{
    Catalog catalog;
    CatalogSchema pub;
    pub.name = QStringLiteral("public");
    CatalogSchema s3;
    s3.name = QStringLiteral("s3");
    CatalogSchema hidden;
    hidden.name = QStringLiteral("archive");   // not loaded yet
    catalog.setSchemas({pub, s3, hidden});
    CatalogObject func;
    func.schema = QStringLiteral("public");
    func.name = QStringLiteral("custom_func");
    func.kind = CatalogObjectKind::Function;
    func.arguments = QStringLiteral("a integer");
    CatalogObject mood;
    mood.schema = QStringLiteral("public");
    mood.name = QStringLiteral("mood");
    mood.kind = CatalogObjectKind::Type;
    catalog.setObjects(QStringLiteral("public"),
                       {table(QStringLiteral("public"), QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")}),
                        table(QStringLiteral("public"), QStringLiteral("orders"), {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("total")}),
                        table(QStringLiteral("public"), QStringLiteral("Mixed Case"), {QStringLiteral("Id"), QStringLiteral("weird col")}),
                        table(QStringLiteral("public"), QStringLiteral("user_view"), {QStringLiteral("vid")}, CatalogObjectKind::View),
                        func, mood});
    catalog.setObjects(QStringLiteral("s3"), {table(QStringLiteral("s3"), QStringLiteral("t17"),
                                                    {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})});
    catalog.setSearchPath({QStringLiteral("public")});
    return catalog;
}

struct Result
{
    CompletionContext context;
    QList<CompletionItem> items;
    QStringList needs;

    QStringList labels(CompletionItem::Kind kind) const
    {
        QStringList out;
        for (const CompletionItem &i : items) {
            if (i.kind == kind)
                out.append(i.label);
        }
        return out;
    }
    QStringList texts() const
    {
        QStringList out;
        for (const CompletionItem &i : items)
            out.append(i.text);
        return out;
    }
};

// "|" marks the cursor.
Result complete(const QString &marked, Dialect dialect = Dialect::PostgreSQL, const Catalog &catalog = shop())
{
    QString text = marked;
    const int cursor = int(text.indexOf(u'|'));
    text.remove(cursor, 1);
    Result r;
    r.context = CompletionContext::analyze(dialect, text, cursor);
    r.items = CompletionEngine::complete(dialect, r.context, catalog, &r.needs);
    return r;
}

using K = CompletionItem::Kind;
const QStringList usersColumns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")};
const QStringList ordersColumns = {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("total")};

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void afterFromOffersRelationsSchemasAndFunctions()
    {
        const Result r = complete(QStringLiteral("select * from |"));
        const QStringList relations = r.labels(K::Relation);
        QVERIFY(relations.contains(QStringLiteral("users")));
        QVERIFY(relations.contains(QStringLiteral("orders")));
        QVERIFY(relations.contains(QStringLiteral("user_view")));
        QVERIFY(r.labels(K::Schema).contains(QStringLiteral("s3")));
        QVERIFY(r.labels(K::Function).contains(QStringLiteral("custom_func")));
        QVERIFY(r.labels(K::Column).isEmpty());
        QVERIFY(r.texts().contains(QStringLiteral("\"Mixed Case\"")));   // quoted as it needs
    }

    void prefixMatchesFirstThenContains()
    {
        const Result r = complete(QStringLiteral("select * from us|"));
        QCOMPARE(r.context.prefix, QStringLiteral("us"));
        QCOMPARE(r.items.value(0).label, QStringLiteral("users"));
        QVERIFY(!r.labels(K::Relation).contains(QStringLiteral("orders")));
        // "user_view" starts with it too; "Mixed Case" holds no "us".
        QVERIFY(r.labels(K::Relation).contains(QStringLiteral("user_view")));
        QVERIFY(!r.labels(K::Relation).contains(QStringLiteral("Mixed Case")));
    }

    void aliasDotOffersThatTablesColumnsOnly()
    {
        const Result r = complete(QStringLiteral("select u.| from users u"));
        QCOMPARE(r.context.qualifier, QStringLiteral("u"));
        QCOMPARE(r.labels(K::Column), usersColumns);
        QCOMPARE(r.items.size(), 3);
    }

    void selectListOffersColumnsOfEveryJoinedTable()
    {
        const Result r = complete(QStringLiteral("select | from users u join orders o on o.user_id = u.id"));
        const QStringList columns = r.labels(K::Column);
        for (const QString &c : usersColumns + ordersColumns)
            QVERIFY2(columns.contains(c), qPrintable(c));
        QVERIFY(r.labels(K::Alias).contains(QStringLiteral("u")));
        QVERIFY(r.labels(K::Alias).contains(QStringLiteral("o")));
        QVERIFY(r.labels(K::Function).contains(QStringLiteral("custom_func")));
        QVERIFY(r.labels(K::Keyword).contains(QStringLiteral("from")));
        QCOMPARE(r.items.value(0).kind, K::Column);   // columns come first there
    }

    void joinConditionAfterAliasDot()
    {
        const Result r = complete(QStringLiteral("select * from users u join orders o on o.|"));
        QCOMPARE(r.labels(K::Column), ordersColumns);
    }

    void afterJoinOffersRelations()
    {
        const Result r = complete(QStringLiteral("select * from users u left join |"));
        QVERIFY(r.labels(K::Relation).contains(QStringLiteral("orders")));
        QVERIFY(r.labels(K::Column).isEmpty());
    }

    void afterATableReferenceOffersKeywords()
    {
        const Result r = complete(QStringLiteral("select * from users u |"));
        QVERIFY(r.labels(K::Keyword).contains(QStringLiteral("where")));
        QVERIFY(r.labels(K::Relation).isEmpty());
        const Result comma = complete(QStringLiteral("select * from users u, |"));
        QVERIFY(comma.labels(K::Relation).contains(QStringLiteral("orders")));
    }

    void schemaDotOffersItsObjects()
    {
        const Result r = complete(QStringLiteral("select * from s3.|"));
        QCOMPARE(r.labels(K::Relation), QStringList{QStringLiteral("t17")});
        QVERIFY(r.needs.isEmpty());
        const Result later = complete(QStringLiteral("select * from archive.|"));
        QVERIFY(later.items.isEmpty());
        QCOMPARE(later.needs, QStringList{QStringLiteral("archive")});   // the caller loads it
    }

    void selectListOfASchemaQualifiedTable()
    {
        // The benchmark's case: the cursor right after SELECT.
        const Result r = complete(QStringLiteral("select | from s3.t17"));
        QCOMPARE(r.labels(K::Column), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void whereOffersTheColumnsInScope()
    {
        const Result r = complete(QStringLiteral("select * from users where na|"));
        QCOMPARE(r.items.value(0).label, QStringLiteral("name"));
        QVERIFY(!r.labels(K::Column).contains(QStringLiteral("total")));
    }

    void cteColumnsAreOffered()
    {
        const Result r = complete(QStringLiteral("with c as (select id, name as nm, count(*) from users group by id, name) "
                                                 "select | from c"));
        QCOMPARE(r.labels(K::Column), (QStringList{QStringLiteral("id"), QStringLiteral("nm"), QStringLiteral("count")}));
        const Result explicitList = complete(QStringLiteral("with c (x, y) as (select id, name from users) select c.| from c"));
        QCOMPARE(explicitList.labels(K::Column), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        const Result star = complete(QStringLiteral("with c as (select * from users) select c.| from c"));
        QCOMPARE(star.labels(K::Column), usersColumns);
        const Result asRelation = complete(QStringLiteral("with recent as (select 1 as n) select * from rec|"));
        QCOMPARE(asRelation.items.value(0).label, QStringLiteral("recent"));
    }

    void subqueryInFromHasItsOwnColumns()
    {
        const Result r = complete(QStringLiteral("select x.| from (select id, email as mail from users) x"));
        QCOMPARE(r.labels(K::Column), (QStringList{QStringLiteral("id"), QStringLiteral("mail")}));
        const Result star = complete(QStringLiteral("select x.| from (select u.*, o.total from users u join orders o on true) x"));
        QCOMPARE(star.labels(K::Column), (QStringList{QStringLiteral("total")} + usersColumns));
    }

    void subqueriesSeeTheirOwnAndOuterTables()
    {
        const Result inner = complete(QStringLiteral("select * from orders o where o.user_id in (select id from users u where u.|"));
        QCOMPARE(inner.labels(K::Column), usersColumns);
        const Result correlated = complete(
            QStringLiteral("select * from orders o where exists (select 1 from users u where u.id = |)"));
        const QStringList columns = correlated.labels(K::Column);
        QVERIFY(columns.contains(QStringLiteral("email")));   // the subquery's table
        QVERIFY(columns.contains(QStringLiteral("total")));   // the outer query's
    }

    void castOffersTypes()
    {
        const Result r = complete(QStringLiteral("select 'happy'::mo|"));
        QCOMPARE(r.labels(K::Type), QStringList{QStringLiteral("mood")});
    }

    void insertColumnListOffersThatTablesColumns()
    {
        const Result r = complete(QStringLiteral("insert into orders (|"));
        QCOMPARE(r.labels(K::Column), ordersColumns);
        QCOMPARE(r.items.size(), 3);
        const Result qualified = complete(QStringLiteral("insert into s3.t17 (a, |) values (1, 2)"));
        QCOMPARE(qualified.labels(K::Column), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void updateSetOffersTheTablesColumns()
    {
        const Result r = complete(QStringLiteral("update users set |"));
        QCOMPARE(r.labels(K::Column), usersColumns);
    }

    void quotedIdentifiersRoundTrip()
    {
        const Result r = complete(QStringLiteral("select m.| from \"Mixed Case\" m"));
        QCOMPARE(r.labels(K::Column), (QStringList{QStringLiteral("Id"), QStringLiteral("weird col")}));
        QCOMPARE(r.texts(), (QStringList{QStringLiteral("\"Id\""), QStringLiteral("\"weird col\"")}));
        const Result partial = complete(QStringLiteral("select * from \"Mi|"));
        QCOMPARE(partial.context.prefix, QStringLiteral("\"Mi"));
        QCOMPARE(partial.texts().value(0), QStringLiteral("\"Mixed Case\""));
        QCOMPARE(partial.context.replaceFrom, 14);
    }

    void onlyTheStatementAtTheCursorCounts()
    {
        const Result r = complete(QStringLiteral("select * from users; select | from orders; select * from s3.t17"));
        QCOMPARE(r.labels(K::Column), ordersColumns);
    }

    void nothingInsideAStringOrANumber()
    {
        QVERIFY(complete(QStringLiteral("select 'abc|")).items.isEmpty());
        QVERIFY(complete(QStringLiteral("select 'ab|c' from users")).items.isEmpty());
        QVERIFY(complete(QStringLiteral("select 12|3")).items.isEmpty());
    }

    void keywordsFollowTheTypedCase()
    {
        QCOMPARE(complete(QStringLiteral("sel|")).items.value(0).text, QStringLiteral("select"));
        QCOMPARE(complete(QStringLiteral("SEL|")).items.value(0).text, QStringLiteral("SELECT"));
    }

    void otherDialectsUseTheirOwnLexer()
    {
        const Result lite = complete(QStringLiteral("select * from users where [name] = 'x' and |"), Dialect::SQLite);
        QCOMPARE(lite.labels(K::Column), usersColumns);
        Catalog upper;
        CatalogSchema hr;
        hr.name = QStringLiteral("HR");
        upper.setSchemas({hr});
        upper.setObjects(QStringLiteral("HR"), {table(QStringLiteral("HR"), QStringLiteral("EMPLOYEES"),
                                                      {QStringLiteral("EMPLOYEE_ID"), QStringLiteral("LAST_NAME")})});
        upper.setSearchPath({QStringLiteral("HR")});
        const Result ora = complete(QStringLiteral("select e.| from employees e"), Dialect::Oracle, upper);
        QCOMPARE(ora.labels(K::Column), (QStringList{QStringLiteral("EMPLOYEE_ID"), QStringLiteral("LAST_NAME")}));
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
