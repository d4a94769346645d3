#include "connection/credentials.h"
#include "profiles/profilestore.h"
#include "profiletestutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ProfileTestUtil;

// Normal life of the store: locations, round trips, first run, editing. Damaged files are
// covered by tst_profilestorerecovery.
class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(); }
    void init();
    void defaultLocations();
    void missingFileIsNotAProblem();
    void saveAndLoadRoundTrip();
    void fileNeverHoldsPassword();
    void saveFailureIsReported();
    void firstRunCreatesDemoOnce();
    void addUpdateRemoveSaveAndNotify();
    void duplicateNamesAndIds();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("profiles.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::defaultLocations()
{
    ProfileStore store;
    QCOMPARE(store.filePath(), ProfileStore::defaultFilePath());
    QVERIFY(store.filePath().endsWith(QLatin1String("/profiles.json")));
    QCOMPARE(QFileInfo(store.filePath()).absolutePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    QVERIFY(ProfileStore::demoDatabasePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(ProfileStore::demoDatabasePath().endsWith(QLatin1String("/demo.sqlite")));
}

void TestProfileStore::missingFileIsNotAProblem()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.problem().isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(path())); // loading alone writes nothing
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

void TestProfileStore::saveAndLoadRoundTrip()
{
    // A nested folder that does not exist yet: the first save creates it.
    const QString nested = m_dir->filePath(QStringLiteral("a/b/profiles.json"));
    ProfileStore store(nested);
    QVERIFY(store.load());
    ConnectionProfile pg = sample(QStringLiteral("Sales"));
    ConnectionProfile ora = sample(QStringLiteral("Ledger"));
    ora.dialect = Dialect::Oracle;
    ora.port = 0;
    ora.isDemo = true;
    ora.options.clear();
    store.add(pg);
    store.add(ora);
    QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
    QCOMPARE(store.profiles().size(), 2);
    for (const ConnectionProfile &p : store.profiles())
        QVERIFY(!QUuid::fromString(p.id).isNull());

    const QJsonObject root = QJsonDocument::fromJson(readAll(nested)).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("profiles")).toArray().size(), 2);

    ProfileStore again(nested);
    QVERIFY(again.load());
    QCOMPARE(again.profiles(), store.profiles());
}

void TestProfileStore::fileNeverHoldsPassword()
{
    // Credentials travel next to profiles in the program; none of it may reach the file.
    Credentials credentials{QStringLiteral("alice"), QStringLiteral("hunter2-Xq9!secret")};
    ProfileStore store(path());
    QVERIFY(store.load());
    ConnectionProfile p = sample(QStringLiteral("Sales"));
    p.defaultUser = credentials.user;
    p.options = QStringLiteral("sslmode=require;password=%1").arg(credentials.password);
    store.add(p);
    const QString id = store.profiles().constFirst().id;
    ConnectionProfile changed = store.profile(id);
    changed.options += QStringLiteral(";sslpassword=%1").arg(credentials.password);
    store.update(changed);
    store.duplicate(id);

    const QByteArray bytes = readAll(path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(credentials.password.toUtf8()));
    QVERIFY(!bytes.toLower().contains("password"));
    QVERIFY(bytes.contains("alice")); // the user name is fine to keep
    credentials.wipe();
}

void TestProfileStore::saveFailureIsReported()
{
    // The parent "folder" is a file: neither mkpath nor QSaveFile can succeed.
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("blocker")), "x"));
    const QString impossible = m_dir->filePath(QStringLiteral("blocker/profiles.json"));
    ProfileStore store(impossible);
    QVERIFY(store.load());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    store.add(sample(QStringLiteral("Unsaved")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.profiles().size(), 1); // kept in memory
    QVERIFY(!store.save());
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(impossible)),
             qPrintable(store.problem()));
}

void TestProfileStore::firstRunCreatesDemoOnce()
{
    {
        ProfileStore store(path());
        QVERIFY(store.load());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.ensureDemoProfile());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.ensureDemoProfile()); // same session
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile demo = store.profiles().constFirst();
        QCOMPARE(demo.name, QStringLiteral("Demo (SQLite)"));
        QCOMPARE(demo.dialect, Dialect::SQLite);
        QVERIFY(demo.isDemo);
        QCOMPARE(demo.database, ProfileStore::demoDatabasePath());
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(demo.colorTag)
                    .hasMatch());
        QVERIFY(QFile::exists(path()));
    }
    {
        // Second start: the file exists, so no second demo.
        ProfileStore store(path());
        QVERIFY(store.load());
        QVERIFY(!store.ensureDemoProfile());
        QCOMPARE(store.profiles().size(), 1);
        // The user deletes it; it must not come back.
        store.remove(store.profiles().constFirst().id);
    }
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(!store.ensureDemoProfile());
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::addUpdateRemoveSaveAndNotify()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    ConnectionProfile given = sample(QStringLiteral("Reporting"));
    given.id = QStringLiteral("my-own-id");
    store.add(given);
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.contains(QStringLiteral("my-own-id")));
    store.add(given); // same id again: gets a fresh one instead of a clash
    QCOMPARE(store.profiles().size(), 2);
    QVERIFY(store.profiles().at(1).id != QStringLiteral("my-own-id"));

    ConnectionProfile edited = store.profile(QStringLiteral("my-own-id"));
    edited.host = QStringLiteral("replica.example.org");
    store.update(edited);
    QCOMPARE(changed.count(), 3);
    {
        ProfileStore reader(path());
        QVERIFY(reader.load());
        QCOMPARE(reader.profile(QStringLiteral("my-own-id")).host,
                 QStringLiteral("replica.example.org"));
    }

    store.remove(QStringLiteral("my-own-id"));
    QCOMPARE(changed.count(), 4);
    QVERIFY(!store.contains(QStringLiteral("my-own-id")));
    store.remove(QStringLiteral("no-such-id")); // no-op, no signal
    QCOMPARE(changed.count(), 4);
    QCOMPARE(store.profile(QStringLiteral("no-such-id")), ConnectionProfile());

    ProfileStore reader(path());
    QVERIFY(reader.load());
    QCOMPARE(reader.profiles(), store.profiles());
}

void TestProfileStore::duplicateNamesAndIds()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    store.add(sample(QStringLiteral("Sales")));
    const ConnectionProfile original = store.profiles().constFirst();

    const ConnectionProfile first = store.duplicate(original.id);
    QCOMPARE(first.name, QStringLiteral("Sales (copy)"));
    QVERIFY(first.id != original.id);
    QVERIFY(!QUuid::fromString(first.id).isNull());
    ConnectionProfile sameFields = first;
    sameFields.id = original.id;
    sameFields.name = original.name;
    QCOMPARE(sameFields, original);

    QCOMPARE(store.duplicate(original.id).name, QStringLiteral("Sales (copy 2)"));
    // Copying a copy continues the numbering.
    QCOMPARE(store.duplicate(first.id).name, QStringLiteral("Sales (copy 3)"));
    QCOMPARE(store.duplicate(QStringLiteral("no-such-id")), ConnectionProfile());

    ProfileStore reader(path());
    QVERIFY(reader.load());
    QStringList names;
    for (const ConnectionProfile &p : reader.profiles())
        names.append(p.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Sales"), QStringLiteral("Sales (copy 2)"),
                                 QStringLiteral("Sales (copy 3)"),
                                 QStringLiteral("Sales (copy)")}));

    store.remove(first.id);
    QCOMPARE(store.duplicate(original.id).name, QStringLiteral("Sales (copy)"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
