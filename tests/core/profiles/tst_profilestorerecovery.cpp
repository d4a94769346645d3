#include "profiles/profilestore.h"
#include "profiletestutil.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ProfileTestUtil;

// A damaged or unreadable profiles file: the program goes on and says what happened. Reading
// changes nothing (tessera-cli reads the file too); the save that replaces it first keeps the
// original bytes in a dated backup that later saves never touch.
class TestProfileStoreRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(); }
    void init();
    void corruptFileIsKept_data();
    void corruptFileIsKept();
    void badEntryKeepsGoodOnesAndBacksUp();
    void backupNameGetsCounter();
    void unreadableFileIsKept();
    void unreadablePermissions();
    void unmovableFileIsNeverOverwritten();
    void noDemoAfterCorruptFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("profiles.json")); }
    QStringList backups() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStoreRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestProfileStoreRecovery::backups() const
{
    return QDir(m_dir->path()).entryList({QStringLiteral("profiles.json.corrupt-*")},
                                         QDir::AllEntries | QDir::Hidden | QDir::System,
                                         QDir::Name);
}

void TestProfileStoreRecovery::corruptFileIsKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("truncated json")
        << QByteArray("{\"version\":1,\"profiles\":[{\"name\":\"Sal") << QStringLiteral("offset");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("offset 0");
    QTest::newRow("garbage") << QByteArray("\x00\xff not json", 11) << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("object");
    QTest::newRow("no version") << QByteArray("{\"profiles\":[]}") << QStringLiteral("version");
    QTest::newRow("newer version")
        << QByteArray("{\"version\":2,\"profiles\":[]}") << QStringLiteral("version 2");
    QTest::newRow("profiles not a list")
        << QByteArray("{\"version\":1,\"profiles\":{}}") << QStringLiteral("list");
}

void TestProfileStoreRecovery::corruptFileIsKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentioned);
    QVERIFY(writeAll(path(), bytes));

    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY(store.profiles().isEmpty());
    const QString problem = store.problem();
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path())), qPrintable(problem));
    QVERIFY2(problem.contains(mentioned), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Nothing was changed")), qPrintable(problem));
    // Reading alone leaves the file where and as it is.
    QVERIFY(backups().isEmpty());
    QCOMPARE(readAll(path()), bytes);

    // The first save keeps it aside, says where, and writes a fresh file.
    store.add(sample(QStringLiteral("Fresh")));
    QVERIFY2(QFile::exists(path()), qPrintable(store.problem()));
    const QStringList kept = backups();
    QCOMPARE(kept.size(), 1);
    QVERIFY2(store.problem().contains(kept.constFirst()), qPrintable(store.problem()));
    const QString backup = m_dir->filePath(kept.constFirst());
    QCOMPARE(readAll(backup), bytes);
    QVERIFY(QFileInfo(backup).fileName().contains(
        QRegularExpression(QStringLiteral("^profiles\\.json\\.corrupt-\\d{8}-\\d{6}$"))));

    // Later saves leave the evidence alone.
    store.add(sample(QStringLiteral("Later")));
    QCOMPARE(readAll(backup), bytes);
    QCOMPARE(backups(), kept);
    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.profiles().size(), 2);
}

void TestProfileStoreRecovery::badEntryKeepsGoodOnesAndBacksUp()
{
    QJsonArray entries{sample(QStringLiteral("Good")).toJson()};
    QJsonObject bad = sample(QStringLiteral("FromTheFuture")).toJson();
    bad.insert(QLatin1String("driver"), QStringLiteral("cockroach"));
    entries.append(bad);
    entries.append(42);
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QLatin1String("version"), 1},
                                  {QLatin1String("profiles"), entries}}).toJson();
    QVERIFY(writeAll(path(), bytes));

    ProfileStore store(path());
    QVERIFY(!store.load());
    // The readable profile is usable; the unreadable ones are not dropped silently.
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().name, QStringLiteral("Good"));
    QVERIFY2(store.problem().contains(QLatin1String("cockroach")), qPrintable(store.problem()));
    QVERIFY(backups().isEmpty());
    QVERIFY(store.save());
    QCOMPARE(backups().size(), 1);
    QCOMPARE(readAll(m_dir->filePath(backups().constFirst())), bytes);
}

