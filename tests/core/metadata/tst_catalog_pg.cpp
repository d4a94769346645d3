// The catalog read through a metadata session of its own, against the throwaway PostgreSQL:
// each identity sees exactly what it may use (schema USAGE, table and column grants), SET ROLE
// in a tab is followed, the session is counted and visible, and it goes when asked.
#include "connection/connectionmanager.h"
#include "connection/session.h"
#include "metadata/catalogsource.h"
#include "metadata/metadataservice.h"
#include "metadata/profilemetadata.h"
#include "sessionprobe.h"
#include "testserver.h"

#include "metadata/catalogtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int kTimeoutMs = 20000;

QStringList schemaNames(const Catalog &catalog)
{
    QStringList names;
    for (const CatalogSchema &s : catalog.schemas())
        names.append(s.name);
    return names;
}

QStringList objectNames(const Catalog &catalog, const QString &schema)
{
    QStringList names;
    if (const CatalogSchema *s = catalog.schema(schema)) {
        for (const CatalogObject &o : s->objects)
            names.append(o.name);
    }
    return names;
}

QStringList columnNames(const CatalogObject *o)
{
    QStringList names;
    if (o) {
        for (const CatalogColumn &c : o->columns)
            names.append(c.name);
    }
    return names;
}
} // namespace

class TestCatalogPg : public QObject
{
    Q_OBJECT

    // An open session as `who`, the way a tab has one: its identity is what the catalog follows.
    Session *openTab(ConnectionManager &manager, const Credentials &who,
                     const ConnectionProfile &profile = TestServer::profile())
    {
        Session *s = manager.createSession(profile, who);
        SessionProbe probe(s);
        s->open();
        if (!probe.waitForOpen() || !probe.isOpen)
            return nullptr;
        manager.rememberLogin(s->profile().id, who);
        return s;
    }

    bool loadSchemas(CatalogSource *source)
    {
        QSignalSpy changed(source, &CatalogSource::schemasChanged);
        QSignalSpy failed(source, &CatalogSource::failed);
        source->requestSchemas();
        return QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, kTimeoutMs) && failed.isEmpty();
    }

    bool loadSchema(CatalogSource *source, const QString &schema)
    {
        QSignalSpy changed(source, &CatalogSource::schemaChanged);
        QSignalSpy failed(source, &CatalogSource::failed);
        source->requestSchema(schema);
        return QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, kTimeoutMs) && failed.isEmpty();
    }