void TestProfileStoreRecovery::backupNameGetsCounter()
{
    // Occupy the names for this second and the next two, so load() meets a taken name
    // whichever second it runs in.
    const QDateTime now = QDateTime::currentDateTime();
    QStringList occupied;
    for (int s = 0; s < 3; ++s) {
        const QString name = QStringLiteral("profiles.json.corrupt-")
            + now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QVERIFY(writeAll(m_dir->filePath(name), "older backup"));
        occupied.append(name);
    }
    QVERIFY(writeAll(path(), "{ broken"));

    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY(store.save());
    QStringList fresh = backups();
    for (const QString &name : std::as_const(occupied)) {
        QVERIFY(fresh.removeOne(name));
        QCOMPARE(readAll(m_dir->filePath(name)), QByteArray("older backup"));
    }
    QCOMPARE(fresh.size(), 1);
    QVERIFY2(fresh.constFirst().endsWith(QLatin1String("-2")), qPrintable(fresh.constFirst()));
    QCOMPARE(readAll(m_dir->filePath(fresh.constFirst())), QByteArray("{ broken"));
}

void TestProfileStoreRecovery::unreadableFileIsKept()
{
    // A folder where the file should be cannot be read, even by root.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("profiles.json")));
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("profiles.json/inside.txt")), "keep me"));

    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path())),
             qPrintable(store.problem()));
    QVERIFY2(store.problem().contains(QLatin1String("folder")), qPrintable(store.problem()));
    QVERIFY(backups().isEmpty());

    store.add(sample(QStringLiteral("After")));
    QCOMPARE(backups().size(), 1);
    const QString kept = m_dir->filePath(backups().constFirst());
    QVERIFY2(QFileInfo(path()).isFile(), qPrintable(store.problem()));
    QCOMPARE(readAll(kept + QStringLiteral("/inside.txt")), QByteArray("keep me"));
}

void TestProfileStoreRecovery::unreadablePermissions()
{
    if (::geteuid() == 0)
        QSKIP("root reads files regardless of their permissions");
    QVERIFY(writeAll(path(), "{\"version\":1,\"profiles\":[]}"));
    QVERIFY(QFile::setPermissions(path(), QFileDevice::Permissions()));

    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path())),
             qPrintable(store.problem()));
    QVERIFY(store.save());
    QCOMPARE(backups().size(), 1);
    const QString kept = m_dir->filePath(backups().constFirst());
    QVERIFY(QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(readAll(kept), QByteArray("{\"version\":1,\"profiles\":[]}"));
}

void TestProfileStoreRecovery::noDemoAfterCorruptFile()
{
    // A damaged file is not a first run: the user had profiles, the demo would only confuse.
    QVERIFY(writeAll(path(), "not json at all"));
    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY(!store.ensureDemoProfile());
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(readAll(path()), QByteArray("not json at all"));
}

void TestProfileStoreRecovery::unmovableFileIsNeverOverwritten()
{
    if (::geteuid() == 0)
        QSKIP("root can rename in a read-only folder");
    // Unreadable, in a folder where it can be neither renamed nor copied: the only way to keep
    // it is to leave it alone, so save() must refuse rather than replace it.
    const QByteArray original("{\"version\":1,\"profiles\":[]}");
    QVERIFY(writeAll(path(), original));
    QVERIFY(QFile::setPermissions(path(), QFileDevice::Permissions()));
    const auto folderPermissions = QFile::permissions(m_dir->path());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    ProfileStore store(path());
    const bool loaded = store.load();
    const QString loadProblem = store.problem();
    store.add(sample(QStringLiteral("Would overwrite")));
    const bool saved = store.save();
    const QString saveProblem = store.problem();

    QVERIFY(QFile::setPermissions(m_dir->path(), folderPermissions));
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!loaded);
    QVERIFY2(loadProblem.contains(QDir::toNativeSeparators(path())), qPrintable(loadProblem));
    QVERIFY(!saved);
    QVERIFY2(saveProblem.contains(QDir::toNativeSeparators(path())), qPrintable(saveProblem));
    QVERIFY(backups().isEmpty());
    QCOMPARE(readAll(path()), original);
}

QTEST_GUILESS_MAIN(TestProfileStoreRecovery)
#include "tst_profilestorerecovery.moc"