private slots:
    void initTestCase()
    {
        TESSERA_REQUIRE_SERVER();
        QCOMPARE(TestServer::adminQuery(QStringLiteral(
                     "select pg_advisory_xact_lock(7274378);"
                     "create schema if not exists meta_shop;"
                     "create schema if not exists meta_secret;"
                     "revoke all on schema meta_secret from public;"
                     "grant usage on schema meta_shop to alice, bob;"
                     "create table if not exists meta_shop.customers (id int primary key, name text not null, "
                     "  email text default 'x@y', secret_score int);"
                     "comment on table meta_shop.customers is 'people who buy';"
                     "create table if not exists meta_shop.internal (id int);"
                     "create table if not exists meta_secret.hidden (id int);"
                     "grant select on meta_secret.hidden to alice;"
                     "grant select on meta_shop.customers to alice;"
                     "grant select (id, name) on meta_shop.customers to bob;"
                     "create or replace function meta_shop.visible_f(a int) returns int language sql as 'select a';"
                     "create or replace function meta_shop.hidden_f(a int) returns int language sql as 'select a';"
                     "revoke execute on function meta_shop.hidden_f(int) from public;"
                     "do $$ begin if not exists (select from pg_type where typname = 'meta_mood') then "
                     "  create type meta_shop.meta_mood as enum ('ok'); end if; end $$;")),
                 QString());
    }

    // alice sees the schema she may use, the table granted to her with all its columns, the
    // function she may execute; not the schema without USAGE nor what is not granted.
    void eachIdentitySeesWhatItMayUse()
    {
        ConnectionManager manager;
        MetadataService service(&manager);
        Session *alice = openTab(manager, TestServer::alice());
        QVERIFY(alice);
        CatalogSource *source = service.source(alice->profile(), alice->identity());
        QVERIFY(loadSchemas(source));
        const QStringList schemas = schemaNames(source->catalog());
        QVERIFY2(schemas.contains(QStringLiteral("meta_shop")), qPrintable(schemas.join(u',')));
        QVERIFY(!schemas.contains(QStringLiteral("meta_secret")));   // a grant on a table is not USAGE
        QVERIFY(source->catalog().searchPath().contains(QStringLiteral("public")));

        QVERIFY(loadSchema(source, QStringLiteral("meta_shop")));
        const QStringList objects = objectNames(source->catalog(), QStringLiteral("meta_shop"));
        QVERIFY2(objects.contains(QStringLiteral("customers")), qPrintable(objects.join(u',')));
        QVERIFY(!objects.contains(QStringLiteral("internal")));
        QVERIFY(objects.contains(QStringLiteral("visible_f")));
        QVERIFY(!objects.contains(QStringLiteral("hidden_f")));
        QVERIFY(objects.contains(QStringLiteral("meta_mood")));
        const CatalogObject *customers = source->catalog().relation(QStringLiteral("meta_shop"), QStringLiteral("customers"));
        QCOMPARE(columnNames(customers), (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                      QStringLiteral("email"), QStringLiteral("secret_score")}));
        QCOMPARE(customers->comment, QStringLiteral("people who buy"));
        QCOMPARE(customers->columns.at(1).type, QStringLiteral("text"));
        QVERIFY(customers->columns.at(1).notNull);
        QCOMPARE(customers->columns.at(2).defaultValue, QStringLiteral("'x@y'::text"));

        // bob was granted two columns only: those two are what he sees (his own login on a
        // profile of his own; a profile has one login).
        ConnectionProfile bobsProfile = TestServer::profile();
        bobsProfile.id = QStringLiteral("bobs-profile");
        Session *bob = openTab(manager, TestServer::bob(), bobsProfile);
        QVERIFY(bob);
        CatalogSource *bobs = service.source(bob->profile(), bob->identity());
        QVERIFY(bobs != source);
        QVERIFY(loadSchemas(bobs));
        QVERIFY(loadSchema(bobs, QStringLiteral("meta_shop")));
        QCOMPARE(columnNames(bobs->catalog().relation(QStringLiteral("meta_shop"), QStringLiteral("customers"))),
                 (QStringList{QStringLiteral("id"), QStringLiteral("name")}));

        // "Show all catalogued objects": what is there, whether usable or not.
        service.setShowAll(true);
        QVERIFY(loadSchemas(source));
        QVERIFY(schemaNames(source->catalog()).contains(QStringLiteral("meta_secret")));
        service.setShowAll(false);
        manager.closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 0, kTimeoutMs);
    }

    // After SET ROLE in a tab, that tab's catalog is alice's, not the proxy's.
    void setRoleInATabIsFollowed()
    {
        ConnectionManager manager;
        MetadataService service(&manager);
        Session *tab = openTab(manager, TestServer::proxy());
        QVERIFY(tab);
        CatalogSource *asProxy = service.source(tab->profile(), tab->identity());
        QVERIFY(loadSchemas(asProxy));
        QVERIFY(!schemaNames(asProxy->catalog()).contains(QStringLiteral("meta_shop")));

        SessionProbe probe(tab);
        QSignalSpy identity(tab, &Session::identityChanged);
        tab->execute(QStringLiteral("set role alice"));
        QVERIFY(probe.waitForOutcomes(1));
        QTRY_VERIFY(!identity.isEmpty());
        QCOMPARE(tab->identity().currentUser, QStringLiteral("alice"));
        CatalogSource *asAlice = service.source(tab->profile(), tab->identity());
        QVERIFY(asAlice != asProxy);
        QVERIFY(loadSchemas(asAlice));
        QVERIFY(schemaNames(asAlice->catalog()).contains(QStringLiteral("meta_shop")));
        // Both views share the metadata session, each read as its own identity: notes is
        // granted to alice, and the NOINHERIT proxy does not get her rights without SET ROLE.
        QVERIFY(loadSchema(asProxy, QStringLiteral("public")));
        QVERIFY(loadSchema(asAlice, QStringLiteral("public")));
        QVERIFY(!objectNames(asProxy->catalog(), QStringLiteral("public")).contains(QStringLiteral("notes")));
        QVERIFY(objectNames(asAlice->catalog(), QStringLiteral("public")).contains(QStringLiteral("notes")));
        QVERIFY(loadSchema(asAlice, QStringLiteral("meta_shop")));
        QVERIFY(objectNames(asAlice->catalog(), QStringLiteral("meta_shop")).contains(QStringLiteral("customers")));
        manager.closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 0, kTimeoutMs);
    }

    // A tab's temporary table shows for that tab.
    void temporaryTablesShowForTheirTab()
    {
        ConnectionManager manager;
        MetadataService service(&manager);
        Session *tab = openTab(manager, TestServer::alice());
        QVERIFY(tab);
        SessionProbe probe(tab);
        QSignalSpy identity(tab, &Session::identityChanged);
        tab->execute(QStringLiteral("create temp table meta_scratch (x int)"));
        QVERIFY(probe.waitForOutcomes(1));
        QVERIFY(probe.last().ok);
        QTRY_VERIFY(!tab->identity().tempSchema.isEmpty());
        CatalogSource *source = service.source(tab->profile(), tab->identity());
        QVERIFY(loadSchemas(source));
        const QString temp = tab->identity().tempSchema;
        QVERIFY2(schemaNames(source->catalog()).contains(temp), qPrintable(temp));
        QVERIFY(loadSchema(source, temp));
        QCOMPARE(objectNames(source->catalog(), temp), QStringList{QStringLiteral("meta_scratch")});
        manager.closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 0, kTimeoutMs);
    }

    // One metadata connection per profile, counted and labelled, gone when the profile closes.
    void metadataSessionIsCountedAndCloses()
    {
        ConnectionManager manager;
        MetadataService service(&manager);
        const int baseline = TestServer::tesseraBackendCount();
        Session *tab = openTab(manager, TestServer::alice());
        QVERIFY(tab);
        QCOMPARE(manager.liveCount(), 1);
        CatalogSource *source = service.source(tab->profile(), tab->identity());
        QVERIFY(loadSchemas(source));
        QCOMPARE(manager.liveCount(), 2);
        Session *metadata = service.profileMetadata(tab->profile().id)->session();
        QVERIFY(metadata && metadata != tab);
        QCOMPARE(metadata->ownerLabel(), QStringLiteral("metadata"));
        QCOMPARE(TestServer::tesseraBackendCount(), baseline + 2);
        // A second identity reuses the same connection.
        QVERIFY(loadSchema(source, QStringLiteral("public")));
        QCOMPARE(manager.liveCount(), 2);
        service.closeProfile(tab->profile().id);
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 1, kTimeoutMs);
        manager.closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::tesseraBackendCount(), baseline, kTimeoutMs);
    }

    // A tab logged in as someone else than the profile's login never reads through its session.
    void anotherLoginIsRefused()
    {
        ConnectionManager manager;
        MetadataService service(&manager);
        Session *alice = openTab(manager, TestServer::alice());
        QVERIFY(alice);
        QVERIFY(loadSchemas(service.source(alice->profile(), alice->identity())));
        SessionIdentity impostor = alice->identity();
        impostor.sessionUser = impostor.currentUser = QStringLiteral("bob");
        CatalogSource *source = service.source(alice->profile(), impostor);
        QSignalSpy failed(source, &CatalogSource::failed);
        source->requestSchemas();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("logged in as alice, not as bob")));
        QVERIFY(!source->schemasLoaded());
        manager.closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 0, kTimeoutMs);
    }

    // Qt's own checks of the browser's tree model while the catalog arrives level by level.
    void treeModelPassesQtsModelTester()
    {
        ConnectionManager manager;
        MetadataService service(&manager);
        Session *alice = openTab(manager, TestServer::alice());
        QVERIFY(alice);
        CatalogSource *source = service.source(alice->profile(), alice->identity());
        CatalogTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(source, Dialect::PostgreSQL, QStringLiteral("test"));
        // (The tester walks the tree and fetches what it may itself; fetching again is harmless.)
        model.fetchMore(model.index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(source->schemasLoaded(), kTimeoutMs);
        QModelIndex shop;
        for (int r = 0; r < model.rowCount(model.index(0, 0)); ++r) {
            if (model.index(r, 0, model.index(0, 0)).data(CatalogTreeModel::NameRole) == QStringLiteral("meta_shop"))
                shop = model.index(r, 0, model.index(0, 0));
        }
        QVERIFY(shop.isValid());
        model.fetchMore(shop);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(shop) > 0, kTimeoutMs);
        const QModelIndex tables = model.index(0, 0, shop);
        const QModelIndex customers = model.index(0, 0, tables);
        QCOMPARE(customers.data(CatalogTreeModel::NameRole).toString(), QStringLiteral("customers"));
        model.fetchMore(customers);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(customers) > 4, kTimeoutMs);   // the columns, then keys
        model.setFilter(QStringLiteral("cust"));
        model.setFilter(QString());
        manager.closeAll();
        QTRY_COMPARE_WITH_TIMEOUT(manager.liveCount(), 0, kTimeoutMs);
    }

    void ddlIsRecognised()
    {
        QVERIFY(MetadataService::changesCatalog(Dialect::PostgreSQL, QStringLiteral("-- x\n create table t (a int)")));
        QVERIFY(MetadataService::changesCatalog(Dialect::PostgreSQL, QStringLiteral("DROP VIEW v")));
        QVERIFY(MetadataService::changesCatalog(Dialect::Oracle, QStringLiteral("grant select on t to u")));
        QVERIFY(!MetadataService::changesCatalog(Dialect::PostgreSQL, QStringLiteral("select 'create'")));
        QVERIFY(!MetadataService::changesCatalog(Dialect::SQLite, QStringLiteral("insert into t values (1)")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogPg)
#include "tst_catalog_pg.moc"
